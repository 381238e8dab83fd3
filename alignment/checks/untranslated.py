"""Chinese left in the Japanese: simplified-only characters, whole Chinese clauses, copied source."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from alignment.checks.base import HAN, Check, Finding, Segment

_HAN_RUN_RE = re.compile(f"[{HAN}0-9A-Za-z，、：；“”]+")


@cache
def simplified_only(ch: str) -> bool:
    """A character of Chinese (GB2312) that Japanese character sets (JIS X 0208/0212 via cp932 and
    EUC-JP) do not have — Japanese text never writes it (这 们 说 发 时 国 书 ...)."""
    if not ("\u4e00" <= ch <= "\u9fff"):
        return False
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    for codec in ("cp932", "euc_jp"):
        try:
            ch.encode(codec)
            return False
        except UnicodeEncodeError:
            continue
    return True


def chinese_runs(text: str) -> list[tuple[int, int]]:
    """Spans of Chinese left untranslated (runs with a simplified-only character): what
    :class:`SimplifiedCharacters` reports, so the other checks leave what lies inside them alone."""
    return [
        (m.start(), m.end()) for m in _HAN_RUN_RE.finditer(text) if any(simplified_only(c) for c in m.group())
    ]


class CopiedSource(Check):
    code = "untranslated-copy"
    category = "untranslated"
    severity = "critical"
    description = "The target is the source text, unchanged."

    def check(self, seg: Segment) -> Iterator[Finding]:
        if seg.source_stripped and seg.source_stripped == seg.target_stripped:
            yield Finding("target is identical to the Chinese source", 0, len(seg.target))


class SimplifiedCharacters(Check):
    code = "untranslated-hanzi"
    category = "untranslated"
    severity = "major"
    bilingual = False
    description = "Simplified Chinese characters, which Japanese never writes, left in the target."

    def check(self, seg: Segment) -> Iterator[Finding]:
        if seg.source_stripped and seg.source_stripped == seg.target_stripped:
            return  # reported once, by untranslated-copy
        for m in _HAN_RUN_RE.finditer(seg.target):
            bad = [c for c in m.group() if simplified_only(c)]
            if bad:
                chars = "".join(dict.fromkeys(bad))
                yield Finding(
                    f"Chinese left untranslated: {m.group()[:30]} (simplified {chars})", m.start(), m.end()
                )
