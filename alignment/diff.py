"""Track changes between two versions of a text, at the grain a reader of Chinese or Japanese sees.

Japanese and Chinese write no spaces, so a word diff (split on whitespace) would mark a whole
sentence as changed for one particle; a character diff of Latin text marks half-words. Tokens here
are therefore one character for Han, kana and CJK punctuation, and a whole run for Latin letters,
digits or whitespace: 外交資源 → 外事 shows 交資源 → 事 replaced, while "ASEAN" → "ASEM" shows the
word replaced.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Literal

Op = Literal["equal", "delete", "insert"]

# Runs of Latin letters / digits (with inner . , ' -), of whitespace; anything else one character.
_TOKEN = re.compile(
    r"[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+(?:[.,'’\-][A-Za-z0-9]+)*|\s+|.", re.S
)


def tokens(text: str) -> list[str]:
    """The units a change is shown in; ``"".join(tokens(t)) == t``."""
    return _TOKEN.findall(text)


def diff(old: str, new: str) -> list[tuple[Op, str]]:
    """``old`` turned into ``new`` as runs of kept, deleted and inserted text, in reading order
    (a replacement is its deletion then its insertion). Joining the ``equal`` and ``delete`` runs
    gives ``old``; joining the ``equal`` and ``insert`` runs gives ``new``."""
    a, b = tokens(old), tokens(new)
    out: list[tuple[Op, str]] = []

    def add(op: Op, text: str) -> None:
        if not text:
            return
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            add("equal", "".join(a[i1:i2]))
            continue
        add("delete", "".join(a[i1:i2]))
        add("insert", "".join(b[j1:j2]))
    return out


def as_markup(runs: list[tuple[Op, str]]) -> str:
    """The runs as plain text with changes in brackets — ``[-old-]{+new+}``, as ``git diff
    --word-diff`` writes them — for exports that carry no markup (CSV, plain text)."""
    marks = {"equal": ("", ""), "delete": ("[-", "-]"), "insert": ("{+", "+}")}
    return "".join(marks[op][0] + text + marks[op][1] for op, text in runs)
