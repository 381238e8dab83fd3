"""Service errors as HTTP answers, in one place (``REST_FRAMEWORK["EXCEPTION_HANDLER"]``).

Views call services and let their errors through: an ``ApplicationError`` becomes its status with
``{"detail": message}`` (and, for a conflict, the current object, which the API contract promises
with a 409), an object that vanished between lookup and write (``ObjectDoesNotExist``) a 404.
Everything else is DRF's own handling.
"""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist
from django.utils.translation import gettext as _
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from alignment.diff import diff
from workbench.api.review.serializers import FlagSerializer, SegmentSerializer
from workbench.models import Segment
from workbench.services.errors import ApplicationError, Conflict, OpenFlags

CONFLICT_DETAIL = "The segment was changed by someone else; nothing was overwritten."


def exception_handler(exc: Exception, context: dict) -> Response | None:
    if isinstance(exc, Conflict):
        data = {"detail": CONFLICT_DETAIL, **exc.extra}
        if isinstance(exc.current, Segment):
            data["current"] = SegmentSerializer(exc.current).data
            request = context.get("request")
            mine = request.data.get("target_text") if hasattr(getattr(request, "data", None), "get") else None
            if isinstance(mine, str):  # their text against the one that was not saved
                data["diff"] = diff(exc.current.target_text, mine)
        return Response(data, status=exc.status)
    if isinstance(exc, OpenFlags):
        detail = (
            _("Confirm, fix or dismiss the open major or critical flags first.")
            if exc.blocking
            else _(
                "The row has open major or critical flags: confirm, fix or dismiss them, or approve anyway."
            )
        )
        return Response(
            {"detail": detail, **exc.extra, "open_flags": FlagSerializer(exc.flags, many=True).data},
            status=exc.status,
        )
    if isinstance(exc, ApplicationError):
        return Response({"detail": exc.message, **exc.extra}, status=exc.status)
    if isinstance(exc, ObjectDoesNotExist):
        return Response({"detail": str(exc) or "Not found."}, status=404)
    return drf_exception_handler(exc, context)
