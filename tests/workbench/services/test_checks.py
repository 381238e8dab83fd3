"""The checks service: a document is held to what the rest of its project approved."""

from __future__ import annotations

from workbench.models import Document, Flag, Segment
from workbench.services.checks import check_document, recheck_document
from workbench.services.segments import approve, reject


def _document(project, name: str, rows: list[tuple[str, str]]) -> Document:
    doc = Document.objects.create(
        project=project, name=name, lang="ja", encoding="utf-8", title=name, sha256=name, text=""
    )
    Segment.objects.bulk_create(
        Segment(
            document=doc,
            index=i,
            source_sentences=[i],
            target_sentences=[i],
            source_text=zh,
            target_text=ja,
            mt_text=ja,
            link_type="1-1",
        )
        for i, (zh, ja) in enumerate(rows)
    )
    check_document(doc)
    return doc


def _consistency(doc: Document) -> list[tuple[int, str, str]]:
    return [
        (f.segment.index, f.segment.target_text[f.start : f.end], f.message)
        for f in Flag.objects.filter(segment__document=doc, code="terminology-consistency").select_related(
            "segment"
        )
    ]


def test_a_document_is_held_to_the_renderings_the_project_approved(project, users):
    settled = _document(
        project,
        "000.txt",
        [
            ("区外事办组织外事活动。", "区外事弁公室は外事活動を企画した。"),
            ("他们开会。", "彼らは会議を開いた。"),
        ],
    )
    later = _document(
        project, "001.txt", [("长宁区积极开展外事活动。", "長寧区は積極的に外交活動を行った。")]
    )
    assert _consistency(later) == []  # once in its document, and nothing approved yet

    row = settled.segments.get(index=0)
    approve(segment=row, user=users["reviewer"], version=row.version, acknowledged=True)
    recheck_document(document_id=later.pk)
    ((index, marked, message),) = _consistency(later)
    assert (index, marked) == (0, "外交")
    assert "approved 000.txt, row 1" in message
    assert _consistency(settled) == []  # a document is not held to its own approvals twice

    row.refresh_from_db()
    reject(segment=row, user=users["reviewer"], version=row.version)
    recheck_document(document_id=later.pk)
    assert _consistency(later) == []


def test_an_approval_has_the_rest_of_the_project_rechecked(
    project, users, django_capture_on_commit_callbacks
):
    """In-process mode runs the scheduled re-check at once."""
    from django.core.cache import cache

    cache.clear()
    settled = _document(
        project, "000.txt", [("区外事办组织外事活动。", "区外事弁公室は外事活動を企画した。")]
    )
    later = _document(
        project, "001.txt", [("长宁区积极开展外事活动。", "長寧区は積極的に外交活動を行った。")]
    )
    row = settled.segments.get(index=0)
    with django_capture_on_commit_callbacks(execute=True):
        approve(segment=row, user=users["reviewer"], version=row.version, acknowledged=True)
    assert [marked for _, marked, _ in _consistency(later)] == ["外交"]
