"""Pairing after the import: a rendering uploaded before its source finds it later, a manager pairs or
unpairs by hand, and no row anybody worked on is lost on the way."""

from __future__ import annotations

import io
import itertools

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.workbench.conftest import seed_files
from workbench.models import Comment, Document, Membership, Project, Revision, Segment, SegmentState, Sentence
from workbench.permissions import PermissionDenied
from workbench.services import alignment_edits
from workbench.services import segments as review
from workbench.services.imports import create_import_job
from workbench.services.pairing import PairingRefused, attach_source, set_source


def _import(project, user, capture, *prefixes):
    with capture(execute=True):
        job = create_import_job(project=project, user=user, files=seed_files(*prefixes))
    job.refresh_from_db()
    assert job.status == "succeeded", job.message
    return job


def _invariant(document: Document) -> None:
    """Every sentence of both documents in exactly one row, rows in document order."""
    rows = list(document.segments.order_by("index"))
    assert [r.index for r in rows] == list(range(len(rows)))
    tgt = [j for r in rows for j in r.target_sentences]
    assert tgt == list(range(document.sentences.count()))
    src = [i for r in rows for i in r.source_sentences]
    assert src == (list(range(document.source.sentences.count())) if document.source_id else [])
    for r in rows:
        assert r.link_type == f"{len(r.source_sentences)}-{len(r.target_sentences)}"
        assert r.mt_text == "".join(document.sentences.get(index=j).text for j in r.target_sentences)


@pytest.fixture
def monolingual(project, users, django_capture_on_commit_callbacks):
    """000 imported alone (no source), then worked on: one row edited, one approved, one commented."""
    _import(project, users["manager"], django_capture_on_commit_callbacks, "000")
    doc = Document.objects.get(project=project, name__startswith="000")
    assert doc.source_id is None
    rows = list(doc.segments.filter(kind="content").order_by("index"))
    edited = review.update_target_text(
        segment=rows[1],
        user=users["translator"],
        target_text=rows[1].target_text + "（訂正）",
        version=rows[1].version,
    )
    approved = review.approve(
        segment=rows[2], user=users["reviewer"], version=rows[2].version, acknowledged=True
    )
    review.add_comment(segment=rows[3], user=users["reviewer"], body="出典を確認")
    return doc, edited, approved, rows[3]


def test_a_source_uploaded_after_its_rendering_pairs_with_it_and_keeps_the_work(
    project, users, monolingual, django_capture_on_commit_callbacks
):
    doc, edited, approved, commented = monolingual
    job = _import(project, users["manager"], django_capture_on_commit_callbacks, "002")
    doc.refresh_from_db()
    source = Document.objects.get(project=project, name__startswith="002")
    assert doc.source_id == source.pk and doc.coverage > 0.2
    assert {"source": source.name, "target": doc.name, "earlier": True}.items() <= job.result["pairs"][
        0
    ].items()
    assert "1 document imported earlier found its source" in job.message
    _invariant(doc)

    rows = {r.pk: r for r in doc.segments.all()}
    # The rows people worked on are the same rows, now with Chinese beside them.
    for kept in (edited, approved, commented):
        assert kept.pk in rows and rows[kept.pk].source_text, kept.index
    assert rows[edited.pk].target_text.endswith("（訂正）")
    assert Comment.objects.filter(segment_id=commented.pk).exists()
    # Approved against no source, it goes back to review; the history says why.
    assert rows[approved.pk].state == SegmentState.NEEDS_REVIEW
    assert rows[approved.pk].version > approved.version
    assert Revision.objects.filter(segment_id=approved.pk, action="pair").exists()
    assert (
        Revision.objects.filter(document=doc, segment=None, action="pair").get().after["source"]
        == source.name
    )
    # The Chinese side is there: 1-0 rows for what the rendering left out, and the bilingual checks ran.
    assert doc.segments.filter(link_type="1-0").exists()
    assert doc.segments.filter(flags__category__in=["omission", "number", "named_entity"]).exists()


def test_a_manager_unpairs_and_pairs_again_by_hand(project, users, django_capture_on_commit_callbacks):
    _import(project, users["manager"], django_capture_on_commit_callbacks, "000", "002")
    doc = Document.objects.get(project=project, name__startswith="000")
    source = doc.source
    assert source is not None
    row = doc.segments.filter(kind="content", link_type="1-1").order_by("index")[3]
    row = review.update_target_text(
        segment=row, user=users["translator"], target_text="手直し。", version=row.version
    )

    with pytest.raises(PermissionDenied):
        set_source(document=doc, source=None, user=users["reviewer"])
    set_source(document=doc, source=None, user=users["manager"])
    doc.refresh_from_db()
    assert doc.source_id is None and doc.coverage is None
    _invariant(doc)
    assert not doc.segments.exclude(source_sentences=[]).exists()
    assert doc.segments.get(pk=row.pk).target_text == "手直し。"

    set_source(document=doc, source=source, user=users["manager"])
    doc.refresh_from_db()
    assert doc.source_id == source.pk and doc.pair_score > 0.2  # the pairing's own score for the two
    _invariant(doc)
    again = doc.segments.get(pk=row.pk)
    assert again.target_text == "手直し。" and again.source_text


def test_untouched_rows_pair_as_if_imported_together(project, users, django_capture_on_commit_callbacks):
    """Monolingual rows are one per sentence; nobody touched them, so the alignment's 1-2 and 2-1
    links replace them: the document ends as it would have had both files come in one upload."""
    _import(project, users["manager"], django_capture_on_commit_callbacks, "000")
    _import(project, users["manager"], django_capture_on_commit_callbacks, "002")
    later = Document.objects.get(project=project, name__startswith="000")

    together = Project.objects.create(name="Together", slug="together")
    Membership.objects.create(user=users["manager"], project=together, role="manager")
    _import(together, users["manager"], django_capture_on_commit_callbacks, "000", "002")
    once = Document.objects.get(project=together, name__startswith="000")

    def shape(document):
        return [
            (r.source_sentences, r.target_sentences, r.kind, r.source_text, round(r.confidence, 6))
            for r in document.segments.order_by("index")
        ]

    assert shape(later) == shape(once)
    assert later.coverage == once.coverage
    flags = [sorted(r.flags.values_list("code", flat=True)) for r in later.segments.order_by("index")]
    assert flags == [sorted(r.flags.values_list("code", flat=True)) for r in once.segments.order_by("index")]


def filled_gap(project, users, capture) -> tuple[Document, Segment]:
    """000 paired with 002, and a translator's rendering of a sentence the MT left out (a 1-0 row)."""
    _import(project, users["manager"], capture, "000", "002")
    doc = Document.objects.get(project=project, name__startswith="000")
    gap = doc.segments.filter(link_type="1-0", kind="content").first()
    review.update_target_text(
        segment=gap, user=users["translator"], target_text="補訳。", version=gap.version
    )
    return doc, gap


def test_pairing_refuses_to_drop_a_translators_rendering_of_a_left_out_sentence(
    project, users, django_capture_on_commit_callbacks
):
    doc, gap = filled_gap(project, users, django_capture_on_commit_callbacks)
    with pytest.raises(PairingRefused, match=f"row {gap.index + 1}: "):
        set_source(document=doc, source=None, user=users["manager"])
    assert doc.segments.get(pk=gap.pk).target_text == "補訳。"
    doc.refresh_from_db()
    assert doc.source_id is not None


def test_only_a_chinese_document_of_the_project_is_a_source(
    project, users, django_capture_on_commit_callbacks
):
    _import(project, users["manager"], django_capture_on_commit_callbacks, "000", "004")
    doc = Document.objects.get(project=project, name__startswith="000")
    other = Document.objects.get(project=project, name__startswith="004")
    with pytest.raises(PairingRefused, match="Chinese"):
        set_source(document=doc, source=other, user=users["manager"])


_COPIES = itertools.count()


def _copy(document: Document, name: str) -> Document:
    """A fresh Japanese document with the sentences of ``document`` and no rows."""
    copy = Document.objects.create(
        project=document.project, name=name, lang="ja", encoding="utf-8", sha256=name, text=document.text
    )
    Sentence.objects.bulk_create(
        Sentence(document=copy, index=s.index, text=s.text, start=s.start, end=s.end, kind=s.kind)
        for s in document.sentences.all()
    )
    return copy


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_grouping_of_worked_on_rows_survives_pairing(imported, data):
    """Whatever rows people made (merged sentences, edits here and there), pairing keeps every
    sentence in exactly one row in order, and every edited row with its text."""
    rendering = Document.objects.get(project=imported, name__startswith="000")
    source = rendering.source
    n = rendering.sentences.count()
    cuts = sorted(data.draw(st.sets(st.integers(1, n - 1), max_size=n - 1), label="row boundaries"))
    bounds = [0, *cuts, n]
    edited = data.draw(st.sets(st.integers(0, len(bounds) - 2)), label="edited rows")
    doc = _copy(rendering, f"copy-{next(_COPIES)}.txt")
    texts = dict(doc.sentences.values_list("index", "text"))
    rows = []
    for k, (a, b) in enumerate(itertools.pairwise(bounds)):
        mt = "".join(texts[j] for j in range(a, b))
        rows.append(
            Segment(
                document=doc,
                index=k,
                target_sentences=list(range(a, b)),
                mt_text=mt,
                target_text=mt + "（訂正）" if k in edited else mt,
                link_type=f"0-{b - a}",
            )
        )
    Segment.objects.bulk_create(rows)
    mine = {s.index: s.pk for s in doc.segments.all()}

    attach_source(document=doc, source=source, user=None)
    doc.refresh_from_db()
    _invariant(doc)
    for k in edited:
        row = Segment.objects.get(pk=mine[k])
        assert row.target_text.endswith("（訂正）") and row.target_sentences == rows[k].target_sentences


def test_realign_keeps_the_work_and_changes_nothing_else(project, users, django_capture_on_commit_callbacks):
    """``manage.py realign`` (after an upgrade of the aligner): the same source again leaves an
    untouched document as it was, and keeps what people did — a filled-in gap, an edit, a merge."""
    doc, gap = filled_gap(project, users, django_capture_on_commit_callbacks)
    rows = list(doc.segments.filter(kind="content", link_type="1-1").order_by("index"))
    edited = review.update_target_text(
        segment=rows[0], user=users["translator"], target_text="直した。", version=rows[0].version
    )
    merged = alignment_edits.merge_with_next(
        segment=rows[3], user=users["translator"], version=rows[3].version
    )
    before = [
        (r.pk, r.source_sentences, r.target_sentences, r.target_text) for r in doc.segments.order_by("index")
    ]

    out = io.StringIO()
    call_command("realign", "--project", project.slug, stdout=out)
    assert "1 document(s) aligned anew, 0 left as they were" in out.getvalue()
    doc.refresh_from_db()
    _invariant(doc)
    after = [
        (r.pk, r.source_sentences, r.target_sentences, r.target_text) for r in doc.segments.order_by("index")
    ]
    assert after == before
    assert doc.segments.get(pk=gap.pk).target_text == "補訳。"
    assert doc.segments.get(pk=edited.pk).target_text == "直した。"
    assert doc.segments.get(pk=merged.pk).target_sentences == merged.target_sentences
