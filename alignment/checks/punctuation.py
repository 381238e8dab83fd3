"""Punctuation: Chinese or Latin marks inside Japanese (， ； “” 《》 ·), a sentence opening on a
comma, a comma before a particle, and brackets or quotes that do not close."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from alignment.bridge import to_kanji
from alignment.checks.base import HAN, Check, Finding, Segment, gettext_noop
from alignment.checks.untranslated import chinese_runs, has_simplified_only

_JA_CHAR = r"[\u3040-\u30ff\uff66-\uff9f" + HAN + r"]"
_ZH_PUNCT_RE = re.compile(
    rf"[，；“”《》]|(?<={_JA_CHAR})[,;][ \u3000]*(?={_JA_CHAR})|(?<={_JA_CHAR})[·•](?={_JA_CHAR})"
)
# A sentence cannot begin with a comma or a full stop: MT split a sentence at the wrong place
# (、全国第1位) or kept the source's list separator (;   南アジアと…).
_LEADING_PUNCT_RE = re.compile(r"^[ \u3000]*[、，,;；。．][ \u3000]*")
# A comma cannot stand before a case particle (「…展」、や「…」): MT kept the source's list comma
# and added the particle after it. と and も are left alone (…だ、と述べた; 、もう一度).
_BEFORE_PARTICLE = r"(?=[やをがはにのへ](?![\u3040-\u309f]))"
_COMMA_PARTICLE_RE = re.compile("、" + _BEFORE_PARTICLE)
_AT_PARTICLE_RE = re.compile(_BEFORE_PARTICLE)
# Chinese introduces a quotation with a colon (他说：“…”); Japanese quotes straight after the
# particle (…は「…」と語った). A colon right after a particle has no predicate to stand for.
_QUOTE_COLON_RE = re.compile(r"(?<=[はがもにで])[：:](?=[ \u3000]*[「『“])")
# An ASCII full stop after Japanese, before a space, the end or more Japanese (促進します.外の世界).
_ASCII_STOP_RE = re.compile(rf"(?<={_JA_CHAR})\.(?=\s|$|{_JA_CHAR})")
# An ASCII colon closing a Japanese sentence (5つの希望を提出した:), the source's ： before a list.
# Inside a sentence a half-width colon is a house style (2005年: …), not a slip.
_ASCII_COLON_END_RE = re.compile(rf"(?<={_JA_CHAR}):(?=\s*$)")


# ASCII double quotes around Japanese (速やかに"出国登録"を行う): the source's “” or ASCII quotes
# kept; Japanese quotes with 「」.
_JA_CHAR_RE = re.compile(_JA_CHAR)


def _ascii_quotes(text: str, mark: str = '"') -> Iterator[tuple[int, int]]:
    """The pairs of ASCII quotes (first with second, third with fourth) around Japanese:
    "Twp"と"Pwp" quotes two Latin words, and the と between them is no quotation."""
    marks = [i for i, c in enumerate(text) if c == mark]
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        if b - a <= 61 and _JA_CHAR_RE.search(text, a + 1, b):
            yield a, b


# Chinese separates the parts of a foreign name and of a heading with a Latin middle dot (安德烈·
# 安德烈耶夫, 最·数字); Japanese writes the katakana middle dot ・.
# Titles go in 《》 in Chinese and in 『』 in Japanese.
_JA_PUNCT = {
    **{"，": "、", ",": "、", "；": "、", ";": "、", "“": "「", "”": "」", "·": "・", "•": "・"},
    **{"《": "『", "》": "』"},
}


class ChinesePunctuation(Check):
    code = "punctuation-chinese"
    category = "punctuation"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "Chinese punctuation (， ； “ ” 《 》 ·) or ASCII commas/full stops inside Japanese text (or "
        "an ASCII colon ending it, or ASCII quotation marks around it), a sentence that begins with a "
        "comma, a comma before a particle, or a colon before a quotation."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if seg.source_stripped and seg.source_stripped == seg.target_stripped:
            return
        lead = _LEADING_PUNCT_RE.match(seg.target)
        # A fragment may have no kana (、全国第1位、…3位。); Chinese left as it is has its own check.
        if lead and (seg.has_kana or not has_simplified_only(seg.target)):
            yield Finding(f"the sentence begins with '{lead.group().strip()}'", 0, lead.end(), "")
        if not seg.has_kana:
            return
        runs = chinese_runs(seg.target)
        for m in _ZH_PUNCT_RE.finditer(seg.target, lead.end() if lead else 0):
            if any(a - 1 <= m.start() <= b for a, b in runs):
                continue  # inside or opening Chinese left untranslated: reported by that check
            mark = m.group()[0]
            if mark in "，,；;" and _AT_PARTICLE_RE.match(seg.target, m.end()):
                # 、 would be wrong there too: no comma at all before a particle.
                particle = seg.target[m.end()]
                yield Finding(f"'{mark}' before the particle {particle}: no comma", m.start(), m.end(), "")
                continue
            yield Finding(
                f"'{mark}' ({_code_point(mark)}) is Chinese or Latin punctuation; Japanese uses "
                f"{_JA_PUNCT[mark]} ({_code_point(_JA_PUNCT[mark])})",
                m.start(),
                m.end(),
                _JA_PUNCT[mark],
            )
        for m in _COMMA_PARTICLE_RE.finditer(seg.target):
            particle = seg.target[m.end()]
            yield Finding(f"a comma before the particle {particle}", m.start(), m.end(), "")
        for m in _QUOTE_COLON_RE.finditer(seg.target):
            yield Finding(
                "a colon between a particle and the quotation it introduces: Japanese writes …は「…」と",
                m.start(),
                m.end(),
                "",
            )
        for m in _ASCII_STOP_RE.finditer(seg.target):
            yield Finding("ASCII full stop ends a Japanese sentence; use 。", m.start(), m.start() + 1, "。")
        for m in _ASCII_COLON_END_RE.finditer(seg.target):
            yield Finding("ASCII colon ends a Japanese sentence; use ：", m.start(), m.start() + 1, "：")
        for mark, (opening, closing) in (('"', "「」"), ("'", "『』")):
            if mark not in seg.target:
                continue
            # Single quotes inside a quotation are 『』 in Japanese ('一帯一路' → 『一帯一路』).
            for a, b in _ascii_quotes(seg.target, mark):
                said = (
                    f"ASCII quotation marks ({mark}) around Japanese; Japanese quotes with {opening}{closing}"
                )
                yield Finding(said, a, a + 1, opening)
                yield Finding(said, b, b + 1, closing)


def _code_point(mark: str) -> str:
    """U+00B7 for ·: the marks a message compares (· and ・) can look alike in a CJK font."""
    return f"U+{ord(mark):04X}"


# Round brackets, and the corner and lenticular brackets Japanese quotes and labels with; the
# source's “” and 「」 are quotes too, so its balance is counted over all its quote marks.
_PAIRS = {"（": "）", "「": "」", "『": "』", "【": "】"}
_ROUND_WIDTH = str.maketrans("()", "（）")
_BRACKET_RE = re.compile("[()（）「」『』【】]")
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_SOURCE_OPEN = "(（「『【“《〈"
_SOURCE_CLOSE = ")）」』】”》〉"
# The source marks a bracket of the target renders: a quotation (“” or 「」) becomes 「」, a title
# (《》) 『』; a target bracket with none of them behind it is the translator's own.
_QUOTES, _TITLES, _ROUND = '“「‘"', "《『〈", "(（"
_SOURCE_MARKS = {
    **dict.fromkeys("()（）", _ROUND),
    **dict.fromkeys("「」", _QUOTES),
    **dict.fromkeys("『』", _TITLES),
    **dict.fromkeys("【】", "【"),
}


def _unmatched(text: str) -> int | None:
    """Offset of the first bracket without its partner (an opening one left open, or a closing one
    with none open), or None."""
    stack: list[tuple[str, int]] = []
    for m in _BRACKET_RE.finditer(text):
        # Half- and full-width round brackets pair with each other: mixing them is typography.
        i, c = m.start(), m.group().translate(_ROUND_WIDTH)
        if c in _PAIRS:
            stack.append((c, i))
        elif c in _CLOSERS:
            if not stack or stack[-1][0] != _CLOSERS[c]:
                return i
            stack.pop()
    return stack[0][1] if stack else None


def document_unmatched(targets: Sequence[str]) -> list[frozenset[int]]:
    """Per segment, the offsets of brackets without a partner anywhere in the document: a quotation
    may open in one sentence and close in a later one, but a closing bracket with nothing open
    before it in the whole text (MT splitting 「…出展」 mid-quote), or an opening one the rest of
    the text never closes, is broken. A closer whose partner is open further down the stack closes
    it, and what was opened after that partner is reported instead."""
    out: list[set[int]] = [set() for _ in targets]
    stack: list[tuple[str, int, int]] = []
    for k, text in enumerate(targets):
        for m in _BRACKET_RE.finditer(text or ""):
            c = m.group().translate(_ROUND_WIDTH)
            if c in _PAIRS:
                stack.append((c, k, m.start()))
                continue
            opener = _CLOSERS[c]
            depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][0] == opener), None)
            if depth is None:
                out[k].add(m.start())
                continue
            for _, j, i in stack[depth + 1 :]:
                out[j].add(i)
            del stack[depth:]
    for _, j, i in stack:
        out[j].add(i)
    return [frozenset(o) for o in out]


class UnbalancedBrackets(Check):
    code = "punctuation-brackets"
    category = "punctuation"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "Brackets or quotes (（） 「」 『』 【】) that do not close, where the source's do; with no "
        "source, ones that do not close anywhere in the document."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        source = seg.source
        if not seg.source_stripped:
            # Japanese with no source: only the document tells a quotation running over several
            # sentences from a broken one; a segment checked alone is left alone.
            for pos in sorted(seg.document.brackets):
                yield Finding(f"'{seg.target[pos]}' has no matching bracket in the document", pos, pos + 1)
            return
        # A quotation running over several sentences opens in one segment and closes in another:
        # only a source whose own brackets and quotes close holds the target to it.
        if (
            not seg.source_stripped
            or source.count('"') % 2
            or sum(map(source.count, _SOURCE_OPEN)) != sum(map(source.count, _SOURCE_CLOSE))
        ):
            return
        pos = _unmatched(seg.target)  # type: ignore[assignment]  # reuses an int variable; None is handled on the next line
        if pos is not None and (
            any(c in source for c in _SOURCE_MARKS[seg.target[pos]])
            or _renders_a_title(source, seg.target, pos)
        ):
            yield Finding(f"'{seg.target[pos]}' has no matching bracket", pos, pos + 1)


_TITLE_RE = re.compile(r"《([^《》]+)》")


def _renders_a_title(source: str, target: str, pos: int) -> bool:
    """Whether the corner bracket at ``pos`` opens or closes the rendering of a title of the source
    (《黄河》 → 「黄河」, a style Japanese news uses as well as 『』): then the source holds it to
    closing. A 「 elsewhere (the translator's own quotation) may run on into the next sentence."""
    mark = target[pos]
    if mark not in "「」":
        return False
    for m in _TITLE_RE.finditer(source):
        title = to_kanji(m.group(1))
        if (mark == "「" and target.startswith(title, pos + 1)) or (
            mark == "」" and target.endswith(title, 0, pos)
        ):
            return True
    return False
