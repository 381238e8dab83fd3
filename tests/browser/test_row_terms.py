"""The termbase on the review page: each row lists the entries its Chinese holds and whether its
Japanese uses them, and says so again after an edit."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_review_page import login, seeded  # noqa: F401 (fixture)
from tests.browser.test_track_changes import shoot
from workbench.models import Segment, Term

pytestmark = pytest.mark.browser


def test_rows_show_their_termbase_entries(page: Page, live_server, seeded):  # noqa: F811
    seg = (
        Segment.objects.filter(document=seeded, kind="content")
        .exclude(source_text="")
        .exclude(target_text="")
        .first()
    )
    word = re.search(r"[\u4e00-\u9fff]{2}", seg.source_text).group()  # a term of our own making
    Term.objects.create(project=seeded.project, source=word, target="用語訳")
    login(page, live_server, "translator")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/#seg-{seg.pk}")
    row = page.locator(f"#seg-{seg.pk}")
    entry = row.locator(".src .row-terms li")
    expect(entry).to_have_count(1)
    expect(entry).to_contain_text("用語訳")
    expect(entry).to_have_class("term-missing")
    row.get_by_role("button", name="Edit").click()
    row.locator("textarea").fill("用語訳を使った訳文。")
    row.get_by_role("button", name=re.compile("Save")).click()
    expect(entry).to_have_class("term-used")
    shoot(row, "row-terms.png")
