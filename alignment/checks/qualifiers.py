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
from alignment.checks.content import HAN_RE
from alignment.checks.numbers import Number, find_numbers

#: Words before a figure that bound it: over, nearly, about, under, at least, at most.
_ZH_BEFORE_RE = re.compile(
    r"(?:超过|超出|逾|将近|接近|(?<![最附临靠贴亲])近|(?<![签节预条公合协规契制盟相邀履违特])约|大约|大概|不到|不足|低于|少于"
    r"|高于|至少|最少|最多|不少于|不低于)\s*$"
)
#: 近十年来 "over the last ten years" is a period, not a bound; so is 近三个赛季 "the last three
#: seasons" or 近两届 "the last two editions" (a span of time, 近3个月, may be either).
_ZH_RECENT_RE = re.compile(r"^[^，。]{0,3}?(?:年|个月|天)来|^[^，。]{0,2}?(?:赛季|届)")
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


# --- a bound or an approximation added ------------------------------------------------------------

#: Japanese bounds and approximations right before a figure: 約 (not the 約 of 条約, 契約, 予約,
#: 規約, 公約, 節約 …), およそ, ほぼ, 少なくとも, 最大 "up to", 最低 "at least".
_JA_BOUND_BEFORE_RE = re.compile(
    r"(?:(?<![条契予規協公集節要制誓盟婚解締特確違倹成売先黙密])約|およそ|凡そ|おおよそ|ほぼ|概ね|おおむね|ざっと"
    r"|少なくとも|最低|最大|最高|最多|最長)\s*$"
)
#: The figure's unit, between it and a bound after it: a scale word, %, a counter of a few kanji
#: or katakana (人, 億元, 件, キロ), or か所 / カ月 / ヵ国.
_JA_UNIT = r"(?:\s?(?:[%％‰]|ポイント|[かカヶケヵ箇](?:所|月|国|年)|[ァ-ヺー]{1,8}|[一-龥々]{1,3}))?"
#: Japanese bounds and approximations right after a figure and its unit: 以上, 超, 余り, 近く,
#: 前後, 程度, 未満, 足らず, を超える, に満たない, に迫る … (超党派, 強固, 余地 are no bound).
_JA_BOUND_AFTER_RE = re.compile(
    _JA_UNIT
    + r"(?:以上|以下|以内|未満|前後|程度|ほど|くらい|ぐらい|近く|足らず|余り|あまり|余(?![一-龥っるらりれろ])"
    r"|超(?:え)?(?![一-龥ァ-ヺ])|を超え|を超す|を上回|を下回|に満た|に迫|に近)"
    # 3割強, 1時間弱: after a unit only (3強 is "the big three").
    r"|\s?(?:[%％]|[ァ-ヺー]{1,8}|[一-龥々]{1,3})(?:強|弱)(?![一-龥])"
)
#: A figure that numbers a thing (国道1号, 3番地, 2丁目, 第5条): 近く after it is "near".
_JA_NUMBERING_RE = re.compile(r"\s?(?:号|番|丁目|条|区|階|棟)")
#: ... or that ranks it (第3位以上 "third or better", 第2ターミナル近く "near Terminal 2").
_JA_ORDINAL_BEFORE_RE = re.compile(r"第\s?$")
#: A date or a clock time (2020年, 11月6日, 3時): 以上 or に迫る after it is no bound of a count.
_JA_DATE_AFTER_RE = re.compile(
    r"\s?(?:月\s?\d|時(?!間)|年(?!間|以上|以下|近く|余り|前後|超|未満|以内|ほど|程度))"
)
_JA_DATE_BEFORE_RE = re.compile(r"(?:月|年)\s?$")


def _is_date(target: str, n: Number) -> bool:
    """Whether the target's figure ``n`` is part of a date or a time of day rather than a count."""
    if _JA_DATE_BEFORE_RE.search(target, max(0, n.start - 2), n.start):
        return True
    after = _JA_DATE_AFTER_RE.match(target, n.end)
    if after is None:
        return False
    return after.group().strip()[0] != "年" or 1900 <= n.value <= 2100


#: Chinese words that bound, approximate or cap a figure anywhere in its clause: the clause that
#: has one may be rendered with any bound (高达 "as much as" → 最大, 预计 "estimated" → 約).
_ZH_CLAUSE_BOUND_RE = re.compile(
    r"约|約|大概|大致|左右|上下|前[后後]|以上|以下|[以之][内內]|之[间間]|逾|超|[将將]近|接近|逼近|不到|不足|[不未][满滿]"
    r"|[低少高多大小][于於]|至少|至多|[顶頂]多|起[码碼]|最|[多高可][达達]|突破|不下|[几幾]乎|近乎|差不多|基本|出[头頭]"
    r"|[开開]外|有[余餘]|[估预預][计計估]|估算|上限|封[顶頂]|不等|以[来來]|[≥≤＞＜><]|限"
)
#: Chinese words right before a figure that bound it (not in the clause list): 近, 破, 过 (过万),
#: 前 (前三名 "the top three": 3位以内), 满 (年满18岁 "aged 18 or over": 18歳以上).
_ZH_NEAR_BEFORE_RE = re.compile(r"(?:近|破|(?<![经通])过|前|上|满)\s*$")
#: ... and right after a figure and its unit: 多, 余, 几 (二十几), 来 (十来个), 许, 强, 弱, 内 (3天内).
_ZH_NEAR_AFTER_RE = re.compile(
    r"^[万亿千百]?(?:[个名家项件人次台辆年天岁位所座场批种只头吨元成倍]|个月|公里|小时|分钟)?(?:多|余|餘|几|幾|来|來|许|許|强|強|弱|内|內|起)"
)
#: A limit around a figure: 30秒内 "within 30 seconds", 方圆200英里范围内 (30秒以内, 200マイル以内).
_ZH_WITHIN_AFTER_RE = re.compile(r"^[^\d，。、；]{0,5}?内")
#: A range: a figure right before or after 至, 到, ～, -: rendered 5%以上10%以下, it is no addition.
_ZH_RANGE_AFTER_RE = re.compile(
    r"^[^\d，。]{0,4}?(?:至|到|～|〜|~|-|－|—|–)\s*[\d一二两三四五六七八九十百千万亿]"
)
_ZH_RANGE_BEFORE_RE = re.compile(
    r"[\d一二两三四五六七八九十百千万亿][^\d，。]{0,4}?(?:至|到|～|〜|~|-|－|—|–)\s*$"
)
_ZH_CLAUSE_END = "，。；！？,;!?\n"
_CLAUSE_REACH = 40
#: A source figure that is a date or an ordinal (3月, 5日, 2号, 第3): neither plain nor bounded.
_ZH_DATE_AFTER_RE = re.compile(r"^\s?(?:月|日|号|時|时(?!间))")
_ZH_ORDINAL_BEFORE_RE = re.compile(r"第\s?$")


def _clause(text: str, start: int, end: int) -> str:
    """The clause of ``text`` that holds ``text[start:end]``: between the punctuation around it,
    at most :data:`_CLAUSE_REACH` characters either side (linear in a page pasted as one line)."""
    lo, hi = max(0, start - _CLAUSE_REACH), min(len(text), end + _CLAUSE_REACH)
    left = max(text.rfind(c, lo, start) for c in _ZH_CLAUSE_END) + 1
    rights = [r for c in _ZH_CLAUSE_END if (r := text.find(c, end, hi)) >= 0]
    return text[max(left, lo) : min(rights, default=hi)]


def _is_zh_date(source: str, n: Number) -> bool:
    after = source[n.end : n.end + 2]
    return bool(
        _ZH_ORDINAL_BEFORE_RE.search(source, max(0, n.start - 2), n.start)
        or _ZH_DATE_AFTER_RE.match(after)
        or (after.startswith("年") and 1900 <= n.value <= 2100)
    )


#: 达到 "reach" bounds no figure, but what a figure will reach (股息将达到500英镑) is a ceiling
#: Japanese may write 最大500ポンド "up to 500 pounds".
_ZH_REACH_RE = re.compile("[达達]")
#: The target's caps before a figure: 最大 "up to", 最高, 最多, 最長.
_JA_CAPS = frozenset({"最大", "最高", "最多", "最長"})


def _plain(source: str, *, cap: bool = False) -> set[float]:
    """The values of the source's figures that it states plainly: no occurrence of the value has a
    bound or an approximation before or after it, in its clause, nor is part of a range. 一 and 两
    (read too freely to match) count only written as digits. ``cap``: for a target that caps the
    figure, where a figure the source says something reaches is no plain one."""
    plain: set[float] = set()
    bounded: set[float] = set()
    for n in find_numbers(source):
        value = round(n.value, 6)
        if (n.value <= 2 and not n.from_digits) or _is_zh_date(source, n):
            continue
        clause = _clause(source, n.start, n.end)
        if (
            _ZH_CLAUSE_BOUND_RE.search(clause)
            or (cap and _ZH_REACH_RE.search(clause))
            or _ZH_NEAR_BEFORE_RE.search(source, max(0, n.start - 2), n.start)
            or _ZH_NEAR_AFTER_RE.match(source[n.end : n.end + 6])
            or _ZH_WITHIN_AFTER_RE.match(source[n.end : n.end + 6])
            or _ZH_RANGE_AFTER_RE.match(source[n.end : n.end + 8])
            or _ZH_RANGE_BEFORE_RE.search(source, max(0, n.start - 8), n.start)
        ):
            bounded.add(value)
        else:
            plain.add(value)
    return plain - bounded


class QualifierAdded(Check):
    """A figure the source states plainly (3万人) that the target bounds or approximates (約3万人,
    3万人以上, 3万人近く): MT that has seen many press releases hedges or floors a count, and the
    count becomes an estimate or a floor the source does not give. The source's figure of the
    same value has none of Chinese's bounding words before or after it, nor one in its clause."""

    code = "addition-qualifier"
    category = "addition"
    severity = "minor"
    description = gettext_noop(
        "A bound or an approximation the source does not give a figure (3万人 → 約3万人, 3万人以上)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        target = seg.target_norm
        numbers = find_numbers(target)
        # A source in Chinese only: one in English or Japanese bounds and says "only" otherwise.
        if not numbers or not HAN_RE.search(seg.source):
            return
        plain: dict[bool, set[float]] = {}
        for n in numbers:
            before = _JA_BOUND_BEFORE_RE.search(target, max(0, n.start - 6), n.start)
            after = None
            if not _JA_NUMBERING_RE.match(target, n.end):
                after = _JA_BOUND_AFTER_RE.match(target, n.end)
            if (
                (not before and not after)
                or _is_date(target, n)
                or _JA_ORDINAL_BEFORE_RE.search(target, max(0, n.start - 2), n.start)
            ):
                continue
            cap = before is not None and before.group().strip() in _JA_CAPS
            if cap not in plain:
                plain[cap] = _plain(seg.source_norm, cap=cap)
            if round(n.value, 6) not in plain[cap]:
                continue
            start = before.start() if before else n.start
            end = after.end() if after and not before else n.end
            yield Finding(
                f"'{target[start:end].strip()}' bounds or approximates {target[n.start : n.end]}, "
                "which the source states plainly (no 约, 超过, 多, 以上, 左右 …): write the figure alone",
                start,
                end,
            )
            return


# --- "only" added ---------------------------------------------------------------------------------

#: Chinese words that restrict (仅, 只, 唯一, 单, 光, 才, 就 …) or belittle (区区, 而已, 不过), or
#: that Japanese renders with だけ and のみ (不仅 "not only", 即可 "it is enough to", 限 "limited
#: to", 靠 "by means of": 出行靠走 → 徒歩だけ, 短短 "a mere" and 少, 不到 "few, under": わずか3人).
_ZH_ONLY_ANYWHERE_RE = re.compile(
    r"仅|僅|只|祇|唯|惟|单|單|光|才|就|独|獨|专|專|限|即|便|而已|[罢罷]了|不[过過]|[无無]非|[区區]{2}|寥寥|少|不到|不足"
    r"|一味|[纯純]|靠|除|不但|不止|以外|之外|短|[刚剛]|低|一[点點]|微|小幅"
)
#: The target's "only" before a figure: わずか3人, たった2日, 僅か5%.
#: Not the verb たった "passed" (1年たった3月).
_JA_ONLY_BEFORE_RE = re.compile(r"(?:わずか|僅か|(?<![年月日間週がもと])たった)(?:の)?\s*$")
#: ... and after a noun or a figure and its unit: 5社のみ, 中国だけ, 3日しか…ない, 3%に過ぎない.
#: Not だけでなく, のみならず "not only", だけに "all the more since", だけあって, だけど "but",
#: 分だけ "by that much", 数だけ "as many as", しかし "but", 見逃しかねない "may well miss", 日本の
#: みなさん "everyone in Japan".
_JA_ONLY_AFTER_RE = re.compile(
    r"(?:のみ(?!ならず|でなく|ではなく|に限らず)(?:(?=[でにをがはのとだもや])|(?![ぁ-ゖ]))|(?<![分数])だけ(?!でなく|ではなく|でな|じゃなく|に|あって|のことは|とは限ら|ど|れど)"
    r"|しか(?![しもるりけたかねばっ])|に過ぎ|にすぎ)"
)
#: What may stand before the target's "only" of a noun: a kanji, katakana, a Latin letter or a
#: digit, a closing bracket, a numeral's つ (一つしか), with a particle between or none (ホールで
#: しか, 住民にのみ); not a verb's or an adjective's kana (見るだけ, 少しだけ, できるだけ).
_NOUN_END_RE = re.compile(
    r"(?:[一-龥々ァ-ヺー0-9A-Za-z%％）」』)]|[一二三四五六七八九十0-9]つ)(?:に|で|から|へ|まで|と)?$"
)
#: しか restricts only before a negative: 3人しかいない.
_JA_NEGATIVE_RE = re.compile(r"ない|なかった|ません|ず|ぬ|なく")
#: だけ or のみ denied (一国だけの問題ではない "not a problem of one country alone") is "not only",
#: which Chinese says with its own words (不是…的问题, 不止) or none.
_JA_DENIED_RE = re.compile(r"ではな|じゃな|でもな|とは限ら")


class OnlyAdded(Check):
    """A restriction the target makes and the source does not: わずか3日 or 5社のみ where the
    source says 3天, 5家 and nothing of "only"; 中国だけ where it says 中国. MT completes a figure
    with the belittling press releases give it, and the claim changes: "only five" says fewer than
    expected. The source has none of Chinese's words that restrict or belittle. A restriction of
    a verb (見るだけで, するだけ) and "not only" (だけでなく, のみならず) are not looked at."""

    code = "addition-only"
    category = "addition"
    severity = "minor"
    description = gettext_noop("'Only' the source does not say (3天 → わずか3日, 5家企业 → 5社のみ).")

    def check(self, seg: Segment) -> Iterator[Finding]:
        target = seg.target_norm
        if _ZH_ONLY_ANYWHERE_RE.search(seg.source_norm) or not HAN_RE.search(seg.source):
            return
        for n in find_numbers(target):
            before = _JA_ONLY_BEFORE_RE.search(target, max(0, n.start - 5), n.start)
            if before:
                yield Finding(
                    f"'{before.group().strip()}' says 'only' of {target[n.start : n.end]}; the source "
                    "has no 仅, 只, 才 …",
                    before.start(),
                    n.end,
                )
                return
        for m in _JA_ONLY_AFTER_RE.finditer(target):
            if not _NOUN_END_RE.search(target, max(0, m.start() - 4), m.start()):
                continue
            if m.group().startswith("しか"):
                if not _JA_NEGATIVE_RE.search(target, m.end(), m.end() + 12):
                    continue
            elif _JA_DENIED_RE.search(target, m.end(), m.end() + 12):
                continue
            yield Finding(
                f"'{m.group()}' restricts what comes before it ('only'); the source has no 仅, 只, 才 …",
                m.start(),
                m.end(),
            )
            return
