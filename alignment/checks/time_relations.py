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

from alignment.bridge import to_kanji
from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.numbers import numeral_value
from alignment.checks.origins import segmented

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
#: A deadline: 年底前, 6月底前, 9月30日前 (not 三年前 "three years ago", nor 个月前), and the
#: date a count runs to: 截至2024年底 "as of the end of 2024".
_DEADLINE_RE = re.compile(
    r"(?:年底|年末|月底|月末|\d+月(?:\d+日|底|末)?|[一二三四五六七八九十]+月(?:底|末)?)前(?![后往夕])"
    r"|(?:截至|截止到?|截止至)(?:\d{4}年[底末]|年底|年末|(?:\d{4}年)?\d+月(?:\d+日|底|末)?)"
)
#: A start: 2015年以来 "since 2015", 2015年起; and the same year as an end in the target (2015年まで).
_SINCE_RE = re.compile(r"(?<!\d)(\d{4})年(?:\d{1,2}月)?(?:以来|起)")
_JA_UNTIL_RE = re.compile(r"(?<!\d)(\d{4})年(?:\d{1,2}月)?まで(?!に)")
_JA_SINCE_RE = re.compile(r"以来|以降|から")
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


_FIGURE_RE = re.compile(_NUMBER)


def _numbers(pattern: re.Pattern[str], text: str) -> set[float]:
    """The figures the pattern's matches in ``text`` carry (五 and 5 alike)."""
    found: set[float] = set()
    for m in pattern.finditer(text):
        figure = _FIGURE_RE.search(m.group())
        value = numeral_value(figure.group()) if figure else None
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
    """连续N年 rendered N年ぶり (or 时隔N年 rendered N年連続), a deadline (年底前) or the date a
    count runs to (截至6月30日) rendered as the date something starts (年末から) with no まで in the
    target, a start (2015年以来) rendered as an end (2015年まで), and 首次 "for the first time"
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
        since = {m.group(1) for m in _SINCE_RE.finditer(source)}
        if since and not _JA_SINCE_RE.search(target):
            for m in _JA_UNTIL_RE.finditer(target):
                if m.group(1) in since:
                    yield Finding(
                        f"'{m.group()}' makes an end of what the source gives as a start "
                        f"({m.group(1)}年以来: since)",
                        m.start(),
                        m.end(),
                    )
                    break


# --- a date counted from today -----------------------------------------------------------------

#: Chinese words that count a year, month, week or day from the time of writing, with the offset
#: each counts. 前年 is left out: it is "the year before last" and, in statistics, "the previous
#: year"; 上年 is the previous year in both.
_ZH_RELATIVE: dict[str, tuple[str, int]] = {
    "去年": ("year", -1),
    "上年": ("year", -1),
    "今年": ("year", 0),
    "本年": ("year", 0),
    "明年": ("year", 1),
    "后年": ("year", 2),
    "前天": ("day", -2),
    "昨天": ("day", -1),
    "昨日": ("day", -1),
    "今天": ("day", 0),
    "明天": ("day", 1),
    "后天": ("day", 2),
    "上个月": ("month", -1),
    "上月": ("month", -1),
    "本月": ("month", 0),
    "这个月": ("month", 0),
    "下个月": ("month", 1),
    "下月": ("month", 1),
    "上周": ("week", -1),
    "上星期": ("week", -1),
    "本周": ("week", 0),
    "这周": ("week", 0),
    "下周": ("week", 1),
    "下星期": ("week", 1),
}
#: The Japanese words of the same kind. 前年 is "the previous year" of a past date as often as of
#: today (前年比), so it counts as neither; 今日 may be "nowadays" and is read as today, as 今天
#: may be.
_JA_RELATIVE: dict[str, tuple[str, int]] = {
    "一昨年": ("year", -2),
    "昨年": ("year", -1),
    "去年": ("year", -1),
    "今年": ("year", 0),
    "本年": ("year", 0),
    "来年": ("year", 1),
    "明年": ("year", 1),
    "再来年": ("year", 2),
    "一昨日": ("day", -2),
    "おととい": ("day", -2),
    "昨日": ("day", -1),
    "きのう": ("day", -1),
    "今日": ("day", 0),
    "本日": ("day", 0),
    "明日": ("day", 1),
    "あす": ("day", 1),
    "明後日": ("day", 2),
    "あさって": ("day", 2),
    "先月": ("month", -1),
    "今月": ("month", 0),
    "来月": ("month", 1),
    "先週": ("week", -1),
    "今週": ("week", 0),
    "来週": ("week", 1),
}


def _relative_re(words: dict[str, tuple[str, int]]) -> re.Pattern[str]:
    return re.compile("|".join(sorted(words, key=len, reverse=True)))


_ZH_RELATIVE_RE = _relative_re(_ZH_RELATIVE)
_JA_RELATIVE_RE = _relative_re(_JA_RELATIVE)
#: A comparison with the same period of the year before: its year is last year's.
_YEAR_ON_YEAR_RE = re.compile("同比|同期")


class RelativeDateShifted(Check):
    """A date counted from today moved to another: 明年 "next year" rendered 昨年, 上周 "last week"
    rendered 来週. The year, month, week or day the source counts from the time of writing must be
    the one the target counts; a target word of the same kind that counts one the source never
    names is another date."""

    code = "mistranslation-relative-date"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "A date counted from today rendered as another (明年 'next year' → 昨年, 上周 → 来週)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        said: dict[str, set[int]] = {}
        for m in _ZH_RELATIVE_RE.finditer(seg.source):
            kind, offset = _ZH_RELATIVE[m.group()]
            said.setdefault(kind, set()).add(offset)
        if not said:
            return
        if "year" in said and _YEAR_ON_YEAR_RE.search(seg.source):
            said["year"].add(-1)  # 今年…同比增长: 昨年同期比 names the year the source compares with
        for m in _JA_RELATIVE_RE.finditer(seg.target):
            kind, offset = _JA_RELATIVE[m.group()]
            offsets = said.get(kind)
            if offsets and offset not in offsets:
                meant = " or ".join(
                    w for w, (k, o) in _ZH_RELATIVE.items() if k == kind and o in offsets and len(w) == 2
                )
                yield Finding(
                    f"'{m.group()}' is another {kind} than the source's {meant or kind}",
                    m.start(),
                    m.end(),
                )
                return


# --- a period of the year, and what a change is measured against --------------------------------

#: The source's halves and quarters of the year, and the target's, by what they name.
_ZH_PERIODS = (
    (re.compile("上半年"), "H1"),
    (re.compile("下半年"), "H2"),
    (re.compile("(?:第)?[一1]季度"), "Q1"),
    (re.compile("(?:第)?[二2]季度"), "Q2"),
    (re.compile("(?<![前])(?:第)?[三3]季度"), "Q3"),
    (re.compile("(?:第)?[四4]季度"), "Q4"),
)
_JA_PERIODS = (
    (re.compile("上半期|上期|1～6月|1-6月"), "H1"),
    (re.compile("下半期|下期|7～12月|7-12月"), "H2"),
    (re.compile("第1四半期|1～3月期|1-3月期"), "Q1"),
    (re.compile("第2四半期|4～6月期|4-6月期"), "Q2"),
    (re.compile("第3四半期|7～9月期|7-9月期"), "Q3"),
    (re.compile("第4四半期|10～12月期|10-12月期"), "Q4"),
)
_PERIOD_NAMES = {
    "H1": "上半期",
    "H2": "下半期",
    "Q1": "第1四半期",
    "Q2": "第2四半期",
    "Q3": "第3四半期",
    "Q4": "第4四半期",
}
#: 同比 compares with the same period a year before, 环比 with the period just before.
_ZH_YEAR_ON_YEAR_RE = re.compile("同比")
_ZH_PERIOD_ON_PERIOD_RE = re.compile("环比|環比")
_JA_YEAR_ON_YEAR_RE = re.compile("前年|昨年同|前年同")
_JA_PERIOD_ON_PERIOD_RE = re.compile("前月比|前期比|前四半期比|前週比|前月から|前期から")


class PeriodChanged(Check):
    """A half or quarter of the year rendered as another (上半年 → 下半期, 一季度 → 第3四半期), or a
    change measured against another period (环比 "on the previous period" → 前年同月比, 同比 →
    前月比)."""

    code = "mistranslation-period"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "A half or quarter of the year, or the period a change is measured against, rendered as "
        "another (上半年 → 下半期, 环比 → 前年同月比)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        source, target = seg.source, seg.target_norm
        said = {name for pattern, name in _ZH_PERIODS if pattern.search(source)}
        if said:
            for pattern, name in _JA_PERIODS:
                m = pattern.search(target)
                if m and name not in said and name[0] in {s[0] for s in said}:
                    meant = "、".join(_PERIOD_NAMES[s] for s in sorted(said) if s[0] == name[0])
                    yield Finding(
                        f"'{m.group()}' is another part of the year than the source's ({meant})",
                        m.start(),
                        m.end(),
                    )
                    return
        year, period = _ZH_YEAR_ON_YEAR_RE.search(source), _ZH_PERIOD_ON_PERIOD_RE.search(source)
        if period and not year and not _JA_PERIOD_ON_PERIOD_RE.search(target):
            m = _JA_YEAR_ON_YEAR_RE.search(target)
            if m:
                yield Finding(
                    f"'{m.group()}' compares with a year before; the source's 环比 compares with the period just before (前月比, 前期比)",
                    m.start(),
                    m.end(),
                )
        elif year and not period and not _JA_YEAR_ON_YEAR_RE.search(target):
            m = _JA_PERIOD_ON_PERIOD_RE.search(target)
            if m:
                yield Finding(
                    f"'{m.group()}' compares with the period just before; the source's 同比 compares with a year before (前年同期比)",
                    m.start(),
                    m.end(),
                )


# --- before and after -----------------------------------------------------------------------------

#: The source's words that place an event before or after the word in front of them.
_ZH_BEFORE = frozenset({"前", "之前", "以前"})
_ZH_AFTER = frozenset({"后", "之后", "以后"})
#: What follows the event's word in the target: 会議の前に, 開幕に先立ち, 終了後, 署名を受けて.
_JA_BEFORE_RE = re.compile(r"(?:[^、。\s]{0,3}?)(?:前|以前|に先立|を前に|まで)")
_JA_AFTER_RE = re.compile(r"(?:[^、。\s]{0,3}?)(?:後|以降|あと|を受け|を終え|に続)")
_HAN_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def _events(source: str) -> list[tuple[str, str]]:
    """The source's events placed in time (the word, or the two words, before 前 or 后), each
    with "before" or "after"."""
    words = [w for _, w in segmented(source)]
    out = []
    for k, word in enumerate(words):
        side = "before" if word in _ZH_BEFORE else "after" if word in _ZH_AFTER else None
        if side is None:
            continue
        for back in (1, 2):
            if k - back >= 0 and _HAN_RE.match(words[k - back]) and numeral_value(words[k - back]) is None:
                out.append((words[k - back], side))
    return out


class BeforeAsAfter(Check):
    """An event the source places before something (开幕前, 访问之前) that the target places after
    it (開幕後, 訪問後), or the other way. The event is found in the target by the Japanese form of
    its word (so 签约之前 rendered 調印後 escapes it: 調印 is no form of 签约), and the side by what
    follows it there; a target that says both is left alone."""

    code = "mistranslation-before-after"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "Before rendered as after, or after as before (开幕前 'before the opening' → 開幕後)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        source, target = seg.source_norm, seg.target_norm
        if not ("前" in source or "后" in source):
            return
        for event, side in _events(source):
            word = to_kanji(event)
            said: dict[str, tuple[int, int]] = {}  # the side the target gives → where it says so
            start = target.find(word)
            while start >= 0:
                after = start + len(word)
                for name, pattern in (("before", _JA_BEFORE_RE), ("after", _JA_AFTER_RE)):
                    m = pattern.match(target, after, after + 8)
                    if m and name not in said:
                        said[name] = (after, m.end())
                start = target.find(word, start + 1)
            other = "after" if side == "before" else "before"
            if other in said and side not in said:
                at, end = said[other]
                yield Finding(
                    f"'{word}{target[at:end]}' places {word} {other} where the source says {side}",
                    at,
                    end,
                )
                return
