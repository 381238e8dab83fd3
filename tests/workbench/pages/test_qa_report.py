"""The project-wide QA report: every open flag, grouped by check and flagged text."""

from __future__ import annotations

from django.test import Client

from workbench.models import Flag, Segment
from workbench.selectors.qa import qa_report, row_link


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _flag(segment: Segment, code: str, text: str, category: str = "terminology") -> Flag:
    start = segment.target_text.index(text)
    return Flag.objects.create(
        segment=segment,
        code=code,
        category=category,
        severity="minor",
        start=start,
        end=start + len(text),
        message=f"{code} on {text}",
    )


def test_flags_group_by_check_and_text_across_documents(imported):
    imported.flag_threshold = 0.0  # grouping, whatever the confidence of these made-up checks
    imported.save(update_fields=["flag_threshold"])
    rows = []
    for n, doc in enumerate(imported.documents.filter(lang="ja").order_by("name")[:2]):
        seg = Segment.objects.filter(document=doc, kind="content").exclude(target_text="").first()
        Segment.objects.filter(pk=seg.pk).update(target_text=f"試験用の語句{n}と試験用の語句")
        seg.refresh_from_db()
        rows.append(seg)
    Flag.objects.filter(segment__document__project=imported).delete()
    for seg in rows:
        _flag(seg, "test-term", "試験用")
    _flag(rows[0], "test-term", "語句0")
    groups = qa_report(imported)
    assert [(g.code, g.text, g.count) for g in groups] == [
        ("test-term", "試験用", 2),
        ("test-term", "語句0", 1),
    ]
    assert {f.segment.document_id for f in groups[0].flags} == {s.document_id for s in rows}
    assert qa_report(imported, category="number") == []
    assert (
        row_link(groups[1].flags[0].segment) == f"/documents/{rows[0].document_id}/?page=1#seg-{rows[0].pk}"
    )


def test_page_for_reviewers_filtered_by_category(imported, users):
    html = _client(users["reviewer"]).get("/projects/seeds/qa/?category=number").content.decode()
    assert "QA report" in html
    numbers = Flag.objects.filter(
        segment__document__project=imported, status="open", category="number"
    ).count()
    assert numbers and f"{numbers} open flag" in html
    assert 'class="cat cat-terminology"' not in html
    assert (
        '<td lang="ja" class="qa-text">' in html
        and "&lt;mark" not in html
        and '<mark class="cat-number' in html
    )
    assert _client(users["translator"]).get("/projects/seeds/qa/").status_code == 404
    assert _client(users["outsider"]).get("/projects/seeds/qa/").status_code == 404


def test_dashboard_bars_open_the_report(imported, users):
    html = _client(users["manager"]).get("/projects/seeds/dashboard/").content.decode()
    assert 'href="/projects/seeds/qa/?category=' in html
