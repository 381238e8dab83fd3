"""The managers' quality dashboard: table of documents, score over time, defects by category, how
reviewers received each check, CSV."""

from __future__ import annotations

from collections import Counter

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.safestring import mark_safe

from alignment.types import CATEGORIES
from workbench.flag_labels import category_label
from workbench.models import Document, ScoreSnapshot
from workbench.pages.review.rows import highlight
from workbench.pages.review.strings import qa_js_strings
from workbench.pages.spreadsheets import csv_response
from workbench.permissions import can
from workbench.selectors.flags import ISSUE_COLUMNS, check_feedback, issue_report
from workbench.selectors.ignore_list import entries
from workbench.selectors.projects import documents_with_progress, projects_for
from workbench.selectors.qa import qa_report, row_link
from workbench.selectors.scores import document_scores, pooled
from workbench.services.errors import ApplicationError

SORT_KEYS = {"name", "mqm", "mqm_estimate", "chrf", "ter", "approved_share", "open_flags"}


def _rows(request, project):
    rows = []
    for d in documents_with_progress(request.user, project).filter(lang=Document.Lang.JA):
        s = document_scores(d)
        rows.append(
            {
                "id": d.pk,
                "name": d.name,
                "title": d.title,
                "translator": d.translator_label(),
                "mqm": s["mqm"],
                "reviewed_segments": s["reviewed_segments"],
                "mqm_estimate": s["mqm_estimate"],
                "checked_segments": s["segments"],
                "chrf": s["chrf"],
                "ter": s["ter"],
                "post_edit_segments": s["post_edit_segments"],
                "penalty": s["penalty"],
                "reviewed_chars": s["reviewed_chars"],
                "penalty_estimate": s["penalty_estimate"],
                "source_chars": s["source_chars"],
                "approved_share": s["approved_share"],
                "open_flags": sum(s["flags_by_category"].values()),
                "by_category": s["flags_by_category"],
                "segments": d.n_segments,
                "approved": d.n_approved,
            }
        )
    key = request.GET.get("sort", "name")
    key = key if key.lstrip("-") in SORT_KEYS else "name"
    reverse = key.startswith("-")
    rows.sort(
        key=lambda r: (
            (r[key.lstrip("-")] is None, r[key.lstrip("-")] or 0)
            if key.lstrip("-") != "name"
            else (False, r["name"])
        ),
        reverse=reverse,
    )
    return rows


def _bar_chart(counts: Counter, link) -> dict:
    peak = max(counts.values(), default=0) or 1
    bars = [
        {
            "category": c,
            "label": category_label(c),
            "count": n,
            "width": round(360 * n / peak),
            "y": 24 * i,
            "href": link(c),
        }
        for i, (c, n) in enumerate(counts.most_common())
    ]
    return {"bars": bars, "height": 24 * len(bars) + 4}


def _line_chart(project) -> dict:
    snaps = list(
        ScoreSnapshot.objects.filter(document__project=project, mqm__isnull=False)
        .order_by("computed_at")
        .values_list("computed_at", "mqm")
    )
    by_day: dict = {}
    for at, mqm in snaps:
        by_day.setdefault(at.date(), []).append(mqm)
    points = sorted((day, sum(v) / len(v)) for day, v in by_day.items())
    if not points:
        return {"points": "", "labels": []}
    lo = min(p for _, p in points)
    lo = min(lo, 90.0)
    span = max(1e-6, 100.0 - lo)
    n = len(points)
    coords = [
        (20 + (460 * k / max(1, n - 1)), 10 + 140 * (100.0 - v) / span) for k, (_, v) in enumerate(points)
    ]
    return {
        "points": " ".join(f"{x:.1f},{y:.1f}" for x, y in coords),
        "dots": [
            {"x": round(x, 1), "y": round(y, 1), "label": f"{d}: {v:.1f}"}
            for (x, y), (d, v) in zip(coords, points, strict=True)
        ],
        "low": round(lo, 1),
    }


@login_required
def dashboard(request, slug):
    project = get_object_or_404(projects_for(request.user), slug=slug)
    if not can(request.user, "export", project):
        raise Http404
    rows = _rows(request, project)
    counts: Counter = Counter()
    for r in rows:
        counts.update(r["by_category"])
    chart = _bar_chart(counts, lambda c: reverse("qa-report", args=[project.slug]) + f"?category={c}")
    return render(
        request,
        "quality/dashboard.html",
        {
            "project": project,
            "rows": rows,
            "total": pooled({**r, "segments": r["checked_segments"]} for r in rows),
            "bar": chart,
            "line": _line_chart(project),
            "checks": [{**c, "category": category_label(c["category"])} for c in check_feedback(project)],
            "sort": request.GET.get("sort", "name"),
        },
    )


@login_required
def qa_report_page(request, slug):
    """Every open flag of the project, grouped by check and flagged text (``selectors.qa``), for a
    reviewer to fix or dismiss where they stand; reviewers and managers."""
    project = get_object_or_404(projects_for(request.user), slug=slug)
    if not can(request.user, "review", project):
        raise Http404
    category = request.GET.get("category", "") if request.GET.get("category") in CATEGORIES else ""
    code = request.GET.get("check", "")
    groups = qa_report(project, category=category, code=code)
    for group in groups:
        group.label = category_label(group.category)
        group.rows = [
            {"flag": f, "link": row_link(f.segment), "text": mark_safe(highlight(f.segment.target_text, [f]))}
            for f in group.shown
        ]
    return render(
        request,
        "quality/qa.html",
        {
            "project": project,
            "groups": groups,
            "total": sum(g.count for g in groups),
            "category": category,
            "code": code,
            "categories": [(c, category_label(c)) for c in CATEGORIES],
            "js_strings": qa_js_strings(),
            "ignore_entries": entries(project),
            "can_manage": can(request.user, "manage", project),
        },
    )


@login_required
def dashboard_csv(request, slug):
    project = get_object_or_404(projects_for(request.user), slug=slug)
    if not can(request.user, "export", project):
        raise Http404
    columns = (
        "document",
        "translator",
        "mqm",
        "chrf",
        "ter",
        "approved_share",
        "open_flags",
        "segments",
        "reviewed_segments",
        "mqm_estimate",
        "post_edit_segments",
    )
    keys = ("name", *columns[1:])
    return csv_response(
        f"{project.slug}-quality.csv", columns, ([r[k] for k in keys] for r in _rows(request, project))
    )


@login_required
def issues_csv(request, slug):
    """The project's issue list (every flag, open or dismissed, automatic or a reviewer's) as CSV."""
    project = get_object_or_404(projects_for(request.user), slug=slug)
    if not can(request.user, "export", project):
        raise Http404
    return csv_response(f"{project.slug}-issues.csv", ISSUE_COLUMNS, issue_report(project))


@login_required
def terms_page(request, slug):
    """The termbase: everyone in the project reads it; managers add, import and delete terms."""
    from django.contrib import messages
    from django.shortcuts import redirect

    from workbench.services.termbase import delete_term, import_terms, save_term

    project = get_object_or_404(projects_for(request.user), slug=slug)
    manager = can(request.user, "manage", project)
    if request.method == "POST" and manager:
        try:
            if "delete" in request.POST:
                delete_term(
                    term=get_object_or_404(project.terms, pk=request.POST["delete"]), user=request.user
                )
            elif request.FILES.get("file"):
                upload = request.FILES["file"]
                count = import_terms(project=project, user=request.user, data=upload.read(), name=upload.name)
                messages.success(request, f"{count} terms imported.")
            else:
                save_term(
                    project=project,
                    user=request.user,
                    source=request.POST.get("source", ""),
                    target=request.POST.get("target", ""),
                    forbidden=request.POST.get("forbidden", "").split("|"),
                    note=request.POST.get("note", ""),
                )
        except ApplicationError as exc:
            messages.error(request, exc.message)
        return redirect("terms", slug=project.slug)
    return render(
        request,
        "quality/terms.html",
        {"project": project, "terms": project.terms.order_by("source"), "manager": manager},
    )
