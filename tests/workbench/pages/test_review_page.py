"""The review page as a server-rendered view: rows, roles, filters, pagination, query count, escaping."""

from __future__ import annotations

import json
import re
from types import SimpleNamespace

import pytest
from django.db import connection
from django.http import QueryDict
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from workbench.models import Document, Flag, Segment
from workbench.selectors import review_page
from workbench.selectors.review_page import ReviewFilters, _complementary
from workbench.services.alignment_edits import merge_with_next
from workbench.services.segments import approve_unflagged


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def big_document(project, n: int) -> Document:
    """A synthetic rendering with n rows, every third flagged: enough for several pages."""
    doc = Document.objects.create(project=project, name="big.txt", lang="ja", encoding="utf-8", title="big")
    Segment.objects.bulk_create(
        Segment(
            document=doc,
            index=i,
            source_sentences=[i],
            target_sentences=[i],
            source_text=f"第{i}句。",
            target_text=f"第{i}文。",
            link_type="1-1",
            confidence=(i % 10) / 10,
        )
        for i in range(n)
    )
    Flag.objects.bulk_create(
        Flag(segment=s, code="number", category="number", severity="major", start=1, end=2, message="m")
        for s in Segment.objects.filter(document=doc, index__in=range(0, n, 3))
    )
    return doc


def rows_in(html: str) -> int:
    return len(re.findall(r'class="row state-', html))


def test_rows_are_paginated_and_pager_keeps_the_filters(project, users, monkeypatch):
    doc = big_document(project, 250)
    client = logged_in(users["reviewer"])
    first = client.get(f"/documents/{doc.pk}/").content.decode()
    assert rows_in(first) == review_page.ROWS_PER_PAGE
    last = client.get(f"/documents/{doc.pk}/?page=3").content.decode()
    assert rows_in(last) == 50 and "第248文。" in last and "第148文。" not in last
    monkeypatch.setattr(review_page, "ROWS_PER_PAGE", 10)
    filtered = client.get(f"/documents/{doc.pk}/?category=number&max_confidence=0.5").content.decode()
    expected = Segment.objects.filter(document=doc, index__in=range(0, 250, 3), confidence__lt=0.5).count()
    assert expected > 10 and rows_in(filtered) == 10
    assert f"{expected} rows" in filtered
    assert "?category=number&amp;max_confidence=0.5&amp;page=2" in filtered


def _rows_box_and_count(page: str) -> str:
    """What the page shows of the rows, pager and count: the rows fragment's parts, in its order."""
    box = page[page.index('<div class="rows') : page.index('\n<template id="conflict-template">')]
    return box + "\n" + re.search(r'<span class="muted count">.*?</span>', page).group(0)


def test_the_page_rows_fragment_is_the_page_after_an_alignment_edit(project, users, monkeypatch):
    """What the script swaps in after a merge instead of reloading: the rows, pager and count a
    fresh load of the same filters and page shows, for the revision after the edit (not the cached
    one before it): rows renumbered, and the count changed."""
    monkeypatch.setattr(review_page, "ROWS_PER_PAGE", 10)
    doc = big_document(project, 60)
    client = logged_in(users["reviewer"])
    query = "?max_confidence=0.5&page=2"
    url = reverse("review-page-rows", args=[doc.pk])
    before = client.get(url + query).content.decode()
    assert before == _rows_box_and_count(client.get(f"/documents/{doc.pk}/{query}").content.decode())
    assert "30 rows" in before and "page 2 of 3" in before
    seg = Segment.objects.get(document=doc, index=10)
    merge_with_next(segment=seg, user=users["reviewer"], version=seg.version)
    after = client.get(url + query).content.decode()
    assert after == _rows_box_and_count(client.get(f"/documents/{doc.pk}/{query}").content.decode())
    shown = Segment.objects.filter(document=doc, confidence__lt=0.5).count()
    assert shown < 30 and f"{shown} rows" in after and rows_in(after) == 10 and after != before
    assert logged_in(users["outsider"]).get(url + query).status_code == 404


def test_query_count_does_not_grow_with_the_page(project, users, monkeypatch):
    doc = big_document(project, 120)
    client = logged_in(users["reviewer"])
    counts = []
    for size in (5, 100):
        monkeypatch.setattr(review_page, "ROWS_PER_PAGE", size)
        with CaptureQueriesContext(connection) as ctx:
            html = client.get(f"/documents/{doc.pk}/").content.decode()
        assert rows_in(html) == size
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1], counts


def test_a_bad_confidence_filter_is_ignored_not_a_crash(rendering, users):
    response = logged_in(users["reviewer"]).get(f"/documents/{rendering.pk}/?max_confidence=abc&page=999")
    assert response.status_code == 200
    assert rows_in(response.content.decode()) > 0


def test_translator_edits_but_cannot_approve_or_dismiss(rendering, users):
    html = logged_in(users["translator"]).get(f"/documents/{rendering.pk}/").content.decode()
    assert 'data-action="edit"' in html and 'data-action="merge"' in html
    assert 'data-action="approve"' not in html and 'data-action="dismiss"' not in html
    reviewer = logged_in(users["reviewer"]).get(f"/documents/{rendering.pk}/").content.decode()
    assert 'data-action="approve"' in reviewer and 'data-action="dismiss"' in reviewer


def test_cells_carry_language_tags_and_low_confidence_is_marked(rendering, users):
    Segment.objects.filter(document=rendering, index=0).update(confidence=0.2)
    html = logged_in(users["reviewer"]).get(f"/documents/{rendering.pk}/").content.decode()
    assert 'class="src" lang="zh-Hans"' in html and 'class="tgt" lang="ja"' in html
    assert "low-confidence" in html and 'class="low-conf-mark"' in html


def test_flag_spans_are_marked_with_message_and_category(project, users):
    doc = big_document(project, 3)
    seg = Segment.objects.get(document=doc, index=0)
    Flag.objects.filter(segment=seg).update(message='<b>"bad"</b>', category="number")
    Flag.objects.create(segment=seg, code="len", category="addition", severity="minor", message="no span")
    html = logged_in(users["reviewer"]).get(f"/documents/{doc.pk}/").content.decode()
    assert '<mark class="cat-number sev-major" title="&lt;b&gt;&quot;bad&quot;&lt;/b&gt;">0</mark>' in html
    assert "no span" in html  # a flag without a span is listed under the row


def test_relink_buttons_join_complementary_gaps(project, users):
    doc = Document.objects.create(project=project, name="gaps.txt", lang="ja", encoding="utf-8", title="g")
    Segment.objects.create(document=doc, index=0, source_sentences=[0], source_text="源。", link_type="1-0")
    Segment.objects.create(document=doc, index=1, target_sentences=[0], target_text="訳。", link_type="0-1")
    Segment.objects.create(
        document=doc,
        index=2,
        source_sentences=[1],
        target_sentences=[1],
        link_type="1-1",
        source_text="s",
        target_text="x",
    )
    html = logged_in(users["translator"]).get(f"/documents/{doc.pk}/").content.decode()
    assert html.count('data-action="relink-next"') == 1 and html.count('data-action="relink-prev"') == 1
    assert html.count('class="gap"') == 2


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (([0], []), ([], [0]), True),
        (([], [0]), ([0], []), True),
        (([0], []), ([1], []), False),
        (([0], [0]), ([], [1]), False),
    ],
)
def test_complementary(first, second, expected):
    a = SimpleNamespace(index=4, source_sentences=first[0], target_sentences=first[1])
    b = SimpleNamespace(index=5, source_sentences=second[0], target_sentences=second[1])
    assert _complementary(a, b) is expected
    assert _complementary(a, None) is False


def test_filters_from_query_and_querystring():
    f = ReviewFilters.from_query(QueryDict("state=approved&q=%E9%95%B7&max_confidence=x&page=2"))
    assert f.state == "approved" and f.max_confidence == "" and f.active
    assert f.querystring() == "state=approved&q=%E9%95%B7"
    assert not ReviewFilters.from_query(QueryDict("")).active


def test_script_strings_are_translated_json(rendering, users):
    client = logged_in(users["reviewer"])
    client.post("/i18n/setlang/", {"language": "ja", "next": "/"})
    html = client.get(f"/documents/{rendering.pk}/").content.decode()
    blob = re.search(r'<script id="wb-strings" type="application/json">(.*?)</script>', html, re.S).group(1)
    strings = json.loads(blob)
    assert strings["saved"] != "Saved." and strings["approved"] != "Approved."
    assert "キーボード" in html  # the shortcut list is in Japanese too


def test_reviewers_get_the_approve_unflagged_button_for_the_filtered_rows(project, users):
    """The button counts the rows of the current filters with no open flag; translators do not get
    it, and it goes when nothing is left to approve."""
    doc = big_document(project, 30)  # rows 0, 3, … 27 flagged: 20 unflagged
    reviewer = logged_in(users["reviewer"])
    html = reviewer.get(f"/documents/{doc.pk}/").content.decode()
    assert (
        'id="approve-all"' in html and 'data-n="20"' in html and "Approve 20 rows without open flags" in html
    )
    filtered = reviewer.get(f"/documents/{doc.pk}/?q=%E7%AC%AC1").content.decode()  # 第1, 第10–第19
    # rows 1, 10…19 contain 第1; of them 12, 15 and 18 are flagged
    assert 'data-n="8"' in filtered
    selection = re.search(r'<script id="approve-selection" type="application/json">(.*?)</script>', filtered)
    assert json.loads(selection.group(1)) == {"q": "第1"}
    assert (
        'id="approve-all"' not in logged_in(users["translator"]).get(f"/documents/{doc.pk}/").content.decode()
    )
    assert approve_unflagged(document=doc, user=users["reviewer"]) == 20
    assert 'id="approve-all"' not in reviewer.get(f"/documents/{doc.pk}/").content.decode()


def test_low_confidence_is_the_calibrated_threshold_and_a_filter_offers_it(rendering, users):
    # A link 80 % likely right is wrong one time in five: worth a look (it was unmarked below 0.5).
    Segment.objects.filter(document=rendering).update(confidence=0.99)
    Segment.objects.filter(document=rendering, index=0).update(confidence=0.8)
    html = logged_in(users["reviewer"]).get(f"/documents/{rendering.pk}/").content.decode()
    assert html.count('class="low-conf-mark"') == 1
    assert f'href="?max_confidence={review_page.LOW_CONFIDENCE}"' in html
    filtered = (
        logged_in(users["reviewer"]).get(f"/documents/{rendering.pk}/?max_confidence=0.85").content.decode()
    )
    assert filtered.count('class="seg-link"') == 1
