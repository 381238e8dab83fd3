"""Grammar, where it is cheap and reliable: a doubled particle, two objects marked を in one
clause, a topic marked は twice in one clause, ～ている after no verb, a sentence opening on
これ、 with no particle."""

from __future__ import annotations

import re
from collections.abc import Iterator

from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.japanese import Word

_DOUBLE_PARTICLE_RE = re.compile(r"(?<![\u3040-\u309f])(を|が|は|に|で|の)\1(?![\u3040-\u309f])")


class DoubledParticle(Check):
    code = "grammar-particle"
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop("The same particle twice in a row (をを, がが) — an MT or editing slip.")

    def check(self, seg: Segment) -> Iterator[Finding]:
        for m in _DOUBLE_PARTICLE_RE.finditer(seg.target):
            yield Finding(f"particle '{m.group(1)}' doubled", m.start(), m.end(), m.group(1))


# What ipadic called a noun: UniDic parts its nouns from pronouns, na-adjective stems and suffixes.
_NOUNS = ("名詞", "代名詞", "形状詞", "接尾辞")


def _closes_clause(tok: Word) -> bool:
    """A verb, adjective or auxiliary closes a clause, and so does punctuation or a bracket."""
    return tok.feature.pos1 in ("動詞", "形容詞", "助動詞", "補助記号", "記号")


class DoubleObject(Check):
    """Japanese allows one を per clause (二重ヲ格制約): 物語りを5つの短編ビデオを制作し is a
    Chinese sentence whose two objects (把故事 … 制作成视频) were both marked を. A predicate,
    a comma or a bracket between them opens a new clause; a を-phrase ending in に (アジアを中心に,
    会談を前に) is an adverbial, not a second object."""

    code = "grammar-double-object"
    linear = False  # reads MeCab's tokens: seconds on a long run of katakana
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop("Two objects marked を in one clause (物語りを5つの短編ビデオを制作し).")

    def check(self, seg: Segment) -> Iterator[Finding]:
        if seg.target.count("を") < 2:
            return
        tokens = seg.tokens
        last: int | None = None  # index of the open clause's を
        for k, tok in enumerate(tokens):
            if tok.surface == "を" and tok.feature.pos1 == "助詞":
                # をを is one particle doubled, grammar-particle's slip.
                if last is not None and tokens[last].end < tok.start:
                    yield Finding(
                        "two objects marked を in one clause",
                        tokens[last].start,
                        tok.end,
                    )
                last = k
            elif _closes_clause(tok) or (tok.surface == "に" and tok.feature.pos1 == "助詞"):
                last = None


class RepeatedTopic(Check):
    """A clause whose topic is marked は and then repeated with は again (姉妹都市の数は都市は25対に
    到達し): MT stuttering over 友城数量达到. Two topics in one clause are good Japanese when the
    second contrasts with the first (今回は津波は発生しなかった, コルビンは労働党は…と述べた), so
    only a second topic made of words the first one already holds is flagged."""

    code = "grammar-repeated-topic"
    linear = False  # reads MeCab's tokens: seconds on a long run of katakana
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "A topic marked は twice in one clause, the second repeating the first (都市の数は都市は)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if seg.target.count("は") < 2:
            return
        tokens = seg.tokens
        opened = 0  # first token of the open clause
        topic: int | None = None  # index of the open clause's は
        for k, tok in enumerate(tokens):
            if tok.surface == "は" and tok.feature.pos2 == "係助詞":
                if topic is not None:
                    first = "".join(t.surface for t in tokens[opened:topic])
                    second = [t for t in tokens[topic + 1 : k] if t.feature.pos1 in _NOUNS]
                    words = "".join(t.surface for t in second)
                    if (
                        len(words) >= 2  # one kanji (年, 人) recurs by chance
                        and len(second) == k - topic - 1
                        and all(t.surface in first for t in second)
                    ):
                        yield Finding(
                            f"topic repeated: '{seg.target[tokens[opened].start : tok.end]}'",
                            tokens[topic + 1].start,
                            tok.end,
                        )
                topic = k
            elif _closes_clause(tok):
                opened, topic = k + 1, None


_TE_IRU_RE = re.compile("て[いお]")


class StrandedAuxiliary(Check):
    """～ている needs a verb before its て: after a noun or a closing bracket (「一気に掲載」ていた)
    the verb of the source (被…刊发) was lost. で after a noun is the copula (元気でいる) and is
    left alone."""

    code = "grammar-stranded-te"
    linear = False  # reads MeCab's tokens: seconds on a long run of katakana
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop("～ている/～ていた with no verb before it (「一気に掲載」ていた).")

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not _TE_IRU_RE.search(seg.target):
            return
        tokens = seg.tokens
        for a, te, aux in zip(tokens, tokens[1:], tokens[2:], strict=False):
            if (
                te.surface == "て"
                and te.feature.pos2 == "接続助詞"
                and a.feature.pos1 in (*_NOUNS, "補助記号", "記号")
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
    description = gettext_noop(
        "A sentence of prose opening on これ、 or それ、 with no particle (これは, これも)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        for m in _BARE_DEMONSTRATIVE_RE.finditer(seg.target):
            if seg.target.count("「", 0, m.start()) > seg.target.count("」", 0, m.start()):
                continue  # inside a quotation
            yield Finding(
                f"'{m.group(1)}、' opens the sentence without a particle ({m.group(1)}は, {m.group(1)}も)",
                m.start(1),
                m.end(),
            )
