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
from workbench.selectors.confidence import confident
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


def _normaliser(segments: list[Segment]) -> int:
    """Source characters of the part of the source these rows render (partial renderings are the
    norm), or their Japanese characters when there is no source at all."""
    covered = sum(len(s.source_text) for s in segments if s.target_text.strip())
    return covered or sum(len(s.target_text) for s in segments)


def compute_document_scores(document: Document) -> dict:
    """The document's figures. ``mqm`` rests on reviewer errors (logged or confirmed flags) over the
    rows a reviewer judged (approved, rejected or with an error logged): ``reviewed_segments``.
    ``mqm_estimate`` adds the open automatic flags at or above the project's confidence threshold
    (``selectors.confidence``; so do ``flags_by_category``) and rests on every row with a translation
    (``segments``, gap rows not counted): an estimate, shown beside the score, never mixed into it.
    chrF/TER compare the MT with the approved text of the ``post_edit_segments`` approved rows."""
    rows = list(document.segments.filter(kind=Segment.Kind.CONTENT).exclude(target_text=""))
    flags = list(
        Flag.objects.filter(
            confident(document.project.flag_threshold),
            segment__document=document,
            segment__kind=Segment.Kind.CONTENT,
            status__in=(Flag.Status.OPEN, Flag.Status.CONFIRMED),
        ).values_list("segment_id", "severity", "category", "status")
    )
    errors = [(seg, sev) for seg, sev, _, status in flags if status == Flag.Status.CONFIRMED]
    judged = {SegmentState.APPROVED, SegmentState.REJECTED}
    with_errors = {seg for seg, _ in errors}
    reviewed = [s for s in rows if s.state in judged or s.pk in with_errors]
    reviewed_chars = _normaliser(reviewed)
    result = mqm([sev for _, sev in errors], reviewed_chars)
    source_chars = _normaliser(rows)
    estimate = mqm([sev for _, sev, _, _ in flags], source_chars)
    approved = [s for s in rows if s.state == SegmentState.APPROVED]
    pe = post_edit([s.mt_text for s in approved], [s.target_text for s in approved])
    by_category = Counter(cat for _, _, cat, _ in flags)
    per_k = {c: round(n * 1000 / source_chars, 2) for c, n in by_category.items()} if source_chars else {}
    return {
        # DESIGN.md's contract makes ``mqm`` a number: with no row judged there is no reviewer
        # error, so no penalty (100), resting on ``reviewed_segments`` = 0 rows, which says so.
        "mqm": result.score if reviewed and result.score is not None else 100.0,
        "penalty": result.penalty,
        "reviewed_segments": len(reviewed),
        "reviewed_chars": reviewed_chars,
        "mqm_estimate": estimate.score,
        "penalty_estimate": estimate.penalty,
        "chrf": pe.chrf,
        "ter": pe.ter,
        "post_edit_segments": len(approved),
        "approved_share": round(len(approved) / len(rows), 4) if rows else 0.0,
        "source_chars": source_chars,
        "segments": len(rows),
        "flags_by_category": dict(by_category),
        "flags_per_kchar": per_k,
    }


#: The figures DocumentScore keeps.
STORED = (
    "mqm",
    "penalty",
    "reviewed_segments",
    "reviewed_chars",
    "mqm_estimate",
    "penalty_estimate",
    "chrf",
    "ter",
    "post_edit_segments",
    "approved_share",
    "source_chars",
    "segments",
    "flags_by_category",
)


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
        defaults={k: figures[k] for k in STORED} | {"stale": False, "computed_at": now},
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
