"""A foreign name both dictionaries know, written as another name: 斯坦福 (CC-CEDICT "Stanford")
as スタッフォード (JMnedict "Stafford") where Japanese writes スタンフォード.

MT that does not recognise a transliterated name guesses a nearby English one and spells that in
katakana. Sound alone does not tell the guess from a translator's own spelling (katakana as close
to the pinyin is as common on clean pairs). Two dictionaries do, where they cover the name: CC-CEDICT
glosses many transliterations with their Latin form, JMdict and its names dictionary JMnedict (both
in the ``jamdict-data`` package) gloss katakana words and names with theirs. So the Japanese form
of the source's name is known, and the target's word is known to be a different name.

Both are required, and more: the target lacks every known form of the name (spelling variants
pass: ヴ/ブ, long vowels, ・), its word is close in spelling to a known form, and the name's pinyin
is closer to that form than to the word. Transliteration is many to many and CC-CEDICT lists a
short name's common readings only in part (罗斯 "Roth", never "Ross"; 克里斯汀 "Christian", not
"Kristin"): without these bars a translator's ロス or クリスティン would be flagged.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
import unicodedata
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import jamdict_data

from alignment.checks.base import KATAKANA_WORD_RE, Check, Finding, Segment, gettext_noop
from alignment.checks.consistency import spelling_key
from alignment.checks.kana import romaji
from alignment.checks.origins import cedict_text, segmented, source_words
from alignment.checks.sounds import NAME_CHARS, NAME_RUN_RE, pinyin_readings
from alignment.derived import derived_file

# How close in spelling (romaji, difflib ratio) the target's word must be to a known form of the
# name to stand in its place (スタッフォード / スタンフォード 0.90; ジャクソン / ジャック 0.67,
# スヌープ / スヌーピー 0.80 are other words or the translator's own short form).
CLOSE = 0.85
_KATAKANA_RE = re.compile(r"^[\u30a1-\u30fa\u30fc・]+$")
_NOT_LATIN_RE = re.compile(r"[^a-z ]")
_SAINT_RE = re.compile(r"\bst\.? ")
_PARENS_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_GIVEN = frozenset(("given", "masc", "fem"))


def latin_key(name: str) -> str:
    """A Latin name as both dictionaries can be compared on: no explanation in brackets, no
    diacritics, lower case, "St" spelled out (São Paulo (Brazil) = Sao Paulo, St Paul = Saint
    Paul)."""
    text = unicodedata.normalize("NFKD", _PARENS_RE.sub(" ", name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _NOT_LATIN_RE.sub(" ", _SAINT_RE.sub("saint ", text))
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _db() -> sqlite3.Connection:
    """The Latin names the Japanese dictionaries gloss katakana words with, as a small table of its
    own: Latin name ↔ katakana word, and the Latin names JMnedict knows as given names (Johann,
    Donald). Only glosses that start with a capital count: a name, not a meaning (ミラー is
    "Miller", not "mirror"). Built from the sqlite file once per machine (~3 s) into the cache
    directory and asked a word at a time: held as dicts in memory it took 26 MB of a run's peak,
    which the contract command's 500 MiB budget cannot spare. In memory where the cache directory
    cannot be written."""
    source = str(jamdict_data.JAMDICT_DB_PATH)
    path = derived_file("jmdict-latin-names", source, 2, ".sqlite", _write_table)
    if path is not None:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    _fill(connection)
    return connection


def _write_table(out: BinaryIO) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "names.sqlite"
        connection = sqlite3.connect(path)
        try:
            _fill(connection)
        finally:
            connection.close()
        out.write(path.read_bytes())


def _fill(connection: sqlite3.Connection) -> None:
    pairs: set[tuple[str, str]] = set()
    given: set[str] = set()
    queries = (
        "SELECT k.text, g.text, group_concat(y.text) FROM NEKana k "
        "JOIN NETranslation t ON t.idseq = k.idseq JOIN NETransGloss g ON g.tid = t.id "
        "LEFT JOIN NETransType y ON y.tid = t.id GROUP BY k.id, g.rowid",
        "SELECT k.text, g.text, '' FROM Kana k JOIN Sense s ON s.idseq = k.idseq "
        "JOIN SenseGloss g ON g.sid = s.id WHERE g.lang = 'eng'",
    )
    dictionary = sqlite3.connect(f"file:{jamdict_data.JAMDICT_DB_PATH}?mode=ro", uri=True)
    try:
        for query in queries:
            for kana, gloss, kinds in dictionary.execute(query):
                if not gloss[:1].isupper() or not _KATAKANA_RE.match(kana):
                    continue
                key = latin_key(gloss)
                if key:
                    pairs.add((key, kana))
                    if _GIVEN.intersection((kinds or "").split(",")):
                        given.add(key)
    finally:
        dictionary.close()
    connection.executescript(
        "CREATE TABLE names (latin TEXT NOT NULL, kana TEXT NOT NULL);"
        "CREATE TABLE given (latin TEXT PRIMARY KEY) WITHOUT ROWID;"
    )
    connection.executemany("INSERT INTO names VALUES (?, ?)", sorted(pairs))
    connection.executemany("INSERT INTO given VALUES (?)", [(g,) for g in sorted(given)])
    connection.executescript("CREATE INDEX by_latin ON names (latin); CREATE INDEX by_kana ON names (kana);")
    connection.commit()


@lru_cache(maxsize=4096)
def forms_of(latin: str) -> tuple[str, ...]:
    """The katakana words the dictionaries gloss with this Latin name."""
    rows = _db().execute("SELECT kana FROM names WHERE latin = ? ORDER BY kana", (latin,))
    return tuple(r[0] for r in rows)


@lru_cache(maxsize=16384)
def names_of(kana: str) -> tuple[str, ...]:
    """The Latin names the dictionaries gloss this katakana word with."""
    rows = _db().execute("SELECT latin FROM names WHERE kana = ? ORDER BY latin", (kana,))
    return tuple(r[0] for r in rows)


@lru_cache(maxsize=4096)
def is_given_name(latin: str) -> bool:
    return _db().execute("SELECT 1 FROM given WHERE latin = ?", (latin,)).fetchone() is not None


@lru_cache(maxsize=8192)
def latin_names(word: str) -> frozenset[str]:
    """The Latin names CC-CEDICT gives a Chinese word: senses written as a name (a capital, not an
    acronym like SARS), up to the first part after a comma that is not one, each of "Hofmann or
    Hoffman" apart."""
    text = cedict_text(word)
    if text is None:
        return frozenset()
    out: set[str] = set()
    for sense in text.replace("\n", "").strip("/").split("/"):
        head, *rest = _PARENS_RE.sub("", sense).split(",")
        if not _a_name(head):
            continue
        # "Webb, Webber or Weber": more spellings; "São Paulo, city in Brazil": an explanation.
        for part in [head, *(p for p in rest if all(_a_name(w) or w == "or" for w in p.split()))]:
            out.update(alt for alt in latin_key(part).split(" or ") if alt)
    return frozenset(out)


def _a_name(text: str) -> bool:
    text = text.strip()
    return text[:1].isupper() and any(ch.islower() for ch in text)


def japanese_forms(latin: frozenset[str]) -> frozenset[str]:
    """The katakana words the Japanese dictionaries gloss with one of these names, and for a
    person's full name (a given name first) those of the family name: Japanese writes Donald
    Trump トランプ, but the Dominican Republic is not a republic."""
    keys = set(latin)
    for name in latin:
        words = name.split()
        if len(words) > 1 and is_given_name(words[0]):
            keys.add(words[-1])
    return frozenset(form for key in keys for form in forms_of(key))


def _source_names(source: str) -> Iterator[tuple[str, frozenset[str]]]:
    """The source's transliterated names CC-CEDICT glosses with a Latin name: words of
    transliteration characters that start where the source's segmentation starts a word (罗斯 of
    俄罗斯 is not a name)."""
    if not NAME_RUN_RE.search(source):
        return  # such a word is two transliteration characters or more together: none (most sources)
    starts: set[int] | None = None
    for word in source_words(source):
        if len(word) > 1 and NAME_CHARS.issuperset(word):
            if starts is None:
                starts = {i for i, _ in segmented(source)}
            if source.find(word) in starts and (latin := latin_names(word)):
                yield word, latin


def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def other_names(source: str, target: str) -> Iterator[Finding]:
    """Each katakana word of the target that the dictionaries name otherwise, written where a name
    of the source has a known Japanese form the target lacks."""
    names = list(_source_names(source))
    if not names:
        return
    source_latin = frozenset().union(*(latin for _, latin in names))
    source_latin |= {name.split()[-1] for name in source_latin}  # Strauss of Johann Strauss
    key = spelling_key(target.replace("・", ""))
    parts = [(part, start) for part, start in _katakana_parts(target) if names_of(part)]
    flagged: set[int] = set()
    for word, latin in names:
        forms = japanese_forms(latin)
        if not forms or any(spelling_key(f.replace("・", "")) in key for f in forms):
            continue
        candidates = [
            (_ratio(romaji(part), romaji(form)), part, start, form)
            for part, start in parts
            if start not in flagged and not source_latin.intersection(names_of(part))
            for form in forms
        ]
        if not candidates:
            continue
        closeness, part, start, form = max(candidates)
        if closeness < CLOSE or not _sounds_nearer(word, form, part):
            continue
        flagged.add(start)
        yield Finding(
            f"{word} is {_title(latin)}, written {form} in Japanese; {part} is {_title(names_of(part))}",
            start,
            start + len(part),
            form,
        )


def _katakana_parts(target: str) -> Iterator[tuple[str, int]]:
    """The target's katakana words, a dotted name's parts apart, with their offsets."""
    for m in KATAKANA_WORD_RE.finditer(target):
        start = m.start()
        for part in m.group().split("・"):
            if len(part.rstrip("ー")) >= 2:
                yield part, start
            start += len(part) + 1


def _sounds_nearer(word: str, form: str, part: str) -> bool:
    """Whether the name's pinyin is nearer the known form than the target's word: a translator's
    spelling that follows the Chinese more closely than the dictionary's form is not a guess."""
    readings = [r.replace("l", "r") for r in pinyin_readings(word)]
    return max(_ratio(r, romaji(form)) for r in readings) > max(_ratio(r, romaji(part)) for r in readings)


def _title(latin: frozenset[str] | tuple[str, ...]) -> str:
    return " / ".join(name.title() for name in sorted(latin)[:3])


class OtherKnownName(Check):
    """A transliterated name of the source written as a different foreign name (斯坦福 "Stanford"
    as スタッフォード "Stafford")."""

    code = "entity-other-name"
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "A foreign name the dictionaries know is written as another name they know (斯坦福 "
        '"Stanford" as スタッフォード "Stafford" instead of スタンフォード).'
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped or not seg.has_kana:
            return
        yield from other_names(seg.source, seg.target_kana)
