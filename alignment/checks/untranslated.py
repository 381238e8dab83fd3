"""Chinese left in the Japanese: simplified-only characters, whole Chinese clauses, copied source."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from alignment.bridge import to_kanji
from alignment.checks.base import HAN, UNTRANSLATED_SUBSUMES, Check, Finding, Segment, gettext_noop

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


def has_simplified_only(text: str) -> bool:
    """Whether ``text`` holds a character :func:`simplified_only` tells apart: one regex search,
    where asking the function of each character of every target was a Python call per character
    (the consistency and name-variant passes ask it of every target of a document)."""
    return _simplified_only_re().search(text) is not None


@cache
def _simplified_only_re() -> re.Pattern[str]:
    """A class of every character :func:`simplified_only` holds (all lie in U+4E00–U+9FFF)."""
    return re.compile("[" + "".join(c for c in map(chr, range(0x4E00, 0xA000)) if simplified_only(c)) + "]")


def chinese_runs(text: str) -> list[tuple[int, int]]:
    """Spans of Chinese left untranslated (runs with a simplified-only character): what
    :class:`SimplifiedCharacters` reports, so the other checks leave what lies inside them alone."""
    return [(m.start(), m.end()) for m in _HAN_RUN_RE.finditer(text) if has_simplified_only(m.group())]


@cache
def _rare_kanji(ch: str) -> bool:
    """A character no Chinese simplification made and Japanese writes no other way, which only
    JIS X 0213 holds (勐 of 勐臘県, 傣 of 傣族, 畲 of 畲族): Japanese writes it where it writes the
    place or people it names. Not 晚 or 步, whose Japanese forms are 晩 and 歩."""
    try:
        ch.encode("euc_jis_2004")
    except UnicodeEncodeError:
        return False
    return to_kanji(ch) == ch


def _name_kanji(ch: str, source: str) -> bool:
    """A rare kanji the source writes too: the name it belongs to copied as Japanese copies it."""
    return ch in source and _rare_kanji(ch)


class CopiedSource(Check):
    code = "untranslated-copy"
    category = "untranslated"
    severity = "critical"
    description = gettext_noop(
        "The target is the Chinese source, unchanged (a date or a place both languages write alike is "
        "not a copy)."
    )
    subsumes = UNTRANSLATED_SUBSUMES

    def check(self, seg: Segment) -> Iterator[Finding]:
        if _copied(seg):
            yield Finding("target is identical to the Chinese source", 0, len(seg.target))


# Chinese grammar words a Japanese text written without kana (a heading, a dateline) does not use.
_CHINESE_GRAMMAR_RE = re.compile("[的了是他她们这那吗呢吧把被也都就还很说着过]")


def _copied(seg: Segment) -> bool:
    return (
        bool(seg.source_stripped)
        and seg.source_stripped == seg.target_stripped
        and reads_as_chinese(seg.source)
    )


def reads_as_chinese(text: str) -> bool:
    """Whether a text is Chinese rather than something both languages write alike: a date
    (2023年10月1日), a figure or a place (上海) is the same in Japanese, so a target identical to
    such a source is right. Chinese has characters Japanese writes otherwise (国务院 → 国務院) or
    its grammar words."""
    return to_kanji(text) != text or bool(_CHINESE_GRAMMAR_RE.search(text))


class SimplifiedCharacters(Check):
    code = "untranslated-hanzi"
    category = "untranslated"
    severity = "major"
    bilingual = False
    description = gettext_noop(
        "Simplified Chinese characters, which Japanese never writes, left in the target."
    )
    subsumes = UNTRANSLATED_SUBSUMES

    def check(self, seg: Segment) -> Iterator[Finding]:
        if _copied(seg):
            return  # reported once, by untranslated-copy
        for m in _HAN_RUN_RE.finditer(seg.target):
            bad = [c for c in _simplified_only_re().findall(m.group()) if not _name_kanji(c, seg.source)]
            if bad:
                chars = "".join(dict.fromkeys(bad))
                yield Finding(
                    f"Chinese left untranslated: {m.group()[:30]} (simplified {chars})", m.start(), m.end()
                )
