"""Countries and world regions named on both sides: one named in the target that the source does not
name, where a country of the source goes unrendered, is a country put in another's place (泰国 as
マレーシア, 奥地利 as オーストラリア, 东南亚 as 中東・南アジア).

Neither sound nor meaning tells these apart: マレーシア and タイ are both Asian countries to an
encoder, オーストリア and オーストラリア differ by one syllable. A table does
(``alignment/data/countries.tsv``: the Chinese and Japanese foreign ministries' names). A mention
is a full name; a one-character abbreviation (中美, 驻泰, 米中, 訪米) or a city standing for its
country (华盛顿) never names a country by itself, it only lets the other side's mention count as
rendered: abbreviations are how translators legitimately add or drop a country, and are where the
earlier place-name test went wrong (中白, 中芬, 越方).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from alignment.bridge import to_kanji
from alignment.checks.base import Check, Finding, Segment, gettext_noop, occurrences
from alignment.checks.sounds import NAME_CHARS

DATA = Path(__file__).resolve().parent.parent / "data" / "countries.tsv"
_KATAKANA = "\u30a1-\u30fa\u30fc"
_KATAKANA_RE = re.compile(f"[{_KATAKANA}]")
#: China is implied by every sentence of a Chinese source: a translator adds 中国 for 全国 or 我国
#: and drops it from 中国驻日大使馆, so its presence or absence on either side tells nothing.
IMPLIED = frozenset({"China"})
# An abbreviation stands for its country after these (驻泰, 访美, 对华) or before these (美方, 法语,
# and a football league's division: 意甲 is Italy's Serie A, 英超 England's Premier League).
_ZH_BEFORE = "驻访赴对援抗亲反旅在脱入"
_ZH_AFTER = "方军籍媒裔侨企资商语式政属甲超"
_JA_BEFORE = "訪駐在対親反離来渡"
_JA_AFTER = "側軍政紙誌系企首外相語国領"
# The abbreviations that pair with another in a bilateral or trilateral compound (中日韩, 美日澳印).
_ZH_MAJOR = "中美日英法德俄韩朝印澳欧非"
_JA_MAJOR = "中米日英仏独露韓朝印豪欧"
# Names whose characters are another word after some characters or before some words: 中东部
# (中東部) is China's central and eastern part, not the Middle East; タイ after a rank or before
# 記録 is a tie (3位タイ, 首位タイ, 世界タイ記録), not Thailand. Name → (characters before, words after).
_NOT_A_NAME = {"中东": ("", ("部",)), "中東": ("", ("部",)), "タイ": ("位", ("記録",))}


@dataclass(frozen=True)
class Place:
    kind: str  # "country" or "region"
    english: str
    zh: tuple[str, ...]
    ja: tuple[str, ...]
    zh_abbr: str
    ja_abbr: str
    zh_cities: tuple[str, ...]
    ja_cities: tuple[str, ...]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x for x in cell.split(",") if x)


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """The table, read once."""
    text = DATA.read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, english, zh, ja, zh_abbr, ja_abbr, cities, ja_cities = (line.split("\t") + [""] * 8)[:8]
        out.append(
            Place(kind, english, _split(zh), _split(ja), zh_abbr, ja_abbr, _split(cities), _split(ja_cities))
        )
    return tuple(out)


@dataclass(frozen=True, eq=False)
class Names:
    """One language's full names as (form, English), longest first, and the same indexed by their
    first character with each one's rank, built once with the table (a mention search looks up
    only the characters a text holds)."""

    forms: tuple[tuple[str, str], ...]
    by_first: dict[str, list[tuple[int, str, str]]]

    @classmethod
    def of(cls, forms: list[tuple[str, str]]) -> Names:
        ordered = tuple(sorted(forms, key=lambda x: -len(x[0])))
        by_first: dict[str, list[tuple[int, str, str]]] = {}
        for rank, (form, english) in enumerate(ordered):
            by_first.setdefault(form[0], []).append((rank, form, english))
        return cls(ordered, by_first)


@lru_cache(maxsize=1)
def _forms() -> tuple[Names, Names]:
    """Every full name, Chinese then Japanese, longest first: the longest name at a place wins
    (东南亚 over its 南亚, 中東欧 over its 中東, 南アフリカ over its アフリカ). A Chinese city's
    English is marked with ``@``: it implies its country but does not name it, and takes its
    characters from a name inside it (巴西利亚, Brasília, is no 巴西)."""
    zh = [(f, p.english) for p in places() for f in p.zh]
    zh += [(f, "@" + p.english) for p in places() for f in p.zh_cities]
    ja = [(f, p.english) for p in places() for f in p.ja]
    ja += [(f, "@" + p.english) for p in places() for f in p.ja_cities]
    return Names.of(zh), Names.of(ja)


def _bounded(text: str, start: int, end: int) -> bool:
    """A katakana name must be a whole katakana word (インド, not the インド of インドア; マリ, not
    the マリ of マリア)."""
    if _KATAKANA_RE.match(text[start]) and start > 0 and _KATAKANA_RE.match(text[start - 1]):
        return False
    return not (_KATAKANA_RE.match(text[end - 1]) and end < len(text) and _KATAKANA_RE.match(text[end]))


def _another_word(text: str, form: str, start: int, end: int) -> bool:
    """Whether the name's characters at ``start`` are the other word of ``_NOT_A_NAME``."""
    before, after = _NOT_A_NAME.get(form, ("", ()))
    return (start > 0 and text[start - 1] in before) or text.startswith(after, end)


def _a_place_name(text: str, form: str, start: int, end: int) -> bool:
    """Whether the name's characters at ``start`` stand as the name (:func:`_bounded`, not
    :data:`_NOT_A_NAME`'s other word)."""
    return _bounded(text, start, end) and not _another_word(text, form, start, end)


def mentions(
    text: str, names: Names, stands: Callable[[str, str, int, int], bool] = _a_place_name
) -> list[tuple[str, int, int]]:
    """(English, start, end) of each full name in the text, longest names first, none overlapping;
    ``stands(text, form, start, end)`` says whether a form found stands as a name there (the
    organisations' table asks its own). Every name that starts at each character is found first,
    then taken longest first: a scan from the left would take 中东 in 其中东南亚 before 东南亚 could
    be seen, and one search per name took 9 ms a segment."""
    index = names.by_first
    found: list[tuple[int, int, int, str]] = []  # (rank, start, end, English)
    # Only the characters the text holds are looked up, each name searched for in C; the order
    # they are found in does not matter, as they are sorted by rank and offset below.
    for char in index.keys() & set(text):
        for rank, form, english in index[char]:
            start = text.find(form)
            while start >= 0:
                end = start + len(form)
                if stands(text, form, start, end):
                    found.append((rank, start, end, english))
                start = text.find(form, start + 1)
    taken = [False] * len(text)
    out: list[tuple[str, int, int]] = []
    for _, start, end, english in sorted(found):
        if any(taken[start:end]):
            continue
        taken[start:end] = [True] * (end - start)
        out.append((english, start, end))
    return sorted(out, key=lambda x: x[1])


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """Whether a Chinese name written in transcription characters continues into more of them: then
    it is a stretch of a longer name the table does not hold (西亚 of 波利尼西亚, Polynesia), which
    the source does not name as such. Only two characters are that short; 东南亚华侨 is Southeast
    Asia's overseas Chinese though 华 transcribes too."""
    if end - start > 2 or not all(c in NAME_CHARS for c in text[start:end]):
        return False
    return (start > 0 and text[start - 1] in NAME_CHARS) or (end < len(text) and text[end] in NAME_CHARS)


def _abbreviated(text: str, char: str, before: str, after: str, major: str) -> bool:
    """Whether a one-character abbreviation stands in the text for a country: in a compound of
    abbreviations (中美, 米中, 中日韩) or after or before a word that takes a country (驻泰, 美方)."""
    for i in occurrences(char, text):
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if (prev and prev in major + before) or (nxt and nxt in major + after):
            return True
    return False


@lru_cache(maxsize=1024)
def _source_mentions(source: str) -> tuple[tuple[str, int, int], ...]:
    """The source's names, cities included: read once for the country check and the name checks."""
    return tuple(mentions(source, _forms()[0]))


def source_place_mentions(source: str) -> tuple[tuple[str, int, int], ...]:
    """(English, start, end) of each country, region or city the source names; a city's English
    is its country's, marked with ``@``."""
    return _source_mentions(source)


@lru_cache(maxsize=1024)
def _target_mentions(target: str) -> tuple[tuple[str, int, int], ...]:
    """The target's names, cities included: read once for the country check and the city check."""
    return tuple(mentions(target, _forms()[1]))


def target_place_mentions(target: str) -> tuple[tuple[str, int, int], ...]:
    """(English, start, end) of each country, region or city the target names, as
    :func:`source_place_mentions` reads the source."""
    return _target_mentions(target)


@lru_cache(maxsize=1024)
def source_places(source: str) -> tuple[tuple[tuple[str, int, int], ...], frozenset[str]]:
    """The source's full names, and every place the source names or implies: by name, by a city,
    or by an abbreviation. An abbreviation several countries share (新: Singapore or New
    Zealand) stands for the one the source also names in full where it does (中新 beside 新加坡)."""
    named, implied, _ = _source_reading(source)
    return named, implied


@lru_cache(maxsize=1024)
def _source_reading(
    source: str,
) -> tuple[tuple[tuple[str, int, int], ...], frozenset[str], dict[str, tuple[str, str]]]:
    """:func:`source_places`, and the places an abbreviation of the source could stand for but
    does not, because the source names another of its places in full: place → (abbreviation,
    the place it stands for)."""
    found = _source_mentions(source)
    in_full = {e.lstrip("@") for e, _, _ in found}
    implied = set(in_full)
    named = [(e, s, t) for e, s, t in found if not e.startswith("@") and not _inside_a_name(source, s, t)]
    passed_over: dict[str, tuple[str, str]] = {}
    for char, candidates in _abbreviations().items():
        if char in source and _abbreviated(source, char, _ZH_BEFORE, _ZH_AFTER, _ZH_MAJOR):
            known = [c for c in candidates if c in in_full]
            implied.update(known or candidates)
            if known:
                passed_over.update((c, (char, known[0])) for c in candidates if c not in known)
    return tuple(named), frozenset(implied), passed_over


def misread_abbreviations(source: str, target: str) -> list[tuple[str, int, int, str, str]]:
    """The target's names of places an abbreviation of the source could stand for but does not
    (中新 beside 新加坡 read as ニュージーランド): (English, start, end, abbreviation, the place it
    stands for)."""
    _, implied, passed_over = _source_reading(source)
    named_ja, _ = target_places(target)
    return [
        (e, s, t, *passed_over[e])
        for e, s, t in named_ja
        if e in passed_over and e not in implied and e not in IMPLIED
    ]


@lru_cache(maxsize=1024)
def target_places(target: str) -> tuple[tuple[tuple[str, int, int], ...], frozenset[str]]:
    """The target's full names, and every place it names, abbreviates (米中, 訪米, 豪軍) or names by
    a city that stands for it (ワシントン)."""
    found = _target_mentions(target)
    rendered = {e.lstrip("@") for e, _, _ in found}
    shared = _ja_shared_forms()
    for _, start, end in found:
        rendered.update(shared.get(target[start:end], ()))
    named = [(e, s, t) for e, s, t in found if not e.startswith("@")]
    held = set(target)
    for char, english in _ja_abbreviations():
        if char in held and _abbreviated(target, char, _JA_BEFORE, _JA_AFTER, _JA_MAJOR):
            rendered.update(english)
    return tuple(named), frozenset(rendered)


@lru_cache(maxsize=1)
def _ja_shared_forms() -> dict[str, frozenset[str]]:
    """Japanese names that stand for more than one place of the table (南米 is South America,
    and Japanese writes it loosely for Latin America too): a mention renders each of them."""
    out: dict[str, set[str]] = {}
    for p in places():
        for form in p.ja:
            out.setdefault(form, set()).add(p.english)
    return {form: frozenset(e) for form, e in out.items() if len(e) > 1}


@lru_cache(maxsize=1)
def _ja_abbreviations() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The places each Japanese one-character abbreviation may stand for: 47 of the 218 places
    have one, and a target is asked about those characters only."""
    out: dict[str, list[str]] = {}
    for p in places():
        for c in p.ja_abbr:
            out.setdefault(c, []).append(p.english)
    return tuple((c, tuple(v)) for c, v in out.items())


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, tuple[str, ...]]:
    """The places each Chinese one-character abbreviation may stand for."""
    out: dict[str, list[str]] = {}
    for p in places():
        for c in p.zh_abbr:
            out.setdefault(c, []).append(p.english)
    return {c: tuple(v) for c, v in out.items()}


def rendered_place_spans(source: str, target: str) -> tuple[tuple[int, int], ...]:
    """Offsets of the source's country, region and city names whose place the target renders in
    any form (欧洲 as 欧州, 西班牙 by マドリード, 中欧 "China and Europe" as 中国と欧州), China
    always. The name checks take these as rendered: a transliteration run or dictionary name
    that overlaps one (利亚拉 of 尼日利亚拉各斯) is that place's, not a name of its own."""
    _, rendered = target_places(target)
    rendered = rendered | IMPLIED
    abbreviations = _abbreviations()
    out = []
    for english, start, end in _source_mentions(source):
        name = source[start:end]
        stands_for = {english.lstrip("@")}
        if len(name) <= 3 and all(c in abbreviations for c in name):
            stands_for.update(e for c in name for e in abbreviations[c])
        if stands_for & rendered:
            out.append((start, end))
    return tuple(out)


def swapped_places(source: str, target: str) -> tuple[list[tuple[str, int, int]], list[str]]:
    """The target's names of places the source neither names nor implies, and the source's
    places the target does not render; China, implied everywhere, is neither."""
    named_zh, implied = source_places(source)
    named_ja, rendered = target_places(target)
    shared = _ja_shared_forms()
    added = [
        (e, s, t)
        for e, s, t in named_ja
        if not ({e} | shared.get(target[s:t], frozenset())) & (implied | IMPLIED)
    ]
    missing = list(dict.fromkeys(e for e, _, _ in named_zh if e not in rendered and e not in IMPLIED))
    if added and not missing:
        # A place the source gives only as the second half of a pair with China (the 非 of 中非,
        # China–Africa) is as missing as a full name when the target does not render it
        # (中央アフリカ, the Central African Republic, holds no アフリカ of its own). Only the
        # pair, and only an abbreviation of one place: elsewhere a character that abbreviates a
        # country is too often part of a name (特 of 特朗普) or a word (非 of 非欧盟).
        for char, candidates in _abbreviations().items():
            if (
                len(candidates) == 1
                and "中" + char in source
                and candidates[0] in implied
                and candidates[0] not in rendered
                and candidates[0] not in IMPLIED
            ):
                missing.append(f"{char} ({candidates[0]})")
    return added, missing


# What follows a pair of country abbreviations in Japanese (日中両国, 米中関係, 日中間).
_PAIR_AFTER_RE = re.compile("両|双|間|関係|協力|友好|首脳|共同|経済|貿易|交流")


def copied_abbreviations(source: str, target: str) -> list[tuple[int, int, str]]:
    """A pair of the source (中老, 中哈) copied into the target (中老両国, 老中両国) where the other
    country has no one-kanji abbreviation in Japanese, which names Laos ラオス, not 老: (start,
    end, the places the character stands for)."""
    out: list[tuple[int, int, str]] = []
    if "中" not in source:
        return out  # every pair holds 中 (most sources have none: no pair to look for)
    names = _zh_names()
    for char, copy, stands_for in _copyable_abbreviations():
        if char not in source or not any(p in source and p not in names for p in ("中" + char, char + "中")):
            continue
        for pair in ("中" + copy, copy + "中"):
            for at in occurrences(pair, target):
                before = target[at - 1 : at]
                if _PAIR_AFTER_RE.match(target, at + 2) and not _KANJI_RE.match(before):
                    out.append((at, at + 2, stands_for))
    return out


@lru_cache(maxsize=1)
def _copyable_abbreviations() -> tuple[tuple[str, str, str], ...]:
    """The Chinese abbreviations whose character Japanese does not write for any of the places it
    stands for, in the table's order: (character, its kanji, the places). 中 and 华 make no pair
    (中东 is the Middle East); 韩 is 韓 in Japanese too (中韓), and is left out. Worked out once:
    :func:`copied_abbreviations` asked it of every source."""
    ja_of = {p.english: p.ja_abbr for p in places()}
    out = []
    for char, candidates in _abbreviations().items():
        if char in "中华":
            continue
        copy = to_kanji(char)
        if any(copy in ja_of[c] for c in candidates):
            continue  # Japanese writes this one too (中韓, 米中)
        out.append((char, copy, " or ".join(candidates)))
    return tuple(out)


_KANJI_RE = re.compile("[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _zh_names() -> frozenset[str]:
    """Every Chinese name of the table (中东, the Middle East, is no pair of abbreviations)."""
    return frozenset(form for form, _ in _forms()[0].forms)


class WrongCountry(Check):
    """A country or region of the source rendered as another: the target names one the source
    does not, and one the source names is not in the target; or the target reads an abbreviation
    as another of the countries it may stand for than the one the source names (中新 beside 新加坡
    as 中国とニュージーランド)."""

    code = "entity-country"
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "The target names a country or region the source does not, where one the source names is "
        "missing or an abbreviation of the source stands for another (マレーシア for 泰国, "
        "ニュージーランド for the 新 of 中新 beside 新加坡)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped or not seg.target_stripped:
            return
        added, missing = swapped_places(seg.source, seg.target)
        if added and missing:
            english, start, end = added[0]
            yield Finding(
                f"'{seg.target[start:end]}' ({english}) is named in the target, not in the source, "
                f"where the source's {', '.join(missing)} has no rendering",
                start,
                end,
            )
            return
        for start, end, names in copied_abbreviations(seg.source, seg.target)[:1]:
            yield Finding(
                f"'{seg.target[start:end]}' copies the source's abbreviation of {names}, which Japanese "
                "does not abbreviate: it writes the name",
                start,
                end,
            )
            return
        for english, start, end, char, meant in misread_abbreviations(seg.source, seg.target)[:1]:
            yield Finding(
                f"'{seg.target[start:end]}' ({english}) reads the source's abbreviation {char} as "
                f"the wrong country: the source names {meant}",
                start,
                end,
            )
            return
        for start, english, pair in swapped_partners(seg.source, seg.target)[:1]:
            yield Finding(
                f"'{seg.target[start : start + 2]}' pairs China with {english}, which the source does not "
                f"name: the source's pair is {pair}",
                start,
                start + 2,
            )


def swapped_partners(source: str, target: str) -> list[tuple[int, str, str]]:
    """China's partner in a two-character pair of the target (中仏) that stands for a country the
    source neither names nor implies, where the source pairs China with a country of its own
    (中芬 "China and Finland" rendered 中仏 "China and France"): (offset of the pair, the
    partner's English, the source's pair). The rest of the sentence may render the source's
    country in full; the pair alone is swapped."""
    if "中" not in source or "中" not in target:
        return []
    zh = _abbreviations()
    pairs = [
        source[min(i, j) : max(i, j) + 1]
        for i in occurrences("中", source)
        for j in (i + 1, i - 1)
        if 0 <= j < len(source) and source[j] in zh and source[j] != "中"
    ]
    if not pairs:
        return []
    _, implied = source_places(source)
    ja = dict(_ja_abbreviations())
    out = []
    for i, char in enumerate(target):
        if char not in ja or char == "中":
            continue
        if not ((i and target[i - 1] == "中") or target[i + 1 : i + 2] == "中"):
            continue
        if any(e in implied for e in ja[char]):
            continue
        start = i - 1 if i and target[i - 1] == "中" else i
        out.append((start, " or ".join(ja[char]), pairs[0]))
    return out


def _abbreviated_cities(source: str) -> frozenset[str]:
    """The Japanese names of the cities the source names by a one-character abbreviation (在京
    "in Beijing", 来沪): the city is the source's, only shortened."""
    from alignment.checks.cities import cities, source_uses  # noqa: PLC0415  cities reads this module

    uses = source_uses(source)
    if not uses:
        return frozenset()
    table = cities()
    return frozenset(name for char, _ in uses for row in table[char] for name in row.ja)


class AddedCity(Check):
    """A city the source does not name, written beside its country (英国ロンドン for 来自英国):
    MT filled in a place from what it knows of the country. A city standing alone for its
    country's government (ワシントン for 美国, 平壌 for 朝鲜) is a translator's metonymy and left
    alone: only a city whose country the target also names is flagged."""

    code = "addition-place"
    category = "addition"
    severity = "major"
    description = gettext_noop(
        "The target names a city the source does not, beside its country (英国ロンドン for 英国)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped or not seg.target_stripped:
            return
        found = _target_mentions(seg.target)
        countries = {e for e, _, _ in found if not e.startswith("@")}
        cities = [(e[1:], s, t) for e, s, t in found if e.startswith("@") and e[1:] in countries]
        if not cities:
            return
        in_source = {e for e, _, _ in _source_mentions(seg.source) if e.startswith("@")}
        abbreviated = _abbreviated_cities(seg.source)
        for english, start, end in cities:
            if "@" + english not in in_source and seg.target[start:end] not in abbreviated:
                yield Finding(
                    f"'{seg.target[start:end]}', a city of {english}, is not in the source, which "
                    f"names the country only",
                    start,
                    end,
                    "",
                )


#: A diplomatic mission of one country in another: 泰国驻华大使馆, 驻沈阳韩国总领事馆.
_ZH_MISSION_RE = re.compile(r"驻([\u4e00-\u9fff]{1,10}?)(?:大使馆|总领事馆|领事馆|使馆|代表处)")
#: 驻华 "in China": the one host Chinese abbreviates to a character no table of names holds.
_ZH_HOSTS = {"华": "China"}


def _ja_forms(english: str) -> tuple[str, ...]:
    """The Japanese names of a country or region of the table, by its English."""
    return next((p.ja for p in places() if p.english == english), ())


def mission_places(source: str) -> list[tuple[str, tuple[str, ...], str, tuple[str, ...]]]:
    """Each mission of the source whose owner and host it names: (owner, the owner's Japanese
    names, host, the host's Japanese names). The owner is the country right before 驻 (泰国驻华)
    or right after the host (驻沈阳韩国); a host city is written as the bridge writes it."""
    found = []
    named = [(e, s, t) for e, s, t in _source_mentions(source) if not e.startswith("@")]
    for m in _ZH_MISSION_RE.finditer(source):
        owner = next((e for e, _, t in named if t == m.start()), None)
        host_start, host_end = m.start(1), m.end(1)
        if owner is None:
            owner = next((e for e, s, t in named if t == host_end and s > host_start), None)
            host_end = next((s for e, s, t in named if t == m.end(1) and s > host_start), host_end)
        host_text = source[host_start:host_end]
        host = _ZH_HOSTS.get(host_text) or next(
            (e for e, s, t in named if s == host_start and t == host_end), None
        )
        host_forms = _ja_forms(host) if host else (to_kanji(host_text),)
        if owner and host_forms and owner != host:
            found.append((owner, _ja_forms(owner), host or host_text, host_forms))
    return found


def _ja_abbreviations_of(english: str) -> tuple[str, ...]:
    """The Japanese one-character abbreviations of one place (日本: 日)."""
    return tuple(c for c, names in _ja_abbreviations() if english in names)


class MissionReversed(Check):
    """A diplomatic mission placed in its own country: 泰国驻华大使馆 ("Thailand's embassy in
    China") rendered 在タイ中国大使館 ("China's embassy in Thailand"). Japanese writes the host
    after 在 or 駐 (在中国タイ大使館, タイ駐中国大使館), so 在 or 駐 before the owner, with the
    host after neither, swaps the two countries."""

    code = "mistranslation-mission"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "An embassy or consulate placed in its own country (泰国驻华大使馆 → 在タイ中国大使館 for "
        "在中国タイ大使館)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "驻" not in seg.source:
            return
        target = seg.target
        after_mark = [k + 1 for k, c in enumerate(target) if c in "在駐"]
        for owner, owner_forms, host, host_forms in mission_places(seg.source):
            # 在日, 駐米: the one-character abbreviation names the host too (在日中国大使館).
            owner_forms = owner_forms + _ja_abbreviations_of(owner)
            host_forms = host_forms + _ja_abbreviations_of(host)
            if any(target.startswith(form, k) for k in after_mark for form in host_forms):
                continue
            for k in after_mark:
                form = next((f for f in owner_forms if target.startswith(f, k)), None)
                if form:
                    yield Finding(
                        f"'{target[k - 1 : k + len(form)]}' places the mission in {owner}, its own "
                        f"country: the source's mission of {owner} is in {host} "
                        f"(在{host_forms[0]}{form}…)",
                        k - 1,
                        k + len(form),
                    )
                    return
