"""Work assignment in a real browser: a manager assigns a document, each assignee finds it under
"My work" and hands it on, and every step is in the document's history."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_review_page import login, seeded  # noqa: F401 (a fixture)
from workbench.models import Revision

pytestmark = pytest.mark.browser


def _as(page: Page, live_server, name: str) -> None:
    page.context.clear_cookies()
    login(page, live_server, name)


def _my_work(page: Page):
    return page.locator("#my-work")


def test_assign_then_each_assignee_hands_the_document_on(page: Page, live_server, seeded):  # noqa: F811
    project_url = f"{live_server.url}/projects/{seeded.project.slug}/"
    _as(page, live_server, "manager")
    page.goto(project_url)
    row = page.locator("tr", has_text=seeded.name)
    row.locator("details.assign summary").click()
    row.locator("select[name=translator]").select_option("translator")
    row.locator("select[name=reviewer]").select_option("reviewer")
    row.get_by_role("button", name="Assign").click()
    row = page.locator("tr", has_text=seeded.name)
    expect(row.locator(".work-people")).to_have_text("translator → reviewer")
    expect(row.locator(".work-status")).to_have_text("To translate")

    _as(page, live_server, "translator")  # the project list, where "My work" is
    expect(_my_work(page)).to_contain_text(seeded.name)
    expect(_my_work(page)).to_contain_text("To translate")
    _my_work(page).get_by_role("link").first.click()
    expect(page).to_have_url(f"{live_server.url}/documents/{seeded.pk}/")
    page.goto(project_url)
    page.locator("tr", has_text=seeded.name).get_by_role("button", name="Hand off to review").click()
    expect(page.locator("tr", has_text=seeded.name).locator(".work-status")).to_have_text("To review")
    page.goto(f"{live_server.url}/")
    expect(_my_work(page)).to_have_count(0)  # the translator's part is done

    _as(page, live_server, "reviewer")
    expect(_my_work(page)).to_contain_text(seeded.name)
    expect(_my_work(page)).to_contain_text("To review")
    page.goto(project_url)
    page.locator("tr", has_text=seeded.name).get_by_role("button", name="Mark as done").click()
    expect(page.locator("tr", has_text=seeded.name).locator(".work-status")).to_have_text("Done")

    steps = list(
        Revision.objects.filter(document=seeded, segment=None, action__in=("assign", "hand-off"))
        .order_by("id")
        .values_list("action", "user__username", "after")
    )
    assert [(action, who, after["work_status"]) for action, who, after in steps] == [
        ("assign", "manager", "to_translate"),
        ("hand-off", "translator", "to_review"),
        ("hand-off", "reviewer", "done"),
    ]
    assert steps[0][2]["translator"] == "translator" and steps[0][2]["reviewer"] == "reviewer"
