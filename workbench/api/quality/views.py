"""Scores, TM suggestions and exports over the API."""

from __future__ import annotations

import math

from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils.http import content_disposition_header
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from workbench.api.quality import serializers as s
from workbench.models import Document, Flag, Term
from workbench.pages.downloads import corrected_article_response
from workbench.pages.spreadsheets import csv_response
from workbench.permissions import can
from workbench.selectors.ignore_list import entries
from workbench.selectors.memory import concordance
from workbench.selectors.projects import documents_for, projects_for, segments_for
from workbench.selectors.scores import document_scores, project_scores
from workbench.services import bilingual, exports, ignore_list, memory
from workbench.services.termbase import delete_term, export_csv, export_tbx, import_terms, save_term
from workbench.services.tm_import import import_tmx


class DocumentScores(APIView):
    """The cached figures: ``mqm`` from reviewer errors over ``reviewed_segments`` rows, and
    ``mqm_estimate`` with the open automatic flags too, over ``segments`` rows."""

    @extend_schema(responses={200: dict})
    def get(self, request, pk):
        document = get_object_or_404(documents_for(request.user), pk=pk)
        return Response(document_scores(document))


class ProjectScores(APIView):
    @extend_schema(responses={200: dict})
    def get(self, request, pk):
        return Response(project_scores(get_object_or_404(projects_for(request.user), pk=pk)))


class SegmentSuggestions(APIView):
    @extend_schema(responses={200: s.SuggestionSerializer(many=True)})
    def get(self, request, pk):
        segment = get_object_or_404(segments_for(request.user).select_related("document__project"), pk=pk)
        return Response(memory.suggestions(segment))


class ProjectConcordance(APIView):
    """GET ?q=: the project's termbase entries and translation-memory units that hold the text on
    either side (the Japanese also in the kanji form of a Chinese query), newest first, at most 50,
    with the spans to highlight."""

    @extend_schema(parameters=[s.ConcordanceQuerySerializer], responses={200: s.ConcordanceSerializer})
    def get(self, request, pk):
        project = get_object_or_404(projects_for(request.user), pk=pk)
        query = request.query_params.get("q", "")
        if len(query) > 200:
            raise ValidationError({"q": "at most 200 characters"})
        return Response(concordance(project, query))


def _id(params, key: str) -> int:
    """A database id from a query parameter: digits that fit the column, or a 400."""
    raw = params[key]
    if not raw.isascii() or not raw.isdigit() or int(raw) > 2**31 - 1:
        raise ValidationError({key: "an id"})
    return int(raw)


def _number(params, key: str) -> float:
    try:
        value = float(params[key])
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise ValidationError({key: "a number"})
    return value


class ProjectExport(APIView):
    @extend_schema(
        parameters=[s.ExportQuerySerializer],
        responses={(200, media): OpenApiTypes.STR for media in exports.CONTENT_TYPES.values()},
    )
    def get(self, request, pk):
        project = get_object_or_404(projects_for(request.user), pk=pk)
        if not can(request.user, "export", project):
            raise PermissionDenied("reviewers and managers export the translation memory")
        fmt = request.query_params.get("format", "tmx")
        if fmt not in exports.WRITERS:
            raise ValidationError({"format": "tmx, xliff or tsv"})
        kwargs = {}
        for key in ("since", "until"):
            if request.query_params.get(key):
                raw = request.query_params[key]
                value = exports.date_bound(raw, end=key == "until")
                if value is None:
                    raise ValidationError({key: "ISO date-time"})
                kwargs[key] = value
        if request.query_params.get("document"):
            kwargs["document"] = get_object_or_404(
                project.documents, pk=_id(request.query_params, "document")
            )
        if request.query_params.get("min_score"):
            kwargs["min_score"] = _number(request.query_params, "min_score")
        qs = exports.approved_segments(project=project, **kwargs)
        response = StreamingHttpResponse(exports.WRITERS[fmt](qs), content_type=exports.CONTENT_TYPES[fmt])
        response["Content-Disposition"] = f'attachment; filename="{project.slug}.{fmt}"'
        return response


class DocumentBilingual(APIView):
    """GET ?format=xliff|csv: every row of the document, with its id and version, for a CAT tool
    (XLIFF 1.2) or a spreadsheet (the side-by-side CSV). POST (multipart ``file``, XLIFF 1.2 or
    2.x or that CSV, translators and up): the changed targets saved as edits → {"updated",
    "unchanged", "conflicts": [{"segment", "reason"}]}; a row changed since the export is a
    conflict and keeps the workbench's text (``services.bilingual``)."""

    parser_classes = [MultiPartParser]

    @extend_schema(responses={(200, "application/xliff+xml"): str, (200, "text/csv"): str})
    def get(self, request, pk):
        document = get_object_or_404(documents_for(request.user), pk=pk, lang=Document.Lang.JA)
        fmt = request.query_params.get("format", "xliff")
        if fmt == "csv":
            rows = exports.bilingual_rows(document, boilerplate=True)
            return csv_response(
                exports.download_name(document, "bilingual.csv"), exports.BILINGUAL_COLUMNS, rows
            )
        if fmt != "xliff":
            raise ValidationError({"format": "xliff or csv"})
        response = StreamingHttpResponse(bilingual.xliff(document), content_type="application/xliff+xml")
        response["Content-Disposition"] = content_disposition_header(
            True, exports.download_name(document, "xlf")
        )
        return response

    @extend_schema(
        request={
            "multipart/form-data": {
                "type": "object",
                "properties": {"file": {"type": "string", "format": "binary"}},
            }
        },
        responses={200: dict},
    )
    def post(self, request, pk):
        document = get_object_or_404(
            documents_for(request.user).select_related("project"), pk=pk, lang=Document.Lang.JA
        )
        upload = request.FILES.get("file")
        if upload is None:
            raise ValidationError({"file": "upload the XLIFF or CSV file"})
        outcome = bilingual.import_file(document=document, user=request.user, data=upload.read())
        return Response(outcome.as_dict())


class FlagIgnore(APIView):
    """POST {"reason"}: dismiss this check on this text everywhere in the project, now and in later
    checks (reviewers) → {"dismissed": flags}."""

    @extend_schema(request=s.IgnoreSerializer, responses={200: dict})
    def post(self, request, pk):
        flag = get_object_or_404(
            Flag.objects.filter(segment__in=segments_for(request.user)).select_related("segment__document"),
            pk=pk,
        )
        data = s.IgnoreSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        dismissed = ignore_list.ignore_everywhere(
            flag=flag, user=request.user, reason=data.validated_data["reason"]
        )
        return Response({"dismissed": dismissed})


class ProjectIgnoreList(APIView):
    """GET: the project's ignore list (members). DELETE ?key=: take an entry off and reopen the
    flags it dismissed (managers) → {"reopened": flags}."""

    @extend_schema(
        responses={200: {"type": "array", "items": {"type": "object", "additionalProperties": True}}}
    )
    def get(self, request, pk):
        project = get_object_or_404(projects_for(request.user), pk=pk)
        return Response(entries(project))

    @extend_schema(responses={200: dict})
    def delete(self, request, pk):
        project = get_object_or_404(projects_for(request.user), pk=pk)
        reopened = ignore_list.remove_entry(
            project=project, user=request.user, key=request.query_params.get("key", "")
        )
        return Response({"reopened": reopened})


class DocumentCorrected(APIView):
    """The Japanese document as its rows now read (edits included, page chrome left out, the
    file's paragraph breaks kept), as UTF-8 text; reviewers and managers."""

    @extend_schema(responses={(200, "text/plain"): str})
    def get(self, request, pk):
        document = get_object_or_404(documents_for(request.user), pk=pk, lang=Document.Lang.JA)
        if not can(request.user, "export", document.project):
            raise PermissionDenied("reviewers and managers export documents")
        return corrected_article_response(document, request.query_params)


def _managed_project(request, pk):
    project = get_object_or_404(projects_for(request.user), pk=pk)
    return project


class ProjectTMImport(APIView):
    parser_classes = [MultiPartParser]

    @extend_schema(
        request={
            "multipart/form-data": {
                "type": "object",
                "properties": {"file": {"type": "string", "format": "binary"}},
            }
        },
        responses={200: s.UnitsImportedSerializer},
    )
    def post(self, request, pk):
        project = _managed_project(request, pk)
        if not can(request.user, "import", project):
            raise PermissionDenied("managers import translation memories")
        upload = request.FILES.get("file")
        if upload is None:
            raise ValidationError({"file": "upload a TMX file"})
        count = import_tmx(project=project, user=request.user, data=upload.read(), name=upload.name)
        return Response({"units": count})


class ProjectTerms(APIView):
    @extend_schema(responses={200: s.TermSerializer(many=True)})
    def get(self, request, pk):
        project = _managed_project(request, pk)
        return Response(s.TermSerializer(project.terms.order_by("source"), many=True).data)

    @extend_schema(request=s.TermSerializer, responses={201: s.TermSerializer})
    def post(self, request, pk):
        project = _managed_project(request, pk)
        if not can(request.user, "manage", project):
            raise PermissionDenied("managers maintain the termbase")
        data = s.TermSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        term = save_term(project=project, user=request.user, **data.validated_data)
        return Response(s.TermSerializer(term).data, status=201)


class TermDetail(APIView):
    @extend_schema(responses={204: None})
    def delete(self, request, pk):
        term = get_object_or_404(Term.objects.filter(project__in=projects_for(request.user)), pk=pk)
        if not can(request.user, "manage", term.project):
            raise PermissionDenied("managers maintain the termbase")
        delete_term(term=term, user=request.user)
        return Response(status=204)


class ProjectTermsImport(APIView):
    parser_classes = [MultiPartParser]

    @extend_schema(
        request={
            "multipart/form-data": {
                "type": "object",
                "properties": {"file": {"type": "string", "format": "binary"}},
            }
        },
        responses={200: s.TermsImportedSerializer},
    )
    def post(self, request, pk):
        project = _managed_project(request, pk)
        if not can(request.user, "manage", project):
            raise PermissionDenied("managers maintain the termbase")
        upload = request.FILES.get("file")
        if upload is None:
            raise ValidationError({"file": "upload a CSV or TBX file"})
        count = import_terms(project=project, user=request.user, data=upload.read(), name=upload.name)
        return Response({"terms": count})


class ProjectTermsExport(APIView):
    @extend_schema(
        parameters=[s.TermsExportQuerySerializer],
        responses={(200, "text/csv"): OpenApiTypes.STR, (200, "application/x-tbx+xml"): OpenApiTypes.STR},
    )
    def get(self, request, pk):

        project = _managed_project(request, pk)
        fmt = request.query_params.get("format", "csv")
        if fmt == "tbx":
            response = HttpResponse("".join(export_tbx(project)), content_type="application/x-tbx+xml")
        elif fmt == "csv":
            response = HttpResponse(export_csv(project), content_type="text/csv; charset=utf-8")
        else:
            raise ValidationError({"format": "csv or tbx"})
        response["Content-Disposition"] = f'attachment; filename="{project.slug}-terms.{fmt}"'
        return response
