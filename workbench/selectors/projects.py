"""Reads filtered by membership: nobody sees a project they are not a member of."""

from __future__ import annotations

from django.db.models import Count, Prefetch, Q, QuerySet

from alignment.checks import Reference
from workbench.models import Document, Flag, Project, Segment, SegmentState
from workbench.selectors.confidence import confident


def projects_for(user) -> QuerySet[Project]:
    if not user.is_authenticated:
        return Project.objects.none()
    return Project.objects.filter(memberships__user=user).distinct()


def documents_for(user) -> QuerySet[Document]:
    return Document.objects.filter(project__in=projects_for(user)).select_related("project", "source")


def documents_with_progress(user, project: Project) -> QuerySet[Document]:
    translated = Q(segments__kind=Segment.Kind.CONTENT) & ~Q(segments__target_text="")
    return (
        documents_for(user)
        .filter(project=project)
        .annotate(
            # Rows with a translation, as the scores count them: a gap row (1-0) has nothing to approve.
            n_segments=Count("segments", filter=translated, distinct=True),
            n_approved=Count(
                "segments", filter=translated & Q(segments__state=SegmentState.APPROVED), distinct=True
            ),
        )
        .order_by("lang", "name")
    )


def segments_for(user) -> QuerySet[Segment]:
    return Segment.objects.filter(document__project__in=projects_for(user)).select_related("document")


_SOURCE_ONLY = Q(link_type__endswith="-0")
_TARGET_ONLY = Q(link_type__startswith="0-")
#: The review page's link-type filter: one-to-one links, merges (any other link with both sides),
#: and the two kinds of gap row.
LINK_FILTERS: dict[str, Q] = {
    "1-1": Q(link_type="1-1"),
    "merged": ~Q(link_type="1-1") & ~_SOURCE_ONLY & ~_TARGET_ONLY,
    "source-only": _SOURCE_ONLY,
    "target-only": _TARGET_ONLY,
}


def document_segments(
    document: Document,
    *,
    state: str = "",
    category: str = "",
    severity: str = "",
    max_confidence: float | None = None,
    q: str = "",
    link: str = "",
    min_flag_confidence: float | None = None,
) -> QuerySet[Segment]:
    """A document's rows in order, with filters; flags prefetched so the query count stays constant.
    ``link`` is one of :data:`LINK_FILTERS`. ``min_flag_confidence`` leaves out the automatic flags
    below it (``selectors.confidence``): from the rows' flags and from what the category and
    severity filters look at."""
    qs = Segment.objects.filter(document=document)
    if link:
        qs = qs.filter(LINK_FILTERS[link])
    if state:
        qs = qs.filter(state=state)
    flag_filter = Q()
    if category:
        flag_filter &= Q(flags__category=category)
    if severity:
        flag_filter &= Q(flags__severity=severity)
    if min_flag_confidence is not None:
        flag_filter &= Q(flags__in=Flag.objects.filter(confident(min_flag_confidence)))
    if category or severity:
        qs = qs.filter(flag_filter & Q(flags__status=Flag.Status.OPEN)).distinct()
    if max_confidence is not None:
        qs = qs.filter(confidence__lt=max_confidence)
    if q:
        qs = qs.filter(Q(source_text__icontains=q) | Q(target_text__icontains=q))
    return qs.order_by("index").prefetch_related(
        Prefetch(
            "flags", queryset=Flag.objects.filter(confident(min_flag_confidence)).order_by("start", "id")
        )
    )


def replaceable_rows(document: Document, find: str) -> list[Segment]:
    """The rows a find-and-replace over the document changes: content rows whose translation holds
    the text as written (SQLite's LIKE ignores the case of Latin letters, so the rows it finds are
    checked again here), approved rows aside — the reviewer accepted them as they are."""
    if not find:
        return []
    rows = (
        Segment.objects.filter(document=document, kind=Segment.Kind.CONTENT, target_text__contains=find)
        .exclude(state=SegmentState.APPROVED)
        .order_by("index")
    )
    return [row for row in rows if find in row.target_text]


#: The approved rows a consistency check reads from the rest of the project, latest approvals first.
REFERENCE_LIMIT = 5000


def approved_references(document: Document) -> list[Reference]:
    """The project's approved translations in its other documents: what the project settled on,
    which the consistency check holds this document's renderings to."""
    rows = (
        Segment.objects.filter(
            document__project_id=document.project_id, state=SegmentState.APPROVED, kind=Segment.Kind.CONTENT
        )
        .exclude(document_id=document.pk)
        .exclude(source_text="")
        .exclude(target_text="")
        .order_by("-approved_at", "-pk")
        .values_list("source_text", "target_text", "document__name", "index")[:REFERENCE_LIMIT]
    )
    return [Reference(source, target, f"{name}, row {index + 1}") for source, target, name, index in rows]
