"""Security headers Django does not set itself."""

from __future__ import annotations

from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.translation import gettext as _

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)


class SecurityHeadersMiddleware:
    """A Content-Security-Policy with no inline scripts (all JavaScript is in static files)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Content-Security-Policy", CSP)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response


class RejectNulMiddleware:
    """A NUL character in a query parameter or a form field is refused with a 400 before any view
    sees it. No field of the workbench holds one, PostgreSQL refuses to store or compare it (a 500
    deep in a filter or a login otherwise), and SQLite would keep it where PostgreSQL cannot."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        fields = [request.GET]
        if request.method == "POST" and (
            request.content_type == "application/x-www-form-urlencoded"
            or not request.path.startswith("/api/")
        ):
            # The pages' forms (whose POST the CSRF check reads anyway); the API's bodies are its
            # serializers' to check, and its uploads are read by their view's own handlers.
            fields.append(request.POST)
        if any(
            "\x00" in key or any("\x00" in v for v in values)
            for form in fields
            for key, values in form.lists()
        ):
            message = _("NUL characters are not allowed in a parameter or form field.")
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": message}, status=400)
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
