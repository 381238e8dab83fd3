"""Numbers: every number of the source in the target, with Chinese and Japanese numerals normalised;
its scale (成/割/%/百分点/倍), its frequency (每两年一次), its counter and its place in a respective list.

Values, not strings, are compared: 1.2万 = 12,000 = 1万2000, 两 = 2, 亿 = 億, 三十一 = 31, １２ = 12.
Chinese numerals count only before a measure word or date unit, so that 一些 / 统一 / 周六 (Saturday)
are not numbers; a lone 一 (the article "a") is ignored on the source side.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from alignment.checks.base import ADDITION_SUBSUMES, Check, Finding, Segment, gettext_noop

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "両": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000, "兆": 10**12}
_CJK_NUM = "零〇一二两兩両三四五六七八九十百千万萬亿億"
# Measure words, counters and date/time units after which a Chinese or kanji numeral is a number.
_COUNTERS = (
    "个個名位人辆輛台次回年月日号號点點时時岁歳家篇件条條项項座所只隻头頭届屆天周週倍分秒元円美欧镑米公里"
    "里千克斤吨噸枚本冊册部张張股架艘层層楼樓期批组組对對双雙国國市区區县縣省城种種类類场場轮輪份章节節级級"
    "度成割%％世列趟班"
)
# A unit of digits: 千, 万, 亿 and the Japanese 兆 (10^12, 1兆3000億 for 1.3万亿); 兆 before a unit
# of measure is the Chinese prefix mega- (300兆瓦 is 300 megawatts), which the figure keeps.
_BIG_UNIT = "(?:[千万萬亿億]|兆(?![瓦赫字帕焦位比伏欧歐吨噸]))"
# A kanji numeral is at most 32 characters: an unbounded run before the lookahead was retried from
# each of its characters (quadratic on a long run of 三 with no counter after it).
_NUM_RE = re.compile(
    rf"(?<![0-9.])((?:\d+(?:,\d{{3}})*(?:\.\d+)?\s*{_BIG_UNIT}+\s*)*\d+(?:,\d{{3}})*(?:\.\d+)?)\s*((?:百(?=[万萬])|{_BIG_UNIT})*)"
    rf"|(?<![拜拝初])(?<!(?<!每)周)(?<!星期)([{_CJK_NUM}]{{1,32}})(?=[{_COUNTERS}])"
    rf"|(?<=第)([{_CJK_NUM}]+)"
)
# Numerals inside words that are not numbers: 十分 (very), 万岁 (long live), 百分之百 (entirely)...
_IDIOM_RE = re.compile(
    r"十分(?!钟|鐘)|万[岁歳]|千载|万一|一一|两国|両国|两岸|両岸|一[些直起切般样定]|百分[点點]"
)
_CJK_RUN_RE = re.compile(f"[{_CJK_NUM}]+")
_WEEKDAY_RE = re.compile(r"(周|星期|礼拜|禮拜)[一二三四五六日天]")


# Two neighbouring digits before a unit are a range (五六十 = 50 or 60, 七八百 = 700 to 800): the
# range is not one number to be matched, but either bound in the target renders it.
# Without a unit they are small counts (两三天 = 2、3日, 三四个人 = 3、4人), never a two-digit number.
_NEIGHBOURS_RE = re.compile(
    "(?<![〇零一二两兩両三四五六七八九十百千万萬])([一二两兩両三四五六七八九])([二两兩両三四五六七八九])"
    "([十百千万萬]|(?![十百千万萬亿億〇零一二两兩両三四五六七八九]))"
)


def _neighbour_values(text: str) -> list[float]:
    return [
        float(_DIGITS[m.group(i)] * ((cjk_value(m.group(3)) or 0) if m.group(3) else 1))
        for m in _NEIGHBOURS_RE.finditer(text)
        if _DIGITS[m.group(2)] == _DIGITS[m.group(1)] + 1
        for i in (1, 2)
    ]


# Halves a Japanese text may write as the whole they are half of: 半小时 = 30分, 半年 = 6か月,
# 半个月 = 15日, 一半 / 半数 = 50%, and 0.5 itself.
# Half a century is 50年; an hour and a half (一个半小时) is 1時間半 or 90分.
_HALF_RE = re.compile(
    r"半(?:[个個]?(小时|小時|钟头|鐘頭)|(年)|[个個]?(月)|(数|數)|[个個]?(世纪|世紀))|(一)半"
)
_HOURS_AND_HALF_RE = re.compile(
    rf"(?<![\d{_CJK_NUM}])(\d+|[{_CJK_NUM}]{{1,3}})\s*[个個]半(?:小时|小時|钟头|鐘頭)"
)


# The same halves the other way: a Japanese text writes 六个月 as 半年, 五十年 as 半世紀, 50% as 半数.
_TGT_HALF_RE = re.compile(r"(?<![上下前後])半(年|世紀|数|日|月)")
_TGT_HALF_VALUES = {"年": 6.0, "世紀": 50.0, "数": 50.0, "日": 12.0, "月": 15.0}


def _target_halves(text: str) -> list[float]:
    return [_TGT_HALF_VALUES[m.group(1)] for m in _TGT_HALF_RE.finditer(text)]


def _half_values(text: str) -> list[float]:
    out: list[float] = []
    for m in _HALF_RE.finditer(text):
        out.append(0.5)
        out += [v for g, v in zip(m.groups(), (30.0, 6.0, 15.0, 50.0, 50.0, 50.0), strict=True) if g]
    for m in _HOURS_AND_HALF_RE.finditer(text):
        hours = float(m.group(1)) if m.group(1).isdigit() else cjk_value(m.group(1))
        if hours is not None:
            out += [hours + 0.5, hours * 60 + 30]
    return out


# Places that Chinese names by a word and Japanese by a figure: the runner-up (亚军, 2位) and the
# third (季军, 3位); the bridge writes them 亜軍 and 季軍.
_PLACE_WORDS = {"亜軍": 2.0, "亚军": 2.0, "季軍": 3.0, "季军": 3.0}
_PLACE_WORD_RE = re.compile("|".join(_PLACE_WORDS))


def _place_values(text: str) -> list[float]:
    return [_PLACE_WORDS[m.group()] for m in _PLACE_WORD_RE.finditer(text)]


# Three months that end a quarter name it in the Japanese business press (7～9月期 is the third),
# where Chinese counts it (第三季度); the months themselves are the source's (:func:`_period_months`).
_MONTHS_RANGE_RE = re.compile(r"(\d{1,2})\s*[～〜~\-－–]\s*(\d{1,2})\s*月期")


def _quarters_of_months(text: str) -> list[float]:
    """The quarter a span of three months names in the target (7～9月期: 3)."""
    return [
        int(m.group(2)) / 3.0
        for m in _MONTHS_RANGE_RE.finditer(text)
        if int(m.group(2)) - int(m.group(1)) == 2 and int(m.group(2)) % 3 == 0
    ]


# A height in metres and centimetres (1米85) is one figure in centimetres (185センチ).
_HEIGHT_RE = re.compile(r"(?<![\d.])(\d)\s*米\s*(\d{1,2})(?![\d.])")


def _pad_neighbours(text: str) -> str:
    return _NEIGHBOURS_RE.sub(
        lambda m: "＿" * len(m.group()) if _DIGITS[m.group(2)] == _DIGITS[m.group(1)] + 1 else m.group(), text
    )


# Approximations: 550多万 / 百余 (a number with "more than") keep their value; 数百 / 几千 ("several
# hundred") and 亿万 / 億万 (untold numbers: 亿万人民, 億万長者) are not a number to be matched, on
# either side.
_APPROX_RE = re.compile(
    rf"(\d)\s*[多余餘]\s*(?=[万萬亿億千百兆])|[数數几幾][十百千万萬亿億兆]+|(?<![\d{_CJK_NUM}])[亿億][万萬]"
)


def _approx(m: re.Match) -> str:
    return m.group(1) if m.group(1) else "＿" * len(m.group())


_PERCENT_RE = re.compile(f"百分之([{_CJK_NUM}点點]+|\\d+(?:\\.\\d+)?)")


def _percent(m: re.Match) -> str:
    """百分之五十 → 50%, 百分之三点五 → 3.5% (padded to keep offsets). 百分之百 is as often
    "entirely" (百分之百确定) as a figure: it is not required in the target."""
    raw = m.group(1)
    if raw == "百":
        return "＿" * len(m.group())
    if raw[0].isdigit():
        text = raw + "%"
    else:
        whole, _, frac = raw.replace("點", "点").partition("点")
        value = cjk_value(whole) if whole else 0.0
        if value is None:
            return m.group()
        text = f"{value:g}" + ("." + "".join(str(_DIGITS.get(c, 0)) for c in frac) if frac else "") + "%"
    return text.ljust(len(m.group()), "＿")


# Imperial measures are usually converted for a Japanese reader (6英尺6英寸 → 198センチ, 300公里
# (180英里) → 300km): such a number need not reach the target, and while the source has one, a
# metric figure of the target is the conversion, not an invented number.
_IMPERIAL_RE = re.compile(r"\s*(英[尺寸里亩畝]|[磅码碼]|盎司|加[仑侖]|[华華]氏)")
# Metric value of one imperial unit (cm, km, m, kg, g, l, ha); 华氏 is handled apart.
_IMPERIAL_FACTOR = {
    "英尺": 30.48,
    "英寸": 2.54,
    "英里": 1.609344,
    "码": 0.9144,
    "碼": 0.9144,
    "磅": 0.45359,
    "盎司": 28.3495,
    "加仑": 3.78541,
    "加侖": 3.78541,
    "英亩": 0.404686,
    "英畝": 0.404686,
}
_METRIC_RE = re.compile(
    r"\s*(?:[万億]\s*)?(?:センチ|ミリ|メートル|キロ|グラム|リットル|ヘクタール|平方|トン|度|℃"
    r"|[ckm]?m(?![a-z])|k?g(?![a-z])|km|ha|t(?![a-z]))"
)
# Katakana numerals of loanwords (フォーボール for 四人四球, ワンツー): the number is there.
_KATAKANA_NUMERALS = {
    "ワン": 1,
    "ツー": 2,
    "スリー": 3,
    "フォー": 4,
    "ファイブ": 5,
    "シックス": 6,
    "セブン": 7,
    "エイト": 8,
    "ナイン": 9,
    "テン": 10,
}
_KATAKANA_NUM_RE = re.compile("|".join(_KATAKANA_NUMERALS))


@dataclass(frozen=True)
class Number:
    value: float
    start: int
    end: int
    text: str
    from_digits: bool


#: Amounts already multiplied by a big unit, each with the unit it now stands in (1.3万亿: 万 then 亿).
_Terms = list[tuple[float, float]]


def _multiply(terms: _Terms, amount: float, big: float) -> None:
    """Multiply by a big unit the amount before it and every term of a smaller unit: a big unit
    after a smaller one multiplies it (万亿 = 10^12, 1.3万亿 = 1兆3000億, 三万五千亿 = 3.5×10^12),
    one after a larger one is a lower place (一亿三千万 = 1.3×10^8)."""
    unit = big
    while terms and terms[-1][0] < big:
        smaller, value = terms.pop()
        amount += value
        unit = max(unit, smaller * big)
    terms.append((unit, amount * big))


def cjk_value(text: str) -> float | None:
    """二十三 → 23, 三万五千 → 35000, 二〇一九 → 2019, 三万亿 → 3×10^12, 1.2万 handled by the caller."""
    if all(c in _DIGITS for c in text) and len(text) > 1:
        return float("".join(str(_DIGITS[c]) for c in text))
    terms: _Terms = []
    section = 0
    digit = None
    for c in text:
        if c in _DIGITS:
            digit = _DIGITS[c]
        elif c in _UNITS:
            section += (digit if digit is not None else 1) * _UNITS[c]
            digit = None
        elif c in _BIG:
            amount = section + (digit or 0)
            # A lone big unit is one of it (万 = 10^4) unless it multiplies a smaller one (万亿).
            if not amount and not (terms and terms[-1][0] < _BIG[c]):
                amount = 1
            _multiply(terms, amount, _BIG[c])
            section, digit = 0, None
        else:
            return None
    return float(sum(v for _, v in terms) + section + (digit or 0))


def numeral_value(text: str) -> float | None:
    """A figure written in digits (12) or in Chinese numerals (十二), as other checks find them after
    a pattern of their own (连续五年, 第二大, 3月5日)."""
    return float(text) if text.isdigit() else cjk_value(text)


_MIXED_PART_RE = re.compile(rf"(\d+(?:,\d{{3}})*(?:\.\d+)?)\s*((?:百(?=[万萬])|{_BIG_UNIT})*)")


def mixed_value(text: str) -> float:
    """Digits with kanji units: 22億5000万 → 2,250,000,000; 1億2千万 → 120,000,000; 1 万 6 千 → 16,000;
    1.3万亿 → 1.3×10^12 = 1兆3000億; and the 百万 of Japanese accounts (3,200百万円 = 32億円)."""
    terms: _Terms = []
    section = 0.0
    for m in _MIXED_PART_RE.finditer(text):
        value = float(m.group(1).replace(",", ""))
        for unit in m.group(2):
            if unit == "百":
                value *= 100
            elif unit == "千":
                value *= 1000
            else:
                _multiply(terms, section + value, _BIG[unit])
                section = value = 0.0
        section += value
    return sum(v for _, v in terms) + section


def find_numbers(text: str) -> list[Number]:
    """The figures of ``text``; a fresh list each call, of the numbers parsed once per text."""
    return list(_numbers(text))


@lru_cache(maxsize=1024)
def _numbers(text: str) -> tuple[Number, ...]:
    """Parsed once per text: the number checks ask about the same normalised source and target
    three or four times a segment."""
    out: list[Number] = []
    for m in _NUM_RE.finditer(text):
        if m.group(1):
            out.append(Number(mixed_value(m.group(1) + m.group(2)), m.start(), m.end(), m.group(), True))
        else:
            group = 3 if m.group(3) else 4
            raw = m.group(group)
            if _IDIOM_RE.match(text, m.start(group)):
                continue
            value = cjk_value(raw)
            if value is not None:
                out.append(Number(value, m.start(group), m.end(group), raw, False))
    return tuple(out)


def _close(a: float, b: float) -> bool:
    """Equal values; also a two-digit decade against its full year (八十年代 = 1980年代)."""
    if abs(a - b) <= 1e-6 * max(1.0, abs(a)):
        return True
    return a < 100 <= 1900 <= b < 2100 and b % 100 == a


def _conversions(text: str, imperial: list[Number]) -> list[float]:
    """Metric values of the source's imperial measures; feet and inches written together add up."""
    out: list[float] = []
    previous_end, previous_cm = -1, 0.0
    for n in imperial:
        unit = _IMPERIAL_RE.match(text, n.end).group(1)  # type: ignore[union-attr]  # callers pass only numbers this pattern matches after (see check)
        if unit in ("华氏", "華氏"):
            out.append((n.value - 32) * 5 / 9)
            continue
        value = n.value * _IMPERIAL_FACTOR[unit]
        if unit == "英寸" and n.start - previous_end <= 1:
            value += previous_cm  # 6英尺6英寸 = 198 cm
        out.append(value)
        if unit == "英尺":
            previous_end, previous_cm = _IMPERIAL_RE.match(text, n.end).end(), value  # type: ignore[union-attr]  # callers pass only numbers this pattern matches after (see check)
    return out


# Chinese units a Japanese text keeps (98ムー, 1300億斤) and may convert in brackets (約6.5ヘクタール,
# 6500万トン): unlike imperial measures the figure must still reach the target, and its metric
# value is not a figure the target invents. Hectares for 亩, kilograms for 斤 and 公斤.
_CHINESE_UNIT_RE = re.compile(r"\s*(亩|畝|[市公]?斤|[市公]?里(?!程))")
_CHINESE_FACTOR = {
    "亩": 0.0666667,
    "畝": 0.0666667,
    "斤": 0.5,
    "市斤": 0.5,
    "公斤": 1.0,
    "里": 0.5,
    "市里": 0.5,
}


def _chinese_conversions(text: str, numbers: list[Number]) -> list[float]:
    out = []
    for n in numbers:
        m = _CHINESE_UNIT_RE.match(text, n.end)
        if m and m.group(1) in _CHINESE_FACTOR:
            out.append(n.value * _CHINESE_FACTOR[m.group(1)])
    return out


def _is_conversion(value: float, conversions: list[float]) -> bool:
    """Within 3 % of a converted figure, in any decimal unit (cm, m, km...)."""
    return any(
        abs(value - c * scale) <= 0.03 * abs(c * scale) + 0.5
        for c in conversions
        for scale in (0.001, 0.01, 0.1, 1, 10, 100, 1000)
    )


# The Five-Year Plans by number and "five" (十四五 is the 14th Five-Year Plan, 第14次5カ年計画).
_PLAN_RE = re.compile("十[一二三四五六七八九]五")


def _date_shorthand_values(text: str) -> list[float]:
    """Month and day of the dates Chinese writes as bare digits (七一 is 1 July, 九一八 18 September,
    十一 1 October): two or three digits with no unit and no 〇, each stretch read on its own, so
    that 「7月1日」 renders “七一”; and the number and 5 of a Five-Year Plan (十四五)."""
    out: list[float] = []
    for m in _CJK_RUN_RE.finditer(text):
        run = m.group()
        if run == "十一":
            out += [10.0, 1.0]
        elif _PLAN_RE.fullmatch(run):
            out += [cjk_value(run[:-1]) or 0.0, 5.0]
        elif 2 <= len(run) <= 3 and "〇" not in run and all(c in _DIGITS for c in run):
            out += [
                float(v)
                for i in range(len(run))
                for j in range(i + 1, len(run) + 1)
                if (v := cjk_value(run[i:j]))
            ]
    return out


_SRC_HOUR_RE = re.compile(r"\s*[点點时時](?![间間候代])")
_TGT_HOUR_RE = re.compile(r"\s*時(?![間代点])")


def _other_clock(hours: list[Number]) -> list[float]:
    return [
        h.value + step for h in hours if 0 < h.value <= 24 for step in (-12, 12) if 0 < h.value + step <= 24
    ]


# Other readings of a figure of the target that Japanese writing shortens. A year range names the
# century once (2021年から23年, 1998～99年): the second year is the one in the same century as the
# first. Football counts the minutes of each half (後半16分 is the 61st minute, 延長前半5分 the
# 95th), where Chinese counts from the kick-off (第61分钟); rugby's halves are of 40 minutes
# (後半35分 is the 75th).
_YEAR_BEFORE_RE = re.compile(
    r"((?:19|20)\d\d)年?(?:度)?\s*(?:から|～|〜|~|－|-|–|—|・|、|と|や|および|ないし)\s*$"
)
_SEASON_BEFORE_RE = re.compile(r"((?:19|20)\d\d)[\-－–—/～〜]$")
_HALF_MINUTE_RE = re.compile(r"(延長)?(前半|後半)\s*$")
_HALF_START = {(False, "前半"): 0.0, (False, "後半"): 45.0, (True, "前半"): 90.0, (True, "後半"): 105.0}
_HALF_NAMED_RE = re.compile(r"(延長)?(?<![代年期紀])(前半|後半)")
_FULL_YEAR_RE = re.compile(r"(?<![0-9])((?:19|20)\d\d)年")
#: How far back in the sentence a half or a full year is looked for.
_SENTENCE_BACK = 60


def _last(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in the sentence of ``text`` that ends at ``end``."""
    start = max(0, end - _SENTENCE_BACK, text.rfind("。", 0, end) + 1)
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007  (the last one is wanted)
        pass
    return found


def target_readings(n: Number, text: str) -> list[float]:
    """The values a figure of the target ``text`` stands for besides its own (see above)."""
    out: list[float] = []
    if n.from_digits and len(n.text.strip()) == 2:
        # A range of years (2021年から23年) or a season or fiscal year written close (2024-25シーズン).
        pattern = _YEAR_BEFORE_RE if text.startswith("年", n.end) else _SEASON_BEFORE_RE
        before = pattern.search(text, max(0, n.start - 12), n.start)
        if before:
            out.append(float(before.group(1)[:2] + n.text.strip()))
        elif text.startswith("年", n.end) and (full := _last(_FULL_YEAR_RE, text, n.start)):
            # Once a sentence has named the century, it writes the later years short (2011年から
            # 16年までプレーし、19年12月に就任).
            out.append(float(full.group(1)[:2] + n.text.strip()))
    if text.startswith("分", n.end) and 0 < n.value <= 45:
        # The half is named right before the minute (後半16分) or earlier in the sentence
        # (後半に攻勢を強め、23分、…): the last one named before the figure counts.
        half = _HALF_MINUTE_RE.search(text, max(0, n.start - 6), n.start) or _last(
            _HALF_NAMED_RE, text, n.start
        )
        if half:
            out.append(_HALF_START[bool(half.group(1)), half.group(2)] + n.value)
            if half.group(2) == "後半" and not half.group(1):
                out.append(40.0 + n.value)
    return out


# A time written with a colon (15:30): the figure before it is an hour.
_CLOCK_RE = re.compile(r":(?=\d\d)")
_SRC_HALF_PAST_RE = re.compile(r"[点點时時]\s*半")
_TGT_HALF_PAST_RE = re.compile(r"時\s*半")

# Metric units in the base unit of their dimension (metre, gram, litre), on each side: a measure
# is often written in another decimal unit (1.5公里 = 1500メートル, 800克 = 0.8キロ). キロ alone is a
# kilometre or a kilogram.
_SRC_METRIC_RE = re.compile(r"\s*(公里|千米|厘米|毫米|米|公斤|千克|克|吨|噸|毫升|升)")
_SRC_METRIC = {
    "公里": ("m", 1000.0),
    "千米": ("m", 1000.0),
    "米": ("m", 1.0),
    "厘米": ("m", 0.01),
    "毫米": ("m", 0.001),
    "公斤": ("g", 1000.0),
    "千克": ("g", 1000.0),
    "克": ("g", 1.0),
    "吨": ("g", 1e6),
    "噸": ("g", 1e6),
    "升": ("l", 1.0),
    "毫升": ("l", 0.001),
}
_TGT_METRIC_RE = re.compile(
    r"\s*(キロメートル|キログラム|キロ|センチメートル|センチ|ミリメートル|ミリリットル|ミリ|メートル|グラム|トン"
    r"|リットル|km|kg|cm|mm|ml|m(?![a-z])|g(?![a-z])|t(?![a-z])|l(?![a-z]))"
)
_TGT_METRIC = {
    "キロメートル": ("m", 1000.0),
    "km": ("m", 1000.0),
    "キログラム": ("g", 1000.0),
    "kg": ("g", 1000.0),
    "キロ": ("mg", 1000.0),
    "センチメートル": ("m", 0.01),
    "センチ": ("m", 0.01),
    "cm": ("m", 0.01),
    "ミリメートル": ("m", 0.001),
    "ミリ": ("m", 0.001),
    "mm": ("m", 0.001),
    "メートル": ("m", 1.0),
    "m": ("m", 1.0),
    "グラム": ("g", 1.0),
    "g": ("g", 1.0),
    "トン": ("g", 1e6),
    "t": ("g", 1e6),
    "リットル": ("l", 1.0),
    "l": ("l", 1.0),
    "ミリリットル": ("l", 0.001),
    "ml": ("l", 0.001),
}
# A fraction (四分之一, 3分之2) and a percentage (25%, 25パーセント).
# The lookbehind starts a try only where a run of numerals starts (from inside a long run each
# character retried the rest of it: quadratic).
_FRACTION_RE = re.compile(rf"(?<![\d{_CJK_NUM}])(\d+|[{_CJK_NUM}]+)分之(\d+|[{_CJK_NUM}]+)")
_PERCENT_AFTER_RE = re.compile(r"\s*(?:[%％]|パーセント)")


def _same_quantities(
    src_text: str, src: list[Number], tgt_text: str, tgt: list[Number]
) -> tuple[set[int], set[int]]:
    """The offsets of figures each side writes as the same quantity in another form: a metric
    measure in another decimal unit of its dimension (1.5公里 = 1500メートル) and a fraction as a
    percentage (四分之一 = 25%, 三分之一 = 33.3%, rounded as written). Translators convert both
    for their readers; the figures then differ while the quantity does not."""
    # Keyed by value (rounded as written), so that each side is read once: hostile text holds
    # thousands of figures.
    measures: dict[tuple[str, float], list[int]] = {}
    percents: dict[tuple[int, float], list[int]] = {}
    for n in tgt:
        if m := _TGT_METRIC_RE.match(tgt_text, n.end):
            dims, factor = _TGT_METRIC[m.group(1)]
            for dim in dims:
                measures.setdefault((dim, round(n.value * factor, 6)), []).append(n.start)
        elif _PERCENT_AFTER_RE.match(tgt_text, n.end):
            places = _decimals(n.text)
            percents.setdefault((places, round(n.value, places)), []).append(n.start)
    same_src: set[int] = set()
    same_tgt: set[int] = set()
    for n in src:
        if m := _SRC_METRIC_RE.match(src_text, n.end):
            dim, factor = _SRC_METRIC[m.group(1)]
            if found := measures.get((dim, round(n.value * factor, 6))):
                same_src.add(n.start)
                same_tgt.update(found)
    for m in _FRACTION_RE.finditer(src_text):
        whole, part = (
            cjk_value(m.group(1)) or _digits(m.group(1)),
            cjk_value(m.group(2)) or _digits(m.group(2)),
        )
        if not whole or part is None:
            continue
        share = 100 * part / whole
        for places in range(3):
            if found := percents.get((places, round(share, places))):
                same_tgt.update(found)
                same_src.update(range(m.start(), m.end()))
    return same_src, same_tgt


def _digits(text: str) -> float | None:
    return float(text) if text.isdigit() else None


def _decimals(text: str) -> int:
    """Decimal places a figure is written with (33.3 → 1): the precision it was rounded to."""
    number = text.strip().rstrip("%％")
    return len(number.partition(".")[2])


_CENTURY_RE = re.compile(r"(\d{2}|[十一二]{2,3})世[纪紀](\d{2}|[一二三四五六七八九]十)年代")
_DOUBLING_RE = re.compile(r"翻了?\s*([一二两兩両三四]|\d)\s*番")
_QUARTER_RE = re.compile(r"(前)?(?:第)?([一二三四1-4])(?:个|個)?季度")
_HALF_YEAR_RE = re.compile(r"([上下])半年")
_HALF_GAME_RE = re.compile(r"([上下])半[场場时時]")
_FIRST_MONTHS_RE = re.compile(r"前([一二两三四五六七八九十]+|\d+)(?:个|個)月")


def _count(numeral: str) -> float:
    """A count written in digits or in Chinese numerals (4, 四, 10, 十)."""
    return float(numeral) if numeral.isdigit() else cjk_value(numeral) or 0.0


def _period_months(text: str) -> list[float]:
    """The first and last month of the periods Chinese economic news counts in quarters and halves,
    which Japanese writes as months: 三季度 = 7～9月期, 前三季度 = 1～9月, 上半年 = 1～6月,
    前10个月 = 1～10月; and the number of a match's half (下半场 = 第2ピリオド)."""
    out: list[float] = []
    for m in _QUARTER_RE.finditer(text):
        q = _count(m.group(2))
        out += [1.0, 3.0 * q] if m.group(1) else [3.0 * q - 2, 3.0 * q]
    for m in _HALF_YEAR_RE.finditer(text):
        out += [1.0, 6.0] if m.group(1) == "上" else [7.0, 12.0]
    # A match's halves are numbered in Japanese sports reports (第2ピリオド, 後半 = 2nd half).
    out += [1.0 if m.group(1) == "上" else 2.0 for m in _HALF_GAME_RE.finditer(text)]
    for m in _FIRST_MONTHS_RE.finditer(text):
        if n := _count(m.group(1)):
            out += [1.0, n]
    return out


# Scale words that give a figure its size: 成 and 割 are tenths (四成 = 4割 = 40%), 百分点 and
# ポイント are percentage points, 倍 a multiple, 位数 and 桁 a count of digits. A figure is compared
# with its scale: 近四成 rendered 4%近く keeps the digit and changes the size tenfold.
_SRC_SCALE_RE = re.compile(
    r"\s*[多余餘]?\s*(?:(?:[个個])?(百分[点點])|(成)(?![员員立为為功本果绩績就熟])|(倍)|([%％])|(位[数數]))"
)
_TGT_SCALE_RE = re.compile(r"\s*(?:余り|近く|強|弱)?\s*(?:(割)|((?:[%％]\s*)?ポイント)|([%％])|(倍)|(桁))")
_KINDS = ("pp", "tenths", "mult", "pct", "digits")  # the groups of the two patterns, in order
_TGT_KINDS = ("tenths", "pp", "pct", "mult", "digits")

#: A figure with its scale: kind (pct for 成/割/%, pp, mult, digits or "" for a bare number) and its
#: value in that kind's unit (四成 is pct 40).
Quantity = tuple[str, float]


def _quantity(n: Number, text: str, pattern: re.Pattern[str], kinds: tuple[str, ...]) -> Quantity:
    m = pattern.match(text, n.end)
    if not m:
        return ("", n.value)
    kind = kinds[m.lastindex - 1]  # type: ignore[operator]  # every alternative of the pattern is a group
    if kind == "tenths":
        return ("pct", n.value * 10)
    return (kind, n.value)


# What a percentage of the source may be the change of, in points: a rate (增长率, 失业率), a share
# (比重, 占比, 份额, 比例) or an index, named before the figure in the sentence.
_RATE_BEFORE_RE = re.compile(
    r"率|比重|[占佔]比|份[额額]|比例|百分比|指[数數]"
)  # the bridge writes 佔, 額, 數
_SENTENCE_END_RE = re.compile(r"[。！？!?]")


def _source_quantity(n: Number, text: str) -> Quantity:
    """A figure of the source with its scale (:func:`_quantity`); a percentage with no rate before
    it in the sentence is the change of a count or an amount ("pct!"), which points cannot render
    (持卡人数增长35% is 35%増, not 35ポイント増)."""
    q = _quantity(n, text, _SRC_SCALE_RE, _KINDS)
    if q[0] == "pct":
        ends = [m.end() for m in _SENTENCE_END_RE.finditer(text, 0, n.start)]
        if not _RATE_BEFORE_RE.search(text, ends[-1] if ends else 0, n.start):
            return ("pct!", q[1])
    return q


def _compatible(a: Quantity, b: Quantity) -> bool:
    """The same size in either scale. Chinese 增长N倍 reads as ×N or ×(N+1) and Japanese writes it
    as N倍, (N+1)倍 or N×100 %増; a percentage rendered as points is let pass where it is a rate's
    change (the rate named before it), the converse (百分点 rendered as %) is the defect."""
    (ka, va), (kb, vb) = a, b
    if "pct!" in (ka, kb):
        if "pp" in (ka, kb):
            return False
        ka, kb = ("pct" if k == "pct!" else k for k in (ka, kb))
    if ka == kb == "mult":
        return any(_close(va, v) for v in (vb, vb - 1, vb + 1))
    if ka == kb:
        return _close(va, vb)
    if {ka, kb} == {"mult", "pct"}:
        mult, pct = (va, vb) if ka == "mult" else (vb, va)
        return any(_close(pct, v) for v in (100 * mult, 100 * (mult - 1), 100 * (mult + 1)))
    return ka == "pct" and kb == "pp" and _close(va, vb)


def scale_changes(seg: Segment, digits: bool = False) -> list[Finding]:
    """Figures of the source whose digits reach the target with another scale word (近五倍 as
    5割近く, 四成 as 4%, 9.2个百分点 as 9.2%); with ``digits``, a count of digits read as another
    scale (两位数增长, double-digit growth, as 2倍の伸び), which misreads a word more than a figure."""
    if not (seg.source_stripped and seg.target_stripped):
        return []
    src_text = _PERCENT_RE.sub(_percent, _APPROX_RE.sub(_approx, seg.bridged))
    tgt_text = seg.target_norm
    source = seg.source_norm
    # The message quotes the source's own characters where the offsets agree.
    shown = source if len(source) == len(src_text) else src_text
    tgt = [(n, _quantity(n, tgt_text, _TGT_SCALE_RE, _TGT_KINDS)) for n in find_numbers(tgt_text)]
    out: list[Finding] = []
    for n in find_numbers(src_text):
        q = _source_quantity(n, src_text)
        if not q[0] or (q[0] == "digits") != digits or any(_compatible(q, tq) for _, tq in tgt):
            continue
        for t, tq in tgt:
            if _close(t.value, n.value) and tq[0] and not _compatible(q, tq):
                end = _TGT_SCALE_RE.match(tgt_text, t.end).end()  # type: ignore[union-attr]  # tq[0] says it matched
                out.append(
                    Finding(
                        f"{shown[n.start : _SRC_SCALE_RE.match(src_text, n.end).end()].strip('＿')} "  # type: ignore[union-attr]  # q[0] says it matched
                        f"rendered as {tgt_text[t.start : end]}: the scale changes the figure's size",
                        t.start,
                        end,
                    )
                )
                break
    return out


#: (numbers of the source missing in the target, numbers of the target the source lacks that may
#: have replaced one, years the target adds).
NumberDifferences = tuple[list[Finding], list[Finding], list[Finding]]


def number_differences(seg: Segment) -> NumberDifferences:
    """Worked out once per segment (``Segment.number_differences``) for :class:`NumberMismatch`
    (the first two) and :class:`AddedNumber` (the last)."""
    return _differences(seg) if seg.source_stripped and seg.target_stripped else ([], [], [])


# Measure words and units after which 一 or 两 is a count, not "a" (另一辆, 两次, 两英尺).
_MEASURE_RE = re.compile(r"\s*[个辆次名位家件条项篇场台套所座倍英尺寸里磅公斤米吨岁天周年月]")


# Any character a figure of either side is read from: a segment with none on either side (a third
# of a news corpus) has no figure to miss or to add.
_NUMERAL_RE = re.compile(rf"[\d{_CJK_NUM}]")


_CLAUSE_SPLIT_RE = re.compile("[，。；：！？,;]")
_LAST_ITEM_RE = re.compile("以及|和|与|及|或")


def _listed_counts(source: str) -> list[float]:
    """How many items each list of the source holds (托马斯、阿利托和戈萨奇: 3): a translator may
    count them (3判事), a figure the source does not write."""
    counts = []
    for clause in _CLAUSE_SPLIT_RE.split(source):
        commas = clause.count("、")
        if commas:
            last = clause.rsplit("、", 1)[1]
            counts.append(float(commas + 1 + (1 if _LAST_ITEM_RE.search(last) else 0)))
    return counts


_AGE_DECADE_RE = re.compile(r"(?<![\d.])([1-9]0)代")
_ZH_AGE_RE = re.compile("青少年|少年|青年|年轻|岁|后")


def _age_decades(source: str, target: str) -> list[float]:
    """A generation as Japanese counts it (10代の若者 for 青少年, 20代 for 二十多岁): the decade of
    age is the target's way of saying the source's age word, no figure of its own."""
    if not _ZH_AGE_RE.search(source):
        return []
    return [float(m.group(1)) for m in _AGE_DECADE_RE.finditer(target)]


_BASIS_POINTS_RE = re.compile(r"\s*[个個]?基点")


def _plainly_matched(src: list[Number], all_src: list[Number], tgt: list[Number]) -> bool:
    """Whether every figure of the source has its value among the target's figures and every
    figure of the target that could be flagged has its value among the source's: then
    :func:`_differences` finds nothing, whatever else it would read. Its other values (numerals of
    any kind, clock hours, scales, conversions) only widen what counts as found, so a figure found
    here is found there. Most segments with figures render them as they are (nine in ten of
    mt-dev's, 317 of 349), and the rest of the comparison was most of its time."""
    tgt_values = [t.value for t in tgt]
    if not all(any(_close(n.value, v) for v in tgt_values) for n in src):
        return False
    src_values = [n.value for n in all_src]
    return all(not t.from_digits or t.value == 1 or any(_close(v, t.value) for v in src_values) for t in tgt)


def _differences(seg: Segment) -> NumberDifferences:
    if not _NUMERAL_RE.search(seg.bridged) and not _NUMERAL_RE.search(seg.target_norm):
        return [], [], []
    # The bridge has named the weekdays (周四 → 木曜); ranges (七八百) are not one figure.
    src_text = _PERCENT_RE.sub(_percent, _APPROX_RE.sub(_approx, _pad_neighbours(seg.bridged)))
    # 一 and 两 are as often "a" / "both" as numbers, and are rendered freely (2つ, 両, 二): count
    # Chinese numerals only from 3 up.
    all_src = find_numbers(src_text)
    src = [n for n in all_src if n.from_digits or n.value > 2]
    tgt_text = _APPROX_RE.sub(_approx, _WEEKDAY_RE.sub(lambda m: "＿" * len(m.group()), seg.target_norm))
    tgt = find_numbers(tgt_text)
    if not src and not tgt:
        # Nothing to miss and nothing added: half the segments of a news corpus have no figure.
        return [], [], []
    if _plainly_matched(src, all_src, tgt):
        return [], [], []
    # A number of the source is found in any numeral of the target, with or without a counter
    # (三番手, 三つ), and in katakana numerals (フォーボール).
    tgt_values = (
        [n.value for n in tgt]
        + [v for m in _CJK_RUN_RE.finditer(seg.target_norm) if (v := cjk_value(m.group())) is not None]
        + [float(_KATAKANA_NUMERALS[m.group()]) for m in _KATAKANA_NUM_RE.finditer(seg.target_norm)]
    )
    # For "is this target number in the source?" be generous: any numeral of the source counts,
    # with or without a measure word (第二 → 2番目, 四战 → 4試合, 另一辆 → もう1台), and a
    # multiple counts as the Chinese reads it too (扩大一倍, "grew by one times", is ×2).
    src_values = [n.value for n in all_src] + [
        v for m in _CJK_RUN_RE.finditer(seg.bridged) if (v := cjk_value(m.group())) is not None
    ]
    src_values += [n.value + 1 for n in all_src if src_text.startswith("倍", n.end)]
    src_values += _neighbour_values(seg.bridged) + _half_values(seg.bridged) + _place_values(seg.bridged)
    src_values += _listed_counts(seg.source) + _age_decades(seg.source, seg.target_norm)
    tgt_values += _quarters_of_months(seg.target_norm) + _target_halves(seg.target_norm)
    # The hour of a 12-hour clock and of a 24-hour one (下午3点 = 15時, 15点 = 午後3時).
    readings = {n.start: target_readings(n, seg.target_norm) for n in tgt}
    tgt_values += [v for values in readings.values() for v in values]
    src_values += _other_clock([n for n in all_src if _SRC_HOUR_RE.match(src_text, n.end)])
    tgt_values += _other_clock([n for n in tgt if _TGT_HOUR_RE.match(seg.target_norm, n.end)])
    # 翻一番 doubles, 翻两番 quadruples.
    src_values += [2.0 ** _count(m.group(1)) for m in _DOUBLING_RE.finditer(seg.bridged)]
    src_values += _date_shorthand_values(seg.bridged)
    # The field of a knockout round (八分之一决赛: the last 16, ベスト16).
    src_values += [
        2 * v
        for m in _ROUND_FIELD_RE.finditer(src_text)
        if (v := cjk_value(m.group(1)) or _digits(m.group(1)))
    ]
    src_values += _period_months(seg.source)
    # Half past (三点半 = 3時30分, 15:30 = 3時半): thirty minutes on either side.
    src_values += [30.0 for _ in _SRC_HALF_PAST_RE.finditer(seg.source)]
    tgt_values += [30.0 for _ in _TGT_HALF_PAST_RE.finditer(seg.target_norm)]
    src_values += _other_clock([n for n in all_src if _CLOCK_RE.match(src_text, n.end)])
    tgt_values += _other_clock([n for n in tgt if _CLOCK_RE.match(tgt_text, n.end)])
    # Beijing time given as Japan time, an hour ahead (北京时间3时17分 → 日本時間4時17分): Japanese
    # news converts the hour for its readers.
    if _BEIJING_TIME_RE.search(seg.source) and _JAPAN_TIME_RE.search(seg.target_norm):
        src_hours = [n for n in all_src if _SRC_HOUR_RE.match(src_text, n.end) and 0 <= n.value < 24]
        tgt_hours = [n for n in tgt if _TGT_HOUR_RE.match(seg.target_norm, n.end) and 0 < n.value <= 24]
        src_values += [n.value + 1 + step for n in src_hours for step in (0, 12)]
        tgt_values += [n.value - 1 - step for n in tgt_hours for step in (0, 12)]
    same_src, same_tgt = _same_quantities(src_text, all_src, tgt_text, tgt)
    imperial = [n for n in all_src if _IMPERIAL_RE.match(src_text, n.end)]
    conversions = _conversions(src_text, imperial) + _chinese_conversions(src_text, all_src)
    # Basis points (下调25个基点) are hundredths of a percentage point: Japanese news writes them
    # as the percentage (0.25%引き下げ) as often as ベーシスポイント.
    for n in all_src:
        if _BASIS_POINTS_RE.match(src_text, n.end) and any(_close(n.value / 100, v) for v in tgt_values):
            src_values.append(n.value / 100)
            tgt_values.append(n.value)
    # A figure with a scale word is found in the same size in another scale (两成 = 20%, 增长1.2倍 =
    # 120%増), and a century with its decade in the year (20世纪90年代 = 1990年代).
    tgt_quantities = [_quantity(n, seg.target_norm, _TGT_SCALE_RE, _TGT_KINDS) for n in tgt]
    src_quantities = {n: _source_quantity(n, src_text) for n in all_src}
    for m in _CENTURY_RE.finditer(src_text):
        century, decade = _count(m.group(1)), _count(m.group(2))
        if any(_close(v, (century - 1) * 100 + decade) for v in tgt_values):
            tgt_values.append(century)
    for m in _HEIGHT_RE.finditer(src_text):
        height = float(m.group(1)) * 100 + float(m.group(2))
        src_values.append(height)
        if any(_close(v, height) for v in tgt_values):
            src = [n for n in src if not m.start() <= n.start < m.end()]
    missing = [
        Finding(f"number {n.text.strip()} of the source ({n.value:g}) is missing in the target")
        for n in src
        if n not in imperial
        and not _source_conversion(n, src_text)
        and not _ROUND_RE.match(src_text, n.end)
        and n.start not in same_src
        and not any(_close(n.value, v) for v in tgt_values)
        and not any(_compatible(src_quantities[n], q) for q in tgt_quantities if q[0])
    ]
    # Whether a figure the target lacks could have been replaced by one it adds: any numeral of the
    # source that the target does not have, imperial measures and 一/两 before a measure word
    # (另一辆, 两英尺) included, ordinals (第一个 → 最初の) not.
    replaced = any(
        not any(_close(n.value, v) for v in tgt_values)
        and n.start not in same_src
        and not src_text.startswith("第", n.start - 1)
        and (n in src or n in imperial or _MEASURE_RE.match(src_text, n.end))
        for n in all_src
    )
    extra: list[Finding] = []
    added: list[Finding] = []
    for n, q in zip(tgt, tgt_quantities, strict=True):
        # "1" is too often a rendering choice (第一 → 1番, 全天 → 1日) to flag on its own.
        if (
            not n.from_digits
            or n.value == 1
            or n.start in same_tgt
            or any(_close(v, n.value) for v in src_values)
            or any(_close(v, r) for r in readings[n.start] for v in src_values)
        ):
            continue
        if q[0] and any(_compatible(sq, q) for sq in src_quantities.values() if sq[0]):
            continue
        if _METRIC_RE.match(seg.target_norm, n.end) and _is_conversion(n.value, conversions):
            continue
        if not replaced and _explicit_count(n, tgt_text):
            continue
        if _currency_gloss(n, tgt_text):
            continue
        message = f"number {n.text.strip()} is not in the source"
        # A year (1988年) is a date the sentence states; a count or a measure the source lacks is
        # too often a misread figure of the source (another parse of 另一辆, 两英尺) to call it added.
        if not replaced and _YEAR_RE.fullmatch(seg.target_norm, n.start, n.end + 1):
            added.append(Finding(f"{message}: added", n.start, n.end))
        else:
            extra.append(Finding(message, n.start, n.end))
    return missing, extra, added


_YEAR_RE = re.compile(r"(?:19|20)\d\d年")

# A knockout round named by the share of the field left (四分之一决赛 is the quarter-final, 準々決勝;
# 八分之一决赛 the round of 16): the name of a round, not a figure.
_ROUND_RE = re.compile(r"\s*分之一\s*(?:决赛|決賽|决賽|決勝)")
# The lookbehind starts a try only where a run of numerals starts (a long run retried from each
# of its characters is quadratic).
_ROUND_FIELD_RE = re.compile(r"(?<![\d二四八十六])(\d+|[二四八十六]+)\s*分之一\s*(?:决赛|決賽|决賽|決勝)")

_BEIJING_TIME_RE = re.compile("北京时间|北京時間")
_JAPAN_TIME_RE = re.compile("日本時間")

# A sum the source converts in brackets (41亿美元（约合295亿元人民币）): the Japanese press gives its
# own conversion into yen there (41億ドル（約6200億円）) or none, so the source's converted figure
# need not reach the target where the target converts too or writes the sum it converts.
_SRC_CONVERSION_RE = re.compile(r"[（(]\s*(?:约合|約合|折合|合)\s*$")


def _source_conversion(n: Number, src_text: str) -> bool:
    """Whether ``n`` is the figure of a conversion the source glosses a sum with, in brackets."""
    return bool(_SRC_CONVERSION_RE.search(src_text, max(0, n.start - 6), n.start))


# A sum converted into the reader's currency in brackets after the figure (35億ドル（約3800億円）):
# Japanese press practice, a gloss on a figure the target keeps, not a figure of its own.
_CURRENCY = r"(?:円|ドル|ユーロ|元|ポンド|ウォン|ルーブル|ルピー)"
_CURRENCY_GLOSS_RE = re.compile(rf"{_CURRENCY}\s*[（(]\s*(?:約|およそ)\s*$")
_CURRENCY_AFTER_RE = re.compile(rf"\s*(?:[万億]\s*)?{_CURRENCY}")


def _currency_gloss(n: Number, text: str) -> bool:
    """Whether a figure of the target is a bracketed sum in another currency right after a sum."""
    return bool(
        _CURRENCY_GLOSS_RE.search(text, max(0, n.start - 12), n.start)
        and _CURRENCY_AFTER_RE.match(text, n.end)
    )


#: The largest count a translator writes out where the source says it without a numeral. Chosen by
#: cross-validation over documents (benchmarks/cv_checks.py --grid
#: alignment.checks.numbers.EXPLICIT_COUNT_MAX=1,2,3,4; 1 turns the allowance off).
EXPLICIT_COUNT_MAX = 3
# Counters of people, animals and things: what a plural pronoun or noun of the source counts.
_EXPLICIT_COUNTER_RE = re.compile(r"\s*(?:人|名|頭|匹|羽|台|つ|社|校|[カヵヶか]国|件|本|機|隻|組|チーム)")


def _explicit_count(n: Number, text: str) -> bool:
    """Whether a figure of the target is a small count of people or things: independent human
    translations make a count the context gives explicit (它们 → 2頭, 姐妹俩 → 姉妹2人, the
    defenders he passed → 3人のディフェンダー). The caller asks only where no figure of the source
    is missing, so that a count put in the place of another (两次 → 3回) is still flagged."""
    return (
        n.value <= EXPLICIT_COUNT_MAX
        and n.value.is_integer()
        and bool(_EXPLICIT_COUNTER_RE.match(text, n.end))
    )


class NumberMismatch(Check):
    """A number of the source missing or changed. A year the target adds while every figure of the
    source is there (1988年以来 in a sentence whose source has only 34年) is new content, which
    :class:`AddedNumber` reports as an addition."""

    code = "number-mismatch"
    category = "number"
    severity = "major"
    description = gettext_noop(
        "A number of the source is missing from the target, or replaced by one the source lacks."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        missing, extra, _ = seg.number_differences
        yield from missing
        yield from extra


class AddedNumber(Check):
    code = "addition-number"
    category = "addition"
    severity = "major"
    description = gettext_noop(
        "A year the source does not have, where every figure of the source is rendered (1988年以来 added)."
    )
    subsumes = ADDITION_SUBSUMES

    def check(self, seg: Segment) -> Iterator[Finding]:
        yield from seg.number_differences[2]


# zh measure word → Japanese counters that render it wrongly (102篇 is 102本/件/記事, never 102枚).
WRONG_COUNTERS = {
    "篇": "枚個台",
    "名": "枚台本",
    "家": "枚本人",
    "辆": "枚本人個",
    "位": "枚台",
    "项": "枚本",
}


# A number and its measure word. The lookbehind starts a try only where a number starts: without it a
# run of digits with no measure word after it was retried from each digit (quadratic).
_COUNTED_RE = re.compile(r"(?<!\d)(\d+)\s*([篇名家辆位项])")


class WrongCounter(Check):
    code = "number-counter"
    linear = False  # pairs every number of the source with the counters of the target
    category = "number"
    severity = "minor"
    description = gettext_noop(
        "A number keeps its value but gets a counter that does not fit the source's measure word."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped:
            return
        for m in _COUNTED_RE.finditer(seg.source):
            wrong = WRONG_COUNTERS[m.group(2)]
            for t in re.finditer(rf"(?<!\d){m.group(1)}\s*([{wrong}])", seg.target_norm):
                yield Finding(
                    f"{m.group()} rendered as {t.group()}: counter {t.group(1)} does not fit {m.group(2)}",
                    t.start(),
                    t.end(),
                )
        yield from copied_counters(seg)


DATA = Path(__file__).resolve().parent.parent / "data" / "counters.json"


@dataclass(frozen=True)
class CounterRule:
    """A Chinese classifier whose Japanese copy is wrong for some nouns (``alignment/data/counters.json``)."""

    classifier: str
    copied: tuple[str, ...]
    nouns: tuple[str, ...]  # the copy is wrong for these nouns only (none: for any noun) ...
    exceptions: tuple[str, ...]  # ... but right for these
    use: tuple[str, ...]


@cache
def counter_rules() -> tuple[CounterRule, ...]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return tuple(
        CounterRule(
            e["classifier"],
            tuple(e["copied"]),
            tuple(e.get("nouns", ())),
            tuple(e.get("except", ())),
            tuple(e["use"]),
        )
        for e in data["entries"]
    )


# A count in the source: a number, "more than" (60余批次), the classifier. An ordinal (第3位), a
# top-N (前3位) or a rank (排名3位) is not a count.
_SRC_COUNT_RE = re.compile(
    rf"(?<![\d.第前名{_CJK_NUM}])(?<!排名)(\d+(?:\.\d+)?|[{_CJK_NUM}]+)\s*[多余餘]?\s*([个個座台家批所项項架条條位])"
)
_CLAUSE_END_RE = re.compile(r"[，。、；：！？,;:!?（）()“”「」《》\d]")
_PERSONS_RE = re.compile(rf"(?<![\d{_CJK_NUM}])(\d+|[{_CJK_NUM}]+)\s*[多余餘]?\s*[名人位]")


def _window(text: str, start: int, end: int) -> str:
    m = _CLAUSE_END_RE.search(text, start, end)
    return text[start : m.start() if m else end]


def _before(text: str, end: int, size: int = 10) -> str:
    start = max(0, end - size)
    last = None
    for last in _CLAUSE_END_RE.finditer(text, start, end):  # noqa: B007  the last one bounds the clause
        pass
    return text[last.end() if last else start : end]


def _counted_noun_class(rule: CounterRule, after: str, before: str) -> bool:
    """Whether the rule applies to the counted noun, looked for after the classifier and, where
    nothing follows it in the clause (医疗点40个，), before it: an excepted noun (山 for 座, 设备 for
    台) keeps the copy; a rule with nouns applies to those only; one without, to any noun."""
    context = after or before
    if any(w in context for w in rule.exceptions):
        return False
    return not rule.nouns or any(w in context for w in rule.nouns)


def copied_counters(seg: Segment) -> Iterator[Finding]:
    """Japanese counters that copy the source's classifier where the counted noun takes another
    (10个项目 → 10個, 22座加氢站 → 22座, 60余批次 → 60名)."""
    source = seg.source_norm
    target = seg.target_norm
    tgt = find_numbers(target)
    persons = {
        cjk_value(m.group(1)) if not m.group(1)[0].isdigit() else float(m.group(1))
        for m in _PERSONS_RE.finditer(source)
    }
    seen: set[int] = set()
    for m in _SRC_COUNT_RE.finditer(source):
        raw, classifier = m.group(1), m.group(2).replace("個", "个").replace("項", "项").replace("條", "条")
        value = float(raw) if raw[0].isdigit() else cjk_value(raw)
        if value is None or (not raw[0].isdigit() and value < 2):
            continue
        after, before = _window(source, m.end(), m.end() + 12), _before(source, m.start(1))
        if classifier == "批" and after.startswith("准"):  # 批准, approve
            continue
        for rule in counter_rules():
            if rule.classifier != classifier or not _counted_noun_class(rule, after, before):
                continue
            for t in tgt:
                if t.start in seen or not _close(t.value, value):
                    continue
                c = re.compile(r"\s*(?:余り|余|多)?\s*(" + "|".join(rule.copied) + r")(?!目|属|長)").match(
                    target, t.end
                )
                # 60批次代表团, 300人: a person counter is wrong for the batches, not for the people.
                if not c or (classifier == "批" and value in persons):
                    continue
                seen.add(t.start)
                yield Finding(
                    f"{m.group().strip()} rendered as {target[t.start : c.end()]}: Japanese counts this with "
                    f"{'/'.join(rule.use)}, not {c.group(1)}",
                    t.start,
                    c.end(),
                )


# 分别 ("respectively") pairs the figures after it with the items before it, in order; それぞれ
# does the same in Japanese. The same figures in another order pair them with the wrong items.
_RESPECTIVE_SRC_RE = re.compile(r"分别|分別")
_CLAUSE_RE = re.compile(r"[。；;！？!?]")


def _figures_after(text: str, marker: re.Match) -> list[Number]:
    end = _CLAUSE_RE.search(text, marker.end())
    stop = end.start() if end else len(text)
    return [n for n in find_numbers(text) if marker.end() <= n.start < stop]


def swapped_figures(seg: Segment) -> list[Finding]:
    if not (seg.source_stripped and seg.target_stripped):
        return []
    source = _PERCENT_RE.sub(_percent, seg.source_norm)
    s = _RESPECTIVE_SRC_RE.search(source)
    t = re.search("それぞれ|各々|各自", seg.target_norm)
    if not s or not t:
        return []
    src = [n.value for n in _figures_after(source, s)]
    tgt_numbers = _figures_after(seg.target_norm, t)
    tgt = [n.value for n in tgt_numbers]
    if len(src) < 2 or len(src) != len(tgt) or sorted(src) != sorted(tgt) or src == tgt:
        return []
    return [
        Finding(
            f"the figures after 分别 ({', '.join(f'{v:g}' for v in src)}) come in another order after "
            f"{t.group()} ({', '.join(f'{v:g}' for v in tgt)}): they are paired with the wrong items",
            tgt_numbers[0].start,
            tgt_numbers[-1].end,
        )
    ]


class SwappedFigures(Check):
    code = "number-order"
    category = "number"
    severity = "major"
    description = gettext_noop(
        "Respective figures (分别 A、B → それぞれ A、B) come in another order, so each is paired with "
        "the wrong item."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        yield from swapped_figures(seg)


class ScaleChange(Check):
    code = "number-scale"
    category = "number"
    severity = "major"
    description = gettext_noop(
        "A figure keeps its digits but changes its size with another scale word (近五倍 → 5割近く, "
        "四成 → 4%, 百分点 → %)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        yield from scale_changes(seg)


# Chinese states a growth by the increase: 增长1.3倍 (official statistics' usage: "grew by 1.3
# times") is +130 %, the new value 2.3 times the old, which Japanese writes 2.3倍 or 130%増;
# 翻一番 doubles and 翻两番 quadruples. A verb of increase, 了 and an approximation may come
# between (提高了近五倍); 增至/增长到…的N倍 and 是…的N倍 state the multiple itself.
_MULT_NUMERAL = rf"(\d+(?:\.\d+)?|[{_CJK_NUM}]+)"
_INCREASE_BY_RE = re.compile(
    rf"(?:增(?:长|長|加|多)?|提高|升|[涨漲]|[扩擴]大)了?\s*(?:将近|將近|近|约|約|逾|超过|超過)?\s*"
    rf"{_MULT_NUMERAL}\s*(?:[多余餘]\s*)?倍"
)
_SRC_MULTIPLE_RE = re.compile(rf"{_MULT_NUMERAL}\s*(?:[多余餘]\s*)?倍")
# A target's N倍 read as a multiple: after の or 比 (前年同期の1.3倍, 前年比1.3倍) or before に, と, a
# copula or the end of a clause (1.3倍に増加, 1.3倍となった). N倍増 and N倍 before a verb of increase
# (1.3倍伸びた, 1.3倍の増加) are left alone: Japanese reads them as ×N or as ×(N+1).
_TGT_MULT_RE = re.compile(r"\s*倍\s*(?:近く|強|弱|余り|超|以上|程度|ほど|前後)?")
_TGT_AMBIGUOUS_RE = re.compile(r"(?:の)?\s*(?:増|伸|拡|上昇|膨|急増|跳ね)")
_TGT_MULTIPLE_AFTER_RE = re.compile(r"に|と|で|だ|です|であ|を|[。、，,）)」]|$")
_TGT_MULTIPLE_BEFORE_RE = re.compile(r"[の比]\s*$")
_TGT_PERCENT_RE = re.compile(r"\s*(?:[%％]|パーセント)")


def _numeral(text: str) -> float | None:
    return float(text) if text[0].isdigit() else cjk_value(text)


def _multiples(text: str, numbers: list[Number]) -> list[tuple[Number, int, bool]]:
    """The target's figures followed by 倍: each with the end of its 倍 (and approximation) and
    whether it reads as a multiple (see :data:`_TGT_MULT_RE`)."""
    out = []
    for n in numbers:
        m = _TGT_MULT_RE.match(text, n.end)
        if not m:
            continue
        multiple = not _TGT_AMBIGUOUS_RE.match(text, m.end()) and bool(
            _TGT_MULTIPLE_BEFORE_RE.search(text, max(0, n.start - 3), n.start)
            or _TGT_MULTIPLE_AFTER_RE.match(text, m.end())
        )
        out.append((n, m.end(), multiple))
    return out


def multiples_misread(seg: Segment) -> list[Finding]:
    """The source's 增长N倍 rendered as N倍 (not (N+1)倍 nor N×100%増), and its 翻N番 as N倍."""
    if not (seg.source_stripped and seg.target_stripped) or "倍" not in seg.target_norm:
        return []
    source = seg.source_norm
    # (the source's wording, its N, the new value as a multiple of the old, whether any N倍 of the
    # target is wrong or only one read as a multiple, the span)
    stated: list[tuple[str, float, float, bool, tuple[int, int]]] = []
    for m in _INCREASE_BY_RE.finditer(source):
        n = _numeral(m.group(1))
        if n:
            stated.append((m.group(), n, n + 1, False, m.span(1)))
    for m in _DOUBLING_RE.finditer(source):
        n = _numeral(m.group(1))
        if n:
            stated.append((m.group(), n, 2.0**n, True, (m.start(), m.end())))
    if not stated:
        return []
    # A multiple the source states as such (是去年的两倍) may be what the target's N倍 renders.
    increases = [span for *_, span in stated]
    others = [
        v
        for m in _SRC_MULTIPLE_RE.finditer(source)
        if not any(a <= m.start(1) < b for a, b in increases) and (v := _numeral(m.group(1))) is not None
    ]
    target = seg.target_norm
    numbers = find_numbers(target)
    multiples = _multiples(target, numbers)
    percents = [n.value for n in numbers if _TGT_PERCENT_RE.match(target, n.end)]
    out: list[Finding] = []
    for wording, n, times, any_form, _ in stated:
        if any(_close(v, n) for v in others):
            continue
        # Stated as the new value (2.3倍, 前年比230%) or as the increase (130%増) somewhere.
        if any(_close(t.value, times) for t, _, _ in multiples) or any(
            _close(p, 100 * (times - 1)) or _close(p, 100 * times) for p in percents
        ):
            continue
        if _close(times, 2) and re.search(r"(?<![\d.０-９])倍増", target):
            continue
        for t, end, multiple in multiples:
            if _close(t.value, n) and (multiple or any_form):
                out.append(
                    Finding(
                        f"{wording} rendered as {target[t.start : end].strip()}: {wording} means "
                        f"{times:g}倍 ({100 * (times - 1):g}%増), the new value {times:g} times the old",
                        t.start,
                        end,
                    )
                )
                break
    return out


class MultipleMisread(Check):
    code = "number-multiple"
    category = "number"
    severity = "major"
    description = gettext_noop(
        "A growth stated by its increase rendered as the multiple: 增长1.3倍 (+130%, 2.3 times) as "
        "1.3倍に増加, 翻两番 (quadrupled) as 2倍."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        yield from multiples_misread(seg)


class DigitCountMisread(Check):
    code = "mistranslation-digits"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "A count of digits read as another scale: double-digit growth (两位数增长) rendered as doubling (2倍)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        yield from scale_changes(seg, digits=True)


# How often: 每两年一次 (once every two years) against 年2回 (twice a year). Each side gives a period
# (a number of years, months, weeks or days) and a count per period; the check compares the rates.
_NUMERAL = rf"(\d+|[{_CJK_NUM}]+)"
_SRC_UNIT = {
    "年": "年",
    "月": "月",
    "个月": "月",
    "個月": "月",
    "周": "週",
    "週": "週",
    "星期": "週",
    "天": "日",
    "日": "日",
}
_SRC_FREQ_RE = re.compile(
    rf"[每毎](?:隔)?\s*{_NUMERAL}?\s*(个月|個月|年|月|周|週|星期|天|日)[^，。；,;！？、]{{0,12}}?"
    rf"(?<![第\d{_CJK_NUM}]){_NUMERAL}\s*[次回届屆趟](?![数數])"
    rf"|(?<![每毎\d{_CJK_NUM}]){_NUMERAL}\s*(年)\s*[一1]\s*[次回届屆度](?![数數])"
)
_TGT_UNIT = {
    "年": "年",
    "か月": "月",
    "カ月": "月",
    "ヶ月": "月",
    "ケ月": "月",
    "月": "月",
    "週": "週",
    "週間": "週",
    "日": "日",
}
_TGT_FREQ_RE = re.compile(
    r"(?<![\d一二三四五六七八九十])(?:毎|1|一)?(年|月|週)\s*に?\s*(\d+|[一二三四五六七八九十]+)\s*[回度]"
    r"|(?<![\d一二三四五六七八九十])(\d+|[二三四五六七八九十]+)\s*(年|か月|カ月|ヶ月|ケ月|週間|週|日)\s*(?:に|で)"
    r"\s*(\d+|[一二三四五六七八九十]+)\s*[回度]"
    r"|(?<![\d一二三四五六七八九十])(\d+|[二三四五六七八九十]+)\s*(年|か月|カ月|ヶ月|ケ月|週間|週|日)\s*(?:ごと|毎|おき)"
    r"|(隔年)"
)

#: A frequency: unit (年, 月, 週, 日), period in that unit, count per period, span.
Frequency = tuple[str, float, float, int, int]


def _source_frequency(text: str) -> Frequency | None:
    m = _SRC_FREQ_RE.search(text)
    if not m or "隔" in m.group():  # 每隔一年 is read as every year and as every other year
        return None
    if m.group(2):
        period, unit, count = m.group(1) or "1", _SRC_UNIT[m.group(2)], m.group(3)
    else:
        period, unit, count = m.group(4), "年", "1"
    return unit, _count(period), _count(count), m.start(), m.end()


def _target_frequency(text: str) -> Frequency | None:
    m = _TGT_FREQ_RE.search(text)
    if not m:
        return None
    if m.group(1):
        unit, period, count = _TGT_UNIT[m.group(1)], 1.0, _count(m.group(2))
    elif m.group(4):
        unit, period, count = _TGT_UNIT[m.group(4)], _count(m.group(3)), _count(m.group(5))
    elif m.group(7):
        unit, period, count = _TGT_UNIT[m.group(7)], _count(m.group(6)), 1.0
    else:
        unit, period, count = "年", 2.0, 1.0
    return unit, period, count, m.start(), m.end()


class FrequencyChange(Check):
    code = "number-frequency"
    category = "number"
    severity = "major"
    description = gettext_noop(
        "How often something happens changes: once every two years (每两年一次) rendered as twice a "
        "year (年2回), or the converse."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not (seg.source_stripped and seg.target_stripped):
            return
        source = seg.source_norm
        src = _source_frequency(source)
        if not src:
            return  # the target's pattern, slower to search, only where the source states one
        tgt = _target_frequency(seg.target_norm)
        if not tgt or src[0] != tgt[0] or not (src[1] and tgt[1]):
            return
        if not _close(src[2] / src[1], tgt[2] / tgt[1]):
            yield Finding(
                f"{source[src[3] : src[4]]} ({src[2]:g} per {src[1]:g} {src[0]}) rendered as "
                f"{seg.target_norm[tgt[3] : tgt[4]]} ({tgt[2]:g} per {tgt[1]:g} {tgt[0]})",
                tgt[3],
                tgt[4],
            )
