"""One foreign name rendered two ways in one document: ゾルターン・ヴォルガ in one segment and
ヴァルガ in the next for 瓦尔加, ギラード once where three segments write ジラール for 吉拉尔.

MT renders each sentence on its own, so a name it misreads once (an English reading of a French
name, a vowel slipped) is usually written right elsewhere in the same document; a translator
settles on one spelling. Each segment's rendering of a source name is found by sound: the katakana
word (or part of a dotted name) closest to the name's pinyin, as the entity checks claim names,
or the name's own kanji. Two renderings are a variant only when they are still two spellings of
one name (their consonants agree as much as a name and its rendering do); spelling variants
(ヴァ/バ, a long-vowel mark) are the katakana-variant check's, and a part is not a variant of the
whole (ジラール, ジラール総領事).

The document's usual rendering is the one most of its segments write; between two written equally
often, the one whose spelling, vowels included, is further from the name's pinyin is flagged. A
person's name the target writes again where the source says 他 counts as one more rendering
(ハンス・ミラー once, ミュラー氏 in the next sentence for 他: MT spelt the second mention afresh).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from alignment.checks.base import KATAKANA_WORD_RE, Check, Finding, Segment, gettext_noop
from alignment.checks.consistency import spelling_key
from alignment.checks.countries import places
from alignment.checks.entities import name_runs, renders_a_source_place
from alignment.checks.kana import romaji
from alignment.checks.name_kanji import simplified
from alignment.checks.origins import (
    Glosses,
    katakana_origins,
    segmented,
    short_words,
    source_glosses,
    stem,
)
from alignment.checks.sounds import NAME_CHARS, pinyin, pinyin_readings, similar_at_least, similarity
from alignment.checks.untranslated import has_simplified_only

_NAME_CLASS = "".join(sorted(NAME_CHARS))
_DOTS = str.maketrans({"・": "·", "•": "·", "‧": "·", "･": "·"})
# A dotted foreign name: parts of transcription characters joined by a middle dot (奥利维耶·吉拉尔).
_DOTTED_RE = re.compile(f"[{_NAME_CLASS}]+(?:·[{_NAME_CLASS}]+)+")
# How close a katakana word must sound to a name to be its rendering, and two renderings to each
# other to be spellings of one name: the bar at which the entity checks claim a name (_claim).
RENDERS = 0.5
# How much of their spelling, vowels included, two renderings share to be spellings of one name
# (ギラード/ジラール 0.57, ヴォルガ/ヴァルガ 0.83; テレサ/ボリス, matched by consonants, 0.33).
SAME_NAME = 0.55
# How closely a katakana word must spell a kanji name's pinyin to be its Mandarin reading (サンヤ
# for 三雅, sanya), vowels included and in consonants.
READ_OUT = 0.75
_LONGEST_KANJI_NAME = 4
_HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class _Rendering:
    form: str
    start: int

    @property
    def key(self) -> str:
        return spelling_key(self.form)


@lru_cache(maxsize=1024)
def source_names(source: str) -> frozenset[str]:
    """The source's foreign names: each part of two characters or more of a dotted name, and each
    run of three transcription characters or more (as the entity checks find them). A dotted name
    whose first part begins with a character outside the transcription set is taken from the
    start of the dictionary word the match begins inside (阿卜杜拉·… is Abdullah, not 杜拉): the
    tail of one name is no name of its own, and would be matched with another's rendering."""
    dotted = source.translate(_DOTS)
    out: set[str] = set()
    for m in _DOTTED_RE.finditer(dotted):
        first, *rest = m.group().split("·")
        begun = _word_start(dotted, m.start())
        out.update(p for p in (dotted[begun : m.start()] + first, *rest) if len(p) >= 2)
    out.update(name for name, _ in name_runs(source))
    return frozenset(out)


def _word_start(source: str, i: int) -> int:
    """Where the dictionary word holding offset ``i`` starts, the source segmented longest word
    first (``i`` itself where a word starts there)."""
    for start, word in segmented(source):
        if start <= i < start + len(word):
            return start
    return i


def _katakana_parts(target: str, glosses: Glosses) -> Iterator[tuple[str, int]]:
    """The katakana words and parts of dotted names that may render a name: not a loanword the
    source glosses (シンガポール for 新加坡 "Singapore"), nor a part of one the translator spelled
    out with dots (ノース of ノース・イースト・クラブ for 东北俱乐部)."""
    for m in KATAKANA_WORD_RE.finditer(target):
        start = m.start()
        if "・" in m.group() and _glossed(m.group().replace("・", ""), glosses):
            continue
        for part in m.group().split("・"):
            if len(part.rstrip("ー")) >= 2 and not _glossed(part, glosses):
                yield part, start
            start += len(part) + 1


def _glossed(word: str, glosses: Glosses) -> bool:
    return all(origin is not None and stem(origin) in glosses for _, origin in katakana_origins(word))


def _common_loanword(word: str) -> bool:
    """Whether UniDic reads the word as one common noun of English origin (ツイート "tweet"): a word
    of the sentence that a name was matched with by chance, not a misspelt name."""
    found = katakana_origins(word)
    return len(found) == 1 and found[0][1] is not None and short_words(word)[0].feature.pos2 == "普通名詞"


def _sound(name: str, part: str) -> float:
    """How alike a katakana word sounds to a name, by the name's closest pinyin reading: the score
    a rendering is claimed by, here and wherever the name is mentioned again."""
    roman = romaji(part)
    return max(similarity(reading, roman) for reading in pinyin_readings(name))


def renderings(source: str, target: str) -> dict[str, _Rendering]:
    """How ``target`` writes each foreign name of ``source``: the katakana word (or part of a
    dotted name) that sounds most like it, names and words matched one to one, closest pairs
    first; a loanword whose English origin the source glosses (シンガポール for 新加坡) renders
    that word, not a name."""
    parts = list(_katakana_parts(target, source_glosses(source)))
    names = sorted(source_names(source))
    scored = sorted(
        ((_sound(name, part), i, j) for i, name in enumerate(names) for j, (part, _) in enumerate(parts)),
        reverse=True,
    )
    out: dict[str, _Rendering] = {}
    used: set[int] = set()
    for score, i, j in scored:
        if score < RENDERS:
            break
        if names[i] in out or j in used:
            continue
        used.add(j)
        out[names[i]] = _Rendering(*parts[j])
    return out


def _spellings_of_one_name(a: _Rendering, b: _Rendering) -> bool:
    """Whether two renderings are two spellings of one name, vowels included (ギラード, ジラール),
    not the same spelling, a part of the other, or another word a name was matched with."""
    if a.key == b.key or a.key in b.key or b.key in a.key:
        return False
    return _ratio(romaji(a.form), romaji(b.form)) >= SAME_NAME


def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def document_name_variants(pairs: Sequence[tuple[str, str]]) -> list[list[Finding]]:
    """Per segment, the source names it renders otherwise than the document usually does."""
    out: list[list[Finding]] = [[] for _ in pairs]
    where: dict[str, list[int]] = {}
    for k, (source, target) in enumerate(pairs):
        if (source or "").strip() and (target or "").strip():
            for name in source_names(source):
                where.setdefault(name, []).append(k)
    flagged: set[tuple[int, int]] = set()
    rendered: dict[int, dict[str, _Rendering]] = {}
    parts: dict[int, list[tuple[str, int]]] = {}
    for k in sorted({k for segments in where.values() for k in segments}):
        rendered[k] = renderings(*pairs[k])
    # How the document writes each of its names where the source names it: a mention elsewhere
    # spelt as another name is written is that other person (サントス監督 in a headline whose
    # source names no one is the Santos of the next sentences, not a variant of ビノシュ).
    forms: dict[str, set[str]] = {}
    for here in rendered.values():
        for other, rendering in here.items():
            forms.setdefault(rendering.key, set()).add(other)
    for name, segments in where.items():
        found = [(k, r) for k in segments if (r := rendered[k].get(name)) is not None]
        people = [(k, r) for k, r in found if _a_person(pairs[k][1], r)]
        if people:
            found += [
                (k, e)
                for k, e in _echoes(name, segments, pairs, rendered, parts)
                if _a_person(pairs[k][1], e)
                and not forms.get(e.key, {name}) - {name}
                and any(e.key == r.key or _spellings_of_one_name(e, r) for _, r in people)
            ]
        if len({k for k, _ in found}) < 2:
            continue
        counts = Counter(r.key for _, r in found)
        if len(counts) < 2:
            continue
        for k, r in found:
            others = [(j, o) for j, o in found if o.key != r.key and _spellings_of_one_name(r, o)]
            if not others or (k, r.start) in flagged or _common_loanword(r.form):
                continue
            j, usual = max(others, key=lambda jo: (counts[jo[1].key], _closeness(name, jo[1]), -jo[0]))
            if (counts[usual.key], _closeness(name, usual)) <= (counts[r.key], _closeness(name, r)):
                continue  # this rendering is as usual as the other, and as close to the name
            flagged.add((k, r.start))
            place = "elsewhere in this segment" if j == k else f"in segment {j + 1}"
            out[k].append(
                Finding(
                    f"{name} is rendered {usual.form} {place} but {r.form} here",
                    r.start,
                    r.start + len(r.form),
                    usual.form,
                )
            )
    _read_out(pairs, out, flagged)
    return out


#: What follows a person's name in Japanese news (ミュラー氏, ミュラー総領事 …).
_PERSON_AFTER = (
    "氏",
    "さん",
    "総領事",
    "大使",
    "領事",
    "教授",
    "博士",
    "選手",
    "監督",
    "首相",
    "大統領",
    "市長",
    "会長",
    "社長",
)


def _a_person(target: str, r: _Rendering) -> bool:
    """Whether the rendering names a person: a part of a name the middle dot joins (ハンス・ミラー)
    or a name with a title or 氏 after it. A mention elsewhere is compared only so: a place the name
    sounds like (ロンドン for 基普罗诺) is none."""
    end = r.start + len(r.form)
    if target.startswith(_PERSON_AFTER, end):
        return True
    # A dot after a country joins no name (イタリア・セリエA, the league).
    after = _KATAKANA_RUN_RE.match(target, end + 1) if target[end : end + 1] == "・" else None
    before = (
        _KATAKANA_BEFORE_RE.search(target, 0, r.start - 1) if target[r.start - 1 : r.start] == "・" else None
    )
    return any(m is not None and m.group() not in _ja_places() for m in (after, before))


_KATAKANA_RUN_RE = re.compile("[\u30a1-\u30fa\u30fc]+")
_KATAKANA_BEFORE_RE = re.compile("[\u30a1-\u30fa\u30fc]+$")


@lru_cache(maxsize=1)
def _ja_places() -> frozenset[str]:
    """The Japanese names of the country table (イタリア, ヨーロッパ)."""
    return frozenset(form for p in places() for form in (*p.ja, *p.ja_cities))


def _echoes(
    name: str,
    segments: list[int],
    pairs: Sequence[tuple[str, str]],
    rendered: dict[int, dict[str, _Rendering]],
    parts: dict[int, list[tuple[str, int]]],
) -> list[tuple[int, _Rendering]]:
    """The name written again where the source does not name it: the person is 他 there, or 该专家,
    and the target names him (ミュラー氏はスピーチで for 他在发言中). MT spells such a mention
    afresh, and a name it misread once (ミラー for 穆勒) is spelt right in the next sentence. A
    katakana word counts where it sounds like the name as a rendering does and renders no name
    of its own segment's source (ミラー for 米勒 there is another person); the caller keeps those
    that are spellings of a rendering (a place the name happens to sound like is not)."""
    out: list[tuple[int, _Rendering]] = []
    for k, (source, target) in enumerate(pairs):
        if k in segments or not (source or "").strip() or not KATAKANA_WORD_RE.search(target or ""):
            continue
        if k not in parts:
            parts[k] = list(_katakana_parts(target, source_glosses(source)))
        # Only a word that sounds like the name can count: the segment's own names are asked
        # about for those alone (most segments of a document hold none).
        sounding = [
            (score, start, part) for part, start in parts[k] if (score := _sound(name, part)) >= RENDERS
        ]
        if not sounding:
            continue
        if k not in rendered:
            rendered[k] = renderings(source, target)
        own = {r.start for r in rendered[k].values()}
        # A name of two characters (米勒) is no source name above, but may still be this one's.
        others = [n for n, _ in name_runs(source, 2)]
        best = max(
            (
                (score, start, part)
                for score, start, part in sounding
                if start not in own
                and not _common_loanword(part)
                and not any(_sound(n, part) >= RENDERS for n in others)
                and not renders_a_source_place(part, source)
            ),
            default=None,
        )
        if best is not None:
            out.append((k, _Rendering(best[2], best[1])))
    return out


def _read_out(
    pairs: Sequence[tuple[str, str]], out: list[list[Finding]], flagged: set[tuple[int, int]]
) -> None:
    """A name the document writes in kanji (三雅电子 as 三雅電子 in two segments or more, Japanese
    kanji or not), read out here in katakana by its Mandarin sound (サンヤ電子): MT's reading of a
    name it did not recognise. Only targets with no Chinese left in them count as writing it in
    kanji (a copied source is the untranslated checks' business)."""
    written: list[frozenset[str]] = []
    japanese: list[str] = []
    for source, target in pairs:
        target = target or ""
        plain = "" if has_simplified_only(target) else simplified(target)
        japanese.append(plain)
        written.append(_written_stretches(source or "", plain) if plain else frozenset())
    in_kanji = Counter(x for w in written for x in w)
    usual = [x for x, n in in_kanji.items() if n >= 2]
    if not usual:
        return
    for k, (source, target) in enumerate(pairs):
        if not KATAKANA_WORD_RE.search(target or ""):
            continue
        # The document's kanji names this source holds and this target does not write (a stretch
        # of Chinese characters stands in a text as one of its stretches or not at all).
        names = sorted(x for x in usual if x in (source or "") and x not in written[k])
        if not names:
            continue
        for part, start in _katakana_parts(target or "", source_glosses(source)):
            roman = romaji(part)
            for name in names:
                sound = pinyin(name)
                if (
                    (k, start) in flagged
                    or not similar_at_least(sound, roman, READ_OUT)
                    or _ratio(sound, roman) < READ_OUT
                    or _common_loanword(part)
                ):
                    continue
                flagged.add((k, start))
                j = next(j for j, w in enumerate(written) if name in w)
                at = japanese[j].find(name)
                form = (pairs[j][1] or "")[at : at + len(name)]
                out[k].append(
                    Finding(
                        f"{name} is written {form} in segment {j + 1} but read out in Mandarin as {part} here",
                        start,
                        start + len(part),
                        form,
                    )
                )


def _written_stretches(source: str, plain: str) -> frozenset[str]:
    """The stretches of two to four Chinese characters of ``source`` that ``plain`` holds. A
    stretch the target lacks has no longer one after it that the target holds, so each offset is
    given up at its first miss. Listing every stretch of every source and asking the target about
    each (three per character) took twice the time over 11,000 segments (1.2 against 0.65 s)."""
    out: set[str] = set()
    for m in _HAN_RUN_RE.finditer(source):
        run = m.group()
        for i in range(len(run) - 1):
            if run[i : i + 2] not in plain:
                continue  # most offsets: nothing from here on is written
            out.add(run[i : i + 2])
            for j in range(i + 3, min(len(run), i + _LONGEST_KANJI_NAME) + 1):
                if run[i:j] not in plain:
                    break
                out.add(run[i:j])
    return frozenset(out)


def _closeness(name: str, r: _Rendering) -> float:
    """How close a rendering's spelling is to the name's pinyin, vowels included; the kanji
    themselves are the name."""
    roman = romaji(r.form)
    return max(_ratio(reading.replace("l", "r"), roman) for reading in pinyin_readings(name))


class NameVariant(Check):
    """Filled in by the document-level pass (:func:`document_name_variants`)."""

    code = "entity-variant"
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "A foreign name of the source rendered two ways in the document (瓦尔加 as ヴァルガ and as "
        "ヴォルガ); the less usual rendering is flagged."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        yield from seg.document.name_variants
