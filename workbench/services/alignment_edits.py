"""Fixing the alignment by hand: merge a row with the next, split a row, unlink a row.

Invariant kept by every edit: each sentence of both documents is in exactly one segment, and
segments stay in document order. Edits are recorded in history with both rows' snapshots.

A row a person made is as certain as their decision: its confidence is 1.0 (``BY_HAND``), never
the aligner's figure for the link the person just undid.
"""

from __future__ import annotations

from django.db.models import F

from workbench.models import Segment, Sentence
from workbench.permissions import require
from workbench.services.checks import recheck_segment
from workbench.services.errors import Conflict, InvalidInput
from workbench.services.revisions import after_change, record, snapshot
from workbench.services.transactions import atomic_with_retry


def _locked(segment: Segment, version: int) -> Segment:
    fresh = Segment.objects.select_for_update().select_related("document__project").get(pk=segment.pk)
    if fresh.version != version:
        raise Conflict(fresh)
    return fresh


def _texts(document_id: int | None, indices: list[int]) -> str:
    if document_id is None or not indices:
        return ""
    rows = dict(
        Sentence.objects.filter(document_id=document_id, index__in=indices).values_list("index", "text")
    )
    return "".join(rows[i] for i in indices)


#: The confidence of a row a person linked, split or unlinked.
BY_HAND = 1.0


def _kind(src: list[int], tgt: list[int]) -> str:
    return f"{len(src)}-{len(tgt)}"


@atomic_with_retry
def merge_with_next(*, segment: Segment, user, version: int) -> Segment:
    require(user, "align", segment.document.project)
    seg = _locked(segment, version)
    nxt = (
        Segment.objects.select_for_update()
        .filter(document=seg.document, index__gt=seg.index)
        .order_by("index")
        .first()
    )
    if nxt is None:
        raise InvalidInput("this is the last row: there is nothing to merge with")
    before = {"rows": [snapshot(seg), snapshot(nxt)]}
    seg.source_sentences = seg.source_sentences + nxt.source_sentences
    seg.target_sentences = seg.target_sentences + nxt.target_sentences
    seg.source_text += nxt.source_text
    seg.mt_text += nxt.mt_text
    seg.target_text += nxt.target_text
    seg.link_type = _kind(seg.source_sentences, seg.target_sentences)
    seg.confidence = BY_HAND
    seg.kind = Segment.Kind.CONTENT
    seg.version += 1
    seg.updated_by = user
    seg.save()
    nxt.delete()
    Segment.objects.filter(document=seg.document, index__gt=seg.index).update(index=F("index") - 1)
    record(document=seg.document, segment=seg, user=user, action="merge", before=before, after=snapshot(seg))
    recheck_segment(seg)
    after_change(seg.document_id)
    return seg


@atomic_with_retry
def split(*, segment: Segment, user, version: int, source_at: int, target_at: int) -> tuple[Segment, Segment]:
    """Split before the ``source_at``-th source sentence and the ``target_at``-th target sentence."""
    require(user, "align", segment.document.project)
    seg = _locked(segment, version)
    src, tgt = list(seg.source_sentences), list(seg.target_sentences)
    if not (0 <= source_at <= len(src) and 0 <= target_at <= len(tgt)) or (source_at, target_at) in (
        (0, 0),
        (len(src), len(tgt)),
    ):
        raise InvalidInput("the split must leave sentences on both rows")
    before = snapshot(seg)
    source_doc = seg.document.source_id
    first_tgt_text = _texts(seg.document_id, tgt[:target_at])
    edited = seg.target_text != seg.mt_text
    Segment.objects.filter(document=seg.document, index__gt=seg.index).update(index=F("index") + 1)
    second = Segment.objects.create(
        document=seg.document,
        index=seg.index + 1,
        source_sentences=src[source_at:],
        target_sentences=tgt[target_at:],
        source_text=_texts(source_doc, src[source_at:]),
        mt_text=_texts(seg.document_id, tgt[target_at:]),
        target_text="" if edited else _texts(seg.document_id, tgt[target_at:]),
        link_type=_kind(src[source_at:], tgt[target_at:]),
        confidence=BY_HAND,
        state=seg.state,
    )
    seg.source_sentences, seg.target_sentences = src[:source_at], tgt[:target_at]
    seg.source_text = _texts(source_doc, src[:source_at])
    seg.mt_text = first_tgt_text
    if not edited:
        seg.target_text = first_tgt_text
    seg.link_type = _kind(seg.source_sentences, seg.target_sentences)
    seg.confidence = BY_HAND
    seg.version += 1
    seg.updated_by = user
    seg.save()
    record(
        document=seg.document,
        segment=seg,
        user=user,
        action="split",
        before=before,
        after={"rows": [snapshot(seg), snapshot(second)]},
    )
    recheck_segment(seg)
    recheck_segment(second)
    after_change(seg.document_id)
    return seg, second


@atomic_with_retry
def unlink(*, segment: Segment, user, version: int) -> tuple[Segment, Segment]:
    """A row that should not be linked becomes a source-only row and a target-only row."""
    seg = _locked(segment, version)
    if not seg.source_sentences or not seg.target_sentences:
        raise InvalidInput("this row is already unlinked")
    return split(segment=seg, user=user, version=version, source_at=len(seg.source_sentences), target_at=0)
