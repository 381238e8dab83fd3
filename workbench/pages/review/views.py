"""Server-rendered pages: project list, project page, the review page, exports."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from alignment.diff import diff
from alignment.types import CATEGORIES, SEVERITIES
from workbench.flag_labels import category_label, severity_label
from workbench.models import Document, Membership, Role, Segment, SegmentState
from workbench.pages import holes
from workbench.pages.downloads import corrected_article_response
from workbench.pages.review.rows import render_rows, row_context
from workbench.pages.review.strings import import_js_strings, review_js_strings
from workbench.pages.spreadsheets import csv_response
from workbench.permissions import allows, can
from workbench.selectors import review_page as review_selectors
from workbench.selectors.cached import cached_for_document
from workbench.selectors.documents import document_sentences, review_page_document
from workbench.selectors.flags import fix_counts, unflagged_rows
from workbench.selectors.projects import documents_for, documents_with_progress, projects_for
from workbench.selectors.qa import row_link
from workbench.selectors.review_page import ReviewFilters, review_rows, rows_by_id
from workbench.selectors.work import my_work
from workbench.services import exports


@login_required
def project_list(request):
    roles = dict(Membership.objects.filter(user=request.user).values_list("project_id", "role"))
    projects = projects_for(request.user).annotate(n_documents=Count("documents")).order_by("name")
    for p in projects:
        p.role = Role(roles[p.pk]).label if p.pk in roles else ""
    return render(
        request, "workbench/project_list.html", {"projects": projects, "my_work": my_work(request.user)}
    )


@login_required
def project_page(request, slug):
    project = get_object_or_404(projects_for(request.user), slug=slug)
    return render(
        request,
        "workbench/project.html",
        {
            "project": project,
            "documents": documents_with_progress(request.user, project).select_related(
                "assigned_translator", "assigned_reviewer"
            ),
            "members": project.memberships.select_related("user").order_by("user__username"),
            "can_import": can(request.user, "import", project),
            "can_export": can(request.user, "export", project),
            "can_manage": can(request.user, "manage", project),
            "import_strings": import_js_strings(),
        },
    )


@login_required
def review_page(request, pk):
    """The review page, served whole from the cache of this revision of the document
    (``selectors.cached``) with the viewer's name, CSRF token and path filled in (``pages.holes``).

    Keyed on what the page shows besides the rows: the viewer's role (rights, buttons), language,
    filters, page, and the header's names."""
    document = review_page_document(request.user, pk)
    if document is None:
        raise Http404
    role = document.viewer_role
    filters = ReviewFilters.from_query(request.GET)
    page_number = request.GET.get("page")
    if not holes.can_fill(request):  # messages to show: this one is rendered for the request
        body = _review_body(document, role, filters, page_number)
        return render(request, "workbench/review.html", {"document": document, "body": body})
    shown = (
        document.name,
        document.title,
        document.lang,
        document.coverage,
        document.source.name if document.source else None,
        document.project.name,
        document.project.slug,
    )
    parts = (role, get_language(), filters, page_number, review_selectors.ROWS_PER_PAGE, shown)

    def page() -> str:
        body = _review_body(document, role, filters, page_number)
        context = {"document": document, "body": body, **holes.shell_context()}
        return render_to_string("workbench/review.html", context)

    return HttpResponse(holes.fill(cached_for_document(document, "review-page", parts, page), request))


#: The link-type filter's choices (``selectors.projects.LINK_FILTERS``).
LINK_TYPE_LABELS = (
    ("1-1", _("one to one (1-1)")),
    ("merged", _("merged (2-1, 1-2…)")),
    ("source-only", _("Chinese only (1-0)")),
    ("target-only", _("Japanese only (0-1)")),
)


@login_required
def review_rows_fragment(request, pk):
    """The rows named by ``?ids=`` as the review page shows them (the row partial), for the script
    to swap in after an action: one renderer for a row, on the page and after every change."""
    document = review_page_document(request.user, pk)
    if document is None:
        raise Http404
    ids = [int(i) for i in request.GET.get("ids", "").split(",") if i.strip().isdigit()]
    # The rows as the page shows them: the flags the page's "show low-confidence flags" hides.
    threshold = ReviewFilters.from_query(request.GET).min_flag_confidence(document)
    html = render_rows(
        rows_by_id(document, ids, min_flag_confidence=threshold),
        **_rights(document.viewer_role),
        has_source=document.source_id is not None,
        fold=False,
        flag_threshold=document.project.flag_threshold,
    )
    return HttpResponse(html)


@login_required
def review_page_rows(request, pk):
    """The page's rows, pager and row count for the filters and page number of its query string,
    as the page shows them (``_page_rows.html``): what the script swaps in after an alignment edit,
    which renumbers the rows and may change the pages and the count, instead of reloading the page.
    Cached per revision of the document like the page itself."""
    document = review_page_document(request.user, pk)
    if document is None:
        raise Http404
    role = document.viewer_role
    filters = ReviewFilters.from_query(request.GET)
    page_number = request.GET.get("page")
    parts = (role, get_language(), filters, page_number, review_selectors.ROWS_PER_PAGE, document.source_id)

    def fragment() -> str:
        page = review_rows(document, filters, page_number)
        return render_to_string(
            "workbench/review/_page.html", _rows_context(document, page, filters, _rights(role))
        )

    return HttpResponse(cached_for_document(document, "review-page-rows", parts, fragment))


def _rows_context(document, page, filters: ReviewFilters, rights: dict[str, bool]) -> dict:
    """What ``_page_rows.html`` reads: one page of rows with the viewer's rights, and the pager."""
    return {
        "document": document,
        "page_obj": page,
        **row_context(
            page.object_list,
            has_source=document.source_id is not None,
            flag_threshold=document.project.flag_threshold,
        ),
        "querystring": filters.querystring(),
        **rights,
    }


def _rights(role: str) -> dict[str, bool]:
    """What the viewer may do on the rows: ``can_review``, ``can_align``, ``can_edit``."""
    return {f"can_{action}": allows(role, action) for action in ("review", "align", "edit")}


def _review_body(document, role: str, filters: ReviewFilters, page_number: str | None) -> SafeString:
    """The page's content for one role and language: rows, filters, pager, the script's strings."""
    page = review_rows(document, filters, page_number)
    rights = _rights(role)
    fixes = fix_counts(document) if rights["can_review"] else {}
    approvable = unflagged_rows(document, **filters.selection()).count() if rights["can_review"] else 0
    return render_to_string(
        "workbench/review_body.html",
        {
            **_rows_context(document, page, filters, rights),
            "flag_threshold": f"{document.project.flag_threshold:.2f}",
            "filters": filters,
            "low_confidence": review_selectors.LOW_CONFIDENCE,
            "states": SegmentState.choices,
            "categories": [(c, category_label(c)) for c in CATEGORIES],
            "severities": [(s, severity_label(s)) for s in SEVERITIES],
            "link_types": LINK_TYPE_LABELS,
            "role": role,
            "role_label": Role(role).label,
            "fixes": fixes,
            "fix_total": sum(fixes.values()),
            "approvable": approvable,
            "selection": filters.selection(),
            "can_export": allows(role, "export"),
            "can_import": allows(role, "import"),
            "js_strings": review_js_strings(),
        },
    )


def _exportable(request, pk) -> Document:
    """A Japanese document the user may download (reviewers and managers); 404 for anyone else."""
    document = get_object_or_404(documents_for(request.user), pk=pk, lang=Document.Lang.JA)
    if not can(request.user, "export", document.project):
        raise Http404
    return document


@login_required
def document_text(request, pk):
    """A document read on its own, sentence by sentence (page chrome greyed): the Chinese article
    above all, which has no review page of its own."""
    document = get_object_or_404(documents_for(request.user).select_related("project"), pk=pk)
    return render(
        request,
        "workbench/document_text.html",
        {
            "document": document,
            "lang": "zh-Hans" if document.lang == Document.Lang.ZH else "ja",
            "sentences": document_sentences(document),
            "renderings": document.renderings.order_by("name") if document.lang == Document.Lang.ZH else (),
        },
    )


@login_required
def corrected_article(request, pk):
    """The document's Japanese as its rows now read, as a UTF-8 text file (see
    ``services.exports.corrected_article``); ``X-Rows-Not-Approved`` says how final it is."""
    document = _exportable(request, pk)
    return corrected_article_response(document, request.GET)


@login_required
def bilingual_sheet(request, pk):
    """The document's rows side by side as CSV (``services.exports.bilingual_rows``)."""
    document = _exportable(request, pk)
    return csv_response(
        exports.download_name(document, "bilingual.csv"),
        exports.BILINGUAL_COLUMNS,
        exports.bilingual_rows(document),
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


@login_required
def document_changes(request, pk):
    """Track changes for the whole document: every row whose text differs from the machine
    translation, with what the post-edit deleted and inserted (``alignment.diff``)."""
    document = get_object_or_404(
        documents_for(request.user).select_related("project"), pk=pk, lang=Document.Lang.JA
    )
    rows = [
        {"segment": seg, "runs": diff(seg.mt_text, seg.target_text), "link": row_link(seg)}
        for seg in document.segments.filter(kind=Segment.Kind.CONTENT).order_by("index")
        if seg.mt_text != seg.target_text
    ]
    return render(
        request,
        "workbench/changes.html",
        {"document": document, "rows": rows, "can_export": can(request.user, "export", document.project)},
    )
