"""A word rendered by its opposite: 出口 "export" as 輸入 "import", 闭幕 as 開幕, 民营 as 国有.

MT reverses a meaning most often in pairs of words that share a context and differ in one
character or sense: export and import, opening and closing, domestic and overseas, upstream and
downstream, bilateral and multilateral, a surplus and a deficit. The number and trend checks see
figures and their direction; nothing sees these. The rule reads a closed table of such pairs: the
source names one side only, the target the other side only. A sentence that names both sides on
either language (进出口, 国内外, 開会式と閉会式) is left alone: which of its words renders which
cannot be told without alignment, and a free rendering may say the pair the other way round.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.origins import segmented


class Opposite(NamedTuple):
    """Two meanings, each with the source's words and the target's words for it."""

    gloss_a: str
    zh_a: re.Pattern[str]
    ja_a: re.Pattern[str]
    gloss_b: str
    zh_b: re.Pattern[str]
    ja_b: re.Pattern[str]


def _pair(gloss_a: str, zh_a: str, ja_a: str, gloss_b: str, zh_b: str, ja_b: str) -> Opposite:
    return Opposite(gloss_a, re.compile(zh_a), re.compile(ja_a), gloss_b, re.compile(zh_b), re.compile(ja_b))


#: Each row: one meaning and its words in Chinese and Japanese, then its opposite's. A word that
#: holds both (进出口, 国内外, 内外) is taken out before the table is read (_BOTH_RE).
OPPOSITES: tuple[Opposite, ...] = (
    _pair("export", r"出口(?!处)|输出", r"輸出", "import", r"进口|输入", r"輸入"),
    _pair(
        "opening",
        r"开幕|开园|开馆",
        r"開幕|開会|開園|開館",
        "closing",
        r"闭幕|闭园|闭馆",
        r"閉幕|閉会|閉園|閉館",
    ),
    _pair(
        "domestic",
        r"境内|国内",
        r"国内",
        "overseas",
        r"境外|海外|国外|出境|外国|外籍|外资|外商|外宾|外方|国际",
        r"海外|国外|外国",
    ),
    _pair(
        "inbound",
        r"入境|来华|访华",
        r"入国|インバウンド|訪中|来華",
        "outbound",
        r"出境",
        r"出国|アウトバウンド",
    ),
    _pair("upstream", r"上游", r"上流|川上", "downstream", r"下游", r"下流|川下"),
    _pair(
        "bilateral", r"双边", r"二国間|バイラテラル", "multilateral", r"多边", r"多国間|多角的|マルチラテラル"
    ),
    _pair("surplus", r"顺差|盈余", r"黒字", "deficit", r"逆差|赤字", r"赤字"),
    _pair(
        "state-owned", r"国有|国营|国企", r"国有|国営", "private", r"民营|私营|民企", r"民営|民間企業|私営"
    ),
    _pair("online", r"线上|在线|网上", r"オンライン|ネット|ウェブ", "offline", r"线下", r"オフライン|対面"),
    _pair("short-term", r"短期", r"短期", "long-term", r"长期", r"長期"),
    _pair("success", r"成功", r"成功", "failure", r"失败", r"失敗"),
    _pair("wholesale", r"批发", r"卸売|卸し", "retail", r"零售", r"小売"),
    _pair(
        "women's",
        r"女子|女性|妇女|女足|女排|女篮",
        r"女子|女性",
        "men's",
        r"男子|男性|男足|男排|男篮",
        r"男子|男性",
    ),
    _pair("open", r"开放", r"開放", "closed", r"关闭|封闭", r"閉鎖|封鎖"),
    _pair(
        "support", r"支持|赞成|拥护", r"支持|賛成|支援", "oppose", r"反对(?!派|党|势力)", r"反対(?!派|勢力)"
    ),
    _pair("arrival", r"抵达|到达|抵京|抵沪", r"到着", "departure", r"离开|出发|启程|离京", r"出発"),
    _pair(
        "buying",
        r"采购|购买|购入|买入",
        r"購入|調達|買い付け|仕入",
        "selling",
        r"销售(?!额|收入|量)|出售|售出|卖出|销往|零售",
        r"販売|売却|売り出",
    ),
    _pair(
        "approval", r"批准|核准", r"承認|批准|認可", "rejection", r"否决|驳回|拒绝", r"否決|却下|拒否|拒絶"
    ),
    _pair("advantage", r"优势", r"優位|強み|優勢|利点", "disadvantage", r"劣势", r"劣勢|弱み|不利"),
    _pair("highest", r"最高", r"最高", "lowest", r"最低", r"最低"),
    _pair("urban", r"城市|城镇|市区", r"都市|都会|市街地", "rural", r"农村|乡村", r"農村|農山村"),
    _pair("hardware", r"硬件", r"ハードウェア|ハード面", "software", r"软件", r"ソフトウェア|ソフト面"),
    _pair(
        "allowed",
        r"(?<![不未])(?:允许|准许|许可)",
        r"許可|認め|容認",
        "forbidden",
        r"禁止|严禁|不得|不准|不允许",
        r"禁止|禁じ",
    ),
    _pair("satisfied", r"(?<![不太很够])满意", r"(?<!不)満足", "dissatisfied", r"不[太很够]?满", r"不満"),
    _pair(
        "ahead of time",
        r"提前",
        r"前倒し|予定より早|繰り上げ",
        "behind time",
        r"推迟|延期|延迟|滞后|延后",
        r"遅れ|延期|先送り|繰り延べ",
    ),
    _pair("in force", r"施行|实施|生效", r"施行|実施|発効", "abolished", r"废止|废除|撤销", r"廃止|撤廃"),
    _pair("close", r"密切|紧密|亲密", r"緊密|密接|親密", "distant", r"疏远|冷淡", r"疎遠|冷淡"),
    _pair(
        "completed",
        r"竣工|完工|建成|落成",
        r"竣工|完工|完成|落成",
        "begun",
        r"开工|动工|奠基|开建",
        r"着工|起工|定礎|建設を開始",
    ),
    _pair(
        "won",
        r"击败|战胜|获胜|胜出|夺冠",
        r"勝利|勝っ|破っ|下し|優勝",
        "lost",
        r"负于|输给|败给|不敌|告负|失利|落败|败北|输掉",
        r"敗れ|負け|敗戦|黒星",
    ),
    _pair(
        "started",
        r"开始|启动|开启",
        r"開始|始ま|始め|スタート",
        "ended",
        r"结束|终止|停止|中止",
        r"終了|終わ|停止|中止",
    ),
    _pair("joined", r"加入|加盟|入盟", r"加盟|加入", "left", r"退出|脱离", r"脱退|離脱"),
    _pair("profit", r"盈利|扭亏", r"黒字|利益を計上", "loss", r"亏损", r"赤字|損失"),
    _pair("public", r"公立", r"公立", "private", r"私立|民办", r"私立"),
    _pair(
        "first service",
        r"首班|首航|首发",
        r"初便|始発|一番列車|初就航|第1便",
        "last service",
        r"末班",
        r"最終便|終電|最終列車",
    ),
    _pair("positive", r"积极", r"積極", "negative", r"消极", r"消極"),
    _pair(
        "convenient", r"(?<!不)(?:方便|便利|便捷)", r"(?<!不)便利|簡便|手軽", "inconvenient", r"不便", r"不便"
    ),
    _pair("inflow", r"流入|净流入", r"流入", "outflow", r"流出|外流", r"流出"),
    _pair("employment", r"就业", r"雇用|就業|就職", "unemployment", r"失业|下岗", r"失業"),
    _pair("surplus", r"过剩|富余", r"過剰|余剰", "shortage", r"短缺|紧缺|不足|紧张", r"不足|逼迫|品薄"),
    _pair(
        "loosened", r"放宽|放松|松绑", r"緩和|緩め", "tightened", r"收紧|加严|从严", r"厳格化|引き締め|厳しく"
    ),
    _pair("legal", r"(?<![非不])合法", r"(?<![非不])合法", "illegal", r"非法|违法", r"違法|不法|非合法"),
)

#: Words that hold both sides of a pair: they render both and mark neither.
_BOTH_RE = re.compile(
    r"进出口|出入境|国内外|境内外|海内外|内外|国内国际|中外|开闭幕|上下游|双多边|线上线下|线上与线下|长短期|批零|男女"
    r"|輸出入|出入国|国内外|内外|上下流|二国間・多国間|オンラインとオフライン|オンライン・オフライン|男女|開閉会"
)


def _sides(opposite: Opposite, source: str, target: str) -> tuple[bool, bool, bool, bool]:
    return (
        bool(opposite.zh_a.search(source)),
        bool(opposite.zh_b.search(source)),
        bool(opposite.ja_a.search(target)),
        bool(opposite.ja_b.search(target)),
    )


class OppositeWord(Check):
    """The source says one side of a pair of opposites only (出口 "export") and the target says
    the other side only (輸入 "import")."""

    code = "mistranslation-opposite"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "A word rendered by its opposite: the source says export, opening or domestic and the "
        "translation import, closing or overseas (出口 → 輸入, 闭幕 → 開幕)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        source = _BOTH_RE.sub("，", seg.source_norm)
        target = _BOTH_RE.sub(lambda m: "、" * len(m.group()), seg.target_norm)
        for opposite in OPPOSITES:
            zh_a, zh_b, ja_a, ja_b = _sides(opposite, source, target)
            if zh_a and not zh_b and ja_b and not ja_a:
                wrong, said, meant = opposite.ja_b.search(target), opposite.gloss_b, opposite.gloss_a
            elif zh_b and not zh_a and ja_a and not ja_b:
                wrong, said, meant = opposite.ja_a.search(target), opposite.gloss_a, opposite.gloss_b
            else:
                continue
            assert wrong is not None
            yield Finding(
                f"'{wrong.group()}' says {said} where the source says {meant}", wrong.start(), wrong.end()
            )


# --- a region's compass point -----------------------------------------------------------------------

#: A part of the world by its compass point: 东欧, 南美, 西非, 东南亚, 华南 and their Japanese forms
#: (東欧, 南米, 西アフリカ, 東南アジア, 華南). 中亚 is 中央アジア. The points are compared as sets:
#: Chinese writes 东南亚 and Japanese 東南アジア but also 南東部. 美 alone is the United States
#: (中美 "China and the US"): only 南美 and 北美 are parts of America without 洲.
_ZH_REGION_RE = re.compile(
    r"(?:([东西南北中]{1,2})(欧|亚(?!运|军)|非(?!法|遗|常|凡)|美洲|部)|([南北])(美))"
    r"|(华)([东西南北中])"
)
_JA_REGION_RE = re.compile(
    r"(?<![東西南北中])((?:[東西南北]|中央|中)(?:・?(?:[東西南北]|中央|中))?)(欧|ヨーロッパ|アジア|アフリカ|米(?!国|ドル)|アメリカ|部)"
    r"|(華)([東西南北中])"
)
_PLACE = {
    "欧": "europe",
    "ヨーロッパ": "europe",
    "亚": "asia",
    "アジア": "asia",
    "非": "africa",
    "アフリカ": "africa",
    "美洲": "america",
    "美": "america",
    "米": "america",
    "アメリカ": "america",
    "部": "part",
    "华": "china",
    "華": "china",
}
_ZH_POINT = str.maketrans("东西南北", "東西南北")


class _Region(NamedTuple):
    place: str
    points: frozenset[str]
    start: int
    end: int


def _regions(pattern: re.Pattern[str], text: str, words: set[int] | None = None) -> list[_Region]:
    """The parts of the world ``text`` names; in Chinese (``words``: where its words start) only
    those that are words of their own: 巴西北部 is 巴西 and 北部, 广西北部湾 a gulf."""
    out = []
    if words is None:
        found: Iterator[re.Match[str] | None] = pattern.finditer(text)
    else:
        found = (pattern.match(text, at) for at in sorted(words))
    for m in found:
        if m is None or (words is not None and not (m.end() in words or m.end() == len(text))):
            continue
        groups = [g for g in m.groups() if g]
        point, place = (groups[0], groups[1]) if groups[0] not in _PLACE else (groups[1], groups[0])
        points = frozenset(point.translate(_ZH_POINT).replace("中央", "中").replace("・", ""))
        out.append(_Region(_PLACE[place], points, m.start(), m.end()))
    return out


class CompassPointChanged(Check):
    """A part of the world, or of a country, at another compass point: 东欧 "Eastern Europe" as
    西欧, 南美 as 北米, 西部地区 as 東部地域. The source names the part at one point (or two:
    东南亚) and the target names the same kind of part only at others."""

    code = "mistranslation-compass"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "A region at another compass point: 东欧 'Eastern Europe' → 西欧, 南美 → 北米, 西部 → 東部."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not _ZH_REGION_RE.search(seg.source_norm):
            return
        words = {at for at, _ in segmented(seg.source_norm)}
        source = _regions(_ZH_REGION_RE, seg.source_norm, words)
        if not source:
            return
        target = _regions(_JA_REGION_RE, seg.target_norm)
        for place in {r.place for r in target}:
            meant = {r.points for r in source if r.place == place}
            said = [r for r in target if r.place == place]
            if meant and not any(r.points in meant for r in said):
                r = said[0]
                points = "/".join(sorted("".join(sorted(p)) for p in meant))
                yield Finding(
                    f"'{seg.target_norm[r.start : r.end]}' is at another compass point than the "
                    f"source's ({points})",
                    r.start,
                    r.end,
                )


# --- a comparison turned around -----------------------------------------------------------------------

#: The source's comparison: 比去年多, 比预期更快, 比B高 (比 and its adjective within a clause; 与…相比
#: "compared with" opens a clause of its own).
_ZH_COMPARE_RE = re.compile(
    r"(?<!相)比[^，。；！？、,;!?]{1,14}?(?:更|还|略|稍|要)?(多|高|大|快|早|长|强|好|少|低|小|慢|晚|短|弱|差)"
)
#: The target's: 昨年より多い, 予想より速く, Bより低い.
_JA_COMPARE_RE = re.compile(r"より[^、。,]{0,10}?(多|高|大き|速|早|長|強|良|少な|低|小さ|遅|短|弱|悪)")
_ZH_MORE = frozenset("多高大快早长强好")
_JA_MORE = frozenset(("多", "高", "大き", "速", "早", "長", "強", "良"))


class ComparisonReversed(Check):
    """The source compares one way (比去年多 "more than last year") and the target the other
    (昨年より少ない): each side's comparison read from its comparative construction, 比 … and
    より …, with the adjective sorted as more or less."""

    code = "mistranslation-comparison"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "A comparison turned around: more for less, faster for slower (比去年多 → 昨年より少ない)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        source, target = seg.source_norm, seg.target_norm
        if "比" not in source or "より" not in target:
            return
        meant = {m.group(1) in _ZH_MORE for m in _ZH_COMPARE_RE.finditer(source)}
        if len(meant) != 1:
            return  # no comparison, or comparisons both ways
        said = list(_JA_COMPARE_RE.finditer(target))
        if said and all((m.group(1) in _JA_MORE) != next(iter(meant)) for m in said):
            m = said[0]
            way = "more" if next(iter(meant)) else "less"
            yield Finding(f"'{m.group()}' compares the other way: the source says {way}", m.start(), m.end())
