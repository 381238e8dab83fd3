"""Truncation: a Japanese sentence cut off — no ending where the source has one, a dangling
particle or continuative, a verb stem whose kana were lost, or only its final 。 missing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from alignment.checks.base import BRACKET_SYMPTOM, HAN, Check, Finding, Segment, gettext_noop
from alignment.checks.japanese import Word, words

_TERMINAL = "。！？!?」』）)】…‥”\"'"
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
    if last.feature.pos1 == "助詞":
        return last.feature.pos2 in ("格助詞", "接続助詞", "係助詞") and last.surface not in (
            "か",
            "に",
            "へ",
            "と",
        )
    if _bare_stem(tokens):
        return True
    return last.feature.pos1 == "動詞" and last.feature.cForm.startswith("連用")


_SINGLE_KANJI_RE = re.compile(f"^[{HAN}]$")
_VERB_ENDINGS = ("った", "んだ", "いた", "した", "べた", "える", "める")


@lru_cache(maxsize=4096)
def _verb_stem(kanji: str) -> bool:
    """Whether MeCab reads the kanji with some inflection as a verb (言った, 述べた, 示した): a
    headline noun such as 謎 or 誰 is not."""
    for ending in _VERB_ENDINGS:
        tokens = words(kanji + ending)
        if tokens and tokens[0].feature.pos1 == "動詞" and tokens[0].surface.startswith(kanji):
            return True
    return False


def _bare_stem(tokens: list[Word]) -> bool:
    """A lone verb-stem kanji after a case or topic particle (…ペロシは言, …津波を次): the kana were
    cut, and MeCab took the stem for a one-character noun. A headline ending on a noun (真相は謎,
    勝者は誰) is finished."""
    if len(tokens) < 3:
        return False
    last, before = tokens[-1], tokens[-2]
    return (
        last.feature.pos1 == "名詞"
        and bool(_SINGLE_KANJI_RE.match(last.surface))
        and before.feature.pos1 == "助詞"
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
    return (
        last.feature.pos1 in ("動詞", "助動詞", "形容詞")
        and last.feature.cForm.startswith(("終止形", "連体形", "意志推量形"))  # …する, …だろう
        and not last.feature.cType.startswith("文語")  # literary …す
        and last.surface not in ("い",)
        and not (len(tokens) > 1 and _broken_past(tokens[-2], last))
    )


def _broken_past(verb: Word, ending: Word) -> bool:
    """た straight after the plain continuative of a godan verb (持ち帰りた): the past of such a
    verb takes a sound change (持ち帰った), or this is ～たい cut short; サ行 verbs take none
    (話した)."""
    return (
        ending.feature.lemma == "た"
        and verb.feature.cForm == "連用形-一般"
        and verb.feature.cType.startswith("五段")
        and not verb.feature.cType.startswith("五段-サ行")
    )


_SENTENCE_STOPS = ("。", "！", "？", "!", "?")


def _source_end(seg: Segment) -> str:
    """The source's last mark inside any closing quotes (。 of …。”), "" without a source."""
    return seg.source_stripped.rstrip("”」』\"'")[-1:]


_CUT_BEFORE_STOP_RE = re.compile(r"[てで]い(?=[。．！？!?])")


class Truncation(Check):
    code = "truncation"
    linear = False  # reads MeCab's tokens: seconds on a long run of katakana
    category = "truncation"
    severity = "major"
    bilingual = False
    description = gettext_noop(
        "The sentence is cut off: no ending where the source has one, or a dangling continuative/particle."
    )
    subsumes = (BRACKET_SYMPTOM,)

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


def cut_short(seg: Segment) -> bool:
    """Whether the target lost its ending (what :class:`Truncation` reports): the length checks
    then know the target is shorter than its translation was."""
    return any(True for _ in Truncation().check(seg))


def _long_sentence(target: str) -> bool:
    """Long enough, and in clauses, to be running text rather than a headline or a list item."""
    return len(target) >= 60 and target.count("、") >= 2 and target[-1] != "、"


def _headline(seg: Segment) -> bool:
    """A headline's predicate: a verbal noun after を with no sentence punctuation before it (英首相、
    批評を非難 / …を発表): finished in Japanese news style, though its source ends with 。."""
    tokens = seg.words
    return (
        len(tokens) >= 3
        and tokens[-1].feature.pos1 == "名詞"
        and tokens[-1].feature.pos3 == "サ変可能"
        and tokens[-2].surface == "を"
        and not any(c in seg.target for c in "。！？!?")
    )


class MissingFinalStop(Check):
    """A finished sentence (…になるだろう) whose 。 alone was lost, where the source has one: MT drops
    it with the line's last characters. Minor and mechanically fixed; a house that ends its lines
    without 。 ignores this check."""

    code = "truncation-stop"
    linear = False  # reads MeCab's tokens: seconds on a long run of katakana
    category = "truncation"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
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
