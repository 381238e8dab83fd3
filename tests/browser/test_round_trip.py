"""Round trip with a CAT tool in the browser: import a reviewed XLIFF on the review page and see the
rows updated and the conflict named."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from lxml import etree
from playwright.sync_api import Page, expect

from tests.browser.test_review_page import login, seeded  # noqa: F401 (fixture)
from tests.browser.test_track_changes import shoot
from workbench.models import Segment
from workbench.services import bilingual, segments

pytestmark = pytest.mark.browser
NS = {"x": bilingual.XLIFF_12}


def test_import_a_reviewed_xliff_with_a_conflict(page: Page, live_server, seeded):  # noqa: F811
    root = etree.fromstring("".join(bilingual.xliff(seeded)).encode())
    mine, theirs = Segment.objects.filter(document=seeded, kind="content").exclude(target_text="")[:2]
    for seg, text in ((mine, "CATツールで直した訳文。"), (theirs, "CATツールの古い訳文。")):
        root.find(f".//x:trans-unit[@id='{seg.pk}']/x:target", NS).text = text
    segments.update_target_text(
        segment=theirs,
        user=get_user_model().objects.get(username="reviewer"),
        target_text="ワークベンチで直した訳文。",
        version=theirs.version,
    )
    login(page, live_server, "translator")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    page.get_by_text("Round trip with a CAT tool or a spreadsheet").click()
    page.locator("#bilingual-form input[type=file]").set_input_files(
        files=[{"name": "reviewed.xlf", "mimeType": "application/xliff+xml", "buffer": etree.tostring(root)}]
    )
    page.locator("#bilingual-form").get_by_role("button", name="Import").click()
    result = page.locator("#bilingual-result")
    expect(result).to_contain_text("1 rows updated")
    expect(result.locator(f"a[href='#seg-{theirs.pk}']")).to_be_visible()
    expect(result).to_contain_text("since the export")
    shoot(page.locator("#round-trip"), "round-trip.png")
    result.get_by_role("button", name="Reload to see the updated rows").click()
    expect(page.locator(f"#seg-{mine.pk} .tgt .text")).to_have_text("CATツールで直した訳文。")
    expect(page.locator(f"#seg-{theirs.pk} .tgt .text")).to_have_text("ワークベンチで直した訳文。")
