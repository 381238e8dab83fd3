"""Swagger UI renders the API from this server alone, under the page's Content-Security-Policy."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_a_logged_in_user_reads_the_api_docs_offline(page: Page, live_server, transactional_db):
    get_user_model().objects.create_user("reader", password="workbench-demo")
    elsewhere: list[str] = []
    page.route(
        re.compile(r"^https?://(?!localhost|127\.0\.0\.1)"),
        lambda route: elsewhere.append(route.request.url) or route.abort(),
    )
    refused: list[str] = []
    page.on(
        "console", lambda msg: refused.append(msg.text) if "Content Security Policy" in msg.text else None
    )
    page.goto(f"{live_server.url}/api/docs/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.fill("input[name=username]", "reader")
    page.fill("input[name=password]", "workbench-demo")
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/api/docs/$"))
    expect(page.locator(".opblock-summary-path", has_text="/api/segments/{id}/approve/")).to_be_visible()
    assert not elsewhere and not refused, (elsewhere, refused)
