"""A date whose month and day trade places: 3月5日 rendered 5月3日.

Both figures of the date reach the target, so the number checks, comparing values, see nothing
amiss; the date is another. Chinese and Japanese write a date the same way (month, then day, with
月 and 日), so a target date whose month and day are the source's day and month, where the
source has no such date of its own, is the source's date turned around.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.numbers import cjk_value

_NUMERAL = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_DATE_RE = re.compile(rf"({_NUMERAL})\s*月\s*({_NUMERAL})\s*[日号號]")


def _value(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    value = cjk_value(text)
    return int(value) if value is not None else None


def dates(text: str) -> list[tuple[int, int, int, int]]:
    """(month, day, start, end) of each date written with 月 and 日 (or 号)."""
    out = []
    for m in _DATE_RE.finditer(text):
        month, day = _value(m.group(1)), _value(m.group(2))
        if month is not None and day is not None and 1 <= month <= 12 and 1 <= day <= 31:
            out.append((month, day, m.start(), m.end()))
    return out


class DateSwapped(Check):
    """A target date that is a source date with its month and day exchanged (3月5日 → 5月3日)."""

    code = "number-date"
    category = "number"
    severity = "major"
    description = gettext_noop("A date with its month and day exchanged (3月5日 → 5月3日).")

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "月" not in seg.target:
            return
        source = {(m, d) for m, d, _, _ in dates(seg.source_norm)}
        if not source:
            return
        for month, day, start, end in dates(seg.target_norm):
            if (month, day) not in source and (day, month) in source and month != day:
                yield Finding(
                    f"'{seg.target[start:end]}' has the month and day of the source's {day}月{month}日 "
                    "exchanged",
                    start,
                    end,
                    f"{day}月{month}日",
                )
