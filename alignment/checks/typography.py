"""Typography: kanji 一 for the long-vowel mark, half-width katakana, mixed digit widths, spaces
between a number and its counter (and the document's 和欧間 house style), HTML residue."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator, Sequence

from alignment.checks.base import HAN, Check, Finding, Segment, gettext_noop
from alignment.checks.japanese import Word
from alignment.checks.untranslated import chinese_runs

_LONG_VOWEL_RE = re.compile(r"(?<=[\u30a1-\u30fa\uff66-\uff9d])一")
_KATAKANA_CHAR_RE = re.compile(r"[\u30a1-\u30fa\uff66-\uff9d]")
_HALFWIDTH_KANA_RE = re.compile(r"[\uff66-\uff9f]+")
_FULL_WIDTH_DIGIT_RE = re.compile(r"[０-９]")
_HALF_WIDTH_DIGIT_RE = re.compile(r"[0-9]")
_MIXED_DIGITS_RE = re.compile(r"[0-9０-９](?:[,，.]?[0-9０-９])*")  # separators inside, never at the end
# A full-width decimal point between half-width digits (1．5万): the width of a number's marks
# follows its digits' (１．５ is consistent). A full-width comma there is the punctuation check's.
_WIDE_SEPARATOR_RE = re.compile(r"(?<![0-9０-９])[0-9]+(．)[0-9]+(?![0-9０-９])")
# What follows a number as its counter or unit (年, 対, つ, %).
_COUNTER = r"[%％つヶカか" + HAN + r"]"
_NUMBER_SPACE_RE = re.compile(r"\d[ \u3000]+(?=" + _COUNTER + ")")
_NUMBER_TIGHT_RE = re.compile(r"\d(?=" + _COUNTER + ")")
# A tag holds no "<": with [^>]* each "<b" of "<b<b<b…" read to the end of the text (quadratic).
_HTML_RE = re.compile(r"&(?:nbsp|amp|lt|gt|quot|#\d+);|</?(?:br|p|div|span|a|b|i|strong|em)\b[^<>]*>", re.I)


def _counter(word: Word) -> bool:
    """A counter after a number (一枚, 一つ); katakana ツ after 一 between katakana continues a
    word (ル一ツ), which UniDic reads as the counter つ."""
    return word.feature.pos3 == "助数詞" and not _KATAKANA_CHAR_RE.match(word.surface)


class Typography(Check):
    code = "typography"
    category = "typography"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "Kanji 一 for the long-vowel mark ー, half-width katakana, mixed digit widths, number–counter spaces, HTML residue."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        t = seg.target
        if _LONG_VOWEL_RE.search(t):
            # 一 after katakana is a number in ページ一枚 and part of a word in ページ一覧; it is the
            # misread long-vowel mark when MeCab leaves it a bare numeral with no counter after it.
            tokens = seg.tokens
            for k, tok in enumerate(tokens):
                if (
                    tok.surface == "一"
                    and tok.start > 0
                    and _KATAKANA_CHAR_RE.match(t[tok.start - 1])
                    and not (k + 1 < len(tokens) and _counter(tokens[k + 1]))
                ):
                    yield Finding(
                        "kanji 一 used as the long-vowel mark ー inside katakana", tok.start, tok.end, "ー"
                    )
        for m in _HALFWIDTH_KANA_RE.finditer(t):
            yield Finding("half-width katakana", m.start(), m.end(), unicodedata.normalize("NFKC", m.group()))
        mixed = False
        for m in _MIXED_DIGITS_RE.finditer(t):
            token = m.group()
            if any("0" <= c <= "9" for c in token) and any("０" <= c <= "９" for c in token):
                mixed = True
                yield Finding(
                    f"full- and half-width digits mixed in '{token}'", m.start(), m.end(), _half_width(token)
                )
        for m in _WIDE_SEPARATOR_RE.finditer(t):
            yield Finding(
                f"full-width '．' inside the half-width number '{m.group()}'", m.start(1), m.end(1), "."
            )
        full = re.search(r"[０-９]+", t)
        if full and not mixed and _HALF_WIDTH_DIGIT_RE.search(t):
            yield Finding(
                "full-width and half-width digits in one segment",
                full.start(),
                full.end(),
                _half_width(full.group()),
            )
        elif full and not mixed and seg.document.half_width_digits:
            yield Finding(
                "full-width digits where the rest of the document writes them half-width",
                full.start(),
                full.end(),
                _half_width(full.group()),
            )
        # Percent signs of both widths in one segment (81.7% beside 100％): the rarer one is the slip.
        if "%" in t and "％" in t:
            rare = "%" if t.count("%") <= t.count("％") else "％"  # a tie: the source's % kept
            at = t.index(rare)
            yield Finding(
                "full-width ％ and half-width % in one segment", at, at + 1, "％" if rare == "%" else "%"
            )
        for m, slip in _number_spaces(seg):
            if slip:
                yield Finding(
                    f"space between a number and its counter in '{_spaced(t, m)}'", m.start() + 1, m.end(), ""
                )
        for m in _HTML_RE.finditer(t):
            residue = m.group()
            fix = "" if residue.startswith("<") else html.unescape(residue).replace("\u00a0", " ")
            yield Finding(f"HTML residue '{residue}'", m.start(), m.end(), fix)


def _spaced(text: str, m: re.Match[str]) -> str:
    """The number, the space and the counter a number-space finding is about (3 人): a row with
    several such spaces says which one each flag marks."""
    return text[_number_start(text, m.start()) : m.end() + 1]


def _number_spaces(seg: Segment) -> Iterator[tuple[re.Match[str], bool]]:
    """Each space between a number and its counter, and whether it is a slip whatever the house
    style: a space after the number but none before it is; a number at the start (or after
    punctuation) is a slip unless the segment or its document consistently spaces Latin and digit
    runs from Japanese (和欧間スペース, a legitimate style). In a document with no such style
    (:func:`document_spaced_style`), a number spaced on both sides (最初の 3 つ) is a slip too."""
    t = seg.target
    document = seg.document.spaced_style
    spaced_style = _spaced_style(t) if document is None else document
    chinese: list[tuple[int, int]] | None = None
    for m in _NUMBER_SPACE_RE.finditer(t):
        if chinese is None:
            chinese = chinese_runs(t)
        if any(a <= m.end() < b for a, b in chinese):
            continue  # 32 岁 inside Chinese left untranslated: that check's defect
        number_start = _number_start(t, m.start())
        before = t[number_start - 1] if number_start else ""
        yield (
            m,
            bool(
                (before and not before.isspace() and _JA_CHAR_RE.match(before))
                or (not spaced_style and (not before or not before.isspace() or document is False))
            ),
        )


class SpacedNumber(Check):
    """News style writes 2020年 and 25対 without spaces; machine translation spaces numbers from
    Japanese (2020 年, 25 対), which is also 和欧間スペース, a legitimate house style. The
    typography check lets a consistently spaced document pass; a project whose style is news style
    enables this check, which flags those spaces too."""

    code = "typography-number-space"
    category = "typography"
    severity = "minor"
    bilingual = False
    default_enabled = False
    description = gettext_noop(
        "Any space between a number and its counter (2020 年), 和欧間 house style or not: for news style."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        for m, slip in _number_spaces(seg):
            if not slip:  # the slips are the typography check's
                yield Finding(
                    f"space between a number and its counter in '{_spaced(seg.target, m)}' (news style)",
                    m.start() + 1,
                    m.end(),
                    "",
                )


def _half_width(digits: str) -> str:
    """Full-width digits as ASCII, the width Japanese news writes numbers in (separators are left
    to the punctuation check)."""
    return digits.translate(_HALF_WIDTH)


_HALF_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


_JA_CHAR_RE = re.compile(f"[\u3040-\u30ff{HAN}]")
_NUMBER_TOKEN_CHARS = set("0123456789０１２３４５６７８９,.")
# Evidence of 和欧間 spacing: a space between Japanese and a Latin/digit run, other than the
# number-counter gap itself (which is what the check looks at).
_SPACED_RE = re.compile(f"[\u3040-\u30ff{HAN}] [0-9A-Za-z]|[A-Za-z] [\u3040-\u30ff{HAN}]")


def _number_start(text: str, pos: int) -> int:
    """Start of the digit run that ends at ``pos`` (the last digit)."""
    while pos > 0 and text[pos - 1] in _NUMBER_TOKEN_CHARS:
        pos -= 1
    return pos


def _spaced_style(text: str) -> bool:
    """Whether one segment shows 和欧間 spacing: a spaced Latin or digit run besides the number gaps,
    or two number gaps or more and no number written tight (2018 年 … 500 人以上)."""
    if _SPACED_RE.search(text):
        return True
    return len(_NUMBER_SPACE_RE.findall(text)) >= 2 and not _NUMBER_TIGHT_RE.search(text)


_LATIN_OR_DIGIT_RE = re.compile(r"[0-9A-Za-z]")


def document_spaced_style(targets: Sequence[str]) -> bool:
    """Whether the translator spaces Latin and digit runs from Japanese throughout the document
    (和欧間スペース): then 、300 万人 at a clause start is the house style, not a slip. A single
    stray space cannot make a document spaced: it takes two segments and a quarter of those with
    Latin or digits."""
    with_latin = [t for t in targets if _LATIN_OR_DIGIT_RE.search(t)]
    spaced = sum(1 for t in with_latin if _spaced_style(t))
    if not (spaced >= 2 and spaced * 4 >= len(with_latin)):
        return False
    # A house style is kept: a document that writes 23対 here and 23 対 there (machine translation
    # spacing some numbers) has none, and its spaced numbers are the slips.
    gaps = sum(len(_NUMBER_SPACE_RE.findall(t)) for t in targets)
    tight = sum(len(_NUMBER_TIGHT_RE.findall(t)) for t in targets)
    return tight * 10 <= gaps


def document_half_width_digits(targets: Sequence[str]) -> bool:
    """Whether the document writes its numbers in half-width digits, all but a stray few: then a
    segment of full-width digits (１万ワット) breaks the document's own style, though alone it
    would be consistent. Japanese news also has a style of full-width single digits; a document
    in it has them in many segments, and is left alone. It takes three segments with half-width
    digits and at most one full-width for every four of those."""
    half = sum(1 for t in targets if _HALF_WIDTH_DIGIT_RE.search(t))
    full = sum(1 for t in targets if _FULL_WIDTH_DIGIT_RE.search(t))
    return half >= 3 and full * 4 <= half
