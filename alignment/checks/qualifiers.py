"""A figure's qualifier dropped: 超过5万人 "over 50,000" rendered 5万人, 约12亿元 rendered 12億元.

MT keeps a figure and loses the word that bounds it (超过, 约, 近, 不到, 多, 余, 以上, 左右), and
the number checks, comparing values, see the figure rendered. The bound is part of the claim: 5万人
is a count, 超过5万人 a floor. The source's qualifiers of a figure are closed lists of words before
it and after it; the target renders one with any of Japanese's ways of bounding or approximating a
figure (約, 超, 以上, 余り, 近く, 前後, 未満, を超える …) near the same figure.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.numbers import Number, find_numbers

#: Words before a figure that bound it: over, nearly, about, under, at least, at most.
_ZH_BEFORE_RE = re.compile(
    r"(?:超过|超出|逾|将近|接近|(?<![最附临靠贴亲])近|(?<![签节预条公合协规契制盟相邀履违特])约|大约|大概|不到|不足|低于|少于"
    r"|高于|至少|最少|最多|不少于|不低于)\s*$"
)
#: 近十年来 "over the last ten years" is a period, not a bound.
_ZH_RECENT_RE = re.compile(r"^[^，。]{0,3}?(?:年|个月|天)来")
#: Words after a figure (and its unit or measure word) that bound it: 多, 余, 以上, 左右 ….
_ZH_AFTER_RE = re.compile(
    r"^(?:[万亿千百]?[个名家项件人次台辆年天岁位所座场批种只头吨元]?(?:多|余|出头)(?![萨吉斯年来])|[^\d，。、；]{0,3}?(?:以上|左右|以下|以内|开外))"
)
#: Japanese ways of bounding or approximating a figure, before or after it.
_JA_QUALIFIER_RE = re.compile(
    r"約|およそ|ほぼ|近く|近い|超|以上|余り|余|あまり|強|弱|前後|程度|ほど|未満|以下|以内|足らず|少なくとも|最低|最大|最多"
    r"|上回|下回|上る|のぼる|達し|に迫|迫る|近づ|満た|とどま|止ま|数"
)
_WINDOW_BEFORE = 6
_WINDOW_AFTER = 12


def _qualified(source: str) -> dict[float, str]:
    """The source's figures that a word bounds, with the word."""
    out: dict[float, str] = {}
    for n in find_numbers(source):
        if n.value <= 2:
            continue  # 近一倍 "nearly double" is 2倍近く: 一 and 两 are read too freely to match
        before = _ZH_BEFORE_RE.search(source, max(0, n.start - 4), n.start)
        if before and before.group().strip() == "近" and _ZH_RECENT_RE.match(source[n.end : n.end + 6]):
            before = None
        after = _ZH_AFTER_RE.match(source[n.end : n.end + 8])
        if before or after:
            word = (
                before.group().strip() if before else after.group().lstrip("万亿千百")[-2:] if after else ""
            )
            out[round(n.value, 6)] = word
    return out


def _unqualified_figure(
    target: str, values: Collection[float], words: re.Pattern[str], before: int, after: int
) -> Number | None:
    """The target's first figure of ``values`` (the source's qualified figures), if none of the
    target's figures of those values has one of ``words`` within ``before`` characters before it
    or ``after`` after it: the figure rendered, what the source said of it not."""
    found = [n for n in find_numbers(target) if round(n.value, 6) in values]
    if not found or any(words.search(target, max(0, n.start - before), n.end + after) for n in found):
        return None
    return found[0]


class QualifierDropped(Check):
    """A figure of the source that a word bounds (超过, 约, 余, 以上 …) is in the target with no word
    that bounds or approximates it nearby."""

    code = "omission-qualifier"
    category = "omission"
    severity = "minor"
    description = gettext_noop(
        "A figure's bound or approximation is dropped (超过5万人 'over 50,000' → 5万人)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        source, target = seg.source_norm, seg.target_norm
        qualified = _qualified(source)
        if not qualified:
            return
        n = _unqualified_figure(target, qualified, _JA_QUALIFIER_RE, _WINDOW_BEFORE, _WINDOW_AFTER)
        if n is None:
            return
        yield Finding(
            f"'{target[n.start : n.end]}' drops the source's {qualified[round(n.value, 6)]} (約, 超, 以上, 余り …)",
            n.start,
            n.end,
        )


# --- a bound turned around -----------------------------------------------------------------------

#: The source's floors (over, at least) and ceilings (under, at most) of a figure.
_ZH_FLOOR_BEFORE_RE = re.compile(r"(?:超过|超出|逾|至少|不少于|不低于|高于|多于)\s*$")
_ZH_CEILING_BEFORE_RE = re.compile(r"(?:不到|不足|(?<!不)低于|(?<!不)少于|不超过|最多|至多)\s*$")
_ZH_FLOOR_AFTER_RE = re.compile(r"^[^\d，。、；]{0,3}?以上")
_ZH_CEILING_AFTER_RE = re.compile(r"^[^\d，。、；]{0,3}?(?:以下|以内)")
#: The target's: 以上, 超, を超える, 余り, 少なくとも against 以下, 以内, 未満, に満たない, 足らず.
_JA_FLOOR_RE = re.compile(r"以上|超え|超|上回|余り|少なくとも|最低")
_JA_CEILING_RE = re.compile(r"以下|以内|未満|満た|足らず|下回|最大|最多")
#: An estimate after a figure (20人程度, 3割前後): no bound either way.
_JA_ABOUT_RE = re.compile("程度|前後|ほど|くらい|ぐらい")
#: Where the next figure starts: a bound after it is that figure's (10億元から3,600億元超).
_NEXT_FIGURE_RE = re.compile(r"[\d０-９、。]")


def _bounds(source: str) -> dict[float, str]:
    """The source's figures with a floor ("floor") or a ceiling ("ceiling")."""
    out: dict[float, str] = {}
    for n in find_numbers(source):
        before = source[max(0, n.start - 4) : n.start]
        after = source[n.end : n.end + 6]
        floor = _ZH_FLOOR_BEFORE_RE.search(before) or _ZH_FLOOR_AFTER_RE.match(after)
        ceiling = _ZH_CEILING_BEFORE_RE.search(before) or _ZH_CEILING_AFTER_RE.match(after)
        if bool(floor) != bool(ceiling):
            out[round(n.value, 6)] = "floor" if floor else "ceiling"
    return out


class BoundReversed(Check):
    """A floor of the source rendered as a ceiling, or a ceiling as a floor: Ⅱ类以上 "class II or
    better" as Ⅱ類以下, 不到50% "under 50%" as 50%以上; or either as an estimate (不少于20名 "no
    fewer than 20" as 20人程度)."""

    code = "mistranslation-bound"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "A figure's floor rendered as a ceiling, or the other way (50%以上 for 不到50%, Ⅱ類以下 for Ⅱ类以上)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        bounds = _bounds(seg.source_norm)
        if not bounds:
            return
        target = seg.target_norm
        for n in find_numbers(target):
            kind = bounds.get(round(n.value, 6))
            if kind is None:
                continue
            window = _NEXT_FIGURE_RE.split(target[n.end : n.end + _WINDOW_AFTER], maxsplit=1)[0]
            floor, ceiling = _JA_FLOOR_RE.search(window), _JA_CEILING_RE.search(window)
            said = "at least or over" if kind == "floor" else "at most or under"
            wrong = (
                ceiling
                if kind == "floor" and not floor
                else floor
                if kind == "ceiling" and not ceiling
                else None
            )
            if wrong:
                yield Finding(
                    f"'{wrong.group()}' bounds {target[n.start : n.end]} the other way: the source says {said}",
                    n.end + wrong.start(),
                    n.end + wrong.end(),
                )
                return
            about = _JA_ABOUT_RE.search(window)
            if about and not floor and not ceiling:
                yield Finding(
                    f"'{about.group()}' makes {target[n.start : n.end]} an estimate: the source says {said}",
                    n.end + about.start(),
                    n.end + about.end(),
                )
                return


# --- "only" dropped -------------------------------------------------------------------------------

#: "Only" before a figure: 仅3天, 只有5家, 仅仅两年, 仅用了3天 (not 不仅 "not only", nor 只要 "as long as").
_ZH_ONLY_RE = re.compile(r"(?<!不)(?:仅仅|仅有|仅|只有|只)(?:用了|用|需要|需|花了|有)?\s*$")
#: Japanese ways of saying "only" around a figure: わずか, のみ, だけ, しか, たった, に過ぎない, にとどまる,
#: a time still short (まだ3年) or close (5週間後に迫る), and the least it takes (最短40分).
_JA_ONLY_RE = re.compile(
    r"わずか|僅か|のみ|だけ|しか|たった|過ぎ|すぎ|とどま|止ま|限ら|限り|まだ|迫|最短|最速"
)
_ONLY_WINDOW_BEFORE = 8
_ONLY_WINDOW_AFTER = 14


class OnlyDropped(Check):
    """A figure the source says is only that much (仅3天 "only three days") in the target with no
    word for "only" near it: the figure is right and what the source says of it is lost."""

    code = "omission-only"
    category = "omission"
    severity = "minor"
    description = gettext_noop("'Only' before a figure dropped (仅3天 'only three days' → 3日で).")

    def check(self, seg: Segment) -> Iterator[Finding]:
        source, target = seg.source_norm, seg.target_norm
        if "仅" not in source and "只" not in source:
            return
        only = {
            round(n.value, 6)
            for n in find_numbers(source)
            if _ZH_ONLY_RE.search(source, max(0, n.start - 5), n.start)
        }
        if not only:
            return
        n = _unqualified_figure(target, only, _JA_ONLY_RE, _ONLY_WINDOW_BEFORE, _ONLY_WINDOW_AFTER)
        if n is None:
            return
        yield Finding(
            f"'{target[n.start : n.end]}' drops the source's 'only' (わずか, のみ, だけ …)", n.start, n.end
        )
