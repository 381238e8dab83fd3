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
from alignment.checks.numbers import numeral_value

_NUMERAL = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_DATE_RE = re.compile(rf"({_NUMERAL})\s*月\s*({_NUMERAL})\s*[日号號]")


def dates(text: str) -> list[tuple[int, int, int, int]]:
    """(month, day, start, end) of each date written with 月 and 日 (or 号)."""
    out = []
    for m in _DATE_RE.finditer(text):
        month, day = numeral_value(m.group(1)), numeral_value(m.group(2))
        if month is not None and day is not None and 1 <= month <= 12 and 1 <= day <= 31:
            out.append((int(month), int(day), m.start(), m.end()))
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


# --- morning and afternoon ------------------------------------------------------------------------

#: The source's halves of the day before an hour (上午10点, 下午3时) and the target's (午前10時).
_ZH_AM_RE = re.compile(
    r"(?:上午|早上|早晨|清晨|凌晨|早)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[点點时時]"
)
_ZH_PM_RE = re.compile(
    r"(?:下午|晚上|傍晚|晚间|夜间|夜里|晚)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[点點时時]"
)
_JA_AM_RE = re.compile(r"(?:午前|早朝|未明|朝)\s*\d{1,2}\s*時")
_JA_PM_RE = re.compile(r"(?:午後|夜|夕方|晩)\s*\d{1,2}\s*時")


class ClockHalfSwapped(Check):
    """An hour of the morning given as one of the afternoon or evening, or the other way (下午3点 →
    午前3時): the figure is right, the time is twelve hours off. Only where each side names one
    half of the day."""

    code = "number-clock"
    category = "number"
    severity = "major"
    description = gettext_noop(
        "A morning hour given as an afternoon one, or the other way (下午3点 → 午前3時)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "時" not in seg.target:
            return
        source, target = seg.source_norm, seg.target_norm
        am, pm = bool(_ZH_AM_RE.search(source)), bool(_ZH_PM_RE.search(source))
        if am == pm:
            return
        wrong = _JA_PM_RE.search(target) if am else _JA_AM_RE.search(target)
        right = _JA_AM_RE.search(target) if am else _JA_PM_RE.search(target)
        if wrong and not right:
            half = "morning" if am else "afternoon or evening"
            yield Finding(
                f"'{wrong.group()}' is twelve hours off: the source gives an hour of the {half}",
                wrong.start(),
                wrong.end(),
            )
