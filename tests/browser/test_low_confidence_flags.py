"""Low-confidence flags in the browser: hidden from the review page's default view, shown (and
marked) when the reviewer ticks "Show low-confidence flags", hidden again when they untick it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from alignment.checks.confidence import default_threshold
from tests.browser.test_review_page import login, seeded  # noqa: F401 (fixture)
from tests.workbench.selectors.test_flag_confidence import HIGH, LOW, make_flag
from workbench.models import Project, Segment

pytestmark = pytest.mark.browser


def test_the_toggle_reveals_low_confidence_flags(page: Page, live_server, seeded):  # noqa: F811
    row = (
        Segment.objects.filter(document=seeded, kind="content")
        .exclude(source_text="")
        .exclude(target_text="")
        .order_by("index")
        .first()
    )
    high, low = make_flag(row, HIGH), make_flag(row, LOW)
    Project.objects.filter(pk=seeded.project_id).update(flag_threshold=default_threshold())
    login(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    shown, hidden = page.locator(f'[data-flag="{high.pk}"]'), page.locator(f'[data-flag="{low.pk}"]')
    expect(shown).to_be_visible()
    expect(hidden).to_have_count(0)

    toggle = page.get_by_label("Show low-confidence flags")
    expect(toggle).not_to_be_checked()
    toggle.check()
    page.get_by_role("button", name="Filter", exact=True).click()
    expect(hidden).to_be_visible()
    expect(hidden).to_have_class(re.compile(r"\blow-flag\b"))
    expect(shown).not_to_have_class(re.compile(r"\blow-flag\b"))
    expect(page.get_by_label("Show low-confidence flags")).to_be_checked()
    assert "low_flags=1" in page.url

    page.get_by_label("Show low-confidence flags").uncheck()
    page.get_by_role("button", name="Filter", exact=True).click()
    expect(page.locator(f'[data-flag="{low.pk}"]')).to_have_count(0)
    expect(page.locator(f'[data-flag="{high.pk}"]')).to_be_visible()
