"""REST endpoints for projects, documents, segments, flags, comments and imports.

Views only translate HTTP to service calls: objects are looked up through selectors (so that other
projects' objects are 404), services check roles (403) and versions (409).
"""

from __future__ import annotations

from celery.result import AsyncResult
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, status
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.exceptions import NotFound, Throttled, ValidationError
from rest_framework.exceptions import PermissionDenied as DRFPermissionDenied
from rest_framework.pagination import PageNumberPagination
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from workbench.api.review import serializers as s
from workbench.auth import (
    LoginRateThrottle,
    locked_message,
    login_locked,
    record_login_failure,
    requested_username,
)
from workbench.models import Flag, ImportJob, Revision
from workbench.permissions import can
from workbench.selectors.cached import cached_for_document
from workbench.selectors.documents import document_stamp, link_candidates
from workbench.selectors.flags import fix_counts, unflagged_rows
from workbench.selectors.projects import (
    document_segments,
    documents_for,
    projects_for,
    replaceable_rows,
    segments_for,
)
from workbench.services import alignment_edits, documents, pairing, segments, tokens
from workbench.services import projects as project_services
from workbench.services.imports import check_sizes, create_import_job
from workbench.services.projects import remove_member, set_member
from workbench.services.watchdog import revive_if_stalled


class ObtainTokenView(ObtainAuthToken):
    """POST {"username", "password"} → {"token"}. DRF's view, throttled per account and client
    (scope "login") and locked per account and address like the login page (``workbench.auth``)."""

    authentication_classes: list = []
    throttle_classes = [LoginRateThrottle]
    throttle_scope = "login"

    def post(self, request, *args, **kwargs):
        username = requested_username(request)
        if login_locked(request, username):
            raise Throttled(detail=locked_message())
        serializer = self.get_serializer(data=request.data)
        if not serializer.is_valid():
            record_login_failure(request, username)
            raise ValidationError(serializer.errors)
        return Response({"token": tokens.token_for(serializer.validated_data["user"]).key})


class ProjectList(generics.ListAPIView):
    serializer_class = s.ProjectSerializer

    def get_queryset(self):
        return projects_for(self.request.user).order_by("name")


class ProjectDetail(generics.RetrieveUpdateAPIView):
    """GET a project; PATCH {"flag_threshold"} sets the confidence below which its automatic flags
    are hidden by default (managers; ``services.projects.set_flag_threshold``)."""

    serializer_class = s.ProjectSerializer
    http_method_names = ["get", "patch", "head", "options"]

    def get_queryset(self):
        return projects_for(self.request.user)

    def perform_update(self, serializer):
        if "flag_threshold" in serializer.validated_data:
            project_services.set_flag_threshold(
                project=serializer.instance,
                user=self.request.user,
                threshold=serializer.validated_data["flag_threshold"],
            )


class DocumentList(generics.ListAPIView):
    serializer_class = s.DocumentSerializer

    @extend_schema(parameters=[OpenApiParameter("project", int, description="only this project's documents")])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        qs = documents_for(self.request.user).order_by("project", "name", "id")
        project = self.request.query_params.get("project")
        if project:
            if not project.isdigit():
                raise ValidationError({"project": "must be a project id"})
            qs = qs.filter(project_id=int(project))
        return qs


class DocumentDetail(generics.RetrieveDestroyAPIView):
    """GET a document; DELETE it with its rows and history (managers; see ``services.documents``:
    approved work stays in the translation memory, renderings of a deleted source are unpaired)."""

    serializer_class = s.DocumentSerializer

    def get_queryset(self):
        return documents_for(self.request.user)

    def perform_destroy(self, instance):
        documents.delete_document(document=instance, user=self.request.user)


class DocumentSource(APIView):
    """POST {"source": id or null}: pair a Japanese document with a Chinese document of its project,
    or leave it without one (managers). The document is aligned anew; rows people worked on keep
    their text, history and comments (see ``services.pairing``); 400 names a row that would be
    lost. ``pair_score`` null in the answer: the automatic pairing would not have paired them."""

    @extend_schema(request=s.DocumentSourceSerializer, responses=s.DocumentSerializer)
    def post(self, request, pk):
        document = get_object_or_404(documents_for(request.user), pk=pk)
        data = s.DocumentSourceSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        source = None
        if data.validated_data["source"] is not None:
            source = documents_for(request.user).filter(pk=data.validated_data["source"]).first()
            if source is None or source.project_id != document.project_id:
                raise ValidationError({"source": "not a document of this project"})
        fresh = pairing.set_source(document=document, source=source, user=request.user)
        return Response(s.DocumentSerializer(fresh).data)


class DocumentSegments(generics.ListAPIView):
    """A document's rows, filtered and paginated; each page is served from the cache of this revision
    of the document (``selectors.cached``). What a page holds depends on nothing about the viewer but
    membership (checked on every request); the key holds the request's URL, which carries the
    filters, page and page size and is what the ``next``/``previous`` links are built from.

    JSON is cached as the bytes sent (encoding 50 rows cost more than the rest of a cached request);
    other renderers (the browsable API) render the cached data."""

    serializer_class = s.SegmentSerializer

    @extend_schema(parameters=[s.RowFiltersSerializer, OpenApiParameter("page_size", int)])
    def list(self, request, *args, **kwargs):
        # The key needs the revision; the rows need the id: nothing else of the document is read.
        document = document_stamp(request.user, kwargs["pk"])
        if document is None:
            raise NotFound()
        self.document = document

        def page() -> dict:
            rows = self.paginate_queryset(self.get_queryset())
            return self.get_paginated_response(self.get_serializer(rows, many=True).data).data

        renderer, media_type = request.accepted_renderer, request.accepted_media_type
        parts = (request.build_absolute_uri(), type(renderer).__name__, media_type)
        if type(renderer) is JSONRenderer:
            body = cached_for_document(
                document,
                "segments-api-json",
                parts,
                lambda: renderer.render(page(), media_type, self.get_renderer_context()),
            )
            return HttpResponse(body, content_type=renderer.media_type)
        return Response(cached_for_document(document, "segments-api", parts, page))

    def get_queryset(self):
        return document_segments(self.document, **_row_filters(self.request.query_params))

    @property
    def paginator(self):
        if not hasattr(self, "_paginator"):
            self._paginator = PageNumberPagination()
            self._paginator.page_size_query_param = "page_size"
            self._paginator.max_page_size = 500
        return self._paginator


def _segment(request, pk):
    return get_object_or_404(segments_for(request.user).select_related("document__project"), pk=pk)


class SegmentDetail(APIView):
    @extend_schema(responses=s.SegmentSerializer)
    def get(self, request, pk):
        return Response(s.SegmentSerializer(_segment(request, pk)).data)

    @extend_schema(request=s.SegmentEditSerializer, responses=s.SegmentSerializer)
    def patch(self, request, pk):
        seg = _segment(request, pk)
        data = s.SegmentEditSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fresh = segments.update_target_text(segment=seg, user=request.user, **data.validated_data)
        return Response(s.SegmentSerializer(fresh).data)


def _action(service, serializer=s.VersionSerializer):
    class ActionView(APIView):
        @extend_schema(request=serializer, responses=s.SegmentSerializer)
        def post(self, request, pk):
            seg = _segment(request, pk)
            data = serializer(data=request.data)
            data.is_valid(raise_exception=True)
            kwargs = dict(data.validated_data)
            if "revision" in kwargs:
                kwargs["revision"] = get_object_or_404(Revision, pk=kwargs["revision"], segment=seg)
            result = service(segment=seg, user=request.user, **kwargs)
            rows = result if isinstance(result, tuple) else (result,)
            payload = s.SegmentSerializer(rows[0]).data
            if len(rows) > 1:
                payload = {**payload, "new_rows": s.SegmentSerializer(rows[1:], many=True).data}
            return Response(payload)

    ActionView.__name__ = f"{service.__name__.title().replace('_', '')}View"
    return ActionView


ApproveView = _action(segments.approve, s.ApproveSerializer)
RejectView = _action(segments.reject)
RevertView = _action(segments.revert, s.RevertSerializer)
MergeView = _action(alignment_edits.merge_with_next)
SplitView = _action(alignment_edits.split, s.SplitSerializer)
UnlinkView = _action(alignment_edits.unlink)
LinkView = _action(alignment_edits.link_sentences, s.LinkSerializer)
UndoLinkView = _action(alignment_edits.undo_link, s.RevertSerializer)
UndoAlignmentView = _action(alignment_edits.undo_alignment_edit, s.RevertSerializer)


class SegmentLinkCandidates(APIView):
    """The row's Chinese sentences and the Japanese sentences it may be linked with."""

    @extend_schema(responses={200: dict})
    def get(self, request, pk):
        return Response(link_candidates(_segment(request, pk), alignment_edits.LINK_WINDOW))


class SegmentHistory(generics.ListAPIView):
    """The row's history, newest first; each entry's ``to_current`` compares the version it left
    with the row's text now (``selectors.history``)."""

    serializer_class = s.RevisionSerializer

    def get_serializer_context(self) -> dict:
        return {**super().get_serializer_context(), "segment": getattr(self, "segment", None)}

    def get_queryset(self):
        self.segment = _segment(self.request, self.kwargs["pk"])
        return self.segment.revisions.select_related("user").order_by("-created_at", "-id")


class SegmentComments(generics.ListCreateAPIView):
    serializer_class = s.CommentSerializer
    pagination_class = None

    def get_queryset(self):
        return _segment(self.request, self.kwargs["pk"]).comments.select_related("author")

    def create(self, request, *args, **kwargs):
        seg = _segment(request, self.kwargs["pk"])
        data = s.CommentSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        comment = segments.add_comment(segment=seg, user=request.user, body=data.validated_data["body"])
        return Response(s.CommentSerializer(comment).data, status=status.HTTP_201_CREATED)


class SegmentIssues(APIView):
    @extend_schema(request=s.IssueSerializer, responses={201: s.FlagSerializer})
    def post(self, request, pk):
        seg = _segment(request, pk)
        data = s.IssueSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        flag = segments.add_issue(segment=seg, user=request.user, **data.validated_data)
        return Response(s.FlagSerializer(flag).data, status=status.HTTP_201_CREATED)


def _flag(request, pk):
    return get_object_or_404(
        Flag.objects.filter(segment__in=segments_for(request.user)).select_related(
            "segment__document__project"
        ),
        pk=pk,
    )


class FlagDismiss(APIView):
    """The answer says how many open flags of the same check on the same text the document still
    has, for the page to offer dismissing them too."""

    @extend_schema(request=s.DismissSerializer, responses=s.DismissedFlagSerializer)
    def post(self, request, pk):
        flag = _flag(request, pk)
        data = s.DismissSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        reason = data.validated_data["reason"]
        return Response(
            s.DismissedFlagSerializer(segments.dismiss_flag(flag=flag, user=request.user, reason=reason)).data
        )


class FlagConfirm(APIView):
    """A reviewer confirms an automatic flag: it becomes a reviewer error the MQM score counts."""

    @extend_schema(request=None, responses=s.FlagSerializer)
    def post(self, request, pk):
        flag = _flag(request, pk)
        return Response(s.FlagSerializer(segments.confirm_flag(flag=flag, user=request.user)).data)


class FlagDismissAlike(APIView):
    """Dismiss the flag and the document's open flags of the same check on the same text."""

    @extend_schema(request=s.DismissSerializer, responses=s.DismissedAlikeSerializer)
    def post(self, request, pk):
        flag = _flag(request, pk)
        data = s.DismissSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        reason = data.validated_data["reason"]
        return Response({"dismissed": segments.dismiss_alike(flag=flag, user=request.user, reason=reason)})


class DocumentFixes(APIView):
    """GET: the one-click fixes a batch would apply to the document's unapproved rows (punctuation,
    typography, grammar), counted by check. POST {"codes"?}: apply them, or those of the given
    checks (reviewers), one revision per row → {"changed": rows}."""

    @extend_schema(responses=s.FixCountsSerializer)
    def get(self, request, pk):
        document = get_object_or_404(documents_for(request.user), pk=pk)
        counts = fix_counts(document)
        return Response({"fixable": counts, "total": sum(counts.values())})

    @extend_schema(request=s.ApplyFixesSerializer, responses=s.AppliedFixesSerializer)
    def post(self, request, pk):
        document = get_object_or_404(documents_for(request.user).select_related("project"), pk=pk)
        data = s.ApplyFixesSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        changed = segments.apply_all_fixes(
            document=document,
            user=request.user,
            codes=data.validated_data.get("codes"),
        )
        return Response({"changed": changed})


def _row_filters(data) -> dict:
    filters = s.RowFiltersSerializer(data=data)
    filters.is_valid(raise_exception=True)
    return {k: v for k, v in filters.validated_data.items() if v not in ("", None)}


class DocumentReplace(APIView):
    """GET ?find=: the unapproved rows whose translation holds the text, and how often. POST
    {"find", "replace"}: replace it in all of them (translators and up), one revision per row →
    {"changed": rows}."""

    @extend_schema(parameters=[s.FindSerializer], responses=s.ReplaceableSerializer)
    def get(self, request, pk):
        document = get_object_or_404(documents_for(request.user), pk=pk)
        data = s.FindSerializer(data=request.query_params)
        data.is_valid(raise_exception=True)
        find = data.validated_data["find"]
        rows = replaceable_rows(document, find)
        return Response({"rows": len(rows), "occurrences": sum(r.target_text.count(find) for r in rows)})

    @extend_schema(request=s.ReplaceSerializer, responses=s.ReplacedSerializer)
    def post(self, request, pk):
        document = get_object_or_404(documents_for(request.user).select_related("project"), pk=pk)
        data = s.ReplaceSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        changed = segments.replace_in_document(document=document, user=request.user, **data.validated_data)
        return Response({"changed": changed})


class DocumentApprovals(APIView):
    """GET (the review page's filters as query parameters): how many rows within them a reviewer may
    approve at once — a translation, no open flag the project's ``flag_threshold`` shows, neither
    approved nor rejected. POST (the same filters in the body): approve them (reviewers), one
    revision per row → {"approved": rows}."""

    @extend_schema(parameters=[s.RowFiltersSerializer], responses=s.ApprovableSerializer)
    def get(self, request, pk):
        document = get_object_or_404(documents_for(request.user), pk=pk)
        return Response(
            {"approvable": unflagged_rows(document, **_row_filters(request.query_params)).count()}
        )

    @extend_schema(request=s.RowFiltersSerializer, responses=s.ApprovedRowsSerializer)
    def post(self, request, pk):
        document = get_object_or_404(documents_for(request.user).select_related("project"), pk=pk)
        filters = _row_filters(request.data)
        approved = segments.approve_unflagged(document=document, user=request.user, filters=filters)
        return Response({"approved": approved})


class FlagFix(APIView):
    @extend_schema(request=s.VersionSerializer, responses=s.SegmentSerializer)
    def post(self, request, pk):
        flag = _flag(request, pk)
        data = s.VersionSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fresh = segments.apply_fix(flag=flag, user=request.user, version=data.validated_data["version"])
        return Response(s.SegmentSerializer(fresh).data)


class FlagReopen(APIView):
    @extend_schema(request=None, responses=s.FlagSerializer)
    def post(self, request, pk):
        flag = _flag(request, pk)
        return Response(s.FlagSerializer(segments.reopen_flag(flag=flag, user=request.user)).data)


class ProjectImports(APIView):
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(
        request={
            "multipart/form-data": {
                "type": "object",
                "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}},
            }
        },
        responses={202: s.ImportJobSerializer},
    )
    def post(self, request, pk):
        project = get_object_or_404(projects_for(request.user), pk=pk)
        if not can(request.user, "import", project):
            raise DRFPermissionDenied("only managers import documents")
        uploads = request.FILES.getlist("files") or request.FILES.getlist("file")
        check_sizes([(f.name, f.size) for f in uploads])
        files = [(f.name, f.read()) for f in uploads]
        job = create_import_job(project=project, user=request.user, files=files)
        job.refresh_from_db()
        return Response(import_status(job), status=status.HTTP_202_ACCEPTED)


def import_status(job: ImportJob) -> dict:
    """The job row, with live progress from the Celery result backend while it runs; a job whose
    worker vanished is taken up again (or failed) first."""
    if revive_if_stalled(job):
        job.refresh_from_db()
    data = s.ImportJobSerializer(job).data
    if job.status in (ImportJob.Status.PENDING, ImportJob.Status.RUNNING) and job.celery_task_id:
        try:
            result = AsyncResult(job.celery_task_id)
            if result.state == "PROGRESS" and isinstance(result.info, dict):
                data["progress"] = result.info.get("progress", data["progress"])
                data["message"] = result.info.get("message", data["message"])
            elif result.state == "FAILURE":
                data["status"] = ImportJob.Status.FAILED
                data["message"] = f"the import task failed: {result.info}"
        except Exception as exc:  # the broker is down: say so instead of showing "pending" forever
            data["message"] = f"progress unavailable: {exc.__class__.__name__}"
    return data


class ImportDetail(APIView):
    @extend_schema(responses=s.ImportJobSerializer)
    def get(self, request, pk):
        job = get_object_or_404(ImportJob.objects.filter(project__in=projects_for(request.user)), pk=pk)
        return Response(import_status(job))


class ProjectMembers(APIView):
    """Members read the member list; managers add or change (POST) and remove (DELETE) members."""

    @extend_schema(responses={200: s.MemberSerializer(many=True)})
    def get(self, request, pk):
        project = get_object_or_404(projects_for(request.user), pk=pk)
        rows = project.memberships.select_related("user").order_by("user__username")
        return Response([{"username": m.user.username, "role": m.role} for m in rows])

    @extend_schema(request=s.MemberSerializer, responses={200: s.MemberSerializer})
    def post(self, request, pk):
        project = get_object_or_404(projects_for(request.user), pk=pk)
        data = s.MemberSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        membership = set_member(project=project, user=request.user, **data.validated_data)
        return Response({"username": membership.user.username, "role": membership.role})

    @extend_schema(
        parameters=[OpenApiParameter("username", str, required=True, description="the member to remove")],
        responses={204: None},
    )
    def delete(self, request, pk):
        project = get_object_or_404(projects_for(request.user), pk=pk)
        remove_member(
            project=project,
            user=request.user,
            username=request.query_params.get("username", ""),
        )
        return Response(status=status.HTTP_204_NO_CONTENT)
