"""Translation memory: approved segments become units; similar earlier work is suggested.

Fuzzy match = difflib's ratio on the normalised source text, as a percentage (100 = identical).
Candidates are pre-filtered in the database by source length (a match of ≥ 75 % cannot differ in
length by more than a third), which keeps look-ups fast on large memories.
"""

from __future__ import annotations

import hashlib
from difflib import SequenceMatcher

from alignment.text import normalize
from workbench.models import Segment, TranslationUnit

MIN_MATCH = 75


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


def match_percent(a: str, b: str) -> int:
    a, b = normalize(a.strip()), normalize(b.strip())
    if a == b:
        return 100
    return min(99, int(SequenceMatcher(None, a, b, autojunk=False).ratio() * 100))


def suggestions(segment: Segment, limit: int = 5) -> list[dict]:
    source = segment.source_text.strip()
    if not source:
        return []
    n = len(source)
    candidates = TranslationUnit.objects.filter(
        project=segment.document.project,
        source_length__gte=int(n * 0.66),
        source_length__lte=int(n * 1.5) + 1,
    ).exclude(segment=segment)[:2000]
    scored = []
    for unit in candidates:
        pct = match_percent(source, unit.source_text)
        if pct >= MIN_MATCH:
            scored.append(
                {
                    "source_text": unit.source_text,
                    "target_text": unit.target_text,
                    "match": pct,
                    "origin": unit.origin,
                    "document_name": unit.document_name,
                }
            )
    scored.sort(key=lambda s: -s["match"])
    return scored[:limit]
