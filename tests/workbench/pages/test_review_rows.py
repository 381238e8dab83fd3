"""The review page's Python row renderer: escaping, rights, gaps and the Japanese labels."""

from django.utils import translation

from workbench.models import Flag, Segment
from workbench.pages.review.rows import RowRenderer, highlight
from workbench.selectors.review_page import ReviewFilters, review_rows


def _page(document):
    return review_rows(document, ReviewFilters(), "1").object_list


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
    html = RowRenderer(can_edit=True, can_review=True, can_align=True).page(_page(rendering))
    for raw in ("<b>源", "<script>x", "<img src=x>", "<i>why"):
        assert raw not in html
    for escaped in ("&lt;b&gt;源", "&lt;script&gt;x", "&lt;img src=x&gt;", "&lt;i&gt;why"):
        assert escaped in html


def test_buttons_follow_the_viewer_rights(rendering):
    rows = _page(rendering)
    translator = RowRenderer(can_edit=True, can_review=False, can_align=True).page(rows)
    reviewer = RowRenderer(can_edit=True, can_review=True, can_align=True).page(rows)
    reader = RowRenderer(can_edit=False, can_review=False, can_align=False).page(rows)
    assert 'data-action="edit"' in translator and 'data-action="approve"' not in translator
    assert 'data-action="approve"' in reviewer and 'data-action="dismiss"' in reviewer
    assert 'data-action="edit"' not in reader and 'data-action="merge"' not in reader
    assert reader.count('class="row ') == len(rows)


def test_gaps_and_relink_buttons(rendering):
    rows = _page(rendering)
    html = RowRenderer(can_edit=True, can_review=True, can_align=True).page(rows)
    gaps = sum(1 for s in rows if not s.source_text) + sum(1 for s in rows if not s.target_text)
    assert html.count('class="gap"') == gaps
    pairs = sum(1 for s in rows if s.relink_next is not None)
    assert html.count('data-action="relink-next"') == pairs == html.count('data-action="relink-prev"')


def test_labels_follow_the_interface_language(rendering):
    rows = _page(rendering)
    with translation.override("ja"):
        html = RowRenderer(can_edit=True, can_review=True, can_align=True).page(rows)
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
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(users["reviewer"])
    assert rendering.source is not None
    with django_assert_max_num_queries(9), CaptureQueriesContext(connection) as ctx:
        assert client.get(f"/documents/{rendering.pk}/").status_code == 200
    document_queries = [q["sql"] for q in ctx.captured_queries if 'FROM "workbench_document"' in q["sql"]]
    assert document_queries and all('."text"' not in sql for sql in document_queries)
