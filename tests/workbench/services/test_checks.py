"""The checks service: a document is held to what the rest of its project approved."""

from __future__ import annotations

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from workbench.models import Document, Flag, Segment
from workbench.selectors import ignore_list
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


def _miscounted(project, name: str, n: int) -> Document:
    """A document of ``n`` rows whose Japanese gives another number than the Chinese."""
    return _document(
        project, name, [(f"他买了{k + 3}个苹果。", f"彼はりんごを{k + 40}個買った。") for k in range(n)]
    )


def _checked_anew(doc: Document) -> None:
    Flag.objects.filter(segment__document=doc).delete()
    check_document(Document.objects.get(pk=doc.pk))


def test_a_check_run_reads_the_ignore_list_once_and_hashes_only_listed_checks(
    project, django_assert_num_queries, monkeypatch
):
    few, many = _miscounted(project, "few.txt", 2), _miscounted(project, "many.txt", 12)
    first = Flag.objects.filter(segment__document=many, segment__index=0, code="number-mismatch").first()
    assert first is not None and Flag.objects.filter(segment__document=many).count() >= 12
    key = ignore_list.key_of(first)
    hashed: list[str] = []
    real_key = ignore_list.flag_key
    monkeypatch.setattr(
        ignore_list, "flag_key", lambda code, *rest: hashed.append(code) or real_key(code, *rest)
    )

    # An entry for another check: no finding of this one is hashed.
    project.check_config = {
        "ignore": [{"key": real_key("untranslated", "x", ""), "code": "untranslated", "reason": "r"}]
    }
    project.save()
    _checked_anew(many)
    assert hashed == []

    # An entry for this check: the run's queries do not grow with its flags, and the one finding
    # the entry names comes back dismissed.
    project.check_config = {"ignore": [{"key": key, "code": "number-mismatch", "reason": "正しい"}]}
    project.save()
    with CaptureQueriesContext(connection) as two_rows:
        _checked_anew(few)
    with django_assert_num_queries(len(two_rows.captured_queries)) as twelve_rows:
        _checked_anew(many)
    assert [q["sql"].count('FROM "workbench_project"') for q in twelve_rows.captured_queries].count(1) == 1
    dismissed = Flag.objects.filter(segment__document=many, status="dismissed")
    assert list(dismissed.values_list("segment__index", "code", "dismiss_reason")) == [
        (0, "number-mismatch", "正しい")
    ]
