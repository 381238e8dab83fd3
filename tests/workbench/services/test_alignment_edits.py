"""Undoing an alignment edit on the server (``alignment_edits.undo_alignment_edit``)."""

from __future__ import annotations

import pytest

from tests.workbench.conftest import SNOW_ROWS
from workbench.models import Revision, Segment, Sentence
from workbench.services import alignment_edits, segments
from workbench.services.errors import Conflict, InvalidInput


@pytest.fixture
def sentences(doc):
    for i, (zh, ja, _) in enumerate(SNOW_ROWS):
        Sentence.objects.create(document=doc.source, index=i, text=zh, start=0, end=len(zh))
        if ja:
            Sentence.objects.create(document=doc, index=i, text=ja, start=0, end=len(ja))
    doc.segments.update(state="draft")
    return doc


def _layout(doc) -> list[tuple]:
    return [
        (s.source_sentences, s.target_sentences, s.source_text, s.target_text, s.link_type, s.confidence)
        for s in doc.segments.order_by("index")
    ]


def _row(doc, index: int) -> Segment:
    return Segment.objects.select_related("document__project").get(document=doc, index=index)


def _merged(doc, users) -> Segment:
    """Rows 1 and 2 (the second and third sentences) as one 2-1 row."""
    seg = _row(doc, 1)
    return alignment_edits.merge_with_next(segment=seg, user=users["translator"], version=seg.version)


def test_a_split_is_undone_with_the_row_as_it_was(sentences, users):
    doc = sentences
    merged = _merged(doc, users)
    merged.confidence = 0.37  # as if the aligner had made it
    merged.save()
    before = _layout(doc)
    first, second = alignment_edits.split(
        segment=merged, user=users["translator"], version=merged.version, source_at=1, target_at=1
    )
    assert _layout(doc) != before
    split = Revision.objects.get(action="split")
    restored = alignment_edits.undo_alignment_edit(
        segment=first, user=users["translator"], version=first.version, revision=split
    )
    assert _layout(doc) == before  # confidence included: the aligner's figure comes back
    assert [r.pk for r in restored] == [merged.pk]  # the row keeps its id, so its history
    assert not Segment.objects.filter(pk=second.pk).exists()
    undo = Revision.objects.get(action="undo-split")
    assert undo.segment_id == merged.pk and undo.before["undone_revision"] == split.pk


def test_a_merge_and_an_unlink_are_undone(sentences, users):
    doc = sentences
    before = _layout(doc)
    merged = _merged(doc, users)
    restored = alignment_edits.undo_alignment_edit(
        segment=merged,
        user=users["reviewer"],
        version=merged.version,
        revision=Revision.objects.get(action="merge"),
    )
    assert _layout(doc) == before and len(restored) == 2
    seg = _row(doc, 3)
    source_only, _target_only = alignment_edits.unlink(
        segment=seg, user=users["translator"], version=seg.version
    )
    alignment_edits.undo_alignment_edit(
        segment=source_only,
        user=users["translator"],
        version=source_only.version,
        revision=Revision.objects.filter(action="split").latest("id"),
    )
    assert _layout(doc) == before


def test_an_undo_finds_its_rows_after_edits_elsewhere(sentences, users):
    doc = sentences
    seg = _row(doc, 3)
    first, _ = alignment_edits.unlink(segment=seg, user=users["translator"], version=seg.version)
    split = Revision.objects.get(action="split")
    top = _row(doc, 0)
    alignment_edits.merge_with_next(segment=top, user=users["translator"], version=top.version)
    first.refresh_from_db()
    assert first.index == 2  # one place up since the merge
    expected = [*_layout(doc)[:2], ([3], [3], "明天将继续降温。", "明日も気温が下がる見込みだ。", "1-1", 1.0)]
    alignment_edits.undo_alignment_edit(
        segment=first, user=users["translator"], version=first.version, revision=split
    )
    assert _layout(doc) == expected


def test_an_undo_refuses_when_a_made_row_changed(sentences, users):
    doc = sentences
    merged = _merged(doc, users)
    first, second = alignment_edits.split(
        segment=merged, user=users["translator"], version=merged.version, source_at=1, target_at=1
    )
    segments.update_target_text(
        segment=second, user=users["translator"], target_text="補った訳。", version=second.version
    )
    after = _layout(doc)
    split = Revision.objects.get(action="split")
    with pytest.raises(Conflict) as refused:
        alignment_edits.undo_alignment_edit(
            segment=first, user=users["translator"], version=first.version, revision=split
        )
    assert "changed since" in refused.value.message and refused.value.current.pk == first.pk
    assert _layout(doc) == after and not Revision.objects.filter(action="undo-split").exists()
    with pytest.raises(Conflict):  # a stale version
        alignment_edits.undo_alignment_edit(
            segment=first, user=users["translator"], version=first.version - 1, revision=split
        )


def test_only_an_alignment_edit_of_the_row_is_undone(sentences, users):
    doc = sentences
    seg = _row(doc, 0)
    edited = segments.update_target_text(
        segment=seg, user=users["translator"], target_text="今日は大雪。", version=seg.version
    )
    with pytest.raises(InvalidInput):
        alignment_edits.undo_alignment_edit(
            segment=edited,
            user=users["translator"],
            version=edited.version,
            revision=Revision.objects.get(action="edit"),
        )
    merged = _merged(doc, users)
    other = _row(doc, 0)
    with pytest.raises(InvalidInput):  # the merge's revision is on another row
        alignment_edits.undo_alignment_edit(
            segment=other,
            user=users["translator"],
            version=other.version,
            revision=Revision.objects.get(action="merge", segment=merged),
        )


def test_a_link_is_undone_like_the_other_edits(sentences, users):
    doc = sentences
    doc.segments.filter(index=2).update(confidence=0.42)
    before = _layout(doc)
    first = _row(doc, 0)
    link = alignment_edits.link_sentences(
        segment=first, user=users["translator"], version=first.version, source_sentence=0, target_sentence=3
    )
    restored = alignment_edits.undo_alignment_edit(
        segment=link,
        user=users["translator"],
        version=link.version,
        revision=Revision.objects.get(action="link"),
    )
    assert _layout(doc) == before and len(restored) == 4
    assert Revision.objects.filter(action="undo-link").count() == 1


def test_an_entry_without_the_rows_it_changed_is_refused(sentences, users):
    merged = _merged(sentences, users)
    revision = Revision.objects.get(action="merge")
    revision.before = {"rows": [{"index": 1}]}  # as an entry written by an older version might be
    revision.save()
    with pytest.raises(InvalidInput, match="cannot be undone"):
        alignment_edits.undo_alignment_edit(
            segment=merged, user=users["translator"], version=merged.version, revision=revision
        )
