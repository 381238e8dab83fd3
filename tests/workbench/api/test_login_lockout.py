"""Login lockout per account and per address, token rotation on a new password, token expiry."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

TOKEN_URL = "/api/auth/token/"
LOGIN_URL = "/accounts/login/"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def token_answer(username: str, password: str, forwarded: str = "") -> int:
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return Client().post(TOKEN_URL, {"username": username, "password": password}, **extra).status_code


def page_answer(username: str, password: str, forwarded: str = "") -> int:
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return Client().post(LOGIN_URL, {"username": username, "password": password}, **extra).status_code


@pytest.mark.parametrize(("answer", "refused"), [(token_answer, 400), (page_answer, 200)])
def test_wrong_passwords_from_many_addresses_lock_the_account_not_the_others(users, answer, refused):
    assert [answer("reviewer", "wrong", f"10.1.{k}.7") for k in range(40)] == [refused] * 10 + [429] * 30
    assert answer("reviewer", "pw-reviewer", "10.9.9.9") == 429
    # Another account, same (shared) address: its owner is not refused for someone else's failures.
    assert answer("translator", "pw-translator") in (200, 302)


def test_the_page_and_the_token_endpoint_share_one_count(users):
    for _ in range(5):
        assert page_answer("reviewer", "wrong") == 200
    for _ in range(5):
        assert token_answer("reviewer", "wrong") == 400
    assert page_answer("reviewer", "pw-reviewer") == 429
    assert token_answer("Reviewer", "pw-reviewer") == 429


def test_spraying_many_accounts_locks_the_address(users, settings):
    settings.WORKBENCH_LOGIN_MAX_ADDRESS_FAILURES = 12
    assert [token_answer(f"nobody{k}", "wrong") for k in range(12)] == [400] * 12
    assert token_answer("translator", "pw-translator") == 429
    assert page_answer("translator", "pw-translator") == 429


def test_the_lock_ends_with_its_window(users, settings):
    settings.WORKBENCH_LOGIN_LOCK_SECONDS = 1
    for _ in range(10):
        page_answer("reviewer", "wrong")
    assert token_answer("reviewer", "pw-reviewer") == 429
    time.sleep(1.1)
    assert token_answer("reviewer", "pw-reviewer") == 200


def test_the_token_rate_is_per_account_and_address(users):
    """Ten token requests a minute (successful ones too) for one account and address; before,
    everyone behind one proxy address shared them."""
    assert [token_answer("reviewer", "pw-reviewer") for _ in range(11)] == [200] * 10 + [429]
    assert token_answer("translator", "pw-translator") == 200


def test_a_non_string_username_is_a_400(users):
    response = APIClient().post(TOKEN_URL, {"username": ["reviewer"], "password": "x"}, format="json")
    assert response.status_code == 400


def token_of(username: str) -> str:
    response = APIClient().post(
        TOKEN_URL, {"username": username, "password": "pw-" + username}, format="json"
    )
    assert response.status_code == 200, response.content
    return response.json()["token"]


def projects_with(token: str) -> int:
    return APIClient(HTTP_AUTHORIZATION="Token " + token).get("/api/projects/").status_code


def test_a_new_password_deletes_the_token(users):
    token = token_of("reviewer")
    other = token_of("translator")
    user = users["reviewer"]
    user.first_name = "Rei"
    user.save()  # saving without a new password keeps the token
    assert projects_with(token) == 200
    user.set_password("a-new-password-9")
    user.save()
    assert projects_with(token) == 401
    assert not Token.objects.filter(user=user).exists()
    assert projects_with(other) == 200


def test_the_password_change_page_deletes_the_token(users):
    token = token_of("reviewer")
    client = Client()
    client.force_login(users["reviewer"])
    response = client.post(
        "/accounts/password_change/",
        {"old_password": "pw-reviewer", "new_password1": "Kq8-zv3-plum", "new_password2": "Kq8-zv3-plum"},
    )
    assert response.status_code == 302, response.content
    assert projects_with(token) == 401


def test_tokens_never_expire_unless_a_lifetime_is_set(users, settings):
    token = token_of("reviewer")
    Token.objects.filter(key=token).update(created=timezone.now() - timedelta(days=3650))
    assert projects_with(token) == 200
    settings.WORKBENCH_TOKEN_TTL_HOURS = 24
    assert projects_with(token) == 401
    assert not Token.objects.filter(key=token).exists()
    fresh = token_of("reviewer")
    assert fresh != token and projects_with(fresh) == 200


def test_an_expired_token_is_never_handed_out_again(users, settings):
    token = token_of("reviewer")
    Token.objects.filter(key=token).update(created=timezone.now() - timedelta(hours=25))
    settings.WORKBENCH_TOKEN_TTL_HOURS = 24
    fresh = token_of("reviewer")
    assert fresh != token and projects_with(fresh) == 200
