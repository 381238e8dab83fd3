"""Tasks whose checks ask the encoder for new texts: the texts wait for one another and are encoded
in one call, and each task's answer is the one it gets alone."""

import numpy as np
import pytest

from alignment.checks import meaning
from alignment.checks.meaning import embedded_together, vectors


class _Spy:
    """The encoder, counting its calls."""

    def __init__(self, encoder):
        self.encoder = encoder
        self.calls: list[list[str]] = []

    def encode(self, texts):
        self.calls.append(list(texts))
        return self.encoder.encode(texts)


@pytest.fixture
def spy(monkeypatch):
    spy = _Spy(meaning._encoder())
    monkeypatch.setattr(meaning, "_vectors", {})
    monkeypatch.setattr(meaning, "_encoder", lambda: spy)
    return spy


WORDS = [["猫", "ネコ"], ["自転車", "サイクリング"], ["火山", "マグマ"], ["図書館", "ライブラリー"]]


def _cosine(pair: list[str]) -> float:
    a, b = vectors(pair)
    return float(a @ b)


def test_the_texts_tasks_ask_for_are_encoded_in_one_call(spy):
    together = list(embedded_together([lambda p=p: _cosine(p) for p in WORDS]))
    assert spy.calls == [[w for p in WORDS for w in p]]
    meaning._vectors.clear()
    alone = [_cosine(p) for p in WORDS]
    assert len(spy.calls) == 1 + len(WORDS)
    assert together == pytest.approx(alone, abs=1e-5)


def test_a_task_asking_again_waits_again_and_results_keep_their_order(spy):
    def twice(pair: list[str]) -> tuple[float, float]:
        first = _cosine(pair)
        return first, _cosine([pair[0], pair[1] + "です"])

    results = list(embedded_together([lambda p=p: twice(p) for p in WORDS]))
    assert len(spy.calls) == 2
    assert [r[0] for r in results] == [_cosine(p) for p in WORDS]


def test_no_more_than_width_tasks_wait(spy):
    results = list(embedded_together([lambda p=p: _cosine(p) for p in WORDS], width=3))
    assert [len(c) for c in spy.calls] == [6, 2]
    assert len(results) == len(WORDS)


def test_tasks_that_ask_nothing_new_do_not_wait(spy):
    vectors([w for p in WORDS for w in p])
    assert list(embedded_together([lambda: 1, lambda: _cosine(WORDS[0]), lambda: 3])) == [
        1,
        pytest.approx(_cosine(WORDS[0])),
        3,
    ]
    assert len(spy.calls) == 1


def test_a_tasks_error_reaches_the_caller(spy):
    def fails() -> float:
        _cosine(WORDS[0])
        raise ValueError("no")

    with pytest.raises(ValueError, match="no"):
        list(embedded_together([lambda: _cosine(WORDS[1]), fails]))


def test_outside_a_task_vectors_are_encoded_at_once(spy):
    v = vectors(["海"])
    assert spy.calls == [["海"]] and v.shape == (1, 512)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


def test_tasks_run_inside_a_task_wait_with_the_outer_tasks(spy):
    """A chunk of segments runs a check's calls as tasks of their own: their texts and the other
    chunks' are encoded in one call, and each answer is the one it gets alone."""

    def chunk(pairs: list[list[str]]) -> list[float]:
        return list(embedded_together([lambda p=p: _cosine(p) for p in pairs]))

    results = list(embedded_together([lambda: chunk(WORDS[:2]), lambda: chunk(WORDS[2:])]))
    assert spy.calls == [[w for p in WORDS for w in p]]
    meaning._vectors.clear()
    assert [r for rs in results for r in rs] == pytest.approx([_cosine(p) for p in WORDS], abs=1e-5)
