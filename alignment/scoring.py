"""Quality scores: MQM penalty score and post-edit distance.

MQM (themqm.org): penalty = Σ severity weight (minor 1, major 5, critical 25) and
score = 100 × (1 − penalty / evaluation word count). Chinese has no spaces, so the word count is
derived from source characters: 1,000 Chinese characters ≈ 650 words of English-equivalent content
(the ratio commonly used to quote zh translation jobs per word), hence ``WORDS_PER_KCHAR = 650``.
A document of 1,000 source characters with one major error therefore scores 100 × (1 − 5/650) ≈ 99.2,
and one critical error per 26 words drives the score to 0. Scores are not clipped, so that very bad
documents stay comparable (negative values mean more penalty than words).

Post-edit distance between the MT output and the reviewer's final text uses sacrebleu: chrF
(tokenisation-free, the best default for Japanese) and TER with ``asian_support`` and
``normalized`` so that unsegmented Japanese is split into characters rather than one "word".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from alignment.types import SEVERITY_WEIGHTS

WORDS_PER_KCHAR = 650


@dataclass(frozen=True)
class MQMResult:
    penalty: float
    words: float
    score: float | None  # None when there is no source text to normalise by


def mqm(severities: Iterable[str], source_chars: int) -> MQMResult:
    """MQM penalty score for the given flag severities over ``source_chars`` source characters."""
    return mqm_from_penalty(float(sum(SEVERITY_WEIGHTS.get(s, 0) for s in severities)), source_chars)


def mqm_from_penalty(penalty: float, source_chars: int) -> MQMResult:
    """MQM score of a summed penalty (a group of documents pools theirs) over ``source_chars``."""
    words = source_chars / 1000 * WORDS_PER_KCHAR
    score = 100.0 * (1.0 - penalty / words) if words > 0 else None
    return MQMResult(penalty, words, None if score is None else round(score, 2))


@lru_cache(maxsize=1)
def _metrics():
    from sacrebleu.metrics import CHRF, TER  # noqa: PLC0415  start-up: sacrebleu (~2 s) only when scores are computed

    return CHRF(), TER(asian_support=True, normalized=True)


@dataclass(frozen=True)
class PostEdit:
    chrf: float | None
    ter: float | None


def post_edit_sentence(mt: str, final: str) -> PostEdit:
    """chrF and TER of one MT segment against its post-edited text (None when the final is empty).

    Metric objects are built once per process (construction dominates the cost of a single score).
    """
    if not final.strip():
        return PostEdit(None, None)
    chrf, ter = _metrics()
    return PostEdit(
        round(chrf.sentence_score(mt, [final]).score, 2), round(ter.sentence_score(mt, [final]).score, 2)
    )


def document_mqm(segments: Iterable[tuple[str, Iterable[str]]]) -> MQMResult:
    """MQM over a document: ``(source_text, flag severities)`` per segment, normalised by the
    document's total source characters (not an average of segment scores, which would let short
    segments dominate)."""
    severities: list[str] = []
    chars = 0
    for source, sevs in segments:
        chars += len("".join(source.split()))
        severities.extend(sevs)
    return mqm(severities, chars)


def post_edit(mt: Sequence[str], final: Sequence[str]) -> PostEdit:
    """Corpus chrF and TER of the MT output against the post-edited text (None when empty)."""
    pairs = [(m, f) for m, f in zip(mt, final, strict=True) if f.strip()]
    if not pairs:
        return PostEdit(None, None)
    chrf, ter = _metrics()
    hyps = [m for m, _ in pairs]
    refs = [[f for _, f in pairs]]
    return PostEdit(
        round(chrf.corpus_score(hyps, refs).score, 2), round(ter.corpus_score(hyps, refs).score, 2)
    )
