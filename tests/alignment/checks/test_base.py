"""``occurrences``: the literal search the checks use in place of a pattern compiled per word."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from alignment.checks.base import occurrences

# A small alphabet, so that words recur and overlap in the texts drawn.
_TEXT = st.text(alphabet="阿拉阿伯.*(?ア", max_size=30)


def test_finds_each_occurrence_left_to_right_without_overlap() -> None:
    assert list(occurrences("阿阿", "阿阿阿阿阿")) == [0, 2]
    assert list(occurrences("伦敦", "从伦敦到巴黎再回伦敦")) == [1, 8]


def test_reads_the_word_literally() -> None:
    assert list(occurrences("a.c", "abc a.c")) == [4]
    assert list(occurrences("(", "f(x) (y)")) == [1, 5]


def test_absent_word_and_empty_text() -> None:
    assert list(occurrences("东京", "大阪と京都")) == []
    assert list(occurrences("东京", "")) == []


@given(_TEXT, _TEXT)
def test_same_offsets_as_an_escaped_pattern(word: str, text: str) -> None:
    assert list(occurrences(word, text)) == [m.start() for m in re.finditer(re.escape(word), text)]
