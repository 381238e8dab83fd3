"""The project-wide QA report in the browser: fix a flag where it is listed, see the row updated."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_review_page import login, seeded  # noqa: F401 (fixture)
from tests.browser.test_track_changes import shoot
from workbench.models import Flag, Segment

pytestmark = pytest.mark.browser


def test_fix_and_dismiss_from_the_qa_report(page: Page, live_server, seeded):  # noqa: F811
    fixable = Flag.objects.filter(
        segment__document__project=seeded.project, status="open", has_fix=True, start__isnull=False
    ).first()
    assert fixable is not None, "the seeds have a one-click fix"
    seg = fixable.segment
    expected = seg.target_text[: fixable.start] + fixable.fix + seg.target_text[fixable.end :]
    login(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/projects/{seeded.project.slug}/")
    page.get_by_role("link", name="QA report").click()
    expect(page.locator(".qa-group").first).to_be_visible()
    shoot(page, "qa-report.png")
    page.goto(f"{live_server.url}/projects/{seeded.project.slug}/qa/?check={fixable.code}")
    row = page.locator(f"#qa-flag-{fixable.pk}")
    row.locator("button[data-qa=fix]").click()
    expect(row.locator(".qa-status")).to_have_text("Fixed and saved.")
    expect(row.locator(".qa-text")).to_have_text(expected)
    assert Segment.objects.get(pk=seg.pk).target_text == expected
    # The row on the review page reads the same.
    row.get_by_role("link").click()
    expect(page.locator(f"#seg-{seg.pk} .tgt .text")).to_have_text(expected)

    other = (
        Flag.objects.filter(segment__document__project=seeded.project, status="open")
        .exclude(segment=seg)
        .first()
    )
    page.goto(f"{live_server.url}/projects/{seeded.project.slug}/qa/?check={other.code}")
    row = page.locator(f"#qa-flag-{other.pk}")
    row.locator("input[name=reason]").fill("固有名詞として正しい")
    row.get_by_role("button", name="dismiss", exact=True).click()
    expect(row.locator(".qa-status")).to_have_text("Flag dismissed.")
    other.refresh_from_db()
    assert other.status == "dismissed" and other.dismiss_reason == "固有名詞として正しい"


def test_dismiss_everywhere_fills_the_ignore_list(page: Page, live_server, seeded):  # noqa: F811
    flag = Flag.objects.filter(
        segment__document__project=seeded.project, status="open", start__isnull=False
    ).first()
    login(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/projects/{seeded.project.slug}/qa/?check={flag.code}")
    row = page.locator(f"#qa-flag-{flag.pk}")
    row.locator("input[name=reason]").fill("この表記で統一")
    row.get_by_role("button", name="dismiss everywhere").click()
    expect(row.locator(".qa-status")).to_have_text("Dismissed everywhere in the project.")
    page.reload()
    expect(page.locator("#ignore-list tbody tr")).to_have_count(1)
    expect(page.locator("#ignore-list")).to_contain_text("この表記で統一")
    expect(page.locator("#ignore-list button[data-unignore]")).to_have_count(0)  # managers only
