"""Server-rendered pages: project list, project page, the review page, exports."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render

from alignment.types import CATEGORIES, SEVERITIES
from workbench.models import Membership, SegmentState
from workbench.permissions import can, role_of
from workbench.selectors.projects import (
    document_segments,
    documents_for,
    documents_with_progress,
    projects_for,
)
from workbench.services import exports

ROWS_PER_PAGE = 100


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
        },
    )


@login_required
def review_page(request, pk):
    document = get_object_or_404(documents_for(request.user), pk=pk)
    p = request.GET
    try:
        max_conf = float(p["max_confidence"]) if p.get("max_confidence") else None
    except ValueError:
        max_conf = None
    filters = {k: p.get(k, "") for k in ("state", "category", "severity", "q", "max_confidence")}
    rows = document_segments(
        document,
        state=filters["state"],
        category=filters["category"],
        severity=filters["severity"],
        max_confidence=max_conf,
        q=filters["q"],
    )
    page_obj = Paginator(rows, ROWS_PER_PAGE).get_page(p.get("page"))
    return render(
        request,
        "workbench/review.html",
        {
            "document": document,
            "page_obj": page_obj,
            "filters": filters,
            "querystring": urlencode({k: v for k, v in filters.items() if v}),
            "states": SegmentState.choices,
            "categories": CATEGORIES,
            "severities": SEVERITIES,
            "role": role_of(request.user, document.project),
            "can_review": can(request.user, "review", document.project),
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
