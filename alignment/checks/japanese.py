"""The words of Japanese text, for every check that needs them: one MeCab tagger (fugashi) with
one dictionary, UniDic as unidic-lite's wheel ships it, so nothing is downloaded.

UniDic rather than ipadic: it gives a loanword's English origin in its lemma (タクシー-taxi), which
the katakana checks need, and finer parts of speech (助数詞 as a suffix, not a noun). Checks read
the named fields (``word.feature.pos1``, ``.cForm``, ``.lemma``) rather than positions.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from typing import NamedTuple

import fugashi


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


@lru_cache(maxsize=1)
def _tagger() -> fugashi.Tagger:
    import unidic_lite  # nothing to load; kept beside the one use of its path

    return fugashi.Tagger(f'-d "{unidic_lite.DICDIR}" -r "{unidic_lite.DICDIR}/mecabrc"')


def words(text: str) -> list[Word]:
    """The words of ``text``; MeCab drops whitespace, which each word's ``white_space`` (what
    came before it) gives back, so offsets index ``text``. A node lives only until the next
    parse: what a word needs is copied out of it."""
    out: list[Word] = []
    pos = 0
    for node in _tagger()(text):
        start = pos + len(node.white_space)
        pos = start + len(node.surface)
        out.append(Word(node.surface, start, pos, node.feature_raw))
    return out


@lru_cache(maxsize=8192)
def short_words(text: str) -> tuple[Word, ...]:
    """:func:`words` of a short string asked about again and again (a katakana word), memoised."""
    return tuple(words(text))
