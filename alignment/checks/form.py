"""Surface form of the Japanese: truncation, punctuation, typography, cheap grammar, page chrome."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache

from alignment.checks.base import HAN, Check, Finding, Segment, Token, tokenize
from alignment.checks.untranslated import chinese_runs, simplified_only

_TERMINAL = "。！？!?」』）)】…‥”\"'"
_SOURCE_TERMINAL = "。！？!?”」』"
# Endings that leave a Japanese sentence hanging: a continuative ～てい/でい, a bare particle, a comma.
# (A trailing 、 is not here: MT keeps the source's list punctuation (；→、) on list items.)
# Headlines legitimately end on に / へ / と (…不可能に, …増額へ), so those particles are not here.
_HANGING_RE = re.compile(r"(てい|でい|してい|[をがのはもで])$")


def _hanging(seg: Segment) -> bool:
    """The last word cannot end a Japanese sentence: a case/conjunctive particle (…になって, …を)
    or a verb in its continuative form (…広がっ, …は言)."""
    tokens = seg.words
    if not tokens:
        return False
    last = tokens[-1]
    if last.pos == "助詞":
        return last.pos1 in ("格助詞", "接続助詞", "係助詞") and last.surface not in ("か", "に", "へ", "と")
    if _bare_stem(tokens):
        return True
    return last.pos == "動詞" and last.form.startswith("連用")


_SINGLE_KANJI_RE = re.compile(f"^[{HAN}]$")
_VERB_ENDINGS = ("った", "んだ", "いた", "した", "べた", "える", "める")


@lru_cache(maxsize=4096)
def _verb_stem(kanji: str) -> bool:
    """Whether MeCab reads the kanji with some inflection as a verb (言った, 述べた, 示した): a
    headline noun such as 謎 or 誰 is not."""
    for ending in _VERB_ENDINGS:
        tokens = tokenize(kanji + ending)
        if tokens and tokens[0].pos == "動詞" and tokens[0].surface.startswith(kanji):
            return True
    return False


def _bare_stem(tokens: list[Token]) -> bool:
    """A lone verb-stem kanji after a case or topic particle (…ペロシは言, …津波を次): the kana were
    cut, and MeCab took the stem for a one-character noun. A headline ending on a noun (真相は謎,
    勝者は誰) is finished."""
    if len(tokens) < 3:
        return False
    last, before = tokens[-1], tokens[-2]
    return (
        last.pos == "名詞"
        and bool(_SINGLE_KANJI_RE.match(last.surface))
        and before.pos == "助詞"
        and before.surface in ("は", "が", "を")
        and _verb_stem(last.surface)
    )


def _finished(seg: Segment) -> bool:
    """The target ends on a finished predicate (…している, …した, …だ): only the 。 is missing,
    which is a style slip in headlines and captions, not a cut-off sentence."""
    tokens = seg.words
    if not tokens:
        return False
    last = tokens[-1]
    return last.pos in ("動詞", "助動詞", "形容詞") and last.form == "基本形" and last.surface not in ("い",)


_SENTENCE_STOPS = ("。", "！", "？", "!", "?")


def _source_end(seg: Segment) -> str:
    """The source's last mark inside any closing quotes (。 of …。”), "" without a source."""
    return seg.source_stripped.rstrip("”」』\"'")[-1:]


_CUT_BEFORE_STOP_RE = re.compile(r"[てで]い(?=[。．！？!?])")


class Truncation(Check):
    code = "truncation"
    category = "truncation"
    severity = "major"
    bilingual = False
    description = (
        "The sentence is cut off: no ending where the source has one, or a dangling continuative/particle."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        target = seg.target.rstrip()
        if len(target) < 8 or not seg.has_kana:
            return
        end = len(target)
        if (
            _source_end(seg) in _SENTENCE_STOPS
            and target[-1] not in _TERMINAL
            and not _finished(seg)
            and not _headline(seg)
        ):
            yield Finding(
                f"sentence ends with '{target[-6:]}' but the source ends with '{seg.source_stripped[-1]}'",
                max(0, end - 6),
                end,
            )
            return
        # ～ている / ～ていた cut to ～てい with the 。 kept (…ランドマークとなってい。): MT output
        # whose ending was lost; no Japanese sentence ends so.
        cut = _CUT_BEFORE_STOP_RE.search(target)
        if cut:
            yield Finding(
                f"sentence ends in the middle: '{target[max(0, cut.start() - 5) : cut.end() + 1]}'",
                max(0, cut.start() - 5),
                cut.end(),
            )
            return
        # Short lines ending on a particle are often headlines or captions; a verb stem whose kana
        # were cut (…津波を次) is not, whatever the length.
        if (len(target) > 15 and (_HANGING_RE.search(target) or _hanging(seg))) or _bare_stem(seg.words):
            yield Finding(f"sentence ends in the middle: '{target[-6:]}'", max(0, end - 6), end)
            return
        # With no source to compare with, a long sentence of several clauses that stops on a noun
        # with no 。 was cut (…新エネルギー自動車分野の実務協力); a headline is short.
        if (
            not seg.source_stripped
            and _long_sentence(target)
            and target[-1] not in _TERMINAL
            and not _finished(seg)
        ):
            yield Finding(f"sentence ends without its ending: '{target[-6:]}'", max(0, end - 6), end)


def _long_sentence(target: str) -> bool:
    """Long enough, and in clauses, to be running text rather than a headline or a list item."""
    return len(target) >= 60 and target.count("、") >= 2 and target[-1] != "、"


def _headline(seg: Segment) -> bool:
    """A headline's predicate: a verbal noun after を with no sentence punctuation before it (英首相、
    批評を非難 / …を発表): finished in Japanese news style, though its source ends with 。."""
    tokens = seg.words
    return (
        len(tokens) >= 3
        and tokens[-1].pos == "名詞"
        and tokens[-1].pos1 == "サ変接続"
        and tokens[-2].surface == "を"
        and not any(c in seg.target for c in "。！？!?")
    )


class MissingFinalStop(Check):
    """A finished sentence (…になるだろう) whose 。 alone was lost, where the source has one: MT drops
    it with the line's last characters. Minor and mechanically fixed; a house that ends its lines
    without 。 ignores this check."""

    code = "truncation-stop"
    category = "truncation"
    severity = "minor"
    bilingual = False
    description = (
        "The final 。 (or ！ ？) of the source is missing after a finished Japanese sentence "
        "(without a source: after a long sentence of several clauses)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        target = seg.target.rstrip()
        if len(target) < 8 or not seg.has_kana or target[-1] in _TERMINAL:
            return
        # Without a source, only running text (a long sentence of clauses) is held to its 。.
        wanted = _source_end(seg) or ("。" if _long_sentence(target) else "")
        if wanted in _SENTENCE_STOPS and _finished(seg):
            stop = "。" if wanted == "。" else "！" if wanted in "！!" else "？"
            yield Finding(
                f"the final {stop} is missing after '{target[-6:]}'",
                len(target) - 1,
                len(target),
                target[-1] + stop,
            )


_JA_CHAR = r"[\u3040-\u30ff\uff66-\uff9f" + HAN + r"]"
_ZH_PUNCT_RE = re.compile(
    rf"[，；“”《》]|(?<={_JA_CHAR})[,;][ \u3000]*(?={_JA_CHAR})|(?<={_JA_CHAR})[·•](?={_JA_CHAR})"
)
# A sentence cannot begin with a comma or a full stop: MT split a sentence at the wrong place
# (、全国第1位) or kept the source's list separator (;   南アジアと…).
_LEADING_PUNCT_RE = re.compile(r"^[ \u3000]*[、，,;；。．][ \u3000]*")
# A comma cannot stand before a case particle (「…展」、や「…」): MT kept the source's list comma
# and added the particle after it. と and も are left alone (…だ、と述べた; 、もう一度).
_COMMA_PARTICLE_RE = re.compile(r"、(?=[やをがはにのへ](?![\u3040-\u309f]))")
# An ASCII full stop after Japanese, before a space, the end or more Japanese (促進します.外の世界).
_ASCII_STOP_RE = re.compile(rf"(?<={_JA_CHAR})\.(?=\s|$|{_JA_CHAR})")


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
    description = (
        "Chinese punctuation (， ； “ ” 《 》 ·) or ASCII commas/full stops inside Japanese text, a "
        "sentence that begins with a comma, or a comma before a particle."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if seg.source_stripped and seg.source_stripped == seg.target_stripped:
            return
        lead = _LEADING_PUNCT_RE.match(seg.target)
        # A fragment may have no kana (、全国第1位、…3位。); Chinese left as it is has its own check.
        if lead and (seg.has_kana or not any(simplified_only(c) for c in seg.target)):
            yield Finding(f"the sentence begins with '{lead.group().strip()}'", 0, lead.end(), "")
        if not seg.has_kana:
            return
        runs = chinese_runs(seg.target)
        for m in _ZH_PUNCT_RE.finditer(seg.target, lead.end() if lead else 0):
            if any(a - 1 <= m.start() <= b for a, b in runs):
                continue  # inside or opening Chinese left untranslated: reported by that check
            mark = m.group()[0]
            yield Finding(
                f"'{mark}' is Chinese or Latin punctuation; Japanese uses {_JA_PUNCT[mark]}",
                m.start(),
                m.end(),
                _JA_PUNCT[mark],
            )
        for m in _COMMA_PARTICLE_RE.finditer(seg.target):
            particle = seg.target[m.end()]
            yield Finding(f"a comma before the particle {particle}", m.start(), m.end(), "")
        for m in _ASCII_STOP_RE.finditer(seg.target):
            yield Finding("ASCII full stop ends a Japanese sentence; use 。", m.start(), m.start() + 1, "。")


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


class UnbalancedBrackets(Check):
    code = "punctuation-brackets"
    category = "punctuation"
    severity = "minor"
    description = "Brackets or quotes (（） 「」 『』 【】) that do not close, where the source's do."

    def check(self, seg: Segment) -> Iterator[Finding]:
        source = seg.source
        # A quotation running over several sentences opens in one segment and closes in another:
        # only a source whose own brackets and quotes close holds the target to it.
        if (
            not seg.source_stripped
            or source.count('"') % 2
            or sum(map(source.count, _SOURCE_OPEN)) != sum(map(source.count, _SOURCE_CLOSE))
        ):
            return
        pos = _unmatched(seg.target)
        if pos is not None and any(c in source for c in _SOURCE_MARKS[seg.target[pos]]):
            yield Finding(f"'{seg.target[pos]}' has no matching bracket", pos, pos + 1)


_LONG_VOWEL_RE = re.compile(r"(?<=[\u30a1-\u30fa\uff66-\uff9d])一")
_KATAKANA_CHAR_RE = re.compile(r"[\u30a1-\u30fa\uff66-\uff9d]")
_HALFWIDTH_KANA_RE = re.compile(r"[\uff66-\uff9f]+")
_MIXED_DIGITS_RE = re.compile(r"[0-9０-９][0-9０-９,，.]*")
# What follows a number as its counter or unit (年, 対, つ, %).
_COUNTER = r"[%％つヶカか" + HAN + r"]"
_NUMBER_SPACE_RE = re.compile(r"\d[ \u3000]+(?=" + _COUNTER + ")")
_NUMBER_TIGHT_RE = re.compile(r"\d(?=" + _COUNTER + ")")
_HTML_RE = re.compile(r"&(?:nbsp|amp|lt|gt|quot|#\d+);|</?(?:br|p|div|span|a|b|i|strong|em)\b[^>]*>", re.I)


class Typography(Check):
    code = "typography"
    category = "typography"
    severity = "minor"
    bilingual = False
    description = "Kanji 一 for the long-vowel mark ー, half-width katakana, mixed digit widths, number–counter spaces, HTML residue."

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
                    and not (k + 1 < len(tokens) and tokens[k + 1].pos2 == "助数詞")
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
        full = re.search(r"[０-９]+", t)
        if full and not mixed and re.search(r"[0-9]", t):
            yield Finding(
                "full-width and half-width digits in one segment",
                full.start(),
                full.end(),
                _half_width(full.group()),
            )
        for m, slip in _number_spaces(seg):
            if slip:
                yield Finding("space between a number and its counter", m.start() + 1, m.end(), "")
        for m in _HTML_RE.finditer(t):
            residue = m.group()
            fix = "" if residue.startswith("<") else html.unescape(residue).replace("\u00a0", " ")
            yield Finding(f"HTML residue '{residue}'", m.start(), m.end(), fix)


def _number_spaces(seg: Segment) -> Iterator[tuple[re.Match[str], bool]]:
    """Each space between a number and its counter, and whether it is a slip whatever the house
    style: a space after the number but none before it is; a number at the start (or after
    punctuation) is a slip unless the segment or its document consistently spaces Latin and digit
    runs from Japanese (和欧間スペース, a legitimate style). In a document with no such style
    (:func:`document_spaced_style`), a number spaced on both sides (最初の 3 つ) is a slip too."""
    t = seg.target
    document = getattr(seg, "document_spaced_style", None)
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
    description = (
        "Any space between a number and its counter (2020 年), 和欧間 house style or not: for news style."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        for m, slip in _number_spaces(seg):
            if not slip:  # the slips are the typography check's
                yield Finding(
                    "space between a number and its counter (news style)", m.start() + 1, m.end(), ""
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
    return bool(_SPACED_RE.search(text))


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


_DOUBLE_PARTICLE_RE = re.compile(r"(?<![\u3040-\u309f])(を|が|は|に|で|の)\1(?![\u3040-\u309f])")


class DoubledParticle(Check):
    code = "grammar-particle"
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = "The same particle twice in a row (をを, がが) — an MT or editing slip."

    def check(self, seg: Segment) -> Iterator[Finding]:
        for m in _DOUBLE_PARTICLE_RE.finditer(seg.target):
            yield Finding(f"particle '{m.group(1)}' doubled", m.start(), m.end(), m.group(1))


def _predicate(tok: Token, prev: Token | None) -> bool:
    """A verb, adjective or auxiliary closes a clause; ipadic tags the counter つ of 5つ as an
    auxiliary, which it is not."""
    return tok.pos in ("動詞", "形容詞", "助動詞") and not (
        tok.surface == "つ" and prev and prev.pos1 == "数"
    )


class DoubleObject(Check):
    """Japanese allows one を per clause (二重ヲ格制約): 物語りを5つの短編ビデオを制作し is a
    Chinese sentence whose two objects (把故事 … 制作成视频) were both marked を. A predicate,
    a comma or a bracket between them opens a new clause; a を-phrase ending in に (アジアを中心に,
    会談を前に) is an adverbial, not a second object."""

    code = "grammar-double-object"
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = "Two objects marked を in one clause (物語りを5つの短編ビデオを制作し)."

    def check(self, seg: Segment) -> Iterator[Finding]:
        if seg.target.count("を") < 2:
            return
        tokens = seg.tokens
        last: int | None = None  # index of the open clause's を
        for k, tok in enumerate(tokens):
            prev = tokens[k - 1] if k else None
            if tok.surface == "を" and tok.pos == "助詞":
                # をを is one particle doubled, grammar-particle's slip.
                if last is not None and tokens[last].end < tok.start:
                    yield Finding(
                        "two objects marked を in one clause",
                        tokens[last].start,
                        tok.end,
                    )
                last = k
            elif _predicate(tok, prev) or tok.pos == "記号" or (tok.surface == "に" and tok.pos == "助詞"):
                last = None


_TE_IRU_RE = re.compile("て[いお]")


class StrandedAuxiliary(Check):
    """～ている needs a verb before its て: after a noun or a closing bracket (「一気に掲載」ていた)
    the verb of the source (被…刊发) was lost. で after a noun is the copula (元気でいる) and is
    left alone."""

    code = "grammar-stranded-te"
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = "～ている/～ていた with no verb before it (「一気に掲載」ていた)."

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not _TE_IRU_RE.search(seg.target):
            return
        tokens = seg.tokens
        for a, te, aux in zip(tokens, tokens[1:], tokens[2:], strict=False):
            if (
                te.surface == "て"
                and te.pos1 == "接続助詞"
                and a.pos in ("名詞", "記号")
                and aux.surface in ("い", "いる", "いた", "おり", "おる")
            ):
                yield Finding(f"'{te.surface}{aux.surface}' follows no verb", te.start, aux.end)


# これ、 / それ、 opening a sentence of prose: MT dropped the particle of 这也是 / 这是 (これは,
# これも). Speech writes it (「それ、本当？」), so a sentence inside a quotation is left alone.
_BARE_DEMONSTRATIVE_RE = re.compile(r"(?:^|(?<=[。！？]))[ \u3000]*(これ|それ)、")


class BareDemonstrative(Check):
    code = "grammar-demonstrative"
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = "A sentence of prose opening on これ、 or それ、 with no particle (これは, これも)."

    def check(self, seg: Segment) -> Iterator[Finding]:
        for m in _BARE_DEMONSTRATIVE_RE.finditer(seg.target):
            if seg.target.count("「", 0, m.start()) > seg.target.count("」", 0, m.start()):
                continue  # inside a quotation
            yield Finding(
                f"'{m.group(1)}、' opens the sentence without a particle ({m.group(1)}は, {m.group(1)}も)",
                m.start(1),
                m.end(),
            )


_CHROME_RE = re.compile(
    r"发布日期|发布时间|访问次数|浏览次数|字号\s*[:：]|打印本页|关闭窗口|来源\s*[:：]|责任编辑|"
    r"[\w()（）\-]+\.(?:jpe?g|png|gif|webp)\b",
    re.I,
)


class BoilerplateLeak(Check):
    code = "boilerplate-leak"
    category = "boilerplate_leak"
    severity = "minor"
    bilingual = False
    description = (
        "Page chrome (publication date, visit counter, print links, image file names) inside content."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        for m in _CHROME_RE.finditer(seg.target):
            yield Finding(f"page chrome '{m.group()}' in the text", m.start(), m.end())
