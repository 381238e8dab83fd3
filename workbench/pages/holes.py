"""Whole pages cached with holes for the little that belongs to one request ("donut" caching).

Rendering the site header and the page around a cached body still cost ~1.5 ms of CPU a request,
a quarter of a cached review page. The page is therefore rendered once, without a request, with
markers where base.html puts the viewer's name, the CSRF token and the current path, and each
request fills those in: three string replacements instead of a template render.

A marker is a keyed hash of its name between two private-use characters: users cannot guess it, so
text they enter in a segment can never be taken for one. Every value filled in is escaped as the
template would have escaped it. A request with pending messages (base.html shows them once, then
they are gone) is not served this way: the caller renders that page normally.
"""

from __future__ import annotations

from functools import cache

from django.contrib import messages
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.utils.crypto import salted_hmac
from django.utils.html import escape


@cache
def _marker(name: str) -> str:
    return "\ue000" + salted_hmac("workbench.pages.holes", name).hexdigest()[:24] + "\ue001"


def shell_context() -> dict:
    """What base.html reads of the request and its user, as markers (render without a request)."""
    return {
        "user": {"is_authenticated": True, "username": _marker("username")},
        "csrf_token": _marker("csrf"),
        "request": {"get_full_path": _marker("path")},
        "messages": (),
    }


def can_fill(request: HttpRequest) -> bool:
    """Whether ``fill`` gives this request its page: not when it has messages to show (counting
    them does not mark them as shown)."""
    return request.user.is_authenticated and not len(messages.get_messages(request))


def fill(page: str, request: HttpRequest) -> str:
    """The page with this request's name, CSRF token (which also sets the cookie) and path."""
    return (
        page.replace(_marker("csrf"), escape(get_token(request)))
        .replace(_marker("username"), escape(request.user.get_username()))
        .replace(_marker("path"), escape(request.get_full_path()))
    )
