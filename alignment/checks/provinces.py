"""A province of China rendered as another: 黑龙江省哈尔滨市 as 吉林省ハルビン市, 陕西 as 山西.

MT swaps neighbouring or like-sounding provinces (陕西 Shaanxi and 山西 Shanxi differ by a tone in
Mandarin), and a press-office article names its province in nearly every paragraph: a wrong one
misplaces the whole story. China's 34 divisions of the first rank are a closed list with fixed
Japanese forms, as countries are for entity-country: the source names a province (its names read
left to right without overlap, so 浙江西部 is 浙江 and 西部, not 江西) and the target names only
another one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from alignment.checks.base import Check, Finding, Segment, gettext_noop

#: Each division: its Chinese name and its Japanese forms.
PROVINCES: dict[str, tuple[str, ...]] = {
    "北京": ("北京",),
    "天津": ("天津",),
    "上海": ("上海",),
    "重庆": ("重慶",),
    "河北": ("河北",),
    "山西": ("山西",),
    "辽宁": ("遼寧",),
    "吉林": ("吉林",),
    "黑龙江": ("黒竜江", "黒龍江"),
    "江苏": ("江蘇",),
    "浙江": ("浙江",),
    "安徽": ("安徽",),
    "福建": ("福建",),
    "江西": ("江西",),
    "山东": ("山東",),
    "河南": ("河南",),
    "湖北": ("湖北",),
    "湖南": ("湖南",),
    "广东": ("広東",),
    "海南": ("海南",),
    "四川": ("四川",),
    "贵州": ("貴州",),
    "云南": ("雲南",),
    "陕西": ("陝西",),
    "甘肃": ("甘粛",),
    "青海": ("青海",),
    "台湾": ("台湾",),
    "内蒙古": ("内モンゴル", "内蒙古"),
    "广西": ("広西",),
    "西藏": ("チベット", "西蔵"),
    "宁夏": ("寧夏",),
    "新疆": ("新疆", "新彊"),
    "香港": ("香港",),
    "澳门": ("マカオ", "澳門"),
}
_JA_NAME = {form: name for name, forms in PROVINCES.items() for form in forms}
_JA_RE = re.compile("|".join(sorted(_JA_NAME, key=len, reverse=True)))
#: 北京时间 is a time zone, not the city.
_ZH_RE = re.compile("|".join(sorted(PROVINCES, key=len, reverse=True)).replace("北京", "北京(?!时间)"))


def source_provinces(source: str) -> set[str]:
    """The divisions the source names, read left to right without overlap (浙江西部 is 浙江 and
    西部, not 江西)."""
    return {m.group() for m in _ZH_RE.finditer(source)}


class WrongProvince(Check):
    """The target names a province of China the source does not, and none of those the source
    names."""

    code = "entity-province"
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "A province of China rendered as another (陕西 'Shaanxi' → 山西, 黑龙江省 → 吉林省)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        meant = source_provinces(seg.source_norm)
        if not meant:
            return
        said = [(m, _JA_NAME[m.group()]) for m in _JA_RE.finditer(seg.target_norm)]
        if not said or any(name in meant for _, name in said):
            return
        m = said[0][0]
        yield Finding(
            f"'{m.group()}' is another province than the source's {'、'.join(sorted(meant))}",
            m.start(),
            m.end(),
        )
