"""Track changes in the browser: what each change did, in the history and in the conflict dialog."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Locator, Page, expect

from tests.browser.test_review_page import login, seeded  # noqa: F401 (fixture)
from workbench.models import Segment
from workbench.services import segments

pytestmark = pytest.mark.browser


def shoot(what: Page | Locator, name: str) -> None:
    """A screenshot (of the page, or of one element) for the README, only where
    WORKBENCH_SCREENSHOTS names a folder: tests never write into the checkout on their own."""
    folder = os.environ.get("WORKBENCH_SCREENSHOTS")
    if folder:
        what.screenshot(path=str(Path(folder) / name))


def _row(document) -> Segment:
    return Segment.objects.filter(document=document, kind="content").exclude(target_text="").first()


def test_history_shows_what_each_edit_changed(page: Page, live_server, seeded):  # noqa: F811
    seg = _row(seeded)
    translator = get_user_model().objects.get(username="translator")
    segments.update_target_text(
        segment=seg, user=translator, target_text="東京で会議を開いた。", version=seg.version
    )
    seg.refresh_from_db()
    segments.update_target_text(
        segment=seg, user=translator, target_text="大阪で会議を開いた。", version=seg.version
    )
    login(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/#seg-{seg.pk}")
    row = page.locator(f"#seg-{seg.pk}")
    row.get_by_text("More").click()
    row.get_by_role("button", name="History").click()
    newest = row.locator(".wide-panel .history-item").first
    expect(newest.locator("del")).to_have_text("東京")
    expect(newest.locator("ins")).to_have_text("大阪")
    # The box spans the row, not the narrow Review column.
    width = row.locator(".wide-panel").bounding_box()["width"]
    assert width > 0.8 * row.bounding_box()["width"]
    shoot(row, "history-diff.png")
    newest.get_by_role("button", name="revert").click()
    expect(row.locator(".tgt .text")).to_have_text("東京で会議を開いた。")


def test_any_version_in_the_history_is_compared_with_the_current_text(page: Page, live_server, seeded):  # noqa: F811
    seg = _row(seeded)
    translator = get_user_model().objects.get(username="translator")
    for text in ("東京で会議を開いた。", "東京で会議を開いた後、", "大阪で会議を開いた後、帰った。"):
        seg = segments.update_target_text(segment=seg, user=translator, target_text=text, version=seg.version)
    login(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/#seg-{seg.pk}")
    row = page.locator(f"#seg-{seg.pk}")
    row.get_by_text("More").click()
    row.get_by_role("button", name="History").click()
    entries = row.locator(".wide-panel .history-item")
    expect(entries).to_have_count(4)  # three edits, and the text before them
    newest, oldest = entries.first, entries.nth(2)
    oldest.get_by_role("button", name="compare with current").click()
    # The first version against today's text: both later edits at once.
    compare = oldest.locator(".compare")
    expect(compare.locator("del")).to_have_text("東京")
    expect(compare.locator("ins")).to_have_text(["大阪", "後、帰った"])
    shoot(row, "history-compare.png")
    newest.get_by_role("button", name="compare with current").click()
    expect(newest.locator(".compare")).to_contain_text("Same as the current text.")
    oldest.get_by_role("button", name="compare with current").click()  # and closed again
    expect(oldest.locator(".compare")).to_have_count(0)
    imported = row.locator(".wide-panel .history-item.imported")
    expect(imported).to_contain_text("The text before these changes")
    imported.get_by_role("button", name="compare with current").click()
    expect(imported.locator(".compare ins").last).to_contain_text("帰った")


def test_conflict_dialog_shows_their_text_against_mine(page: Page, live_server, seeded):  # noqa: F811
    seg = _row(seeded)
    login(page, live_server, "translator")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/#seg-{seg.pk}")
    row = page.locator(f"#seg-{seg.pk}")
    row.get_by_role("button", name="Edit").click()
    page.wait_for_load_state("networkidle")  # SQLite: the page's own reads done before this write
    Segment.objects.filter(pk=seg.pk).update(target_text="彼の訳した文です。", version=seg.version + 1)
    row.locator("textarea").fill("私の訳した文です。")
    row.get_by_role("button", name=re.compile("Save")).click()
    changes = row.locator(".wide-panel .conflict .changes")
    expect(changes.locator("del")).to_have_text("彼")
    expect(changes.locator("ins")).to_have_text("私")
    assert row.locator(".wide-panel").bounding_box()["width"] > 0.8 * row.bounding_box()["width"]
    shoot(row, "conflict-diff.png")
    row.get_by_role("button", name="Save mine over theirs").click()
    expect(row.locator(".tgt .text")).to_contain_text("私の訳した文です。")
