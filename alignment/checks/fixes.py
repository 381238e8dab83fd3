"""Applying one-click fixes to a text.

A flag's ``fix`` is what its span should read. Several fixes of one text are applied right to left,
so that each span is still where its check found it; a fix overlapping one already applied is left
out, and a re-check reports it again if it still applies.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar


class Fixable(Protocol):
    start: int | None
    end: int | None
    fix: str | None


F = TypeVar("F", bound=Fixable)


def apply_fixes(text: str, flags: Iterable[F]) -> tuple[str, list[F]]:
    """The text with the flags' fixes applied, and the flags applied (in text order)."""
    candidates = [f for f in flags if f.fix is not None and f.start is not None and f.end is not None]
    applied: list[F] = []
    limit = len(text)
    for flag in sorted(candidates, key=lambda f: (f.start, f.end), reverse=True):
        if flag.end > limit or flag.start > flag.end:  # type: ignore[operator]  # candidates are filtered on a set span and fix above
            continue
        text = text[: flag.start] + flag.fix + text[flag.end :]  # type: ignore[operator]  # candidates are filtered on a set span and fix above
        limit = flag.start  # type: ignore[assignment]  # candidates are filtered on a set span and fix above
        applied.append(flag)
    applied.reverse()
    return text, applied
