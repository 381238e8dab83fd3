"""How a time relates to an event, turned around: a streak told as a gap, a deadline as a start,
a first time as a repeat.

连续五年 "five years in a row" and 时隔五年 "after a gap of five years" share their number and
unit, and Japanese renders them with set forms that say opposite things: 5年連続 and 5年ぶり. MT
keeps the figure and reaches for the wrong form, and the number checks see nothing amiss. Likewise
年底前 "before the year's end" is 年末までに, and 年末から "from the year's end" keeps every word
of it but moves the date from a deadline to a start. Each relation is read from a closed set of
Chinese words and the Japanese set forms; the number must be the same on both sides, so that a
sentence holding two figures is judged by the one each form carries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.numbers import cjk_value

_NUMBER = r"(\d+|[一二两三四五六七八九十百]+)"
#: Chinese time units and the Japanese counters that render them.
_UNITS = {"年": "年", "届": "回", "次": "回", "个月": "カ月", "天": "日", "周": "週", "季度": "四半期"}
_ZH_UNIT = "(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")"
#: A streak: 连续五年, 连续3届.
_STREAK_RE = re.compile(f"连续{_NUMBER}{_ZH_UNIT}")
#: A gap before a recurrence: 时隔五年, 相隔10年, 十年来首次, 五年后再次.
_GAP_RE = re.compile(
    f"(?:[时相]隔|阔别){_NUMBER}(?:多)?{_ZH_UNIT}|{_NUMBER}(?:多)?{_ZH_UNIT}(?:来首次|来第一次|后再次|后重新|之后再次)"
)
_JA_COUNTER = r"(?:年|回|カ月|か月|ヶ月|ケ月|日|週|四半期)"
_JA_GAP_RE = re.compile(rf"(\d+)({_JA_COUNTER})ぶり")
_JA_STREAK_RE = re.compile(rf"(\d+)({_JA_COUNTER})連続|連続(\d+)({_JA_COUNTER})")
#: A deadline: 年底前, 6月底前, 9月30日前 (not 三年前 "three years ago", nor 个月前).
_DEADLINE_RE = re.compile(
    r"(?:年底|年末|月底|月末|\d+月(?:\d+日|底|末)?|[一二三四五六七八九十]+月(?:底|末)?)前(?![后往夕])"
)
#: The same date as a start in the target: 年末から, 6月末から, 9月30日から.
_JA_START_RE = re.compile(r"(年末|月末|年内|\d+月(?:\d+日|末)?)から")

#: A first time (首次 "for the first time") and what would make a repeat of it right after all.
_FIRST_RE = re.compile("首次|首度|第一次|首届")
_REPEAT_ZH_RE = re.compile("再|又|重新|重返|恢复|回归|二度|第二")
_JA_AGAIN_RE = re.compile("再び|再度|改めて")


def _figure_and_counter(m: re.Match[str]) -> tuple[str, str]:
    """The figure and the counter of a set form, in whichever order it writes them (5年連続,
    連続5年)."""
    groups = [g for g in m.groups() if g is not None]
    return groups[0], groups[1]


def _value(text: str) -> float | None:
    return float(text) if text.isdigit() else cjk_value(text)


_FIGURE_RE = re.compile(_NUMBER)


def _numbers(pattern: re.Pattern[str], text: str) -> set[float]:
    """The figures the pattern's matches in ``text`` carry (五 and 5 alike)."""
    found: set[float] = set()
    for m in pattern.finditer(text):
        figure = _FIGURE_RE.search(m.group())
        value = _value(figure.group()) if figure else None
        if value is not None:
            found.add(value)
    return found


#: Each set form the target may write wrongly: its pattern, what it says, the source's relation
#: that makes it wrong, the one that makes it right, and the form Japanese writes instead.
_SET_FORMS = (
    (_JA_GAP_RE, "is the first time after a gap; the source's 连续 is a streak", _STREAK_RE, _GAP_RE, "連続"),
    (
        _JA_STREAK_RE,
        "says 'in a row'; the source tells a recurrence after a gap",
        _GAP_RE,
        _STREAK_RE,
        "ぶり",
    ),
)


class TimeRelationReversed(Check):
    """连续N年 rendered N年ぶり (or 时隔N年 rendered N年連続), a deadline (年底前) rendered as
    the date something starts (年末から) with no まで in the target, and 首次 "for the first time"
    rendered 再び where the source repeats nothing: the figure is right and the relation is the
    opposite."""

    code = "mistranslation-time-relation"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "A streak told as a gap, a deadline as a start or a first time as a repeat (连续五年 → "
        "5年ぶり for 5年連続, 年底前 → 年末から for 年末までに)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        source, target = seg.source, seg.target
        set_forms = _SET_FORMS if "ぶり" in target or "連続" in target else ()
        for found, said, meant, unmeant, form in set_forms:
            figures = _numbers(meant, source) - _numbers(unmeant, source)
            if not figures:
                continue
            for m in found.finditer(target):
                figure, counter = _figure_and_counter(m)
                if float(figure) in figures:
                    right = f"{figure}{counter}{form}"
                    yield Finding(
                        f"'{m.group()}' {said}, which Japanese writes {right}", m.start(), m.end(), right
                    )
        first = _FIRST_RE.search(source)
        again = _JA_AGAIN_RE.search(target) if first and not _REPEAT_ZH_RE.search(source) else None
        if first and again:
            yield Finding(
                f"'{again.group()}' tells a repeat; the source says it is the first time "
                f"({first.group()}: 初めて)",
                again.start(),
                again.end(),
            )
        if "から" in target and "まで" not in target:
            start = _JA_START_RE.search(target)
            deadline = _DEADLINE_RE.search(source)
            if start and deadline and "从" not in source and "起" not in source:
                yield Finding(
                    f"'{start.group()}' makes a start of what the source gives as a deadline "
                    f"({deadline.group()}: {start.group(1)}までに)",
                    start.start(),
                    start.end(),
                    f"{start.group(1)}までに",
                )
