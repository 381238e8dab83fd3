"""Fixing the alignment by hand: merge a row with the next, split a row, unlink a row.

Invariant kept by every edit: each sentence of both documents is in exactly one segment, and
segments stay in document order. Edits are recorded in history with both rows' snapshots.

A row a person made is as certain as their decision: its confidence is 1.0 (``BY_HAND``), never
the aligner's figure for the link the person just undid.
"""

from __future__ import annotations

from django.db.models import F

from workbench.models import Segment, SegmentState, Sentence
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


def _restorable(segment: Segment) -> dict:
    """A row's snapshot with what only an undo of an alignment edit gives back: the aligner's
    confidence and whether the row was page chrome (a merge or a link overwrites both)."""
    return {**snapshot(segment), "confidence": segment.confidence, "kind": segment.kind}


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
    before = {"rows": [_restorable(seg), _restorable(nxt)]}
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


def _boundaries(document_id: int | None, indices: list[int]) -> list[int]:
    """The character offsets where each sentence of a row's text starts, and its end."""
    ends = [0]
    for i in indices:
        ends.append(ends[-1] + len(_texts(document_id, [i])))
    return ends


def _at_caret(seg: Segment, side: str, offset: int) -> tuple[int, int]:
    """Where a caret at ``offset`` in the row's Chinese (``side="source"``) or Japanese text splits
    both sides: that side at the sentence boundary nearest the caret (a sentence is the aligner's
    unit, never cut), the other side at the boundary whose share of its text is nearest the same
    share, since a translation keeps roughly the order and the proportions of its source."""
    source = side == "source"
    if not source and seg.target_text != seg.mt_text:
        raise InvalidInput("this row's Japanese was edited: place the caret in the Chinese to split it")
    here = _boundaries(
        seg.document.source_id if source else seg.document_id,
        seg.source_sentences if source else seg.target_sentences,
    )
    there = _boundaries(
        seg.document_id if source else seg.document.source_id,
        seg.target_sentences if source else seg.source_sentences,
    )
    if not 0 <= offset <= here[-1]:
        raise InvalidInput(f"the caret must be within the text (0–{here[-1]})")
    at = min(range(len(here)), key=lambda k: (abs(here[k] - offset), k))
    share = here[at] / here[-1] if here[-1] else 0
    other = min(range(len(there)), key=lambda k: (abs(there[k] / there[-1] - share) if there[-1] else k, k))
    return (at, other) if source else (other, at)


@atomic_with_retry
def split(
    *,
    segment: Segment,
    user,
    version: int,
    source_at: int | None = None,
    target_at: int | None = None,
    side: str | None = None,
    offset: int | None = None,
) -> tuple[Segment, Segment]:
    """Split before the ``source_at``-th source sentence and the ``target_at``-th target sentence,
    or where a caret at ``offset`` in one ``side``'s text says (see :func:`_at_caret`); the caret
    is kept in the history entry, so the entry says what the person did."""
    require(user, "align", segment.document.project)
    seg = _locked(segment, version)
    if side is not None:
        source_at, target_at = _at_caret(seg, side, offset or 0)
    src, tgt = list(seg.source_sentences), list(seg.target_sentences)
    if not (0 <= source_at <= len(src) and 0 <= target_at <= len(tgt)) or (source_at, target_at) in (  # type: ignore[operator]  # either both positions or a caret: the serializer requires one
        (0, 0),
        (len(src), len(tgt)),
    ):
        raise InvalidInput("the split must leave sentences on both rows")
    before = _restorable(seg)
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
        after={
            "rows": [snapshot(seg), snapshot(second)],
            **({"caret": {"side": side, "offset": offset}} if side is not None else {}),
        },
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


#: How many rows apart a Chinese and a Japanese sentence may be for ``link_sentences``.
LINK_WINDOW = 8


def _holding(rows: list[Segment], side: str, sentence: int) -> int:
    """The position in ``rows`` of the row holding the sentence of that side."""
    for k, row in enumerate(rows):
        if sentence in getattr(row, side):
            return k
    raise InvalidInput(f"sentence {sentence + 1} is in no row of this document")


@atomic_with_retry
def link_sentences(
    *, segment: Segment, user, version: int, source_sentence: int, target_sentence: int
) -> Segment:
    """Link a Chinese sentence of this row with any Japanese sentence of the rows up to
    :data:`LINK_WINDOW` rows away: the rows from one to the other are rebuilt as that 1-1 link with,
    before it, the sentences of both sides that came before and, after it, those that came after,
    each in a gap row of its own (nothing else can stay linked across the new link without
    breaking the order of either text). Rows a person edited or approved are not rebuilt: the
    reviewer unlinks or reverts them first, so no work is lost. Returns the new link."""
    require(user, "align", segment.document.project)
    seg = _locked(segment, version)
    rows = list(Segment.objects.select_for_update().filter(document=seg.document).order_by("index"))
    if source_sentence not in seg.source_sentences:
        raise InvalidInput("the Chinese sentence must be one of this row's")
    a = _holding(rows, "source_sentences", source_sentence)
    b = _holding(rows, "target_sentences", target_sentence)
    lo, hi = min(a, b), max(a, b)
    if hi - lo > LINK_WINDOW:
        raise InvalidInput(f"the sentences are {hi - lo} rows apart; link within {LINK_WINDOW} rows")
    block = rows[lo : hi + 1]
    if block == [seg] and (seg.source_sentences, seg.target_sentences) == (
        [source_sentence],
        [target_sentence],
    ):
        raise InvalidInput("these sentences are already linked, one to one")
    for row in block:
        if row.kind == Segment.Kind.BOILERPLATE:
            raise InvalidInput(f"row {row.index + 1} is page chrome: link within the article's text")
        if row.target_text != row.mt_text or row.state == SegmentState.APPROVED:
            raise InvalidInput(
                f"row {row.index + 1} was edited or approved: revert or unlink it first, so that nothing is lost"
            )
    src = [i for row in block for i in row.source_sentences]
    tgt = [j for row in block for j in row.target_sentences]
    layout = (
        [([i], []) for i in src if i < source_sentence]
        + [([], [j]) for j in tgt if j < target_sentence]
        + [([source_sentence], [target_sentence])]
        + [([i], []) for i in src if i > source_sentence]
        + [([], [j]) for j in tgt if j > target_sentence]
    )
    # The aligner's confidences too: undoing the link gives them back.
    before = {"rows": [_restorable(row) for row in block]}
    first = block[0].index
    Segment.objects.filter(pk__in=[row.pk for row in block]).delete()
    Segment.objects.filter(document=seg.document, index__gt=block[-1].index).update(
        index=F("index") + len(layout) - len(block)
    )
    source_doc = seg.document.source_id
    made = []
    for k, (s, t) in enumerate(layout):
        japanese = _texts(seg.document_id, t)
        made.append(
            Segment.objects.create(
                document=seg.document,
                index=first + k,
                source_sentences=s,
                target_sentences=t,
                source_text=_texts(source_doc, s),
                mt_text=japanese,
                target_text=japanese,
                link_type=_kind(s, t),
                confidence=BY_HAND,
                updated_by=user,
            )
        )
    link = made[layout.index(([source_sentence], [target_sentence]))]
    record(
        document=seg.document,
        segment=link,
        user=user,
        action="link",
        before=before,
        after={"rows": [snapshot(row) for row in made], "source": source_sentence, "target": target_sentence},
    )
    for row in made:
        recheck_segment(row)
    after_change(seg.document_id)
    return link


@atomic_with_retry
def undo_link(*, segment: Segment, user, version: int, revision) -> Segment:
    """Undo ``link_sentences`` (its revision is on the link, this row): the rows it made give way
    to the rows it replaced, as they were, if nobody changed the made rows since. Returns the first
    row restored."""
    require(user, "align", segment.document.project)
    seg = _locked(segment, version)
    if revision.action != "link" or revision.segment_id != seg.pk:
        raise InvalidInput("this history entry is not a link of this row")
    made, replaced = revision.after["rows"], revision.before["rows"]
    first = made[0]["index"]
    current = list(
        Segment.objects.select_for_update()
        .filter(document=seg.document, index__gte=first, index__lt=first + len(made))
        .order_by("index")
    )
    shape = [(r.source_sentences, r.target_sentences, r.target_text, r.state) for r in current]
    if shape != [(m["source_sentences"], m["target_sentences"], m["target_text"], m["state"]) for m in made]:
        raise InvalidInput("the rows of this link changed since: undo those changes first")
    Segment.objects.filter(pk__in=[r.pk for r in current]).delete()
    Segment.objects.filter(document=seg.document, index__gte=first + len(made)).update(
        index=F("index") + len(replaced) - len(made)
    )
    restored = [
        Segment.objects.create(
            document=seg.document,
            index=first + k,
            **{key: old[key] for key in ("source_sentences", "target_sentences", "source_text", "mt_text")},
            target_text=old["target_text"],
            link_type=old["link_type"],
            state=old["state"],
            confidence=old["confidence"],
            updated_by=user,
        )
        for k, old in enumerate(replaced)
    ]
    record(
        document=seg.document,
        segment=restored[0],
        user=user,
        action="undo-link",
        before={"rows": made, "undone_revision": revision.pk},
        after={"rows": [snapshot(row) for row in restored]},
    )
    for row in restored:
        recheck_segment(row)
    after_change(seg.document_id)
    return restored[0]


#: The alignment edits :func:`undo_alignment_edit` reverts (an unlink is recorded as a split).
UNDOABLE = ("merge", "split", "link")

_RESTORED = (
    "source_sentences",
    "target_sentences",
    "source_text",
    "mt_text",
    "target_text",
    "link_type",
    "state",
)


def _rows(snapshots: dict) -> list[dict]:
    """The rows a revision's ``before`` or ``after`` holds: a list, or one row's snapshot."""
    return snapshots["rows"] if "rows" in snapshots else [snapshots]


@atomic_with_retry
def undo_alignment_edit(*, segment: Segment, user, version: int, revision) -> tuple[Segment, ...]:
    """Revert a merge, split, unlink or link (``revision``, on this row) on the server: the rows
    the edit made give way to the rows it replaced, as its revision recorded them, and the undo is
    a revision of its own. Refused with :class:`Conflict` (the row as it is now) when any made row
    changed since — its text, state or sentences: edited, approved, split or merged again — since
    reverting would lose that work; the reviewer undoes the later change first (versions are not
    compared, so undoing a split and then the merge before it works as a stack). The made rows are found from this row's place
    now, not the index recorded, so edits elsewhere in the document since do not stand in the way.
    The first restored row keeps this row's id (and its history). Returns the restored rows."""
    require(user, "align", segment.document.project)
    seg = _locked(segment, version)
    if revision.action not in UNDOABLE or revision.segment_id != seg.pk:
        raise InvalidInput("this history entry is not an alignment edit of this row")
    made, replaced = _rows(revision.after), _rows(revision.before)
    needed = {"source_sentences", "target_sentences", "target_text", "state"}
    if (
        not made
        or not replaced
        or any(not needed <= row.keys() for row in made)
        or any(not set(_RESTORED) <= row.keys() for row in replaced)
    ):
        raise InvalidInput("this history entry does not record the rows it changed: it cannot be undone")
    shape = [(m["source_sentences"], m["target_sentences"]) for m in made]
    here = (seg.source_sentences, seg.target_sentences)
    first = seg.index - (shape.index(here) if here in shape else 0)
    current = list(
        Segment.objects.select_for_update()
        .filter(document=seg.document, index__gte=first, index__lt=first + len(made))
        .order_by("index")
    )
    keys = ("source_sentences", "target_sentences", "target_text", "state")
    if [tuple(getattr(r, k) for k in keys) for r in current] != [tuple(m[k] for k in keys) for m in made]:
        raise Conflict(
            seg,
            "the rows of this edit changed since: undo those changes first",
            extra={"reason": "the rows of this edit changed since: undo those changes first"},
        )
    kept, gone = current[: len(replaced)], current[len(replaced) :]
    Segment.objects.filter(pk__in=[r.pk for r in gone]).delete()
    Segment.objects.filter(document=seg.document, index__gte=first + len(made)).update(
        index=F("index") + len(replaced) - len(made)
    )
    restored = []
    for k, old in enumerate(replaced):
        fields = {key: old[key] for key in _RESTORED}
        # Revisions written before confidence and kind were recorded: the row as a person left it.
        kind = kept[k].kind if k < len(kept) else Segment.Kind.CONTENT
        fields.update(confidence=old.get("confidence", BY_HAND), kind=old.get("kind", kind))
        if k < len(kept):
            row = kept[k]
            for key, value in fields.items():
                setattr(row, key, value)
            row.index, row.version, row.updated_by = first + k, row.version + 1, user
            row.save()
        else:
            row = Segment.objects.create(document=seg.document, index=first + k, updated_by=user, **fields)
        restored.append(row)
    record(
        document=seg.document,
        segment=restored[0],
        user=user,
        action=f"undo-{revision.action}",
        before={"rows": made, "undone_revision": revision.pk},
        after={"rows": [snapshot(row) for row in restored]},
    )
    for row in restored:
        recheck_segment(row)
    after_change(seg.document_id)
    return tuple(restored)
