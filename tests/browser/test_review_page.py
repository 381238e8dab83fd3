"""End to end in a real browser: log in, open a seed document, edit a flagged segment, approve it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Page, expect

from tests.workbench.conftest import seed_files
from workbench.models import Document, Membership, Project, Segment
from workbench.services.imports import create_import_job

pytestmark = pytest.mark.browser
SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshot.png"


@pytest.fixture
def seeded(transactional_db):
    User = get_user_model()
    project = Project.objects.create(name="Seeds", slug="seeds")
    for name in ("manager", "reviewer", "translator"):
        user = User.objects.create_user(name, password="workbench-demo")
        Membership.objects.create(user=user, project=project, role=name)
    create_import_job(
        project=project, user=User.objects.get(username="manager"), files=seed_files("000", "002")
    )
    return Document.objects.get(project=project, name__startswith="000")


def login(page: Page, live_server, name: str) -> None:
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", "workbench-demo")
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/$"))


def test_reviewer_edits_and_approves_a_flagged_segment(page: Page, live_server, seeded):
    login(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    seg = Segment.objects.filter(document=seeded, kind="content", flags__start__isnull=False).first()
    row = page.locator(f"#seg-{seg.pk}")
    expect(row.locator("mark").first).to_be_visible()
    row.get_by_role("button", name="Edit").click()
    row.locator("textarea").fill(seg.target_text + "（確認済み）")
    row.locator("textarea").press("Control+Enter")
    expect(row.locator(".tgt .text")).to_contain_text("（確認済み）")
    row.get_by_role("button", name="Approve").click()
    expect(row).to_have_class(re.compile("state-approved"))
    seg.refresh_from_db()
    assert seg.state == "approved" and seg.target_text.endswith("（確認済み）")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    page.screenshot(path=str(SCREENSHOT))


def test_conflict_shows_both_texts(page: Page, live_server, seeded):
    login(page, live_server, "translator")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    seg = Segment.objects.filter(document=seeded, kind="content").exclude(target_text="").first()
    row = page.locator(f"#seg-{seg.pk}")
    row.get_by_role("button", name="Edit").click()
    Segment.objects.filter(pk=seg.pk).update(target_text="他の人の訳文。", version=seg.version + 1)
    row.locator("textarea").fill("私の訳文。")
    row.get_by_role("button", name=re.compile("Save")).click()
    expect(row.locator(".conflict .theirs")).to_have_text("他の人の訳文。")
    expect(row.locator(".conflict .mine")).to_have_text("私の訳文。")
    assert Segment.objects.get(pk=seg.pk).target_text == "他の人の訳文。"
    row.get_by_role("button", name="Save mine over theirs").click()
    expect(row.locator(".tgt .text")).to_contain_text("私の訳文。")


def test_cjk_renders_with_a_real_font_and_script_is_text(page: Page, live_server, seeded):
    seg = Segment.objects.filter(document=seeded, kind="content").exclude(target_text="").first()
    Segment.objects.filter(pk=seg.pk).update(target_text="<script>window.pwned=1</script>日本語の訳文")
    login(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    expect(page.locator(f"#seg-{seg.pk} .tgt .text")).to_contain_text("<script>window.pwned=1</script>")
    assert page.evaluate("window.pwned") is None
    # A CJK font is installed and used: the glyph is as wide as it is tall, unlike a tofu box fallback.
    assert page.evaluate("document.fonts.check('16px \"Noto Sans CJK JP\"', '日本語')")
    width = page.evaluate("""() => { const c = document.createElement('canvas').getContext('2d');
        c.font = '40px "Noto Sans CJK JP"'; return c.measureText('語').width; }""")
    assert 36 <= width <= 44
