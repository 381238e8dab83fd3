"""Numbers: every number of the source in the target, with Chinese and Japanese numerals normalised.

Values, not strings, are compared: 1.2万 = 12,000 = 1万2000, 两 = 2, 亿 = 億, 三十一 = 31, １２ = 12.
Chinese numerals count only before a measure word or date unit, so that 一些 / 统一 / 周六 (Saturday)
are not numbers; a lone 一 (the article "a") is ignored on the source side.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

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
_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_CJK_NUM = "零〇一二两兩両三四五六七八九十百千万萬亿億"
# Measure words, counters and date/time units after which a Chinese or kanji numeral is a number.
_COUNTERS = (
    "个個名位人辆輛台次回年月日号號点點时時岁歳家篇件条條项項座所只隻头頭届屆天周週倍分秒元円美欧镑米公里"
    "里千克斤吨噸枚本冊册部张張股架艘层層楼樓期批组組对對双雙国國市区區县縣省城种種类類场場轮輪份章节節级級"
    "度成割%％世"
)
# A kanji numeral is at most 32 characters: an unbounded run before the lookahead was retried from
# each of its characters (quadratic on a long run of 三 with no counter after it).
_NUM_RE = re.compile(
    rf"(?<![0-9.])((?:\d+(?:,\d{{3}})*(?:\.\d+)?\s*[千万萬亿億]+\s*)*\d+(?:,\d{{3}})*(?:\.\d+)?)\s*([千万萬亿億]*)"
    rf"|(?<![周星期礼拜拝初])([{_CJK_NUM}]{{1,32}})(?=[{_COUNTERS}])"
    rf"|(?<=第)([{_CJK_NUM}]+)"
)
# Numerals inside words that are not numbers: 十分 (very), 万岁 (long live), 百分之百 (entirely)...
_IDIOM_RE = re.compile(r"十分(?!钟|鐘)|万[岁歳]|千载|万一|一一|两国|両国|两岸|両岸|一[些直起切般样定]")
_CJK_RUN_RE = re.compile(f"[{_CJK_NUM}]+")
_WEEKDAY_RE = re.compile(r"(周|星期|礼拜|禮拜)[一二三四五六日天]")


# Approximations: 550多万 / 百余 (a number with "more than") keep their value; 数百 / 几千 ("several
# hundred") are not a number to be matched, on either side.
_APPROX_RE = re.compile(r"(\d)\s*[多余餘]\s*(?=[万萬亿億千百])|[数數几幾][十百千万萬亿億]+")


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
    r"\s*(?:センチ|ミリ|メートル|キロ|グラム|リットル|ヘクタール|平方|度|℃|[ckm]?m(?![a-z])|k?g(?![a-z])|km|ha)"
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


def cjk_value(text: str) -> float | None:
    """二十三 → 23, 三万五千 → 35000, 二〇一九 → 2019, 1.2万 handled by the caller."""
    if all(c in _DIGITS for c in text) and len(text) > 1:
        return float("".join(str(_DIGITS[c]) for c in text))
    total = section = 0
    digit = None
    for c in text:
        if c in _DIGITS:
            digit = _DIGITS[c]
        elif c in _UNITS:
            section += (digit if digit is not None else 1) * _UNITS[c]
            digit = None
        elif c in _BIG:
            section += digit or 0
            total += (section or 1) * _BIG[c]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))


_MIXED_PART_RE = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)\s*([千万萬亿億]*)")


def mixed_value(text: str) -> float:
    """Digits with kanji units: 22億5000万 → 2,250,000,000; 1億2千万 → 120,000,000; 1 万 6 千 → 16,000."""
    total = section = 0.0
    for m in _MIXED_PART_RE.finditer(text):
        value = float(m.group(1).replace(",", ""))
        for unit in m.group(2):
            if unit == "千":
                value *= 1000
            else:
                total += (section + value) * _BIG[unit]
                section = value = 0.0
        section += value
    return total + section


def find_numbers(text: str) -> list[Number]:
    out = []
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
    return out


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


#: (numbers of the source missing in the target, numbers of the target the source lacks that may
#: have replaced one, years the target adds).
NumberDifferences = tuple[list[Finding], list[Finding], list[Finding]]


def number_differences(seg: Segment) -> NumberDifferences:
    """Worked out once per segment (``Segment.number_differences``) for :class:`NumberMismatch`
    (the first two) and :class:`AddedNumber` (the last)."""
    return _differences(seg) if seg.source_stripped and seg.target_stripped else ([], [], [])


# Measure words and units after which 一 or 两 is a count, not "a" (另一辆, 两次, 两英尺).
_MEASURE_RE = re.compile(r"\s*[个辆次名位家件条项篇场台套所座倍英尺寸里磅公斤米吨岁天周年月]")


def _differences(seg: Segment) -> NumberDifferences:
    src_text = _PERCENT_RE.sub(
        _percent,
        _APPROX_RE.sub(_approx, seg.bridged),  # the bridge has named the weekdays (周四 → 木曜)
    )
    # 一 and 两 are as often "a" / "both" as numbers, and are rendered freely (2つ, 両, 二): count
    # Chinese numerals only from 3 up.
    all_src = find_numbers(src_text)
    src = [n for n in all_src if n.from_digits or n.value > 2]
    tgt = find_numbers(
        _APPROX_RE.sub(_approx, _WEEKDAY_RE.sub(lambda m: "＿" * len(m.group()), seg.target_norm))
    )
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
    src_values += _date_shorthand_values(seg.bridged)
    src_values += _period_months(seg.source)
    imperial = [n for n in all_src if _IMPERIAL_RE.match(src_text, n.end)]
    conversions = _conversions(src_text, imperial)
    missing = [
        Finding(f"number {n.text.strip()} of the source ({n.value:g}) is missing in the target")
        for n in src
        if n not in imperial and not any(_close(n.value, v) for v in tgt_values)
    ]
    # Whether a figure the target lacks could have been replaced by one it adds: any numeral of the
    # source that the target does not have, imperial measures and 一/两 before a measure word
    # (另一辆, 两英尺) included, ordinals (第一个 → 最初の) not.
    replaced = any(
        not any(_close(n.value, v) for v in tgt_values)
        and not src_text.startswith("第", n.start - 1)
        and (n in src or n in imperial or _MEASURE_RE.match(src_text, n.end))
        for n in all_src
    )
    extra: list[Finding] = []
    added: list[Finding] = []
    for n in tgt:
        # "1" is too often a rendering choice (第一 → 1番, 全天 → 1日) to flag on its own.
        if not n.from_digits or n.value == 1 or any(_close(v, n.value) for v in src_values):
            continue
        if _METRIC_RE.match(seg.target_norm, n.end) and _is_conversion(n.value, conversions):
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
