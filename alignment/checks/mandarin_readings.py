"""Foreign names rendered from their Mandarin reading (保罗 "Paul" as バオルオ, a Thai 猜 "Chai" as
ツァイ) instead of from their own language.

Chinese writes a foreign name with transcription characters; Japanese transcribes the name from
the original language, so the sound checks of :mod:`entities` accept any katakana whose consonants
follow the pinyin, right or not. Machine translation that does not know the name reads the
characters in Mandarin, syllable by syllable. Such a reading often coincides with a good
transcription (莫利纳里 = モリナリ, 韦德 = ウェイド, 迈克 = マイク: the transcription tables write
foreign ai and ei with ai and ei syllables), so a match alone proves nothing. What Japanese
transcription of a non-Chinese name does not write is what only Mandarin spelling has: the vowel
pairs ao, ou and uo that the tables use for a plain o or au (劳 lao, 欧 ou, 罗 luo, 诺 nuo: ロ, オ,
ノ), and the pinyin c (ts) before a vowel other than u (猜 cai for Thai chai). A katakana word that
is the Mandarin reading of every character of a foreign name and keeps one of these is flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from alignment.bridge import to_kanji
from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.chinese_names import FINAL_SPELLINGS, INITIAL_SPELLINGS, INITIALS
from alignment.checks.kana import romaji
from alignment.checks.name_kanji import gloss_is_chinese, simplified
from alignment.checks.origins import cedict_text, segmented
from alignment.checks.sounds import NAME_RUN_RE

_HAN = "\u4e00-\u9fff"
# A katakana word: a run of katakana and ー, cut at the middle dot or double hyphen of a full name.
_KATAKANA_RE = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}")
_HAN_CHAR_RE = re.compile(f"[{_HAN}]")
# A part of a dotted name (two to four characters before or after the dot): any characters, since
# Thai, Lao or Burmese names are written with characters outside the Western transcription table.
_BEFORE_DOT_RE = re.compile(f"[{_HAN}]{{2,4}}(?=·)")
_AFTER_DOT_RE = re.compile(f"(?<=·)[{_HAN}]{{2,4}}")
_LONGEST = 5
# What only Mandarin spelling writes: an o or au heard as two vowels, and pinyin c (not z, which
# also transcribes German z) as ts before a, e, i or o.
_VOWEL_PAIR_RE = re.compile(r"ao|ou|uo")
_C_RE = re.compile(r"c(?!h)")
_TS_RE = re.compile(r"ts[aeio]")


@lru_cache(maxsize=4096)
def _syllables(hanzi: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin  # noqa: PLC0415  start-up: pypinyin loads its dictionary (~0.8 s)

    return tuple(lazy_pinyin(hanzi, style=Style.NORMAL, errors="ignore"))


def _spellings(syllable: str) -> tuple[str, ...]:
    """The romaji spellings katakana gives one pinyin syllable read in Mandarin (韦 wei: ウェイ,
    ウエイ, ウェー …; 猜 cai: ツァイ), in the form :func:`_plain` leaves a katakana word's romaji."""
    initial = next((i for i in INITIALS if syllable.startswith(i)), "")
    final = syllable[len(initial) :]
    if initial in ("j", "q", "x", "y") and final.startswith("u"):
        final = "v" + final[1:]
    finals = FINAL_SPELLINGS.get(final, (final,))
    if initial in ("zh", "ch", "sh", "r", "z", "c", "s") and final == "i":
        finals = ("i", "u")
    if initial in ("y", "w"):
        # The glide is written or folded into the vowel (韦 ウェイ or ウエイ, 亚 ヤ, 伊 イ).
        spelled = (
            [initial + f for f in finals] + [f for f in finals] + ["u" + f for f in finals if initial == "w"]
        )
        return tuple(dict.fromkeys(_plain(f) for f in spelled))
    onsets = INITIAL_SPELLINGS.get(initial, (initial,))
    return tuple(dict.fromkeys(_plain(o + f) for o in onsets for f in finals))


_LONG_VOWEL_RE = re.compile(r"([aeiou])\1+")
_DOUBLED_RE = re.compile(r"([b-df-hj-np-tv-z])\1")


def _plain(roman: str) -> str:
    """Romaji with what katakana does not keep apart folded: l/r, v/b, long vowels and doubled
    consonants (ウェイボー = weibo)."""
    roman = roman.replace("l", "r").replace("v", "b")
    return _DOUBLED_RE.sub(r"\1", _LONG_VOWEL_RE.sub(r"\1", roman))


@lru_cache(maxsize=4096)
def _hanzi_spellings(hanzi: str) -> tuple[tuple[str, ...], ...] | None:
    """The spellings (:func:`_spellings`) of each character of ``hanzi`` read in Mandarin; None
    where pypinyin does not read every character. Kept: each stretch of a name is asked about for
    every katakana word of the target."""
    syllables = _syllables(hanzi)
    if len(syllables) != len(hanzi):
        return None
    return tuple(_spellings(s) for s in syllables)


def mandarin_reading(hanzi: str, katakana: str, *, fold_long_vowels: bool = True) -> tuple[str, ...] | None:
    """The romaji of the katakana word split syllable by syllable, if it spells every character of
    ``hanzi`` as Mandarin reads it; None otherwise. Folding a long vowel also folds two syllables'
    meeting vowels (在寅 zai yin as ザイイン, read zain); ``fold_long_vowels=False`` keeps the word's
    own vowels apart and drops a long vowel written with ー instead."""
    if fold_long_vowels:
        return _read_as(hanzi, _plain(romaji(katakana)))
    roman = romaji(katakana.replace("ー", "")).replace("l", "r").replace("v", "b")
    return _read_as(hanzi, _DOUBLED_RE.sub(r"\1", roman))


def _read_as(hanzi: str, plain: str) -> tuple[str, ...] | None:
    """:func:`mandarin_reading` of a katakana word already made :func:`_plain` romaji: the first
    split that spells ``plain`` whole, each syllable's spellings tried in their order and the next
    syllable's after each, which is the split a regular expression of the syllables' spellings as
    alternatives in that order would match. Searched directly rather than by compiling such an
    expression for each stretch of a name (a compilation per new stretch was most of the check's
    time, and most pairs fail at the first syllable)."""
    spellings = _hanzi_spellings(hanzi)
    if spellings is None or (spellings and not plain.startswith(spellings[0])):
        return None  # most pairs of a word and a stretch of a name fail at the first syllable
    last = len(spellings)

    def split(at: int, k: int) -> tuple[str, ...] | None:
        if k == last:
            return () if at == len(plain) else None
        for spelling in spellings[k]:
            if plain.startswith(spelling, at):
                rest = split(at + len(spelling), k + 1)
                if rest is not None:
                    return (spelling, *rest)
        return None

    return split(0, 0)


def mandarin_only(hanzi: str, katakana: str) -> str | None:
    """The syllable of the katakana word that only a Mandarin reading of ``hanzi`` spells so (ツァイ
    for 猜), when the word is that reading; None otherwise."""
    return _only(hanzi, _read_as(hanzi, _plain(romaji(katakana))))


def _only(hanzi: str, parts: tuple[str, ...] | None) -> str | None:
    """:func:`mandarin_only` given the word's split (:func:`_read_as`)."""
    if parts is None:
        return None
    for syllable, part in zip(_syllables(hanzi), parts, strict=True):
        if _VOWEL_PAIR_RE.search(part) or (_C_RE.match(syllable) and _TS_RE.match(part)):
            return part
    return None


@lru_cache(maxsize=1024)
def _foreign_parts(source: str) -> tuple[str, ...]:
    """Stretches of the source that may be a foreign name or a part of one: two to four characters
    on either side of a middle dot, and two to five characters of a run of transcription
    characters. Those the dictionary explains as names of the Chinese world are not foreign names
    either; :func:`mandarin_readings` asks that only of a stretch a word reads (few ever are)."""
    text = simplified(source)
    out: list[str] = []
    for m in _BEFORE_DOT_RE.finditer(text):
        out.extend(m.group()[-k:] for k in range(2, len(m.group()) + 1))
    for m in _AFTER_DOT_RE.finditer(text):
        out.extend(m.group()[:k] for k in range(2, len(m.group()) + 1))
    for m in NAME_RUN_RE.finditer(text):
        run = m.group()
        out.extend(
            run[i:j] for i in range(len(run) - 1) for j in range(i + 2, min(len(run), i + _LONGEST) + 1)
        )
    return tuple(dict.fromkeys(out))


def mandarin_readings(source: str, target: str) -> tuple[tuple[int, int, str, str], ...]:
    """Katakana words of the target read from a foreign name of the source in Mandarin: each with
    its span, the source's characters and the tell-tale syllable."""
    words = [m for m in _KATAKANA_RE.finditer(target)]
    if not words:
        return ()
    # Each stretch with its first syllable's spellings, looked up once rather than once per word:
    # most pairs of a word and a stretch fail there (as in :func:`_read_as`), and the stretches
    # pypinyin does not read whole are read as nothing.
    parts = [
        (part, spellings[0] if spellings else "")
        for part in _foreign_parts(source)
        if (spellings := _hanzi_spellings(part)) is not None
    ]
    chinese: dict[str, bool] = {}  # whether a stretch is a name of the Chinese world, once asked
    out: list[tuple[int, int, str, str]] = []
    for m in words:
        plain = _plain(romaji(m.group()))  # once per word, not once per stretch of a name
        for part, first in parts:
            if not plain.startswith(first):
                continue
            syllable = _only(part, _read_as(part, plain))
            if syllable:
                if part not in chinese:
                    chinese[part] = gloss_is_chinese(part)
                if chinese[part]:
                    continue
                out.append((m.start(), m.end(), part, syllable))
                break
    return tuple(out)


class MandarinReading(Check):
    code = "entity-mandarin-reading"
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "A foreign name rendered in katakana from the Mandarin reading of its Chinese characters "
        '(保罗 "Paul" as バオルオ) instead of from its own language.'
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped or (
            "·" not in simplified(seg.source) and not NAME_RUN_RE.search(seg.source)
        ):
            return
        for start, end, part, syllable in mandarin_readings(seg.source, seg.target):
            yield Finding(
                f"'{seg.target[start:end]}' reads the foreign name {part} in Mandarin ({syllable}); "
                "Japanese transcribes the name from its own language",
                start,
                end,
            )


# --- a place of China read in Mandarin --------------------------------------------------------------

#: The longest place name read: 龙门石窟's 龙门, 霍尔果斯.
_PLACE_LONGEST = 6
#: A place the dictionary locates in China: by a province or municipality it names, or China.
_IN_CHINA_RE = re.compile(
    r"\b(?:China|Anhui|Fujian|Gansu|Guangdong|Guangxi|Guizhou|Hainan|Hebei|Heilongjiang|Henan|Hubei"
    r"|Hunan|Jiangsu|Jiangxi|Jilin|Liaoning|Ningxia|Shaanxi|Shandong|Shanxi|Sichuan|Yunnan|Zhejiang"
    r"|Beijing|Shanghai|Tianjin|Chongqing)\b"
)
#: Places of the Tibetan, Uyghur, Kazakh and Mongolian areas: Japanese transcribes them from their
#: own languages, which may sound as Mandarin does (拉萨 ラサ, 哈密 ハミ).
_OWN_LANGUAGE_RE = re.compile(
    r"Tibet|Xinjiang|Inner Mongolia|Mongol|Uighur|Uyghur|Kazakh|Qinghai|Heilongjiang"
)
_LETTERS_RE = re.compile(r"[^a-z]")


def _glossed_as_read(word: str, stretch: str) -> bool:
    """Whether the dictionary names the place by the Mandarin reading of the stretch (洛阳
    "Luoyang", 龙门石窟 "Longmen Grottoes"): a Chinese place, not a foreign one it transcribes
    (哈巴罗夫斯克 "Khabarovsk"). The north-east's katakana names (ハルビン, ジャムス) are older
    transcriptions the press keeps, and Heilongjiang is left out with the regions above."""
    from pypinyin import Style, lazy_pinyin  # noqa: PLC0415  start-up: pypinyin loads its dictionary

    reading = "".join(lazy_pinyin(stretch, style=Style.NORMAL))
    first = (cedict_text(word) or "").strip("/").split("/")[0]
    return _LETTERS_RE.sub("", first.lower()).startswith(reading)


def chinese_place_readings(source: str, target: str) -> tuple[tuple[int, int, str], ...]:
    """Katakana words of the target that read a place of China in the source (a word the
    dictionary locates in a province, or its first characters: 龙门 of 龙门石窟) syllable by
    syllable in Mandarin, where the target does not write the place's kanji: each with its span and
    the source's characters. Japanese writes such a place in kanji (竜門石窟); the few that it
    writes in katakana (ハルビン, チチハル, パオトウ) follow older or local transcriptions, which a
    syllable-by-syllable Mandarin reading does not produce."""
    words = [m for m in _KATAKANA_RE.finditer(target) if len(m.group()) >= 3]
    if not words:
        return ()
    written = simplified(target)
    places: dict[str, list[str]] = {}  # each place the target does not write → its stretches
    for _, w in segmented(simplified(source)):
        if w in places or not 2 <= len(w) <= _PLACE_LONGEST or not all(_HAN_CHAR_RE.match(c) for c in w):
            continue
        gloss = cedict_text(w) or ""
        if not _IN_CHINA_RE.search(gloss) or _OWN_LANGUAGE_RE.search(gloss):
            continue
        stretches = [w[:k] for k in range(len(w), 1, -1)]
        if not any(simplified(to_kanji(s)) in written for s in stretches):
            places[w] = stretches
    out: list[tuple[int, int, str]] = []
    for m in words:
        for place, stretches in places.items():
            read = next((s for s in stretches if mandarin_reading(s, m.group())), None)
            if read and _glossed_as_read(place, read):
                out.append((m.start(), m.end(), read))
                break
    return tuple(out)


class ChinesePlaceInKatakana(Check):
    code = "entity-place-mandarin"
    linear = False  # segments the source against the dictionary and reads each katakana word
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "A place of China written in katakana from its Mandarin reading (龙门石窟 as ロンメン石窟) "
        "where Japanese writes its kanji (竜門石窟)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped or seg.over_budget:
            return
        for start, end, place in chinese_place_readings(seg.source, seg.target):
            yield Finding(
                f"'{seg.target[start:end]}' reads {place} in Mandarin; Japanese writes the place in kanji "
                f"({to_kanji(place)})",
                start,
                end,
                to_kanji(place),
            )
