"""Server-rendered pages: project list, project page, the review page, exports."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render

from alignment.types import CATEGORIES, SEVERITIES
from workbench.models import Membership, SegmentState
from workbench.pages.review.rows import RowRenderer
from workbench.pages.review.strings import import_js_strings, review_js_strings
from workbench.permissions import can, role_of
from workbench.selectors.projects import (
    documents_for,
    documents_with_progress,
    projects_for,
)
from workbench.selectors.review_page import ReviewFilters, review_rows
from workbench.services import exports


@login_required
def project_list(request):
    roles = dict(Membership.objects.filter(user=request.user).values_list("project_id", "role"))
    projects = projects_for(request.user).annotate(n_documents=Count("documents")).order_by("name")
    for p in projects:
        p.role = roles.get(p.pk)
    return render(request, "workbench/project_list.html", {"projects": projects})


@login_required
def project_page(request, slug):
    project = get_object_or_404(projects_for(request.user), slug=slug)
    return render(
        request,
        "workbench/project.html",
        {
            "project": project,
            "documents": documents_with_progress(request.user, project),
            "can_import": can(request.user, "import", project),
            "can_export": can(request.user, "export", project),
            "can_manage": can(request.user, "manage", project),
            "import_strings": import_js_strings(),
        },
    )


@login_required
def review_page(request, pk):
    # The page shows names and coverage, never the whole texts: leave them in the database.
    document = get_object_or_404(
        documents_for(request.user).select_related("project", "source").defer("text", "source__text"), pk=pk
    )
    filters = ReviewFilters.from_query(request.GET)
    page = review_rows(document, filters, request.GET.get("page"))
    rights = {
        "can_review": can(request.user, "review", document.project),
        "can_align": can(request.user, "align", document.project),
        "can_edit": can(request.user, "edit", document.project),
    }
    return render(
        request,
        "workbench/review.html",
        {
            "document": document,
            "page_obj": page,
            "rows_html": RowRenderer(**rights).page(page.object_list),
            "filters": filters,
            "querystring": filters.querystring(),
            "states": SegmentState.choices,
            "categories": CATEGORIES,
            "severities": SEVERITIES,
            "role": role_of(request.user, document.project),
            **rights,
            "js_strings": review_js_strings(),
        },
    )


@login_required
def project_export(request, slug):
    project = get_object_or_404(projects_for(request.user), slug=slug)
    if not can(request.user, "export", project):
        raise Http404
    fmt = request.GET.get("format", "tmx")
    if fmt not in exports.WRITERS:
        raise Http404
    response = StreamingHttpResponse(
        exports.WRITERS[fmt](exports.approved_segments(project=project)),
        content_type=exports.CONTENT_TYPES[fmt],
    )
    response["Content-Disposition"] = f'attachment; filename="{project.slug}.{fmt}"'
    return response
