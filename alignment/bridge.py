"""Hanzi → kanji bridge: a pseudo-translation of Chinese into Japanese character forms.

Chinese and Japanese share Han characters, but Simplified Chinese writes many of them differently
from Japanese shinjitai. OpenCC's ``s2t`` then ``t2jp`` maps most of them (长→長, 书→書, 区→区);
:data:`EXTRA` adds the ones OpenCC lacks, and weekdays are named as Japanese names them (周五 →
金曜). The result is what the aligner and the checks compare against Japanese text, character for
character.
"""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

# Simplified/traditional forms OpenCC's t2jp leaves as they are, although Japanese writes otherwise.
EXTRA: dict[str, str] = {
    "辦": "弁",
    "辯": "弁",
    "瓣": "弁",
    "邊": "辺",
    "姐": "姉",
    "禮": "礼",
    "廣": "広",
    "發": "発",
    "經": "経",
    "濟": "済",
    "營": "営",
    "歐": "欧",
    "檢": "検",
    "驗": "験",
    "藝": "芸",
    "團": "団",
    "體": "体",
    "鐵": "鉄",
    "戰": "戦",
    "觀": "観",
    "圖": "図",
    "擔": "担",
    "舉": "挙",
    "與": "与",
    "龍": "竜",
    "廈": "厦",
}

# Weekdays: Chinese numbers them (周五, 星期五), Japanese names them (金曜, 金曜日); same length, so
# offsets hold. Not after a numeral (一周一次 is "once a week") nor before a counter (每周四天 is
# "four days a week", 每周三列 "three trains a week"; 周三列车 and 周三班机 are Wednesday's).
_WEEKDAY_RE = re.compile(
    r"[〇一二两三四五六七八九十几数]周|(周|星期|礼拜|禮拜)([一二三四五六日天])(?![天个次倍趟架]|[列班](?![车机]))"
)
_WEEKDAYS = dict(zip("一二三四五六日天", "月火水木金土日日", strict=True))


def _weekday(m: re.Match[str]) -> str:  # a weekday match (group 1 set), not a numeral's 周
    day = _WEEKDAYS[m.group(2)] + "曜"
    return day if len(m.group(1)) == 1 else day + "日"


_S2T = opencc.OpenCC("s2t")
_T2JP = opencc.OpenCC("t2jp")
_TABLE = str.maketrans(EXTRA)


@lru_cache(maxsize=65536)
def to_kanji(text: str) -> str:
    """Simplified or traditional Chinese → Japanese character forms, same length as the input.

    OpenCC converts character for character for these configs, so offsets into the result are
    offsets into the input (checked at run time: a length change falls back to the input).
    """
    out = _T2JP.convert(_S2T.convert(text)).translate(_TABLE)
    if len(out) != len(text):
        return text
    for m in _WEEKDAY_RE.finditer(text):
        if m.group(1):
            out = out[: m.start()] + _weekday(m) + out[m.end() :]
    return out
