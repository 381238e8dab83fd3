"""A Chinese city's one-character abbreviation copied into the Japanese as a word of its own.

Chinese news names a city by one character after a verb of movement or place (来穗 "come to
Guangzhou", 在沪 "in Shanghai", 驻京 "stationed in Beijing") and before 企 (沪企, Shanghai firms).
Japanese has no such abbreviations for Chinese cities and writes the name (広州に来て, 上海に滞在);
MT copies the character, and it reads as an ordinary word (穂 "ear of grain", 港 "port") or as
nothing Japanese at all (来穂した, 蓉を訪れ).

The source must use the character as a place: a word of its own (CC-CEDICT's longest-first
segmentation keeps 深 of 深入, 长 of 市长 and 京 of 京剧 inside their words) right after one of the
verbs, or before 企, and not in a compound of place abbreviations (京津冀, 沪港通, 京港澳). The target
must hold the character (bridged, or as the source writes it) as a word of its own too, or as the
copy of the verb+character compound (来穂, 在京), and name the place nowhere in full. The table is
``alignment/data/city_abbreviations.tsv``; a character that ``countries.tsv`` gives as a country's
abbreviation (澳: Macao or Australia) takes that country as one more reading, whose rendering in the
target (オーストラリア, 訪豪) is as good as the city's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from alignment.bridge import to_kanji
from alignment.checks.base import HAN, Check, Finding, Segment, gettext_noop, occurrences
from alignment.checks.countries import places, target_places
from alignment.checks.origins import cedict_text, segmented
from alignment.checks.sounds import NAME_CHARS

DATA = Path(__file__).resolve().parent.parent / "data" / "city_abbreviations.tsv"

#: Verbs of movement and place after which news abbreviates a city (来穗, 赴京, 抵沪, 返蓉, 回京,
#: 离济, 在杭, 驻沪, 进京, 访沪, 留京).
VERBS = "来赴抵返回离在驻进访留"
#: What may follow the abbreviation as a set pattern: 沪企 "Shanghai firms".
_AFTER = "企"
#: The provinces' official abbreviations: one of them (or a city's) beside the character makes a
#: compound of places (京津冀, 沪港, 京港澳, 沪宁), which the check leaves to the established terms.
_PROVINCES = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔贵滇云陕秦甘陇青蒙桂藏宁新港澳台"
_KANJI_RE = re.compile(f"[{HAN}々]")
#: Japanese verbs' characters a copy keeps before the character (来穂, 在京, 駐滬, 訪滬, 帰京).
_JA_VERBS = frozenset(to_kanji(VERBS)) | frozenset("帰訪滞")
#: What may follow the copied character in the target: the copy of a set pattern (滬企, 在滬期間,
#: 駐邕総領事, 駐滬領事館).
_JA_AFTER = frozenset("企期総領")
#: A surname (苏, 沈, 郑) with an honorific is a person, not a place.
_HONORIFICS = ("さん", "様", "ちゃん", "くん", "君", "氏")


@dataclass(frozen=True)
class City:
    abbreviation: str
    kind: str  # city, sar or province
    zh: str
    english: tuple[str, ...]
    ja: tuple[str, ...]
    verbs: str


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x for x in cell.split(",") if x)


@lru_cache(maxsize=1)
def cities() -> dict[str, tuple[City, ...]]:
    """The table by abbreviation (several places may share one: 长 is Changchun and Changsha)."""
    out: dict[str, list[City]] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        abbr, kind, zh, english, ja, verbs, _note = (line.split("\t") + [""] * 7)[:7]
        out.setdefault(abbr, []).append(City(abbr, kind, zh, _split(english), _split(ja), verbs or VERBS))
    return {abbr: tuple(rows) for abbr, rows in out.items()}


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """The countries each of the table's characters also abbreviates (countries.tsv): abbreviation
    → (English, Japanese names)."""
    table = cities()
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for p in places():
        for c in p.zh_abbr:
            if c in table:
                out.setdefault(c, []).append((p.english, p.ja))
    return {c: tuple(v) for c, v in out.items()}


@lru_cache(maxsize=1)
def _compound_chars() -> frozenset[str]:
    return frozenset(_PROVINCES) | frozenset(cities())


def _names_the_place(word: str, rows: tuple[City, ...]) -> bool:
    """Whether CC-CEDICT's gloss of a verb+abbreviation word names the place (进京 "to go to
    Beijing", 来港 "to come to Hong Kong"), not an ordinary sense (回合 "round", 返青 "to turn
    green again", 离港 "to leave harbor")."""
    gloss = (cedict_text(word) or "").lower()
    return any(name.lower() in gloss for row in rows for name in row.english)


def _renders_by_name(seg: Segment, rows: tuple[City, ...]) -> bool:
    """Whether the target names the place more often than the source does in full: then one of its
    names renders the abbreviation. A city the sentence names in full and abbreviates too (广州…
    来穗, 宁波…来甬) has its name in the target for the full mention, and the copy is still one."""
    for row in rows:
        in_target = sum(seg.target.count(name) for name in row.ja)
        if in_target and in_target > seg.source.count(row.zh):
            return True
    return False


def _compound_follows(words: tuple[tuple[int, str], ...], k: int, compounds: frozenset[str]) -> bool:
    """Whether the word after the ``k``-th is made of place abbreviations (港澳 of 京港澳, 津冀 of
    在京津冀 where the dictionary lacks the whole): the abbreviation is part of a compound of places.
    A word that merely starts with one (深造 "advanced studies" of 赴澳深造) is no compound."""
    return k + 1 < len(words) and all(c in compounds for c in words[k + 1][1])


def _transcription_follows(words: tuple[tuple[int, str], ...], k: int) -> bool:
    """Whether the ``k``-th word, a transcription character, goes on into more of them as single
    characters: a foreign name the dictionary lacks (汉普顿 Hampton, 哈茨 Hearts), not the city."""
    return (
        words[k][1] in NAME_CHARS
        and k + 1 < len(words)
        and len(words[k + 1][1]) == 1
        and words[k + 1][1] in NAME_CHARS
    )


@lru_cache(maxsize=1024)
def source_uses(source: str) -> tuple[tuple[str, str], ...]:
    """The abbreviations the source uses as places: (character, the words it stands in: 来穗)."""
    table = cities()
    if not any(c in table for c in source):
        return ()
    compounds = _compound_chars()
    words = segmented(source)
    out: dict[str, str] = {}
    for k, (_at, word) in enumerate(words):
        if len(word) == 2 and word[1] in table and word[0] in VERBS:
            rows = table[word[1]]
            if (
                any(word[0] in r.verbs for r in rows)
                and not _compound_follows(words, k, compounds)
                and _names_the_place(word, rows)
            ):
                out.setdefault(word[1], word)
            continue
        if word not in table:
            continue
        rows = table[word]
        if _compound_follows(words, k, compounds) or _transcription_follows(words, k):
            continue
        prev = words[k - 1][1] if k else ""
        if prev and prev in VERBS and any(prev in r.verbs for r in rows):
            out.setdefault(word, prev + word)
        elif k + 1 < len(words) and words[k + 1][1] == _AFTER:
            out.setdefault(word, word + _AFTER)
    return tuple(out.items())


def _standalone(seg: Segment, at: int) -> tuple[bool, bool]:
    """Whether the target's character at ``at`` is a word of its own, or the copy of a verb
    compound or set pattern (穂に来て, 来穂, 在京, 在杭日本人, 滬企): not the 深 of 深く, the 京 of 東京,
    the 長 of 長期 or the 京 of a compound of places (京港澳); and whether the city's name can
    simply take its place (a word of its own with no copied verb or kanji after it)."""
    text = seg.target
    prev = text[at - 1] if at else ""
    nxt = text[at + 1] if at + 1 < len(text) else ""
    compounds = _ja_compound_chars()
    verb = prev in _JA_VERBS
    token = next((w for w in seg.tokens if w.start <= at < w.end), None)
    if token is None or not all(_KANJI_RE.match(c) for c in token.surface):
        return False, False  # okurigana (深く, 長い, 青い) makes it another word
    if token.start < at - 1 or (token.start == at - 1 and not verb):
        return False, False  # inside a word (東京, 市長)
    if token.end > at + 2 or (token.end == at + 2 and nxt not in _JA_AFTER):
        return False, False
    if prev and _KANJI_RE.match(prev) and not verb and (prev in compounds or token.start != at):
        return False, False
    if nxt and _KANJI_RE.match(nxt) and nxt not in _JA_AFTER and (not verb or nxt in compounds):
        return False, False  # a name or a compound goes on (京港澳, 蘇炳添)
    if text.startswith(_HONORIFICS, at + 1):
        return False, False  # a surname (蘇さん)
    return True, not verb and not (nxt and _KANJI_RE.match(nxt))


@lru_cache(maxsize=1)
def _ja_compound_chars() -> frozenset[str]:
    """:func:`_compound_chars` as the target writes them (滬, 蘇, 遼 as well as 沪)."""
    return frozenset(to_kanji("".join(_compound_chars()))) | _compound_chars()


class CityAbbreviation(Check):
    """A city's one-character abbreviation of the source (来穗, 在沪, 驻京, 沪企) copied into the
    target, where Japanese writes the city's name (広州に来て, not 穂に来て)."""

    code = "entity-city-abbreviation"
    category = "named_entity"
    severity = "major"
    linear = False  # reads MeCab's tokens: seconds on a long run of katakana
    description = gettext_noop(
        "A Chinese city's one-character abbreviation copied into the target as a word (来穗 "
        "'come to Guangzhou' → 穂に来て), where Japanese writes the city's name (広州に来て)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        uses = source_uses(seg.source)
        if not uses or not seg.target_stripped:
            return
        table = cities()
        for char, words in uses:
            forms = tuple(dict.fromkeys((to_kanji(char), char)))  # 沪 as 滬, or left as it is
            if not any(f in seg.target for f in forms):
                continue
            rows = table[char]
            countries = _countries().get(char, ())
            if _renders_by_name(seg, rows):
                continue
            if countries and {e for e, _ in countries} & target_places(seg.target)[1]:
                continue
            chinese = " or ".join(dict.fromkeys(r.zh for r in rows))
            japanese = " or ".join(dict.fromkeys(r.ja[0] for r in rows))
            others = "".join(f" (or {ja[0]}, {e})" for e, ja in countries)
            one = len({r.ja[0] for r in rows}) == 1 and not countries
            for form in forms:
                for at in occurrences(form, seg.target):
                    standalone, replaceable = _standalone(seg, at)
                    if not standalone:
                        continue
                    yield Finding(
                        f"'{form}' copies {char}, the source's abbreviation of {chinese} ({words}): "
                        f"Japanese writes the name, {japanese}{others}",
                        at,
                        at + 1,
                        rows[0].ja[0] if one and replaceable else None,
                    )
