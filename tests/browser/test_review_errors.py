"""Reviewer errors in the browser (issue 23, items 1 and 3): log one on a selected span with the
keyboard, confirm an automatic flag and see the MQM score move, approve a row with an open major
flag."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_review_page import content_rows_two_apart, login, seeded  # noqa: F401  (the fixture)
from workbench.models import Flag, Segment

pytestmark = pytest.mark.browser

SELECT = """([selector, start, end]) => {
  const box = document.querySelector(selector);
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let pos = 0, node;
  while ((node = walker.nextNode())) {
    const len = node.textContent.length;
    if (start >= pos && start <= pos + len && range.startContainer === document) range.setStart(node, start - pos);
    if (end >= pos && end <= pos + len) { range.setEnd(node, end - pos); break; }
    pos += len;
  }
  const sel = window.getSelection();
  sel.removeAllRanges(); sel.addRange(range);
}"""


def _shot(page: Page, locator, name: str) -> None:
    """The README's pictures of these screens, written only where WORKBENCH_SCREENSHOTS names a
    directory (``docs/`` when they are to be updated): a test run rewrites no tracked file."""
    folder = os.environ.get("WORKBENCH_SCREENSHOTS")
    if folder:
        locator.scroll_into_view_if_needed()
        page.mouse.move(0, 0)
        page.screenshot(path=str(Path(folder) / name))


def _select(page: Page, selector: str, start: int, end: int) -> None:
    page.evaluate(SELECT, [selector, start, end])
    page.wait_for_function("() => window.getSelection().toString().length > 0")


def test_log_an_error_on_a_span_of_either_side_with_the_keyboard(page: Page, live_server, seeded):  # noqa: F811
    row = (
        Segment.objects.filter(document=seeded, kind="content")
        .exclude(target_text="")
        .exclude(source_text="")
    )
    seg = row.order_by("index").first()
    login(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    mqm = page.locator("#scores dd[data-score=mqm]")
    expect(mqm).to_have_text("–")  # nothing reviewed yet: no score, only the estimate
    expect(page.locator("#scores [data-count=reviewed_segments]")).to_have_text("0")
    _select(page, f"#seg-{seg.pk} .tgt .text", 0, 2)
    page.keyboard.press("l")
    form = page.locator(f"#seg-{seg.pk} form.error-form")
    expect(form.locator("select[name=category]")).to_be_focused()
    expect(form.locator("q.marked")).to_have_text(seg.target_text[:2])
    _shot(page, form, "review-log-error.png")
    form.locator("select[name=category]").select_option("mistranslation")
    page.keyboard.press("Tab")
    form.locator("select[name=severity]").select_option("minor")
    page.keyboard.press("Tab")
    page.keyboard.type("語の選択が不自然")
    page.keyboard.press("Tab")
    page.keyboard.type("修正案")
    page.keyboard.press("Enter")
    flags = page.locator(f"#seg-{seg.pk} .flags")
    expect(flags).to_contain_text("reviewer error")
    expect(flags.locator("q.marked").first).to_have_text(seg.target_text[:2])
    expect(flags).to_contain_text("修正案")
    expect(mqm).not_to_have_text("–")
    expect(page.locator("#scores [data-count=reviewed_segments]")).to_have_text("1")
    logged = Flag.objects.get(segment=seg, origin="reviewer")
    assert (logged.start, logged.end, logged.status, logged.fix) == (0, 2, "confirmed", "修正案")
    # An omission is marked on the Chinese; the button serves the mouse as the key does.
    _select(page, f"#seg-{seg.pk} .src", 1, 3)
    page.locator(f"#seg-{seg.pk} [data-action=log-error]").click()
    expect(form.locator("select[name=category]")).to_have_value("omission")
    expect(form.locator(".suggestion-field")).to_be_hidden()
    form.get_by_role("button", name="Log error").click()
    expect(flags.locator("q.marked[lang=zh-Hans]")).to_have_text(seg.source_text[1:3])
    assert Flag.objects.filter(segment=seg, on_source=True, category="omission", start=1, end=3).exists()


def test_confirm_a_flag_and_see_the_mqm_change(page: Page, live_server, seeded):  # noqa: F811
    flag = (
        Flag.objects.filter(segment__document=seeded, status="open").order_by("segment__index", "id").first()
    )
    login(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    mqm = page.locator("#scores dd[data-score=mqm]")
    expect(mqm).to_have_text("–")
    estimate = page.locator("#scores dd[data-score=mqm_estimate]")
    expect(estimate).not_to_have_text("…")
    shown_estimate = estimate.text_content()
    item = page.locator(f"[data-flag='{flag.pk}']")
    item.get_by_role("button", name="confirm").click()
    expect(item).to_contain_text("reviewer error")
    expect(item.get_by_role("button", name="confirm")).to_have_count(0)
    expect(mqm).to_have_text(re.compile(r"^-?\d+\.\d$"))
    expect(estimate).to_have_text(shown_estimate)  # the estimate counted the flag already
    flag.refresh_from_db()
    assert (flag.status, flag.origin) == ("confirmed", "reviewer")


def test_approving_a_row_with_an_open_major_flag_asks_first(page: Page, live_server, seeded):  # noqa: F811
    flag = (
        Flag.objects.filter(segment__document=seeded, status="open", severity__in=("major", "critical"))
        .order_by("segment__index", "id")
        .first()
    )
    seg = flag.segment
    login(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    row = page.locator(f"#seg-{seg.pk}")
    row.get_by_role("button", name="Approve", exact=True).click()
    panel = row.locator(".open-flags")
    expect(panel).to_be_visible()
    expect(panel.locator(f"[data-flag='{flag.pk}']")).to_be_visible()
    _shot(page, panel, "review-approve-open-flags.png")
    expect(row).not_to_have_class(re.compile("state-approved"))
    seg.refresh_from_db()
    assert seg.state != "approved"
    panel.get_by_role("button", name="Approve anyway").click()
    # Approval re-checks the project's other documents (in-process here): give it time.
    expect(row).to_have_class(re.compile("state-approved"), timeout=20_000)


def test_link_two_sentences_that_are_not_neighbours(page: Page, live_server, seeded):  # noqa: F811
    rows, start = content_rows_two_apart(seeded)
    chinese, japanese = rows[start].source_sentences[0], rows[start + 2].target_sentences[0]
    login(page, live_server, "translator")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    row = page.locator(f"#seg-{rows[start].pk}")
    row.locator("summary").click()
    row.get_by_role("button", name="Link with a Japanese sentence…").click()
    target = row.locator(f".link-target[data-sentence='{japanese}']")
    expect(target).to_be_visible()
    _shot(page, row, "review-link-sentences.png")
    target.click()  # the page's rows swapped in, not reloaded
    expect(page.locator(f".row[data-src='[{chinese}]'][data-tgt='[{japanese}]']")).to_have_count(1)
    linked = Segment.objects.get(document=seeded, source_sentences=[chinese], target_sentences=[japanese])
    assert linked.link_type == "1-1" and linked.confidence == 1.0
    expect(page.locator(f"#seg-{linked.pk}")).to_contain_text("1-1 · 1.00")
