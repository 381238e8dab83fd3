"""The project-wide QA report (as Xbench and Verifika give it): every open flag of every document,
grouped by what a reviewer decides about at once — the same check on the same text."""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.models import Flag, Project, Segment
from workbench.selectors.confidence import confident
from workbench.selectors.flags import flagged_text
from workbench.selectors.review_page import ROWS_PER_PAGE

#: Rows listed under one group; the count says how many there are in all.
ROWS_PER_GROUP = 50


@dataclass
class QAGroup:
    """Open flags of one check on one text (or, for flags on a whole row, with one message)."""

    code: str
    category: str
    text: str | None
    message: str
    flags: list[Flag] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.flags)

    @property
    def shown(self) -> list[Flag]:
        return self.flags[:ROWS_PER_GROUP]


def row_link(seg: Segment) -> str:
    """The review page at a row: its page of the unfiltered list, the row as the anchor."""
    page = seg.index // ROWS_PER_PAGE + 1
    return f"/documents/{seg.document_id}/?page={page}#seg-{seg.pk}"


def qa_report(
    project: Project, *, category: str = "", code: str = "", low_flags: bool = False
) -> list[QAGroup]:
    """The groups, largest first (ties by check and text); a group's flags in document and row
    order. Flags below the project's confidence threshold are left out unless ``low_flags``."""
    flags = (
        Flag.objects.filter(
            confident(None if low_flags else project.flag_threshold),
            segment__document__project=project,
            status=Flag.Status.OPEN,
        )
        .select_related("segment__document")
        .order_by("segment__document__name", "segment__document_id", "segment__index", "start", "id")
    )
    if category:
        flags = flags.filter(category=category)
    if code:
        flags = flags.filter(code=code)
    groups: dict[tuple, QAGroup] = {}
    for flag in flags:
        text = flagged_text(flag)
        key = (flag.code, flag.category, text, flag.message if text is None else "")
        if key not in groups:
            groups[key] = QAGroup(flag.code, flag.category, text, flag.message)
        groups[key].flags.append(flag)
    return sorted(groups.values(), key=lambda g: (-g.count, g.code, g.text or "", g.message))
