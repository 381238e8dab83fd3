"""The words of Japanese text, for every check that needs them: one MeCab tagger (fugashi) with
one dictionary, UniDic as unidic-lite's wheel ships it, so nothing is downloaded.

UniDic rather than ipadic: it gives a loanword's English origin in its lemma (タクシー-taxi), which
the katakana checks need, and finer parts of speech (助数詞 as a suffix, not a noun). Checks read
the named fields (``word.feature.pos1``, ``.cForm``, ``.lemma``) rather than positions.
"""

from __future__ import annotations

import csv
import ctypes
import hashlib
import mmap
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

import fugashi
import unidic_lite  # nothing to load; kept beside the one use of its path

from alignment import derived


class Word(NamedTuple):
    """A word of the text, its offsets in the text and its UniDic features."""

    surface: str
    start: int
    end: int
    raw: str  # the features as MeCab gives them: a line of CSV
    #: The named fields (pos1 … pos4, cType, cForm, lemma …). Nearly every word is asked about
    #: (the grammar checks read every word's part of speech), ~1.9 million times on 11,000
    #: segments: through a property and a cache each time that was ~2 % of the check command.
    #: Each text's words look theirs up once, in the cache of every line MeCab gives.
    feature: fugashi.UnidicFeatures26


@lru_cache(maxsize=16384)
def _features(raw: str) -> fugashi.UnidicFeatures26:
    """The named fields of a line of MeCab's features, read once for every word that gives it:
    reading the CSV of every word anew doubled the tagging time."""
    fields = next(csv.reader([raw]))
    return fugashi.UnidicFeatures26(*fields, *(None,) * (_FIELDS - len(fields)))


_FIELDS = len(fugashi.UnidicFeatures26._fields)  # an unknown word has fewer


#: How many texts :func:`words` has tagged (one cell, so that counting costs no global statement).
_tagged = [0]


def texts_tagged() -> int:
    """How many texts this process has tagged (the pages of the dictionary a run touches grow
    with the text it tags, however its segments' work is interleaved)."""
    return _tagged[0]


#: Called after each text :func:`words` tags, if set (:func:`watch_tagging`).
_after_tagging: list[Callable[[], object] | None] = [None]


def watch_tagging(hook: Callable[[], object] | None) -> Callable[[], object] | None:
    """Have ``hook`` called after each text :func:`words` tags (None: nothing); returns the hook
    set before. Tagging is where the dictionary's pages come into the process, so a run that keeps
    its memory under a budget (:class:`PageBudget`) looks there."""
    previous = _after_tagging[0]
    _after_tagging[0] = hook
    return previous


#: Where MeCab reads UniDic from: the wheel's directory, or this package's copy of it
#: (:func:`map_dictionary_by_page`).
_dicdir = [unidic_lite.DICDIR]


@lru_cache(maxsize=1)
def _tagger() -> fugashi.Tagger:
    return fugashi.Tagger(f'-d "{_dicdir[0]}" -r "{_dicdir[0]}/mecabrc"')


def release_dictionary_pages() -> int:
    """Unmap the pages of the dictionary files this process has read; returns the bytes advised.

    MeCab maps UniDic's files (sys.dic 179 MB, matrix.bin 69 MB) and reads them in place: a long
    run of distinct text touches ever more of them, and every page touched counts in the process's
    resident memory (184 MiB of the 581 MiB peak of 11,000 segments). The pages are the files'
    own, unmodified: dropping them from the process (``MADV_DONTNEED``) leaves them in the page
    cache, and the next lookup maps them again without reading the disk. Nothing the tagger
    answers changes. Linux only (elsewhere a no-op); the CLI calls it through :class:`PageBudget`.
    """
    if sys.platform != "linux" or _tagger.cache_info().currsize == 0:
        return 0
    madvise = _madvise()
    mappings = _dictionary_mappings(id(_tagger()))
    advised = 0
    for start, end in mappings:
        if madvise(start, end - start, mmap.MADV_DONTNEED) == 0:
            advised += end - start
    return advised


def map_dictionary_by_page() -> None:
    """Load the tagger and make a fault map one page of the dictionary, not a large block of it.

    The page cache may hold the files in large folios (Linux 6.x reads ahead into them), and a
    fault maps a whole folio: twenty sentences mapped 197 MB of the files, before and after a
    release, so releasing no longer kept them out of the peak. Random-access advice stops the
    read-ahead, and dropping the files' cached copies lets them be read again in single pages: a
    hundred sentences then map ~26 MB. But other processes that map the wheel's files (every
    worktree's virtualenv hard-links the same ones; a test run's MeCab reads them ahead) keep
    their large folios in the page cache, and with them one sentence may map 70–170 MB: so the
    tagger reads a copy of the files of this package's own (:func:`_dictionary_copy`), which only
    processes doing this map. The pages a run needs are read from the disk once more; nothing the
    tagger answers changes (the same bytes). For a long run over many segments (the CLI calls it
    before the first); Linux only, elsewhere a no-op."""
    if sys.platform != "linux":
        return
    copy = _dictionary_copy()
    if copy is not None and copy != _dicdir[0]:
        _dicdir[0] = copy
        _tagger.cache_clear()
        _dictionary_mappings.cache_clear()
    madvise = _madvise()
    for start, end in _dictionary_mappings(id(_tagger())):
        madvise(start, end - start, mmap.MADV_RANDOM)
    for name in _DICTIONARY_FILES:
        _drop_cached(os.path.join(_dicdir[0], name))


def _drop_cached(path: str) -> None:
    """Drop ``path``'s pages from the page cache where no process maps them."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)  # pages still being written back would stay
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    except OSError:
        pass
    finally:
        os.close(fd)


#: Version of the dictionary's copy: another is another directory.
_COPY_VERSION = 1


def _dictionary_copy() -> str | None:
    """A directory with a copy of the wheel's dictionary files (~260 MB, made once per machine in
    the cache directory, beside the other derived files), or None where it cannot be written.
    Its files are other inodes than the wheel's, so their pages in the page cache are only those
    that :func:`map_dictionary_by_page`'s processes read, one at a time. Named after sys.dic's
    size and time of change (not its path: every virtualenv's hard link is the same file)."""
    source = unidic_lite.DICDIR
    try:
        st = os.stat(os.path.join(source, "sys.dic"))
    except OSError:
        return None
    key = hashlib.sha1(f"{st.st_size}:{st.st_mtime_ns}:{_COPY_VERSION}".encode()).hexdigest()[:12]
    path = derived.cache_dir() / f"unidic-{key}"
    if path.is_dir():
        return str(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = tempfile.mkdtemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return None
    try:
        for name in os.listdir(source):
            if os.path.isfile(os.path.join(source, name)):
                shutil.copyfile(os.path.join(source, name), os.path.join(tmp, name))
        os.chmod(tmp, 0o755)  # as the files beside it: readable by whoever runs the checks
        os.rename(tmp, path)  # whole or not at all for a process that looks meanwhile
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        return str(path) if path.is_dir() else None
    return str(path)


# The files MeCab maps and reads in place (the rest are read into memory when it loads).
_DICTIONARY_FILES = ("sys.dic", "matrix.bin")


def resident_memory() -> tuple[int, int]:
    """(resident bytes, of which file-backed or shared) of this process, from /proc/self/statm
    read through a descriptor kept open (~2.5 µs: cheap enough to ask after every text tagged);
    (0, 0) where there is no /proc."""
    fd = _statm()
    if fd < 0:
        return 0, 0
    fields = os.pread(fd, 128, 0).split()
    return int(fields[1]) * mmap.PAGESIZE, int(fields[2]) * mmap.PAGESIZE


@lru_cache(maxsize=1)
def _statm() -> int:
    try:
        return os.open("/proc/self/statm", os.O_RDONLY)
    except OSError:
        return -1


class PageBudget:
    """Releases the dictionary's pages (:func:`release_dictionary_pages`) when the process's
    resident memory reaches ``budget`` bytes; called after each text tagged (:func:`watch_tagging`).

    Why by memory and not every so many texts: how much of the dictionary a text brings back
    depends on how the page cache holds the files, which other processes decide. Mapped a page at
    a time (:func:`map_dictionary_by_page`), a run of 11,000 segments touches ~100 MB of them and
    a release every 166 texts cost ~1 s of faults for little; held in large folios by another
    process, twenty sentences bring back ~200 MB and the same count let the peak wander by ±40 MB.
    Looking at the resident memory itself releases seldom in the first case and as often as needed
    in the second. ``least``: a release must be able to free that much (file-backed memory grown
    since the last release), so that a process whose own memory is over the budget does not
    release after every text for nothing.
    """

    def __init__(
        self,
        budget: int,
        *,
        least: int = 16 * 2**20,
        memory: Callable[[], tuple[int, int]] = resident_memory,
        release: Callable[[], object] = release_dictionary_pages,
    ) -> None:
        self.budget = budget
        self.least = least
        self.memory = memory
        self.release = release
        self.releases = 0
        self._floor: int | None = None  # file-backed bytes right after the last release

    def __call__(self) -> bool:
        """Release if over the budget; whether it did."""
        resident, shared = self.memory()
        if resident < self.budget or (self._floor is not None and shared - self._floor < self.least):
            return False
        self.release()
        self.releases += 1
        self._floor = self.memory()[1]
        return True


@lru_cache(maxsize=1)
def _madvise() -> Callable[[int, int, int], int]:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    return libc.madvise  # type: ignore[no-any-return]  # ctypes functions are untyped


@lru_cache(maxsize=1)
def _dictionary_mappings(tagger: int) -> tuple[tuple[int, int], ...]:
    """The address ranges where the tagger (by id) has the dictionary's files mapped: MeCab maps
    them once, when it loads the dictionary, so /proc/self/maps (a thousand lines) is read once
    per tagger rather than at every release."""
    out: list[tuple[int, int]] = []
    with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
        for line in maps:
            parts = line.split(maxsplit=5)
            if len(parts) == 6 and parts[5].strip().startswith(_dicdir[0] + os.sep):
                start, end = (int(x, 16) for x in parts[0].split("-"))
                out.append((start, end))
    return tuple(out)


def object_marker(word: Word) -> bool:
    """Whether the word is the case particle を, as UniDic tags it."""
    return word.surface == "を" and word.feature.pos1 == "助詞"


def words(text: str) -> list[Word]:
    """The words of ``text``; MeCab drops whitespace, which each word's ``white_space`` (what
    came before it) gives back, so offsets index ``text``. A node lives only until the next
    parse: what a word needs is copied out of it."""
    out: list[Word] = []
    pos = 0
    _tagged[0] += 1
    for node in _tagger()(text):
        start = pos + len(node.white_space)
        surface = node.surface
        pos = start + len(surface)
        # tuple.__new__ rather than Word(...): a NamedTuple's constructor is a Python function,
        # and building the words through it was a third of the tagging time.
        raw = node.feature_raw
        out.append(_new_tuple(Word, (surface, start, pos, raw, _features(raw))))
    after = _after_tagging[0]
    if after is not None:
        after()
    return out


_new_tuple = tuple.__new__


@lru_cache(maxsize=128)
def sentence_words(text: str) -> tuple[Word, ...]:
    """:func:`words` of a whole target, kept for the document in hand (a document's targets, not a
    run's): the consistency pass asks where a target's words end before the target's segment is
    checked, and tagging it a second time for the segment's checks was ~1 % of the check command;
    through :func:`short_words` the targets also took the places of the katakana words there."""
    return tuple(words(text))


@lru_cache(maxsize=8192)
def short_words(text: str) -> tuple[Word, ...]:
    """:func:`words` of a short string asked about again and again (a katakana word), memoised."""
    return tuple(words(text))
