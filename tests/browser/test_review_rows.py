"""A row after an action is the row the server renders (one template, swapped in by the script):
the state, the flags and their buttons as a reload would show them, without a reload."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_review_page import login, seeded  # noqa: F401  (the fixture)
from workbench.models import Flag

pytestmark = pytest.mark.browser


def _html(page: Page, seg_id: int) -> str:
    """The row's markup as the browser holds it, without the page's own mark of the current row."""
    html = page.locator(f"#seg-{seg_id}").evaluate("r => r.outerHTML")
    return re.sub(r"\s+", " ", html.replace(" active", ""))


def _as_reloaded(page: Page, url: str, seg_id: int) -> str:
    fresh = page.context.new_page()
    fresh.goto(url)
    html = _html(fresh, seg_id)
    fresh.close()
    return html


def test_a_row_after_dismiss_and_approve_is_the_row_a_reload_shows(page: Page, live_server, seeded):  # noqa: F811
    flag = (
        Flag.objects.filter(segment__document=seeded, status="open", severity__in=("major", "critical"))
        .order_by("segment__index", "id")
        .first()
    )
    seg = flag.segment
    other = seg.flags.filter(status="open").exclude(pk=flag.pk).first() or flag
    url = f"{live_server.url}/documents/{seeded.pk}/#seg-{seg.pk}"
    login(page, live_server, "reviewer")
    page.goto(url)
    row = page.locator(f"#seg-{seg.pk}")
    page.locator(f"[data-flag='{other.pk}']").get_by_role("button", name="dismiss").click()
    form = row.locator(".dismiss-form")
    form.locator("select[name=preset]").select_option(value="")
    form.locator("input[name=reason]").fill("<b>our house style</b>")
    form.get_by_role("button", name="Dismiss", exact=True).click()
    item = page.locator(f"[data-flag='{other.pk}']")
    expect(item).to_contain_text("(dismissed: <b>our house style</b>)")
    expect(item.get_by_role("button", name="reopen")).to_be_visible()
    assert _html(page, seg.pk) == _as_reloaded(page, url, seg.pk)
    row.get_by_role("button", name="Approve", exact=True).click()
    if seg.flags.filter(status="open", severity__in=("major", "critical")).exists():
        row.locator(".open-flags").get_by_role("button", name="Approve anyway").click()
    # Approval re-checks the project's other documents (in-process here): give it time.
    expect(row).to_have_class(re.compile("state-approved"), timeout=20_000)
    expect(row.locator(".badge.state")).to_have_text("Approved")
    assert _html(page, seg.pk) == _as_reloaded(page, url, seg.pk)
