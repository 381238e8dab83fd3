"""Translation memory: approved segments become units; similar earlier work is suggested.

Fuzzy match = the Indel similarity of the normalised source texts (RapidFuzz's ``fuzz.ratio``: twice
the characters they share in order over their total length, what difflib's ratio approximates), as a
percentage; 100 only for identical texts. Candidates are pre-filtered in the database by source
length (a match of ≥ 75 % cannot differ in length by more than a third) and scored in C, which keeps
look-ups fast on large memories.
"""

from __future__ import annotations

import hashlib

from rapidfuzz import fuzz, process

from alignment.text import normalize
from workbench.models import Segment, TranslationUnit

MIN_MATCH = 75
CANDIDATES = 2000  # units of a plausible length scored per look-up, most recently changed first


def _digest(source: str, target: str) -> str:
    return hashlib.sha256(f"{source}\x1f{target}".encode()).hexdigest()


def add_unit(
    *,
    project,
    source: str,
    target: str,
    origin: str,
    segment: Segment | None = None,
    document_name: str = "",
    reviewer: str = "",
    score: float | None = None,
    import_name: str = "",
    user=None,
) -> TranslationUnit:
    unit, _ = TranslationUnit.objects.update_or_create(
        project=project,
        digest=_digest(source, target),
        defaults={
            "source_text": source,
            "target_text": target,
            "source_length": len(source),
            "origin": origin,
            "segment": segment,
            "document_name": document_name[:500],
            "reviewer": reviewer[:150],
            "score": score,
            "import_name": import_name[:500],
            "created_by": user if getattr(user, "is_authenticated", False) else None,
        },
    )
    return unit


def on_segment_approved(segment: Segment) -> None:
    """Hook called by the review services after approval: the pair enters the project's TM."""
    if not segment.source_text.strip() or not segment.target_text.strip():
        return
    add_unit(
        project=segment.document.project,
        source=segment.source_text,
        target=segment.target_text,
        origin=TranslationUnit.Origin.APPROVED,
        segment=segment,
        document_name=segment.document.name,
        reviewer=segment.approved_by.get_username() if segment.approved_by else "",
    )


def _comparable(text: str) -> str:
    return normalize(text.strip())


def _percent(score: float, a: str, b: str) -> int:
    """Whole percent; 100 is kept for identical texts (a near-identical one rounds down to 99)."""
    return 100 if a == b else min(99, int(score))


def suggestions(segment: Segment, limit: int = 5) -> list[dict]:
    """The ``limit`` best matches of at least ``MIN_MATCH`` %, best first; among equal matches the
    most recently changed unit first (the memory's order)."""
    source = _comparable(segment.source_text)
    if not source:
        return []
    n = len(segment.source_text.strip())
    units = list(
        TranslationUnit.objects.filter(
            project=segment.document.project,
            source_length__gte=int(n * 0.66),
            source_length__lte=int(n * 1.5) + 1,
        )
        .exclude(segment=segment)
        .only("source_text", "target_text", "origin", "document_name")[:CANDIDATES]
    )
    sources = [_comparable(unit.source_text) for unit in units]
    found = process.extract(source, sources, scorer=fuzz.ratio, score_cutoff=MIN_MATCH, limit=None)
    ranked = sorted((-_percent(score, source, sources[i]), i) for _, score, i in found)
    return [
        {
            "source_text": units[i].source_text,
            "target_text": units[i].target_text,
            "match": -minus_match,
            "origin": units[i].origin,
            "document_name": units[i].document_name,
        }
        for minus_match, i in ranked[:limit]
    ]
