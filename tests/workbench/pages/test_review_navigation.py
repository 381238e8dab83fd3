"""Navigation on the review page (issue 23, item 5) and reading a document on its own."""

from __future__ import annotations

from django.urls import reverse

from tests.workbench.conftest import client_for
from workbench.models import Document, Segment, Sentence
from workbench.pages.review.rows import render_rows
from workbench.pages.review.views import LINK_TYPE_LABELS
from workbench.selectors.projects import LINK_FILTERS, document_segments
from workbench.selectors.review_page import ReviewFilters, review_rows


def _second_gap(doc: Document) -> None:
    """Rows 2 and 3 both source-only: a run of two gap rows."""
    Segment.objects.filter(document=doc, index=3).update(target_sentences=[], target_text="", link_type="1-0")


def _rows(doc: Document) -> list[Segment]:
    return review_rows(doc, ReviewFilters(), None).object_list


def test_the_link_filter_picks_rows_by_link_type(doc):
    Segment.objects.filter(document=doc, index=1).update(source_sentences=[1, 2], link_type="2-1")
    picked = {key: [s.index for s in document_segments(doc, link=key)] for key in LINK_FILTERS}
    assert picked == {"1-1": [0, 3], "merged": [1], "source-only": [2], "target-only": []}
    assert [key for key, _ in LINK_TYPE_LABELS] == list(LINK_FILTERS)


def test_the_link_filter_on_the_page_and_the_api(doc, users, client):
    client.force_login(users["reviewer"])
    page = client.get(reverse("review", args=[doc.pk]), {"link": "source-only"}).content.decode()
    gap = doc.segments.get(index=2)
    assert f'id="seg-{gap.pk}"' in page and f'id="seg-{doc.segments.get(index=0).pk}"' not in page
    # A hand-edited URL drops an unknown filter on the page; the API says what it takes.
    assert client.get(reverse("review", args=[doc.pk]), {"link": "3-3"}).status_code == 200
    api = client_for(users["reviewer"])
    assert api.get(f"/api/documents/{doc.pk}/segments/", {"link": "3-3"}).status_code == 400
    rows = api.get(f"/api/documents/{doc.pk}/segments/", {"link": "source-only"}).json()["results"]
    assert [r["index"] for r in rows] == [2]


def test_a_run_of_gap_rows_is_folded_into_one_bar_with_its_count(doc):
    rights = {"can_edit": True, "can_review": True, "can_align": True}
    assert "gap-run" not in render_rows(_rows(doc), **rights)  # one gap row alone is an omission to look at
    _second_gap(doc)
    html = render_rows(_rows(doc), **rights)
    assert html.count('<details class="gap-run">') == 1 and "2 rows without a counterpart" in html
    folded = html[html.index('<details class="gap-run">') : html.index("</div></details>")]
    assert all(f'id="seg-{s.pk}"' in folded for s in doc.segments.filter(index__in=(2, 3)))
    # Without a source every row is Japanese-only: nothing is a gap, nothing is folded.
    assert "gap-run" not in render_rows(_rows(doc), **rights, has_source=False)


def test_a_document_without_a_source_gives_the_japanese_the_full_width(doc, users, client):
    client.force_login(users["reviewer"])
    assert 'class="rows" id="rows"' in client.get(reverse("review", args=[doc.pk])).content.decode()
    Document.objects.filter(pk=doc.pk).update(source=None)
    assert 'class="rows no-source"' in client.get(reverse("review", args=[doc.pk])).content.decode()


def test_the_chinese_article_opens_on_its_own_in_chinese_glyphs(doc, users, client):
    for i, text in enumerate(("北京下雪", "市民堆雪人")):
        Sentence.objects.create(document=doc.source, index=i, text=text, start=0, end=len(text))
    client.force_login(users["translator"])
    page = client.get(reverse("document-text", args=[doc.source.pk])).content.decode()
    assert '<article class="card document-text" lang="zh-Hans">' in page and "市民堆雪人" in page
    assert reverse("review", args=[doc.pk]) in page  # the renderings of it are linked
    project = client.get(reverse("project", args=[doc.project.slug])).content.decode()
    assert f'href="{reverse("document-text", args=[doc.source.pk])}" lang="zh-Hans"' in project
    review = client.get(reverse("review", args=[doc.pk])).content.decode()
    assert reverse("document-text", args=[doc.source.pk]) in review
    client.force_login(users["outsider"])
    assert client.get(reverse("document-text", args=[doc.source.pk])).status_code == 404
