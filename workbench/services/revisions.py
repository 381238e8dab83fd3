"""History: every change is an append-only Revision row, written by the service that makes it; and
the document's revision counter, which cached responses are keyed on."""

from __future__ import annotations

from django.db.models import F

from workbench.models import Document, Revision, Segment
from workbench.services import scores


def bump(document_id: int) -> None:
    """Make every cached page and API response of the document unreachable (``Document.revision``).

    Called by every service that changes what the document's review page or segments API shows, in
    the transaction of the change: readers see the new rows and the new revision together or
    neither, so no reader can store old rows under the new revision.

    Call it as the last write of the service but the score's (``scores.mark_stale``): the UPDATE
    locks the document's row until commit, and every writer of the document needs that lock. Taken
    last, it is held for a moment, and every service takes its locks in the same order — the rows it
    changes, then the document, then the score row — which keeps concurrent writers deadlock-free.
    """
    Document.objects.filter(pk=document_id).update(revision=F("revision") + 1)


def after_change(document_id: int) -> None:
    """The last writes of every change to a document's segments or flags: cached responses of the
    document become unreachable, and its scores are recomputed in the background (in this order:
    see ``bump``)."""
    bump(document_id)
    scores.mark_stale(document_id)


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
