"""Playwright drives Debian's Chromium (no browser download) against the live test server."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # live_server + sync Playwright in one process

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, chromium_path):
    return {**browser_type_launch_args, "executable_path": chromium_path, "args": ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 900}, "locale": "en-US"}


@pytest.fixture(autouse=True)
def _page_quiet_before_flush(page, live_server):
    """Let the page's own requests finish before the test database is flushed.

    The review page fetches its scores after load, and that request fills the score cache (a write);
    a flush (TRUNCATE) racing with it deadlocks on PostgreSQL. Requesting live_server here makes this
    teardown run before the database teardown.
    """
    yield
    page.wait_for_load_state("networkidle")
    page.goto("about:blank")
