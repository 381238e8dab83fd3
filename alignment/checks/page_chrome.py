"""Page chrome (publication date, visit counter, print links, image file names) left inside the
content of a page."""

from __future__ import annotations

import re
from collections.abc import Iterator

from alignment.checks.base import Check, Finding, Segment, gettext_noop

_CHROME_RE = re.compile(
    r"发布日期|发布时间|访问次数|浏览次数|字号\s*[:：]|打印本页|关闭窗口|来源\s*[:：]|责任编辑"
)
# An image file name is a run of name characters before the extension. Matching it with one pattern
# (``[\w()（）\-]+\.png``) retries the run from each of its characters: quadratic on a long unbroken
# word (80,000 characters took 18 s). So the extension is found first and its name walked back from
# it; a name holds no dot, so each character is walked at most once. The scan below then takes the
# leftmost of the next page-chrome word and the next file name, the word first on a tie, as the one
# alternation did: the spans are the same.
_IMAGE_EXT_RE = re.compile(r"\.(?:jpe?g|png|gif|webp)\b", re.I)
_NAME_CHAR_RE = re.compile(r"[\w()（）\-]")


def _name_start(text: str, dot: int) -> int:
    start = dot
    while start and _NAME_CHAR_RE.match(text, start - 1):
        start -= 1
    return start


def _chrome_spans(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    word = _CHROME_RE.search(text)
    exts = _IMAGE_EXT_RE.finditer(text)
    ext = next(exts, None)
    name = _name_start(text, ext.start()) if ext else 0
    while True:
        if word is not None and word.start() < pos:
            word = _CHROME_RE.search(text, pos)
        while ext is not None and max(name, pos) >= ext.start():  # no name, or behind the scan
            ext = next(exts, None)
            name = _name_start(text, ext.start()) if ext else 0
        if word is not None and (ext is None or word.start() <= max(name, pos)):
            span = word.span()
        elif ext is not None:
            span = (max(name, pos), ext.end())
        else:
            return
        yield span
        pos = span[1]


class BoilerplateLeak(Check):
    code = "boilerplate-leak"
    category = "boilerplate_leak"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "Page chrome (publication date, visit counter, print links, image file names) inside content."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        for start, end in _chrome_spans(seg.target):
            yield Finding(f"page chrome '{seg.target[start:end]}' in the text", start, end)
