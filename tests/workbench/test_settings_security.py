import os
import re
import subprocess
import sys
from pathlib import Path

from django.core.cache import cache
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]
LITERAL_SECRET = re.compile(r"SECRET_KEY\s*=\s*['\"][^'\"]{8,}")


def test_production_settings_pass_check_deploy():
    env = {
        **os.environ,
        "DJANGO_ENV": "production",
        "DJANGO_SECRET_KEY": "x" * 64 + "-not-a-real-secret-y7#",
        "DJANGO_ALLOWED_HOSTS": "workbench.example.org",
    }
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests for their live server
    out = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "no issues" in out.stdout


def test_production_refuses_to_start_without_a_secret():
    env = {**os.environ, "DJANGO_ENV": "production"}
    env.pop("DJANGO_SECRET_KEY", None)
    out = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert out.returncode != 0 and "DJANGO_SECRET_KEY" in out.stderr


def test_no_secret_in_the_repository():
    files = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    for name in files:
        if name.endswith((".py", ".toml", ".env", ".cfg", ".ini", ".yml", ".yaml")):
            text = (ROOT / name).read_text(encoding="utf-8", errors="replace")
            assert not LITERAL_SECRET.search(text), name


def test_security_headers_and_csrf(users, db):
    client = Client(enforce_csrf_checks=True)
    response = client.get("/accounts/login/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert (
        client.post("/accounts/login/", {"username": "reviewer", "password": "pw-reviewer"}).status_code
        == 403
    )


def test_login_page_is_throttled(users, db):
    cache.clear()
    client = Client()
    for _ in range(10):
        assert (
            client.post("/accounts/login/", {"username": "reviewer", "password": "wrong"}).status_code == 200
        )
    assert (
        client.post("/accounts/login/", {"username": "reviewer", "password": "pw-reviewer"}).status_code
        == 429
    )
    cache.clear()


def test_sessions_live_in_the_database_and_the_shared_cache_fails_open():
    """Sessions never in a cache: per-process memory would keep a logged-out session alive in the
    other processes, and with Redis down nobody could log in (``workbench/cache.py``)."""
    code = "from django.conf import settings as s; print(s.SESSION_ENGINE, s.CACHES['default']['BACKEND'])"
    seen = {}
    for redis in ("", "redis://127.0.0.1:6379/14"):
        env = {**os.environ, "REDIS_URL": redis, "DJANGO_SETTINGS_MODULE": "workbench.settings"}
        out = subprocess.run(
            [sys.executable, "-c", f"import django; django.setup(); {code}"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        seen[bool(redis)] = out.stdout.split()
    assert seen[False] == [
        "django.contrib.sessions.backends.db",
        "django.core.cache.backends.locmem.LocMemCache",
    ]
    assert seen[True] == ["django.contrib.sessions.backends.db", "workbench.cache.FailOpenRedisCache"]


def test_a_forged_forwarded_for_header_does_not_lift_the_token_throttle(users, db):
    """With no trusted proxy, X-Forwarded-For is the client's to write: each wrong password with
    another header value used to count as another client, so the throttle never came."""
    cache.clear()
    client = Client()
    answers = [
        client.post(
            "/api/auth/token/",
            {"username": "reviewer", "password": "wrong"},
            HTTP_X_FORWARDED_FOR=f"10.0.0.{k}",
        ).status_code
        for k in range(12)
    ]
    cache.clear()
    assert answers[:10] == [400] * 10 and answers[10:] == [429, 429]
