"""Quality scores of documents: MQM penalty score, post-edit chrF/TER, approval and defect rates.

Scores are cached in DocumentScore and recomputed by a Celery task after changes, never on the
request path: ``mark_stale`` flags the cache and schedules one recomputation per burst of edits.
"""

from __future__ import annotations

from collections import Counter

from django.core.cache import cache
from django.utils import timezone

from alignment.scoring import mqm, post_edit
from workbench.models import Document, DocumentScore, Flag, ScoreSnapshot, Segment, SegmentState
from workbench.services.scheduling import enqueue_after_commit
from workbench.services.transactions import atomic_with_retry

DEBOUNCE_SECONDS = 5


def mark_stale(document_id: int) -> None:
    """Hook after any change to a document's segments or flags: recompute in the background."""
    DocumentScore.objects.filter(document_id=document_id).update(stale=True)
    enqueue_after_commit(
        "workbench.tasks.quality.recompute_document_scores",
        document_id,
        debounce=("workbench:score-scheduled", DEBOUNCE_SECONDS),
    )


def compute_document_scores(document: Document) -> dict:
    segments = list(document.segments.filter(kind=Segment.Kind.CONTENT))
    flags = list(
        Flag.objects.filter(segment__document=document, segment__kind=Segment.Kind.CONTENT)
        .exclude(status=Flag.Status.DISMISSED)
        .exclude(status=Flag.Status.RESOLVED)
        .values_list("severity", "category")
    )
    # Normalise by the part of the source this rendering covers (partial renderings are the norm),
    # or by the Japanese text when there is no source at all.
    source_chars = sum(len(s.source_text) for s in segments if s.target_text.strip() or s.flags.exists())
    source_chars = source_chars or sum(len(s.target_text) for s in segments)
    result = mqm([sev for sev, _ in flags], source_chars)
    approved = [s for s in segments if s.state == SegmentState.APPROVED]
    pe = post_edit([s.mt_text for s in approved], [s.target_text for s in approved])
    by_category = Counter(cat for _, cat in flags)
    per_k = {c: round(n * 1000 / source_chars, 2) for c, n in by_category.items()} if source_chars else {}
    return {
        "mqm": result.score,
        "penalty": result.penalty,
        "chrf": pe.chrf,
        "ter": pe.ter,
        "approved_share": round(len(approved) / len(segments), 4) if segments else 0.0,
        "source_chars": source_chars,
        "segments": len(segments),
        "flags_by_category": dict(by_category),
        "flags_per_kchar": per_k,
    }


@atomic_with_retry
def recompute_document_scores(*, document_id: int) -> DocumentScore | None:
    document = Document.objects.filter(pk=document_id).first()
    if document is None:
        return None
    cache.delete(f"workbench:score-scheduled:{document_id}")
    figures = compute_document_scores(document)
    now = timezone.now()
    score, _ = DocumentScore.objects.update_or_create(
        document=document,
        defaults={
            k: figures[k]
            for k in (
                "mqm",
                "penalty",
                "chrf",
                "ter",
                "approved_share",
                "source_chars",
                "segments",
                "flags_by_category",
            )
        }
        | {"stale": False, "computed_at": now},
    )
    ScoreSnapshot.objects.create(
        document=document,
        mqm=figures["mqm"],
        chrf=figures["chrf"],
        ter=figures["ter"],
        approved_share=figures["approved_share"],
        flags_by_category=figures["flags_by_category"],
        computed_at=now,
    )
    return score
