"""A row's history read against the row as it is now: any earlier version compared with the
current text (track changes beyond each entry's own diff against its predecessor)."""

from __future__ import annotations

from alignment.diff import Op, diff
from workbench.models import Revision


def version_text(revision: Revision, side: str = "after") -> str | None:
    """The row's text as this change left it (``side="after"``) or found it (``"before"``); None
    for a change that recorded no text of the row (a comment, an alignment edit's several rows)."""
    text = getattr(revision, side).get("target_text")
    return text if isinstance(text, str) else None


def against_current(
    revision: Revision, current_text: str, side: str = "after"
) -> list[tuple[Op, str]] | None:
    """That version turned into the current text, as ``alignment.diff`` runs (only ``equal`` runs
    when the row reads the same again), so a reviewer sees at once everything done since any
    point, not only change by change; None where the entry holds no version of the text. The
    oldest change's ``before`` is the text as imported (the machine translation) unless an
    alignment edit made the row."""
    text = version_text(revision, side)
    return None if text is None else diff(text, current_text)
