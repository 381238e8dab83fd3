"""The words of Japanese text, for every check that needs them: one MeCab tagger (fugashi) with
one dictionary, UniDic as unidic-lite's wheel ships it, so nothing is downloaded.

UniDic rather than ipadic: it gives a loanword's English origin in its lemma (タクシー-taxi), which
the katakana checks need, and finer parts of speech (助数詞 as a suffix, not a noun). Checks read
the named fields (``word.feature.pos1``, ``.cForm``, ``.lemma``) rather than positions.
"""

from __future__ import annotations

import csv
import ctypes
import mmap
import os
import sys
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

import fugashi
import unidic_lite  # nothing to load; kept beside the one use of its path


class Word(NamedTuple):
    """A word of the text, its offsets in the text and its UniDic features."""

    surface: str
    start: int
    end: int
    raw: str  # the features as MeCab gives them: a line of CSV

    @property
    def feature(self) -> fugashi.UnidicFeatures26:
        """The named fields (pos1 … pos4, cType, cForm, lemma …), read when a check first asks:
        most words are never asked about, and reading all of them doubled the tagging time."""
        return _features(self.raw)


@lru_cache(maxsize=16384)
def _features(raw: str) -> fugashi.UnidicFeatures26:
    fields = next(csv.reader([raw]))
    return fugashi.UnidicFeatures26(*fields, *(None,) * (_FIELDS - len(fields)))


_FIELDS = len(fugashi.UnidicFeatures26._fields)  # an unknown word has fewer


#: How many texts :func:`words` has tagged (one cell, so that counting costs no global statement).
_tagged = [0]


def texts_tagged() -> int:
    """How many texts this process has tagged: what the CLI releases the dictionary's pages by,
    since the pages a run touches grow with the text it tags, however its segments' work is
    interleaved."""
    return _tagged[0]


@lru_cache(maxsize=1)
def _tagger() -> fugashi.Tagger:
    return fugashi.Tagger(f'-d "{unidic_lite.DICDIR}" -r "{unidic_lite.DICDIR}/mecabrc"')


def release_dictionary_pages() -> int:
    """Unmap the pages of the dictionary files this process has read; returns the bytes advised.

    MeCab maps UniDic's files (sys.dic 179 MB, matrix.bin 69 MB) and reads them in place: a long
    run of distinct text touches ever more of them, and every page touched counts in the process's
    resident memory (184 MiB of the 581 MiB peak of 11,000 segments). The pages are the files'
    own, unmodified: dropping them from the process (``MADV_DONTNEED``) leaves them in the page
    cache, and the next lookup maps them again without reading the disk. Nothing the tagger
    answers changes. Linux only (elsewhere a no-op); the CLI calls it every hundred segments.
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
    read-ahead, and dropping the files' cached copies (other processes that map them keep them)
    lets them be read again in single pages: a hundred sentences then map ~26 MB. The pages a run
    needs are read from the disk once more; nothing the tagger answers changes. For a long run
    over many segments (the CLI calls it before the first); Linux only, elsewhere a no-op."""
    if sys.platform != "linux":
        return
    madvise = _madvise()
    for start, end in _dictionary_mappings(id(_tagger())):
        madvise(start, end - start, mmap.MADV_RANDOM)
    for name in _DICTIONARY_FILES:
        try:
            fd = os.open(os.path.join(unidic_lite.DICDIR, name), os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


# The files MeCab maps and reads in place (the rest are read into memory when it loads).
_DICTIONARY_FILES = ("sys.dic", "matrix.bin")


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
            if len(parts) == 6 and parts[5].strip().startswith(unidic_lite.DICDIR):
                start, end = (int(x, 16) for x in parts[0].split("-"))
                out.append((start, end))
    return tuple(out)


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
        out.append(_new_tuple(Word, (surface, start, pos, node.feature_raw)))
    return out


_new_tuple = tuple.__new__


@lru_cache(maxsize=8192)
def short_words(text: str) -> tuple[Word, ...]:
    """:func:`words` of a short string asked about again and again (a katakana word), memoised."""
    return tuple(words(text))
