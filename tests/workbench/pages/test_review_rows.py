"""The review page's row partial: what it renders for every kind of row, escaping, rights, gaps and
the Japanese labels, and that it costs no query per row."""

import re
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from tests.workbench.pages.review_row_cases import anonymous, build
from workbench.models import Document, Flag, Segment
from workbench.pages.review.rows import highlight, render_rows
from workbench.selectors.review_page import ReviewFilters, review_rows

DATA = Path(__file__).parent / "data"
RIGHTS = {"reviewer": (True, True, True), "translator": (True, False, True), "reader": (False, False, False)}


def _page(document):
    return review_rows(document, ReviewFilters(), "1").object_list


def _render(rows, rights=(True, True, True), **kwargs):
    can_edit, can_review, can_align = rights
    return render_rows(rows, can_edit=can_edit, can_review=can_review, can_align=can_align, **kwargs)


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("who", sorted(RIGHTS))
@pytest.mark.parametrize("has_source", [True, False])
def test_the_partial_renders_what_the_python_renderer_rendered(lang, who, has_source):
    """Byte for byte what ``RowRenderer`` (the f-string renderer it replaced) gave for the same rows
    (data/rows-*.html, written by it, ids anonymised): flags of every status and origin with fixes,
    spans on either side and text to escape, a row with comments, a termbase entry in its Chinese,
    boilerplate, low confidence, a folded run of gap rows, a complementary gap pair, and the same
    document without a source."""
    doc = build()
    if not has_source:
        Document.objects.filter(pk=doc.pk).update(source=None)
        doc.refresh_from_db()
    with translation.override(lang):
        html = _render(_page(doc), RIGHTS[who], has_source=has_source)
    name = f"rows-{lang}-{who}{'' if has_source else '-sourceless'}.html"
    assert _flags_sorted(anonymous(str(html)) + "\n") == _flags_sorted((DATA / name).read_text())


def _flags_sorted(html: str) -> str:
    """The rows with each flag list in one order, flags unnumbered: the databases sort a flag
    without a span (NULL start) first (SQLite) or last (PostgreSQL)."""
    html = re.sub(r'data-flag="FLAG\d+"', 'data-flag="FLAG"', html)

    def sort(m: re.Match) -> str:
        items = re.findall(r"<li .*?</li>", m.group(1), re.S)
        assert "".join(items) == m.group(1)
        return '<ul class="flags">' + "".join(sorted(items)) + "</ul>"

    return re.sub(r'<ul class="flags">(.*?)</ul>', sort, html, flags=re.S)


@pytest.mark.django_db
def test_the_partial_costs_no_query_per_row(django_assert_num_queries):
    doc = build()
    rows = _page(doc)  # the rows, their flags prefetched
    with django_assert_num_queries(0):
        _render(rows)


def test_every_user_text_is_escaped(rendering):
    seg = Segment.objects.filter(document=rendering, kind="content").first()
    Segment.objects.filter(pk=seg.pk).update(source_text="<b>源</b>", target_text="<script>x</script>です")
    Flag.objects.create(
        segment=seg,
        code="x",
        category="style",
        severity="minor",
        start=0,
        end=8,
        message='"><img src=x>',
        status="dismissed",
        dismiss_reason="<i>why</i>",
    )
    html = _render(_page(rendering))
    for raw in ("<b>源", "<script>x", "<img src=x>", "<i>why"):
        assert raw not in html
    for escaped in ("&lt;b&gt;源", "&lt;script&gt;x", "&lt;img src=x&gt;", "&lt;i&gt;why"):
        assert escaped in html


def test_buttons_follow_the_viewer_rights(rendering):
    rows = _page(rendering)
    translator = _render(rows, RIGHTS["translator"])
    reviewer = _render(rows, RIGHTS["reviewer"])
    reader = _render(rows, RIGHTS["reader"])
    assert 'data-action="edit"' in translator and 'data-action="approve"' not in translator
    assert 'data-action="approve"' in reviewer and 'data-action="dismiss"' in reviewer
    assert 'data-action="edit"' not in reader and 'data-action="merge"' not in reader
    assert reader.count('class="row ') == len(rows)


def test_gaps_and_relink_buttons(rendering):
    rows = _page(rendering)
    html = _render(rows)
    gaps = sum(1 for s in rows if not s.source_text) + sum(1 for s in rows if not s.target_text)
    assert html.count('class="gap"') == gaps
    pairs = sum(1 for s in rows if s.relink_next is not None)
    assert html.count('data-action="relink-next"') == pairs == html.count('data-action="relink-prev"')


def test_labels_follow_the_interface_language(rendering):
    rows = _page(rendering)
    with translation.override("ja"):
        html = _render(rows)
    assert "セグメント 1" in html and 'data-action="edit">編集' in html


def test_highlight_marks_open_spans_only_and_clamps():
    class F:
        def __init__(self, start, end, status="open"):
            self.start, self.end, self.status = start, end, status
            self.category, self.severity, self.message = "number", "major", "7 <missing>"
            self.code = "number-mismatch"

    text = "第7回の交流"
    out = highlight(text, [F(1, 2), F(0, 99), F(3, 4, "dismissed")])
    assert out.count("<mark") == 1 and 'title="7 &lt;missing&gt;"' in out
    assert highlight("a<b", []) == "a&lt;b"
    # In Japanese the mark's title says first what the check looks for.
    out = highlight(text, [F(1, 2)], explain=lambda code: {"number-mismatch": "数が<違う>"}[code])
    assert 'title="数が&lt;違う&gt; — 7 &lt;missing&gt;"' in out


def test_review_page_query_count_does_not_grow_with_rows(rendering, users, django_assert_max_num_queries):
    """Session, user, document (with project and source), count, rows, flags, role, the rows a
    reviewer may approve at once — whatever the page size, and without loading either document's
    full text."""
    client = Client()
    client.force_login(users["reviewer"])
    assert rendering.source is not None
    with django_assert_max_num_queries(9), CaptureQueriesContext(connection) as ctx:
        assert client.get(f"/documents/{rendering.pk}/").status_code == 200
    document_queries = [q["sql"] for q in ctx.captured_queries if 'FROM "workbench_document"' in q["sql"]]
    assert document_queries and all('."text"' not in sql for sql in document_queries)


def test_the_rows_endpoint_gives_the_rows_the_page_shows(doc, users, client, django_assert_max_num_queries):
    """What the script swaps in after an action: the page's own markup for the rows asked, with
    the viewer's buttons and the relink neighbours, in a constant number of queries."""
    Segment.objects.filter(document=doc, index=3).update(source_sentences=[], source_text="", link_type="0-1")
    client.force_login(users["reviewer"])
    page = client.get(reverse("review", args=[doc.pk])).content.decode()
    rows = list(doc.segments.order_by("index"))
    ids = ",".join(str(s.pk) for s in rows[2:])
    with django_assert_max_num_queries(7):  # session, user, document and role, rows, flags, neighbours
        html = client.get(reverse("review-rows", args=[doc.pk]), {"ids": ids}).content.decode()
    for seg in rows[2:]:
        start = page.index(f'<div class="row state-{seg.state}" id="seg-{seg.pk}"')
        assert page[start : page.index("\n</div>", start) + 7] in html
    assert 'data-action="relink-next"' in html and 'data-action="approve"' in html
    # Rights follow the viewer; rows of other documents and outsiders get nothing.
    client.force_login(users["translator"])
    assert (
        'data-action="approve"'
        not in client.get(reverse("review-rows", args=[doc.pk]), {"ids": ids}).content.decode()
    )
    other = client.get(reverse("review-rows", args=[doc.pk]), {"ids": "999999,x"})
    assert other.status_code == 200 and other.content == b""
    client.force_login(users["outsider"])
    assert client.get(reverse("review-rows", args=[doc.pk]), {"ids": ids}).status_code == 404
