"""Sentence segmentation for Chinese and Japanese.

Every library we tried splits ``“长宁是我的第二故乡！”外籍人士说。`` inside the quote; news text quotes
people constantly, so the splitter tracks bracket depth and only ends a sentence at depth zero.
Line breaks always end a unit (headings, list items, page chrome), and depth resets there so that
one stray opening quote cannot swallow the rest of a document. Offsets index the input text, so
flags and highlights map back to the file.
"""

from __future__ import annotations

import re

from alignment.types import CONTENT, HEADING, Sentence

OPENERS = "「『“‘（(【《〈［[｛{〔"
CLOSERS = "」』”’）)】》〉］]｝}〕"
TERMINATORS = "。！？!?"
# Characters that stay with the sentence they follow: closing brackets, more terminators, ellipses.
TRAILERS = CLOSERS + TERMINATORS + "…‥"
_LINE_RE = re.compile(r"[^\n\r\u2028\u2029]+")


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    depth = 0
    ascii_quote = False
    sent_start = start
    i = start
    while i < end:
        ch = text[i]
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            depth = max(0, depth - 1)
        elif ch == '"':
            ascii_quote = not ascii_quote
        elif ch in TERMINATORS and depth == 0 and not ascii_quote:
            # ASCII "!" / "?" inside Latin text (e.g. "Yahoo!") are not sentence ends.
            if ch in "!?" and i + 1 < end and text[i + 1].isascii() and text[i + 1].isalnum():
                i += 1
                continue
            j = i + 1
            while j < end and text[j] in TRAILERS:
                j += 1
            spans.append((sent_start, j))
            sent_start = j
            i = j
            continue
        i += 1
    spans.append((sent_start, end))
    out = []
    for s, e in spans:
        s, e = _strip_span(text, s, e)
        if s < e:
            out.append((s, e))
    return out


def _looks_like_heading(line: str, lang: str) -> bool:
    """A short line without sentence-final punctuation, e.g. ``最·虹桥`` or ``国家戦略と合わせ…``."""
    stripped = line.strip()
    return 0 < len(stripped) <= 40 and stripped[-1] not in TERMINATORS + "」』”)）…" and "，" not in stripped


def split_sentences(text: str, lang: str = "zh") -> list[Sentence]:
    """Split ``text`` into units with offsets; whitespace between units belongs to none of them."""
    sentences: list[Sentence] = []
    for match in _LINE_RE.finditer(text):
        line_spans = _split_line(text, match.start(), match.end())
        single = len(line_spans) == 1
        for s, e in line_spans:
            kind = HEADING if single and _looks_like_heading(text[s:e], lang) else CONTENT
            sentences.append(Sentence(len(sentences), text[s:e], s, e, kind))
    return sentences
