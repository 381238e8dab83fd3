"""Sentence features and the similarity of a bridged Chinese sentence to a Japanese one.

After the hanzi→kanji bridge, a Chinese sentence and its Japanese rendering share Han characters
(and bigrams of them), numbers and Latin tokens; kana carries no cross-language signal. Features are
computed once per sentence as sets of small ints so that scoring a candidate bead is a few set
operations, which keeps the aligner's inner loop cheap.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from alignment.bridge import to_kanji
from alignment.text import normalize

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々"
_HAN_RUN_RE = re.compile(f"[{_HAN}]+")
_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z'\-]+|[A-Z]")
_NUM_RE = re.compile(r"\d+(?:[.,]\d+)*")
_SKIP_LEN_RE = re.compile(r"[\s\u3000]")
_PUNCT_CLASSES = {"?": "？?", "!": "！!", "q": '「」『』“”"', "(": "（）()"}
#: How a sentence ends when it is one: a full stop, question, exclamation, ellipsis, colon or
#: semicolon, possibly inside closing brackets, or a closing quotation mark (Japanese drops the
#: full stop inside 「…」). A line without it is a heading, a caption or a sentence cut short.
_CLOSED_RE = re.compile(r"(?:[。．.!！?？…:：;；][」』”\"'’）)】\]]*|[」』”\"’])\s*$")

#: log(ja chars / zh chars) of 1-1 links, measured on human zh/ja news translations: mean and sd.
LOG_RATIO_MEAN = 0.26
LOG_RATIO_SD = 0.24


@dataclass(frozen=True, slots=True)
class Features:
    tokens: frozenset[int]  # Han unigrams and bigrams, numbers, Latin words (hashed)
    anchors: frozenset[int]  # the rarer, stronger subset: numbers, Latin words, Han bigrams
    length: int  # characters without spaces
    punct: frozenset[str]
    #: No sentence-final mark: a heading, a caption or a line cut short.
    open_end: bool = False


def number_tokens(text: str) -> list[str]:
    """The numbers of a sentence as comparable tokens, whatever the script writes: 1.2万 and 12,000
    both give #1.2 (besides #12000), so a Chinese and a Japanese sentence meet on their figures."""
    out = []
    for m in _NUM_RE.finditer(text):
        raw = m.group().replace(",", "")
        try:
            value = float(raw)
        except ValueError:
            continue
        nxt = text[m.end() : m.end() + 1]
        if nxt in "万萬":
            value *= 10_000
        elif nxt in "亿億":
            value *= 100_000_000
        out.append(f"#{value:g}")
        if value >= 10_000:
            out.append(f"#{value / 10_000:g}")  # "1.2万" vs "12,000" both meet at 1.2
    return out


def features(text: str, lang: str) -> Features:
    """Features of one sentence; Chinese goes through the bridge first."""
    text = normalize(text)
    if lang == "zh":
        text = to_kanji(text)
    tokens: set[int] = set()
    anchors: set[int] = set()
    for run in _HAN_RUN_RE.findall(text):
        tokens.update(hash(c) for c in run)
        bigrams = {hash(run[i : i + 2]) for i in range(len(run) - 1)}
        tokens.update(bigrams)
        anchors.update(bigrams)
    for tok in number_tokens(text):
        h = hash(tok)
        tokens.add(h)
        anchors.add(h)
    for word in _LATIN_RE.findall(text):
        h = hash("L" + word.lower())
        tokens.add(h)
        anchors.add(h)
    punct = frozenset(k for k, chars in _PUNCT_CLASSES.items() if any(c in text for c in chars))
    length = len(_SKIP_LEN_RE.sub("", text))
    return Features(frozenset(tokens), frozenset(anchors), length, punct, not _CLOSED_RE.search(text))


def anchors(text: str, lang: str) -> frozenset[int]:
    """``features(text, lang).anchors`` alone, at half the cost: pairing compares the anchors of
    every sentence of each candidate pair and needs nothing else."""
    text = normalize(text)
    if lang == "zh":
        text = to_kanji(text)
    out: set[int] = set()
    for run in _HAN_RUN_RE.findall(text):
        out.update(hash(run[i : i + 2]) for i in range(len(run) - 1))
    out.update(hash(tok) for tok in number_tokens(text))
    out.update(hash("L" + word.lower()) for word in _LATIN_RE.findall(text))
    return frozenset(out)


def dice(a: frozenset[int] | set[int], b: frozenset[int] | set[int]) -> float:
    if not a or not b:
        return 0.0
    return 2.0 * len(a & b) / (len(a) + len(b))


def length_logprob(zh_len: int, ja_len: int) -> float:
    """Log-density (up to a constant, ≤ 0) of the length ratio under a log-normal model."""
    if zh_len <= 0 or ja_len <= 0:
        return -12.0
    z = (math.log(ja_len / zh_len) - LOG_RATIO_MEAN) / (LOG_RATIO_SD * (1 + 3 / math.sqrt(zh_len + ja_len)))
    return max(-12.0, -0.5 * z * z)
