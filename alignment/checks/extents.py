"""How a change relates to its figure, turned around: a change to a figure told as a change by it.

压缩至1.5小时以内 "cut to within 1.5 hours" and 缩短1.5小时 "cut by 1.5 hours" share the figure and
the verb; 至, 到 and 为 make the figure where the change ends, their absence the size of the change.
Japanese marks the same with a particle: 1.5時間以内に短縮 (to), 1.5時間短縮 (by). MT drops the
particle or adds one and the sentence states another quantity, which the number checks, comparing
values, cannot see. The change words are polarity's closed lists; the figure must be the same on
both sides, so that a sentence with two figures is judged by the one each change carries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.numbers import find_numbers, numeral_value
from alignment.checks.polarity import ZH_DOWN_BEFORE_FIGURE, ZH_UP_BEFORE_FIGURE

# The change words before a figure, single characters too (增至, 降到, 升至, 跌至): the longer words
# are tried first.
_CHANGE = "|".join(sorted(ZH_UP_BEFORE_FIGURE | ZH_DOWN_BEFORE_FIGURE, key=len, reverse=True))
#: A change to a figure: 降至3%, 压缩到2小时以内, 提高到80%, 增至120亿元 (约 and 近 may come between).
_ZH_TO_RE = re.compile(
    rf"(?:{_CHANGE})了?(?:到|至)\s*(?:约|近|超过|不到|不足)?\s*(?=[\d零〇一二两三四五六七八九十百千])"
)
#: A change by a figure: 增长21.7%, 下降了3个百分点, 缩短1.5小时 (not 增长率, nor 至 after it).
_ZH_BY_RE = re.compile(rf"(?:{_CHANGE})了?\s*(?:约|近|超过)?\s*(?=[\d一二两三四五六七八九十])")
#: Japanese words of change that may follow a figure directly (1.5時間短縮, 21.7%増).
_JA_CHANGE_RE = re.compile(
    "短縮|削減|減少|縮小|低下|下落|圧縮|増加|増大|拡大|上昇|向上|伸長|引き上げ|引き下げ|アップ|ダウン|増|減"
)
#: What a figure the change ends at is followed by in Japanese: に, まで, へ.
_JA_TO_RE = re.compile("に|まで|へ")
#: The unit between a figure and what follows it (時間, %, 億元, ポイント), with a bound after it
#: (以内, 以上: 20ポイント以上下落 is by more than 20 points): anything but kana or a break.
_UNIT_RE = re.compile(r"[^\u3041-\u309f、。，,\s\d]{0,6}")
#: A bound written in kana after the unit (1時間足らず短縮, 3割あまり減少).
_JA_KANA_BOUND_RE = re.compile("足らず|あまり|ほど|近く|弱")


def _extent(target: str, end: int) -> tuple[str, int, int] | None:
    """Whether the figure ending at ``end`` is where a change ends ("to") or its size ("by"), with
    the span of the change word that says so; None when no change word follows the figure."""
    tail = target[end : end + 16]
    unit = _UNIT_RE.match(tail)
    for cut in range(unit.end() + 1 if unit else 1):
        bound = _JA_KANA_BOUND_RE.match(tail, cut)
        cut = bound.end() if bound else cut
        rest = tail[cut:]
        change = _JA_CHANGE_RE.match(rest)
        if change:
            return "by", end + cut, end + cut + change.end()
        to = _JA_TO_RE.match(rest)
        if to:
            after = rest[to.end() :]
            change = _JA_CHANGE_RE.match(after)
            if change:
                at = end + len(tail) - len(after)
                return "to", at, at + change.end()
    return None


#: A fraction: 三分之一 "one third" in Chinese, 3分の1 in Japanese (denominator first in both).
_ZH_FRACTION_RE = re.compile(
    r"(?<![\d一二两三四五六七八九十])([\d一二两三四五六七八九十]+)分之([\d一二两三四五六七八九十]+)"
)
_JA_FRACTION_RE = re.compile(r"(?<!\d)(\d+)分の(\d+)")


def _fraction(denominator: str, numerator: str) -> float | None:
    den, num = numeral_value(denominator), numeral_value(numerator)
    return round(num / den, 6) if den and num is not None else None


def _figures(pattern: re.Pattern[str], source: str) -> set[float]:
    starts = {m.end() for m in pattern.finditer(source)}
    figures = {round(n.value, 6) for n in find_numbers(source) if n.start in starts}
    for m in _ZH_FRACTION_RE.finditer(source):
        if m.start() in starts and (value := _fraction(m.group(1), m.group(2))) is not None:
            figures.add(value)
    return figures


def _target_figures(target: str) -> list[tuple[float, int, int]]:
    """The target's figures (value, start, end), a fraction (3分の1) read whole."""
    fractions = [(m, _fraction(m.group(1), m.group(2))) for m in _JA_FRACTION_RE.finditer(target)]
    out = [(v, m.start(), m.end()) for m, v in fractions if v is not None]
    inside = {i for _, a, b in out for i in range(a, b)}
    out += [(round(n.value, 6), n.start, n.end) for n in find_numbers(target) if n.start not in inside]
    return out


class ChangeToAsBy(Check):
    """降至3% "fell to 3%" rendered 3%低下 "fell by 3%", or 增长20% "grew by 20%" rendered 20%に増加
    "grew to 20%": the figure and the change are right, what the figure measures is not."""

    code = "mistranslation-extent"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "A change to a figure told as a change by it, or the other way (压缩至1.5小时 → "
        "1.5時間短縮 for 1.5時間に短縮)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        source, target = seg.source_norm, seg.target_norm
        to = _figures(_ZH_TO_RE, source)
        by = _figures(_ZH_BY_RE, source) - to
        if not to and not by:
            return
        for value, n_start, n_end in _target_figures(target):
            if target.startswith("倍", n_end):
                continue  # 增长1.2倍 as 1.2倍に増加: a multiple, number-multiple's to judge
            if (value not in to and value not in by) or (value in to and value in by):
                continue
            read = _extent(target, n_end)
            if read is None:
                continue
            kind, start, end = read
            if kind == "by" and value in to:
                yield Finding(
                    f"'{target[n_start:end]}' gives the figure as the size of the change; the source "
                    f"makes it where the change ends (至/到: {target[n_start:n_end]}…に{target[start:end]})",
                    n_start,
                    end,
                )
            elif kind == "to" and value in by:
                yield Finding(
                    f"'{target[n_start:end]}' makes the figure where the change ends; the source gives "
                    "it as the size of the change",
                    n_start,
                    end,
                )
