"""History: every change is an append-only Revision row, written by the service that makes it."""

from __future__ import annotations

from workbench.models import Document, Revision, Segment


def snapshot(segment: Segment) -> dict:
    """The parts of a segment a revision records and a revert restores."""
    return {
        "index": segment.index,
        "target_text": segment.target_text,
        "state": segment.state,
        "source_sentences": segment.source_sentences,
        "target_sentences": segment.target_sentences,
        "source_text": segment.source_text,
        "mt_text": segment.mt_text,
        "link_type": segment.link_type,
        "version": segment.version,
    }


def record(
    *,
    document: Document,
    segment: Segment | None,
    user,
    action: str,
    before: dict | None = None,
    after: dict | None = None,
) -> Revision:
    return Revision.objects.create(
        document=document,
        segment=segment,
        user=user if getattr(user, "is_authenticated", False) else None,
        action=action,
        before=before or {},
        after=after or {},
    )
