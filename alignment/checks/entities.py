"""Named entities: Latin names and transliterated foreign names of the source must reach the target.

Foreign names are transliterated separately in each language (特朗普 / トランプ), so they are
compared by pronunciation: pypinyin for the Chinese, pykakasi romanisation for the katakana, then
a fuzzy match of their consonant skeletons.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import lru_cache

from alignment.checks.base import KATAKANA_WORD_RE, Check, Finding, Segment

_LATIN_RE = re.compile(r"(?<![A-Za-z])[A-Za-z][A-Za-z.'\-]{2,}(?![A-Za-z])")
# Characters Chinese uses to transliterate foreign names (a run of three marks a likely name).
_TRANSLIT = set(
    "阿埃艾安奥澳巴拜班邦贝本比彼宾波伯博布查达戴丹德迪蒂丁东杜多厄恩法菲费芬弗伏福盖甘冈戈格贡古圭哈海汉豪赫切"
    "亨胡华霍基吉加贾杰金卡凯坎康柯科克肯库夸奎拉莱赖兰朗劳勒雷里利莉丽林琳卢鲁伦罗洛马迈麦曼梅蒙米敏莫默穆"
    "纳奈南内尼妮宁纽诺帕佩彭皮珀普奇齐恰乔切丘萨塞桑瑟森沙莎尚什舍史斯松苏索塔泰坦汤特提汀通图托瓦万威维"
    "温沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐尔坡霍普姆"
)
_TRANSLIT_RUN_RE = re.compile(f"[{''.join(sorted(_TRANSLIT))}]{{3,}}")
_TRANSLIT_RUN_2_RE = re.compile(f"[{''.join(sorted(_TRANSLIT))}]{{2,}}")


@lru_cache(maxsize=4096)
def romaji(katakana: str) -> str:

    return "".join(part["hepburn"] for part in _kakasi().convert(katakana))


@lru_cache(maxsize=1)
def _kakasi():
    import pykakasi

    return pykakasi.kakasi()


@lru_cache(maxsize=4096)
def pinyin(hanzi: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(hanzi))


def skeleton(s: str) -> str:
    """Consonants only, with the sounds the scripts render differently folded together: katakana
    has no l/r, v/b or th distinction, English c and g are soft before e/i (Giles = ジャイルズ),
    and the sibilants of pinyin (z c s zh ch sh j q x) all come out as サ/シャ/ジャ rows."""
    s = s.lower()
    s = re.sub(r"c(?=[eiy])", "s", s)
    s = re.sub(r"g(?=[eiy])", "j", s)
    for a, b in (
        ("ng", "n"),
        ("ph", "f"),
        ("th", "t"),
        ("sh", "s"),
        ("ch", "s"),
        ("zh", "s"),
        ("ts", "s"),
        ("ck", "k"),
        ("c", "k"),
        ("x", "s"),
        ("q", "s"),
        ("j", "s"),
        ("z", "s"),
        ("l", "r"),
        ("v", "b"),
        ("w", "b"),
        ("g", "k"),
        ("d", "t"),
        ("h", ""),
    ):
        s = s.replace(a, b)
    return re.sub(r"[^a-z]|[aeiouy]", "", s)


def sounds_alike(name: str, kana_romaji: str, threshold: float = 0.65) -> bool:
    """Whether most of the name's consonants appear, in order, in the romanised katakana."""
    ka, kb = skeleton(name), skeleton(kana_romaji)
    if not ka or not kb:
        return False
    matched = sum(block.size for block in SequenceMatcher(None, ka, kb, autojunk=False).get_matching_blocks())
    return matched / len(ka) >= threshold


def _similar(a: str, b: str) -> float:
    """Shared consonant skeleton, relative to the longer of the two (symmetric, unlike
    :func:`sounds_alike`, so that a short window of the source cannot match any long word)."""
    ka, kb = skeleton(a), skeleton(b)
    if not ka or not kb:
        return 0.0
    matched = sum(block.size for block in SequenceMatcher(None, ka, kb, autojunk=False).get_matching_blocks())
    return matched / max(len(ka), len(kb))


@lru_cache(maxsize=4096)
def source_sounds(source: str) -> tuple[str, ...]:
    """What a katakana word of the target may transliterate: the pinyin of every stretch (2 to 6
    characters) of a transliteration run of the source (伦敦德里, 弗雷克), and its Latin tokens."""
    out = [m.group() for m in _LATIN_RE.finditer(source)]
    for m in _TRANSLIT_RUN_2_RE.finditer(source):
        run = m.group()
        for i in range(len(run) - 1):
            for j in range(i + 2, min(len(run), i + 6) + 1):
                out.append(pinyin(run[i:j]))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def _has_sound(word_romaji: str, source: str) -> bool:
    return any(_similar(s, word_romaji) >= 0.65 for s in source_sounds(source))


def has_counterpart(katakana: str, source: str) -> bool:
    """Whether a katakana word of the target sounds like a name or Latin word of the source."""
    return _has_sound(romaji(katakana), source)


class LatinNameMissing(Check):
    code = "entity-latin"
    category = "named_entity"
    severity = "major"
    description = "A Latin-script name of the source is neither kept nor transliterated in the target."

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped or not seg.has_kana:
            return
        target_lower = seg.target_norm.lower()
        katakana = [romaji(w) for w in KATAKANA_WORD_RE.findall(seg.target)]
        for m in _LATIN_RE.finditer(seg.source):
            name = m.group().strip(".-'")
            if len(name) < 3 or name.lower() in target_lower:
                continue
            if any(sounds_alike(name, k) for k in katakana):
                continue
            yield Finding(f"name '{name}' of the source is missing in the target")


class ForeignNameMissing(Check):
    code = "entity-transliteration"
    category = "named_entity"
    severity = "major"
    default_enabled = False  # pinyin vs katakana is too loose on independent translations; opt in
    description = (
        "A transliterated foreign name (特朗普) has no katakana counterpart (トランプ) in the target."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped or not seg.has_kana:
            return
        katakana = [romaji(w) for w in KATAKANA_WORD_RE.findall(seg.target)]
        latin = _LATIN_RE.findall(seg.target)
        for m in _TRANSLIT_RUN_RE.finditer(seg.source):
            name = m.group()
            if name in seg.target or seg.bridged[m.start() : m.end()] in seg.target:
                continue
            py = pinyin(name)
            if any(sounds_alike(py, k, 0.5) for k in katakana) or any(
                sounds_alike(py, w, 0.5) for w in latin
            ):
                continue
            yield Finding(f"foreign name {name} ({py}) has no counterpart in the target")


class BrokenName(Check):
    """Filled in by the document-level pass: a name split by a particle (顧建新 → 顧建は新たに)."""

    code = "entity-broken"
    category = "named_entity"
    severity = "major"
    bilingual = False
    description = "A person's name of the document broken apart by a particle (顧建新 → 顧建は新たに)."

    def check(self, seg: Segment) -> Iterator[Finding]:
        for name in getattr(seg, "document_names", ()):
            pattern = re.escape(name[:-1]) + r"[はがをにの]" + re.escape(name[-1])
            for m in re.finditer(pattern, seg.target):
                yield Finding(f"name {name} broken apart as '{m.group()}'", m.start(), m.end())


_PERSON_RE = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{3})(?:氏|さん|主任|書記|区長|市長|大使|総領事)"
)


def document_names(targets: list[str]) -> set[str]:
    """Three-kanji person names the document writes with an honorific or title (顧建新氏)."""
    return {m.group(1) for t in targets for m in _PERSON_RE.finditer(t)}
