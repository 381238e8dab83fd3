"""Logins with a brake, and API tokens that die with the password (or after a while).

Failed logins are counted twice, per account and per client address, for the login page and the
token endpoint alike (one count: a failure on either is a failure). A username with
``WORKBENCH_LOGIN_MAX_FAILURES`` failures in ``WORKBENCH_LOGIN_LOCK_SECONDS`` is refused from
every address until the window ends, so rotating addresses (or a forged ``X-Forwarded-For``) does
not buy more guesses at one password. An address is refused only after
``WORKBENCH_LOGIN_MAX_ADDRESS_FAILURES`` failures, a limit far above the per-account one: a team
behind one proxy address shares that count, so one person mistyping (or one attacker on one
account) locks only that account, never everyone's logins; only spraying many accounts reaches it.
Successful logins count nothing. The address is the one DRF's throttles use: ``REMOTE_ADDR``, or the
client ``WORKBENCH_TRUSTED_PROXIES`` proxies report — behind a proxy, set it so that the address is
the real client and not the proxy shared by everyone.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.views import LoginView
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.throttling import BaseThrottle, ScopedRateThrottle


def _address(request: HttpRequest) -> str:
    return BaseThrottle().get_ident(request) or "?"


def _account(username: object) -> str:
    """The username as a cache key part (hashed: it is input, of any length and any characters)."""
    name = username.casefold() if isinstance(username, str) else ""
    return hashlib.sha256(name.encode("utf-8", "replace")).hexdigest()


def _keys(request: HttpRequest, username: object) -> tuple[str, str]:
    """Cache keys of the account's and the address's failure counts."""
    address = hashlib.sha256(_address(request).encode()).hexdigest()
    return (
        f"workbench:login-failures:account:{_account(username)}",
        f"workbench:login-failures:address:{address}",
    )


def login_locked(request: HttpRequest, username: object) -> bool:
    """Whether this login attempt is refused without looking at the password."""
    account, address = _keys(request, username)
    return (
        cache.get(account, 0) >= settings.WORKBENCH_LOGIN_MAX_FAILURES
        or cache.get(address, 0) >= settings.WORKBENCH_LOGIN_MAX_ADDRESS_FAILURES
    )


def record_login_failure(request: HttpRequest, username: object) -> None:
    for key in _keys(request, username):
        if not cache.add(key, 1, settings.WORKBENCH_LOGIN_LOCK_SECONDS):
            try:
                cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.set(key, 1, settings.WORKBENCH_LOGIN_LOCK_SECONDS)


def locked_message() -> str:
    return _("Too many failed logins; try again in a few minutes.")


class ThrottledLoginView(LoginView):
    def post(self, request, *args, **kwargs):
        if login_locked(request, request.POST.get("username")):
            return HttpResponse(locked_message(), status=429, content_type="text/plain; charset=utf-8")
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        record_login_failure(self.request, self.request.POST.get("username"))
        return super().form_invalid(form)


def requested_username(request) -> object:
    """The username a DRF request's body names (a JSON body may be a list, or name a non-string)."""
    return request.data.get("username") if hasattr(request.data, "get") else None


class LoginRateThrottle(ScopedRateThrottle):
    """The token endpoint's rate ("login" scope), per account *and* address: keyed on the address
    alone, everyone behind one proxy shared the ten requests a minute, successful ones included."""

    def get_cache_key(self, request, view):
        username = requested_username(request)
        return self.cache_format % {
            "scope": self.scope,
            "ident": f"{self.get_ident(request)}:{_account(username)}",
        }


def token_expired(token) -> bool:
    hours = settings.WORKBENCH_TOKEN_TTL_HOURS
    return bool(hours) and token.created < timezone.now() - timedelta(hours=hours)


class ExpiringTokenAuthentication(TokenAuthentication):
    """DRF's token authentication; a token older than ``WORKBENCH_TOKEN_TTL_HOURS`` is deleted → 401."""

    def authenticate_credentials(self, key):
        user, token = super().authenticate_credentials(key)
        if token_expired(token):
            token.delete()
            raise AuthenticationFailed(_("Token has expired; request a new one."))
        return user, token
