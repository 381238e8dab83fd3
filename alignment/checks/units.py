"""A figure kept and its unit changed: 2小时 rendered 2日, 10万欧元 rendered 10万元, 120公里 rendered
120メートル.

MT carries a figure over digit for digit and picks the unit from a neighbouring word or its own
habits (元 → 円 is the classic one), so the number checks, which compare values, see nothing
amiss. A unit says what a figure measures; within one dimension (time, money, length, weight,
area) two units are two different quantities. A translator converts a measure for readers
(295亿元 → 約6200億円, 半小时 → 30分), but the figure then changes with it: the same figure under
another unit of the same dimension is what a conversion never writes. The units are closed lists
of each language's measure words; a figure whose unit the source also writes under the target's
unit (3天…3小时) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.numbers import Number, find_numbers

#: Chinese measure words after a figure: the dimension and the unit each names. Longer words are
#: tried first (美元 before 元, 平方公里 before 公里). 年 counts only after a figure below 200
#: (2024年 is a date); 周 not before 年 or 岁 (3周年 is an anniversary, 3周岁 an age); bare 分 and
#: 日 are left out (points or cents, and dates).
_ZH_UNITS: dict[str, tuple[str, str]] = {
    "秒钟": ("time", "s"),
    "秒": ("time", "s"),
    "分钟": ("time", "min"),
    "个小时": ("time", "h"),
    "小时": ("time", "h"),
    "个钟头": ("time", "h"),
    "钟头": ("time", "h"),
    "天": ("time", "d"),
    "个星期": ("time", "w"),
    "星期": ("time", "w"),
    "周": ("time", "w"),
    "个月": ("time", "mo"),
    "年": ("time", "y"),
    "人民币": ("money", "CNY"),
    "美元": ("money", "USD"),
    "欧元": ("money", "EUR"),
    "日元": ("money", "JPY"),
    "英镑": ("money", "GBP"),
    "港元": ("money", "HKD"),
    "港币": ("money", "HKD"),
    "澳门元": ("money", "MOP"),
    "新台币": ("money", "TWD"),
    "韩元": ("money", "KRW"),
    "卢布": ("money", "RUB"),
    "澳元": ("money", "AUD"),
    "加元": ("money", "CAD"),
    "新加坡元": ("money", "SGD"),
    "新元": ("money", "SGD"),
    "瑞士法郎": ("money", "CHF"),
    "泰铢": ("money", "THB"),
    "卢比": ("money", "INR"),
    "坚戈": ("money", "KZT"),
    "印尼盾": ("money", "IDR"),
    "越南盾": ("money", "VND"),
    "迪拉姆": ("money", "AED"),
    "雷亚尔": ("money", "BRL"),
    "元": ("money", "CNY"),
    "平方公里": ("area", "km2"),
    "平方千米": ("area", "km2"),
    "平方米": ("area", "m2"),
    "公顷": ("area", "ha"),
    "英亩": ("area", "acre"),
    "亩": ("area", "mu"),
    "公里": ("length", "km"),
    "千米": ("length", "km"),
    "厘米": ("length", "cm"),
    "毫米": ("length", "mm"),
    "米": ("length", "m"),
    "吨": ("weight", "t"),
    "公斤": ("weight", "kg"),
    "千克": ("weight", "kg"),
    "克": ("weight", "g"),
}
#: Japanese units after a figure, the same way. キロ alone is a kilometre or a kilogram (``*``:
#: whichever the source's figure measures); 分 before の is a fraction (3分の1), 日 may be a date
#: and 月 a month of the year (only the counted forms of months are read).
_JA_UNITS: dict[str, tuple[str, str]] = {
    "秒間": ("time", "s"),
    "秒": ("time", "s"),
    "分間": ("time", "min"),
    "分": ("time", "min"),
    "時間": ("time", "h"),
    "日間": ("time", "d"),
    "日": ("time", "d"),
    "週間": ("time", "w"),
    "週": ("time", "w"),
    "カ月": ("time", "mo"),
    "か月": ("time", "mo"),
    "ヶ月": ("time", "mo"),
    "ケ月": ("time", "mo"),
    "ヵ月": ("time", "mo"),
    "箇月": ("time", "mo"),
    "カ年": ("time", "y"),
    "か年": ("time", "y"),
    "年間": ("time", "y"),
    "年": ("time", "y"),
    "人民元": ("money", "CNY"),
    "元": ("money", "CNY"),
    "香港ドル": ("money", "HKD"),
    "台湾ドル": ("money", "TWD"),
    "豪ドル": ("money", "AUD"),
    "カナダドル": ("money", "CAD"),
    "シンガポールドル": ("money", "SGD"),
    "米ドル": ("money", "USD"),
    "ドル": ("money", "USD"),
    "ユーロ": ("money", "EUR"),
    "円": ("money", "JPY"),
    "ポンド": ("money", "GBP"),
    "パタカ": ("money", "MOP"),
    "ウォン": ("money", "KRW"),
    "ルーブル": ("money", "RUB"),
    "スイスフラン": ("money", "CHF"),
    "フラン": ("money", "CHF"),
    "バーツ": ("money", "THB"),
    "ルピー": ("money", "INR"),
    "テンゲ": ("money", "KZT"),
    "ルピア": ("money", "IDR"),
    "ドン": ("money", "VND"),
    "ディルハム": ("money", "AED"),
    "レアル": ("money", "BRL"),
    "平方キロメートル": ("area", "km2"),
    "平方キロ": ("area", "km2"),
    "平方メートル": ("area", "m2"),
    "km2": ("area", "km2"),
    "km²": ("area", "km2"),
    "㎢": ("area", "km2"),
    "m2": ("area", "m2"),
    "m²": ("area", "m2"),
    "㎡": ("area", "m2"),
    "ヘクタール": ("area", "ha"),
    "ムー": ("area", "mu"),
    "エーカー": ("area", "acre"),
    "キロメートル": ("length", "km"),
    "km": ("length", "km"),
    "センチメートル": ("length", "cm"),
    "センチ": ("length", "cm"),
    "cm": ("length", "cm"),
    "ミリメートル": ("length", "mm"),
    "ミリ": ("length", "mm"),
    "mm": ("length", "mm"),
    "メートル": ("length", "m"),
    "トン": ("weight", "t"),
    "キログラム": ("weight", "kg"),
    "kg": ("weight", "kg"),
    "グラム": ("weight", "g"),
    "キロ": ("*", "*"),
}
_KILO = {"km", "kg"}


def _alternation(units: dict[str, tuple[str, str]]) -> str:
    return "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))


# The unit right after the figure: 多/余/个 may stand between in Chinese (3个多小时, 10余天),
# 余り/以上 do not count in Japanese (they follow the unit).
_ZH_UNIT_RE = re.compile(rf"\s*(?:多|余|餘)?\s*({_alternation(_ZH_UNITS)})")
_JA_UNIT_RE = re.compile(rf"\s*(?:余)?\s*({_alternation(_JA_UNITS)})(?![a-zA-Z])")
#: What makes a unit word something else: 3周年 (an anniversary), 3周岁 (an age), 3年级 (a school
#: year), 3年代; 3分の1 (a fraction), 1元化 (unification); 米 of 米饭 is rice, 元 of 元首 a head of state.
_ZH_NOT_A_UNIT_RE = re.compile(r"周[年岁歲]|年[级級代度]|米[饭飯粒面麵]|元[素首旦宵]")
_JA_NOT_A_UNIT_RE = re.compile(r"分の|元[化気素首旦]|日[本中米韓]|年[度代生]")


def _units(
    text: str,
    numbers: list[Number],
    table: dict[str, tuple[str, str]],
    pattern: re.Pattern[str],
    not_a_unit: re.Pattern[str],
) -> list[tuple[Number, str, str, int]]:
    """Each figure with the unit right after it: the figure, the dimension, the unit and where the
    unit ends."""
    out: list[tuple[Number, str, str, int]] = []
    for n in numbers:
        m = pattern.match(text, n.end)
        if not m or not_a_unit.match(text, m.start(1)):
            continue
        dimension, unit = table[m.group(1)]
        if unit == "y" and n.value >= 200:
            continue  # 2024年: a date, not a duration
        out.append((n, dimension, unit, m.end(1)))
    return out


def _key(value: float) -> float:
    return round(value, 6)


class UnitChanged(Check):
    """The source's figure is in the target under another unit of the same dimension: a duration
    in days for hours, a sum in yuan for euros, a distance in metres for kilometres. Left alone
    where the target also writes the figure under the source's unit, or the source also writes it
    under the target's."""

    code = "number-unit"
    category = "number"
    severity = "major"
    description = gettext_noop(
        "A figure kept with another unit of the same kind (2小时 → 2日, 10万欧元 → 10万元, "
        "120公里 → 120メートル)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        source, target = seg.source_norm, seg.target_norm
        src = _units(source, find_numbers(source), _ZH_UNITS, _ZH_UNIT_RE, _ZH_NOT_A_UNIT_RE)
        if not src:
            return
        tgt = _units(target, find_numbers(target), _JA_UNITS, _JA_UNIT_RE, _JA_NOT_A_UNIT_RE)
        if not tgt:
            return
        said: dict[float, set[tuple[str, str]]] = {}
        for n, dimension, unit, _ in src:
            said.setdefault(_key(n.value), set()).add((dimension, unit))
        written: dict[float, set[tuple[str, str]]] = {}
        for n, dimension, unit, _ in tgt:
            written.setdefault(_key(n.value), set()).add((dimension, unit))
        for n, dimension, unit, end in tgt:
            units = said.get(_key(n.value))
            if not units or (dimension, unit) in units:
                continue
            if dimension == "*":
                continue  # キロ: a kilometre or a kilogram, either may be right
            same_kind = sorted(u for d, u in units if d == dimension)
            if not same_kind:
                continue  # another kind of quantity: the number checks judge the figure
            kept = written[_key(n.value)]
            if any((dimension, u) in kept for u in same_kind) or (
                any(u in _KILO for u in same_kind) and ("*", "*") in kept
            ):
                continue
            yield Finding(
                f"'{target[n.start : end]}' keeps the source's figure under another unit: the source "
                f"counts it in {', '.join(_NAMES[u] for u in same_kind)}, not {_NAMES[unit]}",
                n.start,
                end,
            )


_NAMES = {
    "s": "seconds",
    "min": "minutes",
    "h": "hours",
    "d": "days",
    "w": "weeks",
    "mo": "months",
    "y": "years",
    "km2": "square kilometres",
    "m2": "square metres",
    "ha": "hectares",
    "mu": "mu",
    "acre": "acres",
    "km": "kilometres",
    "m": "metres",
    "cm": "centimetres",
    "mm": "millimetres",
    "t": "tonnes",
    "kg": "kilograms",
    "g": "grams",
    "CNY": "yuan",
    "USD": "US dollars",
    "EUR": "euros",
    "JPY": "yen",
    "GBP": "pounds",
    "HKD": "Hong Kong dollars",
    "MOP": "patacas",
    "TWD": "New Taiwan dollars",
    "KRW": "won",
    "RUB": "roubles",
    "AUD": "Australian dollars",
    "CAD": "Canadian dollars",
    "SGD": "Singapore dollars",
    "CHF": "Swiss francs",
    "THB": "baht",
    "INR": "rupees",
    "KZT": "tenge",
    "IDR": "rupiah",
    "VND": "dong",
    "AED": "dirhams",
    "BRL": "reais",
}
