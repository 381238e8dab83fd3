"""The managers' quality dashboard: table of documents, score over time, defects by category, how
reviewers received each check, CSV."""

from __future__ import annotations

from collections import Counter

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe

from alignment.types import CATEGORIES
from workbench.flag_labels import category_label
from workbench.pages import refusals
from workbench.pages.forms import cleaned
from workbench.pages.quality.forms import TermDeleteForm, TermForm, TermImportForm
from workbench.pages.review.rows import highlight
from workbench.pages.review.strings import qa_js_strings
from workbench.pages.spreadsheets import csv_response
from workbench.permissions import can
from workbench.selectors import dashboard as figures
from workbench.selectors.flags import ISSUE_COLUMNS, check_feedback, issue_report
from workbench.selectors.ignore_list import entries
from workbench.selectors.projects import projects_for
from workbench.selectors.qa import qa_report, row_link
from workbench.selectors.scores import pooled
from workbench.services.errors import ApplicationError
from workbench.services.termbase import delete_term, import_terms, save_term


@login_required
def dashboard(request, slug):
    project = get_object_or_404(projects_for(request.user), slug=slug)
    if not can(request.user, "export", project):
        raise Http404
    rows = figures.document_rows(request.user, project, request.GET.get("sort", "name"))
    counts: Counter[str] = Counter()
    for r in rows:
        counts.update(r["by_category"])
    qa = reverse("qa-report", args=[project.slug])
    return render(
        request,
        "quality/dashboard.html",
        {
            "project": project,
            "rows": rows,
            "total": pooled({**r, "segments": r["checked_segments"]} for r in rows),
            "bar": figures.bar_chart(counts, lambda c: f"{qa}?category={c}"),
            "line": figures.line_chart(figures.daily_mqm(project)),
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
    low_flags = bool(request.GET.get("low_flags"))
    groups = qa_report(project, category=category, code=code, low_flags=low_flags)
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
            "low_flags": low_flags,
            "flag_threshold": f"{project.flag_threshold:.2f}",
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
        f"{project.slug}-quality.csv",
        columns,
        (
            [r[k] for k in keys]
            for r in figures.document_rows(request.user, project, request.GET.get("sort", "name"))
        ),
    )


@login_required
def issues_csv(request, slug):
    """The project's issue list (every flag, open or dismissed, automatic or a reviewer's, with its
    confidence) as CSV; open automatic flags below the project's threshold only with ``?low_flags=1``,
    as on the QA report."""
    project = get_object_or_404(projects_for(request.user), slug=slug)
    if not can(request.user, "export", project):
        raise Http404
    return csv_response(
        f"{project.slug}-issues.csv",
        ISSUE_COLUMNS,
        issue_report(project, low_flags=bool(request.GET.get("low_flags"))),
    )


@login_required
def terms_page(request, slug):
    """The termbase: everyone in the project reads it; managers add, import and delete terms (the
    services refuse anyone else)."""
    project = get_object_or_404(projects_for(request.user), slug=slug)
    if request.method == "POST":
        try:
            if "delete" in request.POST:
                form = TermDeleteForm(request.POST, terms=project.terms.all())
                delete_term(term=cleaned(form)["delete"], user=request.user)
            elif "file" in request.FILES:
                upload = cleaned(TermImportForm(request.POST, request.FILES))["file"]
                count = import_terms(project=project, user=request.user, data=upload.read(), name=upload.name)
                messages.success(request, f"{count} terms imported.")
            else:
                save_term(project=project, user=request.user, **cleaned(TermForm(request.POST)))
        except ApplicationError as exc:
            refusals.show(request, exc)
        return redirect("terms", slug=project.slug)
    return render(
        request,
        "quality/terms.html",
        {
            "project": project,
            "terms": project.terms.order_by("source"),
            "manager": can(request.user, "manage", project),
        },
    )
