"""The OpenAPI schema says what the API answers, errors included.

drf-spectacular documents the success answer of each operation. A client (and schemathesis in CI,
which fails on any answer the schema does not list) also needs the errors every view shares, so they
are added here once instead of on forty ``extend_schema`` calls:

- 400 for a body or query parameters that do not validate (``{"field": ["message"]}`` or
  ``{"detail": "message"}``);
- 401 without credentials, 403 for a role that may not do it (both ``{"detail"}``), except on the
  operations open to anyone (the token request);
- 404 for an id that is not there or belongs to another project, and for a page past the last;
- 409 with the row as it now is, for a write that names the ``version`` it edits (optimistic locking);
- 429 when a throttle refuses the request.
"""

from __future__ import annotations

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers
from rest_framework.permissions import AllowAny

from workbench.api.review.serializers import SegmentSerializer


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="what was wrong, for a person to read")


class ConflictSerializer(serializers.Serializer):
    detail = serializers.CharField()
    current = SegmentSerializer(help_text="the row as it now is: nothing was overwritten")
    diff = serializers.ListField(
        child=serializers.ListField(child=serializers.CharField(), min_length=2, max_length=2),
        required=False,
        help_text="on an edit: [op, text] runs from the saved text to the one that was not saved",
    )


_WRITES = ("POST", "PUT", "PATCH", "DELETE")
# Ids in paths are Django's <int:pk>, which takes digits only, of a BigAutoField.
_ID_RANGE = {"minimum": 0, "maximum": 2**63 - 1}


class WorkbenchAutoSchema(AutoSchema):
    def _get_parameters(self) -> list[dict]:
        parameters = super()._get_parameters()
        for parameter in parameters:
            if parameter["in"] == "path" and parameter["schema"].get("type") == "integer":
                parameter["schema"].update(_ID_RANGE)
        return parameters

    def _get_response_bodies(self, direction: str = "response") -> dict:
        responses = super()._get_response_bodies(direction)
        errors: dict[str, object] = {}
        if self.method in _WRITES or any(p.get("in") == "query" for p in self._get_parameters()):
            errors["400"] = OpenApiResponse(
                {"type": "object", "additionalProperties": True}, description="the request does not validate"
            )
        if any(not isinstance(p, AllowAny) for p in self.view.get_permissions()):
            errors["401"] = OpenApiResponse(ErrorSerializer, description="no credentials")
            errors["403"] = OpenApiResponse(ErrorSerializer, description="the role does not allow it")
        if "{" in self.path or self._get_paginator() is not None:
            errors["404"] = OpenApiResponse(ErrorSerializer, description="no such object (or page) for you")
        if self._names_a_version():
            errors["409"] = OpenApiResponse(
                ConflictSerializer, description="changed by someone else since that version"
            )
        if self.view.get_throttles():
            errors["429"] = OpenApiResponse(ErrorSerializer, description="throttled: retry later")
        for code, response in errors.items():
            if code not in responses:
                responses[code] = self._get_response_for_code(response, code, direction=direction)
        return responses

    def _names_a_version(self) -> bool:
        if self.method not in ("POST", "PUT", "PATCH"):
            return False
        request = self.get_request_serializer()
        fields = getattr(request, "fields", None) if isinstance(request, serializers.BaseSerializer) else None
        if fields is None and isinstance(request, type) and issubclass(request, serializers.Serializer):
            fields = request().fields
        return bool(fields) and "version" in fields

    def _get_request_for_media_type(self, serializer, direction: str = "request"):
        """Our PATCH validates its whole body (the new text and the version it replaces), unlike the
        partial update drf-spectacular assumes for PATCH: describe it as it is, fields required."""
        if self.method != "PATCH":
            return super()._get_request_for_media_type(serializer, direction)
        self.method = "PUT"
        try:
            return super()._get_request_for_media_type(serializer, direction)
        finally:
            self.method = "PATCH"
