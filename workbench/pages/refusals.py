"""A service's refusal on a page: the services check permissions (``permissions.require``), so a
page's POST does not check them again, and shows what the service says instead."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied as Forbidden
from django.http import Http404, HttpRequest

from workbench.permissions import PermissionDenied
from workbench.services.errors import ApplicationError


def show(request: HttpRequest, exc: ApplicationError) -> None:
    """A role that does not allow the action is a 403 page (a 404 for a non-member, who is not
    told the project exists); any other refusal a message on the page shown next."""
    if isinstance(exc, PermissionDenied) and not exc.member:
        raise Http404 from exc
    if exc.status == 403:
        raise Forbidden(exc.message) from exc
    messages.error(request, exc.message)
