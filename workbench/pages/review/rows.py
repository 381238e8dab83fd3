"""What the review page's row partial (``templates/workbench/review/_row.html``) reads, prepared once
per request.

The rows are rendered by one template, on the page and again after each action (the script fetches
the row's new HTML and swaps it in), so a row never looks two ways. The template holds the markup;
this module holds what would be slow or awkward there: every fixed label translated once per
request instead of some twenty ``{% translate %}`` calls per row (reviewers page through
2,000-segment documents, 100 rows at a time), the labels that depend on a value (a row's state, a
flag's category), the target text cut into marked and unmarked pieces, and the folding of runs of
gap rows. Nothing here queries the database: the rows come with their flags prefetched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import groupby

from django.template.loader import get_template
from django.utils.html import escape
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from workbench.flag_labels import CATEGORY_LABELS, SEVERITY_LABELS, explanation, with_explanation
from workbench.models import Flag, Segment, SegmentState
from workbench.selectors.confidence import shown
from workbench.selectors.flags import confirmed_check
from workbench.selectors.review_page import LOW_CONFIDENCE

#: How many gap rows in a row the page folds into one bar.
GAP_RUN = 2
ROW_TEMPLATE = "workbench/review/_row.html"
ROWS_TEMPLATE = "workbench/review/_rows.html"
MARKED_TEMPLATE = "workbench/review/_marked.html"


def is_gap(seg: Segment) -> bool:
    """A content row with only one side: source-only (1-0) or target-only (0-1)."""
    return seg.kind != Segment.Kind.BOILERPLATE and not (seg.source_sentences and seg.target_sentences)


def _json_list(numbers: list[int]) -> str:
    return "[" + ", ".join(str(int(n)) for n in numbers) + "]"


@dataclass(frozen=True)
class Piece:
    """A stretch of a row's Japanese: plain, or the span of an open flag (``flag``) with the
    tooltip its <mark> carries."""

    text: str
    flag: Flag | None = None
    title: str = ""


def pieces(text: str, flags: Iterable[Flag], explain: Callable[[str], str] = lambda code: "") -> list[Piece]:
    """The text cut at the spans of its open flags, outermost first where spans nest or overlap
    (a later span is clamped to what the earlier left); the tooltip says what the check looks for
    before its message where ``explain`` gives that."""
    spans = sorted(
        (
            f
            for f in flags
            if f.start is not None
            and f.end is not None
            and f.status == Flag.Status.OPEN
            and 0 <= f.start < f.end
        ),
        key=lambda f: (f.start, -f.end),
    )
    out: list[Piece] = []
    pos = 0
    for f in spans:
        start, end = max(f.start, pos), min(f.end, len(text))
        if start >= end:
            continue
        if start > pos:
            out.append(Piece(text[pos:start]))
        out.append(Piece(text[start:end], f, with_explanation(f.message, explain(f.code))))
        pos = end
    if pos < len(text):
        out.append(Piece(text[pos:]))
    return out


def highlight(
    text: str, flags: Iterable[Flag], explain: Callable[[str], str] = lambda code: ""
) -> SafeString:
    """The text, escaped, with each open flag's span as a <mark> carrying its message: the
    row partial's own markup (``_marked.html``), for pages that show a flagged text outside a row."""
    return get_template(MARKED_TEMPLATE).render({"pieces": pieces(text, flags, explain)})


def labels() -> dict[str, SafeString]:
    """Every fixed label of a row in the request's language, translated and escaped once per
    request (the template then outputs them as they are)."""
    words = {
        "confidence": _("alignment confidence"),
        "low_confidence": _("low confidence"),
        "no_source": _("no source"),
        "no_translation": _("no translation"),
        "dismissed": _("dismissed"),
        "dismiss": _("dismiss"),
        "reopen": _("reopen"),
        "confirm": _("confirm"),
        "confirm_title": _("It is an error: count it in the MQM score as a reviewer error"),
        "confirmed": _("reviewer error"),
        "suggested": _("suggested:"),
        "log_error": _("Log error"),
        "log_error_title": _(
            "Select a span of the Japanese, or of the Chinese for an omission, then log it (l)"
        ),
        "fix": _("fix"),
        "fix_delete": _("delete it"),
        "fix_title": _("Replace the marked text and save (recorded in the history)"),
        "edit": _("Edit"),
        "approve": _("Approve"),
        "reject": _("Reject"),
        "relink_prev": _("Link with previous row"),
        "relink_next": _("Link with next row"),
        "more": _("More"),
        "merge": _("Merge with next row"),
        "split": _("Split…"),
        "unlink": _("Unlink"),
        "link": _("Link with a Japanese sentence…"),
        "history": _("History"),
        "comments": _("Comments"),
        "suggest": _("TM suggestions"),
    }
    return {key: escape(text) for key, text in words.items()}


@dataclass
class FlagView:
    """One flag of a row's list, with its labels in the request's language."""

    flag: Flag
    category: str
    severity: str
    why: str
    marked: str | None  # the text a reviewer's error marks, on its side (None: whole row)
    marked_lang: str
    suggestion: bool  # a reviewer's error that suggests a correction
    reopen: bool  # dismissed, or a check's flag a reviewer confirmed
    low: bool = False  # below the project's confidence threshold (shown on request): "low-flag"


@dataclass
class RowView:
    """One row as the partial shows it."""

    seg: Segment
    id: str
    version: str
    src: str  # the sentence indices as the JSON list the script reads (data-src, data-tgt)
    tgt: str
    number: int
    classes: str
    confidence: str
    low: bool
    aria: str
    state: str
    pieces: list[Piece]
    flags: list[FlagView]
    boilerplate: bool
    split: bool
    unlink: bool
    link: bool
    actions: tuple  # what the buttons depend on besides the page's rights: their memo key


@dataclass
class Group:
    """A row alone, or a run of :data:`GAP_RUN` or more gap rows folded into one bar."""

    rows: list[RowView]
    folded_label: str = ""


@dataclass
class RowPresenter:
    """Prepares rows for one request: the language is fixed per page, so are the labels."""

    has_source: bool = True  # without one, every row is target-only and none is a gap
    flag_threshold: float | None = None  # flags shown below it are marked "low-flag"
    t: dict[str, SafeString] = field(default_factory=labels)

    def __post_init__(self) -> None:
        self._states = {value: str(label) for value, label in SegmentState.choices}
        self._categories = {value: str(label) for value, label in CATEGORY_LABELS.items()}
        self._severities = {value: str(label) for value, label in SEVERITY_LABELS.items()}
        self._segment = _("Segment %(n)s")  # the msgid {% blocktranslate %} used

    def row(self, seg: Segment) -> RowView:
        flags = list(seg.flags.all())
        low = seg.confidence < LOW_CONFIDENCE
        boilerplate = seg.kind == Segment.Kind.BOILERPLATE
        classes = (
            f"row state-{seg.state}"
            + (" boilerplate" if boilerplate else "")
            + (" low-confidence" if low else "")
        )
        split = len(seg.source_sentences) > 1 or len(seg.target_sentences) > 1
        unlink = bool(seg.source_sentences and seg.target_sentences)
        link = bool(seg.source_sentences) and not boilerplate
        prev, nxt = seg.relink_prev, seg.relink_next
        return RowView(
            seg=seg,
            id=str(seg.pk),
            version=str(seg.version),
            src=_json_list(seg.source_sentences),
            tgt=_json_list(seg.target_sentences),
            number=seg.index + 1,
            classes=classes,
            confidence=f"{seg.confidence:.2f}",
            low=low,
            aria=self._segment % {"n": seg.index + 1},
            state=self._states.get(seg.state, seg.state),
            pieces=pieces(seg.target_text, flags, explanation),
            flags=[self._flag(seg, f) for f in flags],
            boilerplate=boilerplate,
            split=split,
            unlink=unlink,
            link=link,
            actions=(boilerplate, prev and prev.pk, nxt is not None, split, unlink, link),
        )

    def _flag(self, seg: Segment, f: Flag) -> FlagView:
        reviewer = f.origin == Flag.Origin.REVIEWER
        spanned = reviewer and f.start is not None and f.end is not None
        return FlagView(
            flag=f,
            category=self._categories.get(f.category, f.category),
            severity=self._severities.get(f.severity, f.severity),
            why=explanation(f.code),
            marked=(seg.source_text if f.on_source else seg.target_text)[f.start : f.end]
            if spanned
            else None,
            marked_lang="zh-Hans" if f.on_source else "ja",
            suggestion=reviewer and f.has_fix,
            reopen=f.status == Flag.Status.DISMISSED or confirmed_check(f),
            low=not shown(f, self.flag_threshold),
        )

    def groups(self, segments: Iterable[Segment]) -> list[Group]:
        """The rows in order, each run of :data:`GAP_RUN` or more gap rows folded into one bar that
        says how many: the untranslated stretches of a partial rendering, which a reviewer skips."""
        out: list[Group] = []
        for gap, run in groupby(segments, key=lambda seg: self.has_source and is_gap(seg)):
            rows = [self.row(seg) for seg in run]
            if gap and len(rows) >= GAP_RUN:
                label = ngettext(
                    "%(n)s row without a counterpart (1-0 / 0-1)",
                    "%(n)s rows without a counterpart (1-0 / 0-1)",
                    len(rows),
                ) % {"n": len(rows)}
                out.append(Group(rows, label))
            else:
                out.extend(Group([row]) for row in rows)
        return out


def row_context(
    segments: Iterable[Segment],
    *,
    has_source: bool = True,
    fold: bool = True,
    flag_threshold: float | None = None,
) -> dict:
    """What ``_rows.html`` reads besides the viewer's rights (``can_edit``, ``can_review``,
    ``can_align``): the rows, grouped (gap runs folded unless ``fold`` is false: rows fetched one by
    one after an action stay where they are), and the labels."""
    presenter = RowPresenter(has_source=has_source, flag_threshold=flag_threshold)
    groups = presenter.groups(segments) if fold else [Group([presenter.row(seg)]) for seg in segments]
    return {"groups": groups, "t": presenter.t, "memo": {}}  # templatetags.memo: one page render


def render_rows(
    segments: Iterable[Segment],
    *,
    can_edit: bool,
    can_review: bool,
    can_align: bool,
    has_source: bool = True,
    fold: bool = True,
    flag_threshold: float | None = None,
) -> SafeString:
    """The rows as the page shows them, through the row partial (the loader keeps it compiled)."""
    context = {
        **row_context(segments, has_source=has_source, fold=fold, flag_threshold=flag_threshold),
        "can_edit": can_edit,
        "can_review": can_review,
        "can_align": can_align,
    }
    return get_template(ROWS_TEMPLATE).render(context)
