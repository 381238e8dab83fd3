"""Login with a brake: repeated failed logins from one client are refused for a while.

The API's token endpoint has DRF's scoped throttle; this protects the login page the same way.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.views import LoginView
from django.core.cache import cache
from django.http import HttpResponse

MAX_FAILURES = int(getattr(settings, "WORKBENCH_LOGIN_MAX_FAILURES", 10))
WINDOW_SECONDS = 300


def _key(request) -> str:
    return f"workbench:login-failures:{request.META.get('REMOTE_ADDR', '?')}"


class ThrottledLoginView(LoginView):
    def post(self, request, *args, **kwargs):
        if cache.get(_key(request), 0) >= MAX_FAILURES:
            return HttpResponse(
                "Too many failed logins; try again in a few minutes.",
                status=429,
                content_type="text/plain; charset=utf-8",
            )
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        key = _key(self.request)
        cache.add(key, 0, WINDOW_SECONDS)
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, WINDOW_SECONDS)
        return super().form_invalid(form)
