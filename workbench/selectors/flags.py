"""Reads of flags: the one-click fixes a document offers, the rows no flag holds back from approval,
and how reviewers received each check."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from django.db.models import Count, Q, QuerySet

from workbench.models import Document, Flag, Project, Segment, SegmentState
from workbench.selectors.confidence import confident, flag_confidence, has_open_shown_flag
from workbench.selectors.projects import document_segments

#: The fixes applied to a whole document at once: they change the form of the text, not what it
#: says (、 for ，, ー for a kanji 一, one of a doubled particle). A term, a false friend or a Chinese
#: word left in is fixed row by row, where the reviewer sees the sentence.
BATCH_CATEGORIES = ("punctuation", "typography", "grammar")
#: Checks of other categories whose fix is as mechanical: the 。 a finished sentence lost.
BATCH_CODES = ("truncation-stop",)


#: The code prefix of the errors reviewers log: ``reviewer-<category>``.
REVIEWER_CODE = "reviewer-"


def confirmed_check(flag: Flag) -> bool:
    """Whether the flag is a check's that a reviewer confirmed (not an error a reviewer logged)."""
    return flag.status == Flag.Status.CONFIRMED and not flag.code.startswith(REVIEWER_CODE)


def fixable_flags(document: Document, codes: Iterable[str] | None = None) -> QuerySet[Flag]:
    """Open flags with a one-click fix on the document's rows that are not approved yet (an approved
    row was accepted as it is): those of the given checks, or else those of
    :data:`BATCH_CATEGORIES` and :data:`BATCH_CODES`."""
    flags = Flag.objects.filter(
        segment__document=document,
        segment__kind=Segment.Kind.CONTENT,
        status=Flag.Status.OPEN,
        has_fix=True,
        start__isnull=False,
        end__isnull=False,
    ).exclude(segment__state=SegmentState.APPROVED)
    if codes:
        return flags.filter(code__in=list(codes))
    return flags.filter(Q(category__in=BATCH_CATEGORIES) | Q(code__in=BATCH_CODES))


def fix_counts(document: Document) -> dict[str, int]:
    """The fixes a whole-document batch would apply, by check code."""
    return dict(sorted(Counter(fixable_flags(document).values_list("code", flat=True)).items()))


def unflagged_rows(document: Document, **filters) -> QuerySet[Segment]:
    """The rows of the document (narrowed by the review page's filters, see
    ``selectors.projects.document_segments``) that a reviewer may approve in one go: content rows
    with a translation (and, in a document with a source, a source: gaps are judged row by row),
    neither approved nor rejected (a rejection is a reviewer's verdict), with no open flag the
    review page shows (a dismissed one no longer holds a row back, nor does an automatic flag below
    the project's ``flag_threshold``, which the reviewer was not shown: the project's threshold,
    as for one row's approval, whichever flags the page or an API caller chose to look at)."""
    threshold = document.project.flag_threshold
    rows = (
        document_segments(document, **filters)
        .filter(kind=Segment.Kind.CONTENT, state__in=(SegmentState.DRAFT, SegmentState.NEEDS_REVIEW))
        .exclude(target_text="")
        .exclude(has_open_shown_flag(threshold))
    )
    if document.source_id:
        rows = rows.exclude(source_text="")
    return rows.distinct()


def flagged_text(flag: Flag) -> str | None:
    """What the flag marks: its span of the row's text, or None for a flag on the whole row."""
    if flag.start is None or flag.end is None:
        return None
    return flag.segment.target_text[flag.start : flag.end]


def alike_open_flags(flag: Flag) -> list[Flag]:
    """The document's other open flags a reviewer dismissing this one would dismiss for the same
    reason: the same check marking the same text (the same name in ten rows), or, for flags on a
    whole row, saying the same thing."""
    marked = flagged_text(flag)
    others = (
        Flag.objects.filter(
            segment__document_id=flag.segment.document_id, code=flag.code, status=Flag.Status.OPEN
        )
        .exclude(pk=flag.pk)
        .select_related("segment")
        .order_by("segment__index", "start", "id")
    )
    if marked is None:
        return [f for f in others.filter(start__isnull=True, message=flag.message)]
    return [f for f in others.filter(start__isnull=False, end__isnull=False) if flagged_text(f) == marked]


def check_feedback(project: Project) -> list[dict]:
    """Per check, the automatic flags of the project that are still open and those reviewers
    dismissed, most dismissed first: a check whose flags reviewers mostly dismiss is noise on this
    project's texts, which the manager can ignore on the settings page. (A flag whose text was
    corrected is replaced by the re-check, so corrections show as fewer open flags.)"""
    rows = (
        Flag.objects.filter(segment__document__project=project, origin=Flag.Origin.AUTO)
        .values("code", "category")
        .annotate(
            open=Count("id", filter=Q(status=Flag.Status.OPEN)),
            dismissed=Count("id", filter=Q(status=Flag.Status.DISMISSED)),
        )
        .order_by()
    )
    out = [
        {**r, "dismissed_share": round(100 * r["dismissed"] / (r["open"] + r["dismissed"]))}
        for r in rows
        if r["open"] + r["dismissed"]
    ]
    out.sort(key=lambda r: (-r["dismissed_share"], -(r["open"] + r["dismissed"]), r["code"]))
    return out


ISSUE_COLUMNS = (
    "document",
    "row",
    "state",
    "source",
    "translation",
    "marked",
    "category",
    "severity",
    "check",
    "message",
    "origin",
    "status",
    "dismissed_by",
    "dismiss_reason",
    "confidence",
)


def issue_report(project: Project, *, low_flags: bool = False) -> Iterator[tuple]:
    """The flags of the project's documents, one row each in :data:`ISSUE_COLUMNS` order, document
    by document and row by row: the issue list a language-quality report hands over (open,
    dismissed with who and why, and the reviewers' own issues), read in one streamed query. Like
    the QA report, it leaves out the open automatic flags below the project's ``flag_threshold``
    unless ``low_flags`` asks for every flag; each automatic flag's confidence is in its line."""
    flags = (
        Flag.objects.filter(
            confident(None if low_flags else project.flag_threshold), segment__document__project=project
        )
        .select_related("segment__document", "dismissed_by")
        .order_by("segment__document__name", "segment__index", "start", "id")
    )
    for f in flags.iterator(chunk_size=2000):
        seg = f.segment
        marked = seg.target_text[f.start : f.end] if f.start is not None and f.end is not None else ""
        yield (
            seg.document.name,
            seg.index + 1,
            seg.state,
            seg.source_text,
            seg.target_text,
            marked,
            f.category,
            f.severity,
            f.code,
            f.message,
            f.origin,
            f.status,
            f.dismissed_by.get_username() if f.dismissed_by else "",
            f.dismiss_reason,
            _confidence_cell(f),
        )


def _confidence_cell(flag: Flag) -> str:
    """A flag's confidence as the issue list writes it: two decimals, empty for a reviewer's."""
    value = flag_confidence(flag)
    return "" if value is None else f"{value:.2f}"
