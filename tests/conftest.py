"""Test configuration shared by every layer.

Like Django REST framework's own suite: SQLite by default, PostgreSQL when ``DATABASE_URL`` is set.
Integration and browser tests need real servers (PostgreSQL, Redis, a Celery worker, Chromium).
With ``CI=true`` a missing server is a failure, never a skip; on a laptop without them the tests skip
and say which server is missing.
"""

from __future__ import annotations

import os
import shutil
import socket
from urllib.parse import urlparse

import pytest
from django.conf import settings as django_settings
from hypothesis import settings

from workbench.selectors import cached

IN_CI = os.environ.get("CI", "").lower() == "true"

# CI draws the same examples on every run, so that a red build means a change broke something, not
# that this run happened upon an old corner; local runs keep drawing new ones and find those.
settings.register_profile("ci", derandomize=True, database=None)
if IN_CI:
    settings.load_profile("ci")
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def _reachable(url: str) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or 0), timeout=1):
            return True
    except OSError:
        return False


def require_server(what: str, ok: bool, hint: str) -> None:
    """Skip (laptop) or fail (CI) when a real server the test needs is not there."""
    if ok:
        return
    message = f"{what} is not available ({hint})"
    if IN_CI:
        pytest.fail(f"CI=true but {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def postgres_url() -> str:
    require_server(
        "PostgreSQL", _reachable(POSTGRES_URL), f"no server at {POSTGRES_URL}; set TEST_POSTGRES_URL"
    )
    return POSTGRES_URL


@pytest.fixture(scope="session")
def redis_url() -> str:
    require_server("Redis", _reachable(REDIS_URL), f"no server at {REDIS_URL}; set TEST_REDIS_URL")
    return REDIS_URL


@pytest.fixture(scope="session")
def chromium_path() -> str:
    found = os.path.exists(CHROMIUM) or shutil.which("chromium")
    require_server("Chromium", bool(found), f"{CHROMIUM} missing; apt-get install chromium fonts-noto-cjk")
    return CHROMIUM if os.path.exists(CHROMIUM) else str(shutil.which("chromium"))


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: a rolled-back test database hands out the same ids again
    (SQLite), and a response cached by an earlier test must not answer for a later one's rows."""
    yield
    cached.clear()


def pytest_configure(config: pytest.Config) -> None:
    """Tests create and log in users by the dozen: a deliberately slow password hasher only costs
    them time (Django's own advice for test settings)."""
    django_settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
