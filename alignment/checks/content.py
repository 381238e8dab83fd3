"""Content: omissions, additions and MT loops, judged on the bridged source.

Independent human translations share little wording, so coverage alone would flag most clean
segments; these checks fire only on strong signals — a length ratio far outside what zh→ja news
shows, a clause repeated verbatim, a trailing clause with nothing of the source in it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator

from alignment import lexicon
from alignment.checks.base import (
    ADDITION_SUBSUMES,
    BRACKET_SYMPTOM,
    HAN,
    INSIDE_CONTENT,
    Check,
    Finding,
    Segment,
    Subsumes,
    gettext_noop,
)
from alignment.checks.entities import name_runs, rendered_positions
from alignment.checks.japanese import Word
from alignment.checks.japanese import words as words_of
from alignment.checks.kana import romaji
from alignment.checks.numbers import cjk_value
from alignment.checks.origins import clause_words, katakana_origins, segmented, source_head_stems, stem
from alignment.checks.sounds import (
    LATIN_RE,
    has_counterpart,
    pinyin_readings,
    similarity,
    sounds_alike,
)
from alignment.checks.truncation import cut_short
from alignment.similarity import LOG_RATIO_MEAN, LOG_RATIO_SD
from alignment.text import normalize

_LEN_SKIP_RE = re.compile(r"\s")
HAN_RE = re.compile(f"[{HAN}]")


# A Latin original in brackets after a name (卡瓦诺（Brett Kavanaugh）): Japanese writes the name
# once, so the gloss is no length the target owes.
_LATIN_GLOSS_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s*[（(]\s*[A-Za-z][A-Za-z\u00c0-\u024f .'\-]*[)）]")


# The same in the target: a translator's English original in brackets (AM (Assembly Member)) is
# no text added to the source. (?<!\s): a try starts where a blank starts (from inside a long blank
# each character retried the rest of it: quadratic).
_TARGET_GLOSS_RE = re.compile(r"(?<!\s)\s*[（(]\s*[A-Za-z][A-Za-z\u00c0-\u024f .'\-]*[)）]")
#: What both gloss patterns start with once past their blanks: where it is not, neither matches.
_GLOSS_START_RE = re.compile(r"[（(]\s*[A-Za-z]")


def _lengths(source: str, target: str) -> tuple[int, int]:
    """Characters of each side, without the bracketed Latin originals the other side does not
    repeat (a gloss both keep, 议员(AM) = 議員 (AM), stays on both)."""
    zh = _without_glosses(source, _LATIN_GLOSS_RE, target)
    ja = _without_glosses(target, _TARGET_GLOSS_RE, source)
    return len(_LEN_SKIP_RE.sub("", zh)), len(_LEN_SKIP_RE.sub("", ja))


def _without_glosses(text: str, pattern: re.Pattern[str], other: str) -> str:
    # Every gloss opens with a bracket and a Latin letter, which most sentences do not hold: the
    # pattern, tried at every offset, is run only where that is found (~5 times a pair are asked).
    if not _GLOSS_START_RE.search(text):
        return text
    other_lower = other.lower()
    return pattern.sub(lambda m: m.group() if m.group().strip(" （）()").lower() in other_lower else "", text)


def _length_z(seg: Segment) -> float | None:
    zh, ja = _lengths(seg.source, seg.target)
    if zh < 12 or ja == 0:
        return None
    # Short segments vary more: widen the spread as a Gale–Church model does.
    return (math.log(ja / zh) - LOG_RATIO_MEAN) / (LOG_RATIO_SD * (1 + 4 / math.sqrt(zh)))


# A target that misses content: a number of the source missing from it (a flag with no span) is
# part of that omission, and so is a name, entity-latin's missing name or entity-katakana's, whose
# evidence is a name left without rendering (Birkenhead in a dropped clause).
OMISSION_SUBSUMES = (
    BRACKET_SYMPTOM,
    INSIDE_CONTENT,
    Subsumes(categories=frozenset({"number"}), absent=True),
    Subsumes(codes=frozenset({"entity-latin", "entity-katakana"})),
)


class EmptyTarget(Check):
    code = "omission-empty"
    category = "omission"
    severity = "critical"
    description = gettext_noop("The source has no translation.")
    subsumes = OMISSION_SUBSUMES

    def check(self, seg: Segment) -> Iterator[Finding]:
        if seg.source_stripped and not seg.target_stripped:
            yield Finding("the source sentence has no translation")


class ShortTarget(Check):
    code = "omission-length"
    category = "omission"
    severity = "major"
    description = gettext_noop(
        "The target is far shorter than this language pair's usual length ratio: content is missing."
    )
    subsumes = OMISSION_SUBSUMES

    def check(self, seg: Segment) -> Iterator[Finding]:
        z = _length_z(seg)
        # A target cut off at its end is short by what the cut took, which truncation reports.
        if z is not None and z < -1.4 and seg.has_kana and not cut_short(seg):
            yield Finding(
                f"target is {len(seg.target)} characters for a {len(seg.source)}-character source: content may be missing"
            )


# A clause counts as dropped when at most a quarter of its content reaches the target while the
# target is 0.7 standard deviations shorter than usual (calibrated on the dev set: a stricter
# cut loses dropped clauses, a looser one flags reworded clean translations).
_OMIT_Z = -0.7
_OMIT_COV = 0.25
# A target cut off at its end is short by what it lost there: the clause must be missing beyond
# that (on the dev set, the six truncated targets it flagged had z between -0.7 and -0.9, none
# with a dropped clause).
_OMIT_Z_CUT = -1.0
_SRC_CLAUSE_RE = re.compile(r"[^，,、；;：:。！？!?“”\"（）()]+")
#: A bracketed clause that converts a sum (（约合295亿元人民币）): Japanese news converts into yen
#: itself or leaves the conversion out.
_CONVERSION_CLAUSE_RE = re.compile(r"\s*(?:约合|約合|折合)")


class UncoveredClause(Check):
    code = "omission-clause"
    linear = False  # aligns every clause of the source with the target
    category = "omission"
    severity = "minor"  # evidence, not proof: reviewers confirm
    description = gettext_noop(
        "A clause of the source with none of its characters in the target, on a target shorter than "
        "this language pair's usual length or where every other clause is rendered word for word: "
        "the clause was dropped."
    )
    subsumes = OMISSION_SUBSUMES

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped or not seg.has_kana:
            return
        z = _length_z_of(seg.source, seg.target)
        # Alone, neither signal is enough: independent translations reword whole clauses, and
        # their length varies; a reworded clause leaves the length, a dropped one shortens it.
        # Or the rest of the sentence tells: where every other clause reaches the target word for
        # word, a clause with nothing in it was dropped, though the target is not short.
        if z is None or z >= max(_OMIT_Z, _OMIT_CONTRAST_Z):
            return
        short = z < _OMIT_Z
        cut = cut_short(seg)
        if short and z >= _OMIT_Z_CUT and cut:
            return
        target_han = set(HAN_RE.findall(seg.target))
        target_lower = seg.target_norm.lower()
        kana = [romaji(w) for w in KANA_WORD_RE.findall(seg.target_kana)]
        rendered = rendered_positions(seg.source, seg.target_kana)
        names = name_runs(seg.source, 2)
        # The reviewer is shown the clause that lost the most, not the first that qualifies.
        best: tuple[int, str] | None = None
        said = _target_forms(seg) if LEXICON_EVIDENCE else frozenset()
        clauses = list(_SRC_CLAUSE_RE.finditer(seg.bridged))
        if cut:
            # The source's last clause is what the cut took (truncation reports it).
            clauses = clauses[:-1]
        counted: list[tuple[re.Match[str], int, int]] = []  # each clause, its units, those reached
        for m in clauses:
            if _renders_by_abbreviation(seg.source, m.end(), seg.target_norm):
                continue
            if m.start() and seg.bridged[m.start() - 1] in "（(" and _CONVERSION_CLAUSE_RE.match(m.group()):
                continue  # a conversion in brackets (约合295亿元人民币): the press gives its own, in yen
            covered = {i - m.start() for i in rendered if m.start() <= i < m.end()}
            if said:
                covered |= _said_in_other_words(clause_words(seg.source, m.start(), m.end()), said)
            runs = [(start - m.start(), name) for name, start in names if m.start() <= start < m.end()]
            units = source_units(
                seg.source[m.start() : m.end()], m.group(), target_han, target_lower, kana, runs, covered
            )
            counted.append((m, len(units), sum(units)))
        all_units, all_reached = sum(n for _, n, _ in counted), sum(r for _, _, r in counted)
        for m, n, reached in counted:
            lost = n - reached
            clause = seg.source[m.start() : m.end()].strip()
            if (
                n >= 4
                and reached <= _OMIT_COV * n
                and (best is None or lost > best[0])
                and (short or _rest_reached(all_units - n, all_reached - reached))
                and _fits_without(seg, m.start(), m.end())
                and (short or not _said_near(clause, seg))
            ):
                best = (lost, clause)
        if best:
            yield Finding(f"'{best[1]}' of the source has no counterpart in the target")


#: A clause is judged against the rest of the sentence where the target is shorter than usual by
#: no more than this (z below it), and the other clauses reach the target at this share of their
#: units or more, four units at least. Chosen by cross-validation over documents
#: (benchmarks/cv_checks.py --grid alignment.checks.content._OMIT_REST_COV=…).
_OMIT_CONTRAST_Z = 0.0
_OMIT_REST_COV = 0.8


def _rest_reached(units: int, reached: int) -> bool:
    return units >= 4 and reached >= _OMIT_REST_COV * units


def _said_near(clause: str, seg: Segment) -> bool:
    """Whether a run of the target's words comes near the clause in meaning (the encoder, at the
    list check's cut): the translator said it in words the bridge does not see (活动现场 as 会場,
    据该公司估计 as 同社の推計では). Asked only of a clause the length leaves in doubt."""
    from alignment.checks.lists import NEAR_ENOUGH, _nearest_target_words  # noqa: PLC0415  lists reads this module

    return _nearest_target_words(clause, [clause], seg)[1] >= NEAR_ENOUGH


_ABBREVIATION_AFTER_RE = re.compile(r"[（(]\s*([A-Za-z][A-Za-z&.\-]*)\s*[）)]")


def _renders_by_abbreviation(source: str, end: int, target: str) -> bool:
    """Whether the clause ends on a name the source abbreviates in brackets after it (英国皇家古代
    高尔夫球协会（R&A）) and the target writes the abbreviation alone (R&Aによると): the name is
    rendered, in the letters the reader knows it by."""
    m = _ABBREVIATION_AFTER_RE.match(source, end)
    return m is not None and m.group(1) in target


#: Whether a source word reaches the target when the target has one of the Japanese words the sense
#: lexicon offers for it (1) or not (0): chosen by cross-validation over documents
#: (benchmarks/cv_checks.py --grid alignment.checks.content.LEXICON_EVIDENCE=0,1: 1 on every fold;
#: any target word sharing a gloss with it instead is looser and lost held-out F1).
LEXICON_EVIDENCE = 1


def _target_forms(seg: Segment) -> frozenset[str]:
    """The target's content words, as written and in their dictionary form."""
    out: set[str] = set()
    for w in seg.words:
        if w.feature.pos1 in ("名詞", "動詞", "形容詞", "形状詞", "副詞"):
            out.add(w.surface)
            lemma = (w.feature.lemma or "").split("-")[0]
            if lemma:
                out.add(lemma)
    return frozenset(out)


def _said_in_other_words(words: dict[int, str], said: frozenset[str]) -> set[int]:
    """Offsets of the clause's dictionary words (``clause_words``) that some word of the target
    renders by the sense lexicon (调查 by 捜査, 立即 by 即刻): independent translators reword what
    they keep."""
    out: set[int] = set()
    for start, word in words.items():
        if len(word) < 2 or not HAN_RE.match(word):
            continue
        if any(r in said for r in lexicon.renderings(word)):
            out.update(range(start, start + len(word)))
    return out


#: A clause whose loss would leave the target long for the rest of the source (0.7 standard
#: deviations, as long as the whole is short) was not lost whole: the target renders it, in words
#: the bridge does not see (a free translation of a one-clause sentence). Chosen by
#: cross-validation over documents (benchmarks/cv_checks.py --grid
#: alignment.checks.content._OMIT_REST_Z=1.35,0.7,0.4,0.0: 0.7 in four folds of five).
_OMIT_REST_Z = 0.7


def _fits_without(seg: Segment, start: int, end: int) -> bool:
    """Whether the target has about the length of the source without ``source[start:end]`` or
    less: what a target that dropped that clause would have."""
    z = _length_z_of(seg.source[:start] + seg.source[end:], seg.target)
    return z is None or z <= _OMIT_REST_Z


# Chinese function words: Japanese renders them with kana or not at all, so they say nothing
# about coverage.
ZH_FUNCTION = set("的了着过其之这那此在是和与及并而也都就将被把对从向于以为所则但或又还很更最")


def source_units(
    raw: str,
    bridged: str,
    target_han: set[str],
    target_lower: str,
    kana: list[str],
    names: list[tuple[int, str]],
    rendered: set[int],
) -> list[bool]:
    """Whether each content unit of a source clause reaches the target: Latin tokens as they are or
    transliterated (Goldsmith = ゴールドスミス), figures as written, transliterated names
    (``names``: offset, run) by pronunciation or kanji, other characters after the bridge; offsets
    in ``rendered`` (names and loanwords the entity checks found rendered) reach it whatever they
    are."""
    units = [
        m.start() in rendered
        or m.group().lower() in target_lower
        or any(sounds_alike(m.group(), k) for k in kana)
        for m in LATIN_RE.finditer(raw)
    ]
    units += [m.group() in target_lower for m in _DIGITS_RE.finditer(raw)]
    units += [
        all(i in rendered for i in range(start, start + len(name)))
        or all(c in target_han for c in bridged[start : start + len(name)])
        or any(similarity(r, k) >= 0.5 for r in pinyin_readings(name) for k in kana)
        for start, name in names
    ]
    in_name = {i for start, name in names for i in range(start, start + len(name))}
    units += [
        c in target_han or i in rendered
        for i, c in enumerate(bridged)
        if i not in in_name and HAN_RE.match(c) and raw[i] not in ZH_FUNCTION
    ]
    return units


class LongTarget(Check):
    code = "addition-length"
    category = "addition"
    severity = "major"
    description = gettext_noop("The target is far longer than the source warrants: text was added.")
    subsumes = ADDITION_SUBSUMES

    def check(self, seg: Segment) -> Iterator[Finding]:
        z = _length_z(seg)
        if z is not None and z > 1.35:
            yield Finding(
                f"target is {len(seg.target)} characters for a {len(seg.source)}-character source: text may be added"
            )


_REPEAT_RE = re.compile(r"(.{5,}?)[、，,\s]*\1")
# Characters the one-click fixes exchange (一 and ー, ，and 、, “ and 「, full and half width) count
# as one in a repeat: fixing one copy of an MT loop must not hide the loop, nor let the flags it
# covered reappear as if the fix had made them.
# Full-width forms (，．；ｰ) reach it as NFKC makes them (,.;ー).
_FOLD = str.maketrans({"ー": "一", ",": "、", ".": "。", "“": "「", "”": "」"})
# The Halfwidth and Fullwidth Forms block, whose characters ``_folded`` takes through NFKC.
_HALFWIDTH_FORMS_RE = re.compile("[\uff00-\uffef]")


def _folded(text: str) -> str:
    """``text`` with fix-exchanged characters folded together, character for character (the
    spans found in it are spans of ``text``)."""
    # Only the block's characters are looked at (a search in C), not every character in Python.
    return _HALFWIDTH_FORMS_RE.sub(_nfkc_char, text).translate(_FOLD)


def _nfkc_char(m: re.Match[str]) -> str:
    """A character of the Halfwidth and Fullwidth Forms as NFKC makes it, where that is one
    character (ｰ → ー, ，→ ,), else as it is."""
    c = m.group()
    n = unicodedata.normalize("NFKC", c)
    return n if len(n) == 1 else c


class Repetition(Check):
    code = "addition-repeat"
    linear = False  # looks for a repeat of every length at every position
    category = "addition"
    severity = "major"
    bilingual = False
    description = gettext_noop("A phrase repeated verbatim (an MT loop).")
    subsumes = ADDITION_SUBSUMES

    def check(self, seg: Segment) -> Iterator[Finding]:
        t = _folded(seg.target)
        grams = [t[i : i + 5] for i in range(len(t) - 4)]
        if len(set(grams)) == len(grams):
            return  # a repeated phrase repeats its first five characters: none do (most text)
        for m in _REPEAT_RE.finditer(t):
            phrase = seg.target[m.start(1) : m.end(1)]
            if (
                len(set(phrase)) >= 3
                and phrase not in seg.source
                and phrase.strip("、。 ")
                and (m.group(1) * 2 not in seg.bridged)
            ):
                # A phrase repeats from a word's start: 南アジア of 東南アジア、南アジア is the end
                # of another word, listed beside the word it ends in.
                if m.start(1) not in seg.token_starts:
                    continue
                yield Finding(f"'{phrase}' repeated", m.start(), m.end())
                return


_CUT_RE = re.compile(r"[、，。]|,(?!\d)")
_DIGITS_RE = re.compile(r"\d[\d,.]*\d|\d")
_TAIL_END = "。．.！？!?」』”）) "
KANA_WORD_RE = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}")


def _length_z_of(source: str, target: str) -> float | None:
    zh, ja = _lengths(source, target)
    if zh < 1 or ja == 0:
        return None
    return (math.log(ja / zh) - LOG_RATIO_MEAN) / (LOG_RATIO_SD * (1 + 4 / math.sqrt(zh)))


def _unsupported(text: str, seg: Segment, src_han: set[str], head: str = "") -> bool:
    """Whether at most a fifth of the kanji and katakana words of ``text`` have a counterpart in
    the source (kanji after the bridge, katakana by pronunciation against the source's names and
    Latin words). Kanji are counted first: pronunciations are compared only when they can decide.
    A kanji the ``head`` before the text holds as often as the source does renders the source
    there already: repeated in an added clause (国内最大規模…、アジア最大の), it supports nothing."""
    han = [c in src_han and seg.bridged.count(c) > head.count(c) for c in HAN_RE.findall(text)]
    words = KANA_WORD_RE.findall(text)
    total = len(han) + len(words)
    supported = sum(han)
    if total < 3 or supported > 0.2 * total:
        return False
    for w in words:
        supported += has_counterpart(w, seg.source) or _renders_a_word(w, seg.source)
        if supported > 0.2 * total:
            return False
    return True


def _renders_a_word(katakana: str, source: str) -> bool:
    """Whether a loanword comes from what a word of the source names (スタジオ ← 演播室 "studio")."""
    heads = source_head_stems(source)
    return any(origin and stem(origin) in heads for _, origin in katakana_origins(katakana))


#: How long for its source (z) a target must be for a trailing clause that no word of the source
#: renders, by characters or by the sense lexicon, to count as added (0.8 without the lexicon).
#: Chosen by cross-validation over documents (benchmarks/cv_checks.py --grid).
_ADD_ALIGNED_Z = 0.5
#: Content words a tail needs before its lack of counterparts says anything (述べた alone is a
#: report verb the source may leave implicit).
_ADD_ALIGNED_WORDS = 2
_CONTENT_POS = frozenset({"動詞", "形容詞", "形状詞"})  # UniDic pos1
_COMPOUND_POS = frozenset({"名詞", "接頭辞", "接尾辞"})


def _unaligned(tail: str, seg: Segment, src_han: set[str]) -> bool:
    """Whether at most a fifth of the content words of ``tail`` have a counterpart in the source
    through the dictionaries as well as the characters: a kanji after the bridge, a katakana word by
    sound or origin, or a Japanese word that the sense lexicon (CC-CEDICT through English to JMdict)
    offers for a source word or whose glosses meet one of its glosses. Real MT appends a plausible
    clause (関連の覚書に署名した) to a sentence that is not much longer than usual; a translator's
    free rendering of the source (拍手を浴びた for 掌声) meets a source word in the lexicon."""
    units = _content_units(tail)
    if len(units) < _ADD_ALIGNED_WORDS:
        return False
    source_words = [w for _, w in segmented(seg.source) if HAN_RE.match(w[0])]
    supported = 0
    for unit in units:
        if any(_aligned(t, seg, src_han, source_words) for t in unit):
            supported += 1
            if supported > 0.2 * len(units):
                return False
    return True


def _content_units(text: str) -> list[list[Word]]:
    """The content words of ``text`` (UniDic), the parts of a compound noun (ホスピタリティ + 業 +
    界) as one unit: a unit reaches the source when any part does."""
    units: list[list[Word]] = []
    compound: list[Word] = []
    for t in [*words_of(text), None]:
        if t is not None and t.feature.pos1 in _COMPOUND_POS:
            compound.append(t)
            continue
        if any(_written(p.surface) for p in compound):
            units.append(compound)
        compound = []
        if (
            t is not None
            and t.feature.pos1 in _CONTENT_POS
            and t.feature.pos2 not in ("非自立可能", "助動詞語幹")
            and _written(t.surface)
        ):
            units.append([t])
    return units


def _written(surface: str) -> bool:
    """Whether a word is written in kanji or katakana: content, not grammar."""
    return bool(HAN_RE.search(surface) or KANA_WORD_RE.fullmatch(surface))


def _aligned(word: Word, seg: Segment, src_han: set[str], source_words: list[str]) -> bool:
    """Whether a target word has a counterpart in the source: a kanji after the bridge, a katakana
    word by sound or English origin, or a word the sense lexicon offers for a source word or whose
    glosses meet one of a source word's."""
    surface = word.surface
    if any(c in src_han for c in surface):
        return True
    if KANA_WORD_RE.fullmatch(surface) and (
        has_counterpart(surface, seg.source) or _renders_a_word(surface, seg.source)
    ):
        return True
    lemma = (word.feature.lemma or surface).split("-")[0]
    return any(
        lemma in lexicon.renderings(w) or surface in lexicon.renderings(w) for w in source_words
    ) or any((lexicon.sense_match(w, lemma) or 0.0) > 0 for w in source_words if len(w) > 1)


_CJK_NUMERAL_RE = re.compile("[一二两三四五六七八九十百千]+")


class UnsupportedClause(Check):
    code = "addition-clause"
    linear = False  # aligns every clause of the target with the source
    category = "addition"
    severity = "major"
    description = gettext_noop(
        "A trailing clause with nothing of the source in it, on a target that is long for its source "
        "while the rest alone fits it."
    )
    # A figure inside an added clause is part of that clause.
    subsumes = (*ADDITION_SUBSUMES, Subsumes(codes=frozenset({"addition-number"}), inside=True))

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped:
            return
        whole = _length_z_of(seg.source, seg.target)
        if whole is None or whole < 0:
            return
        src_digits = {d.replace(",", "") for d in _DIGITS_RE.findall(seg.source_norm)}
        # A figure the source writes in Chinese numerals (近九成 → 9割近く) is no invented one.
        src_digits |= {f"{v:g}" for m in _CJK_NUMERAL_RE.finditer(seg.source) if (v := cjk_value(m.group()))}
        src_han = set(HAN_RE.findall(seg.bridged))
        body = seg.target.rstrip(_TAIL_END)
        # The longest tail, cut at a clause boundary, in which (almost) nothing has a counterpart and
        # without which the target has the length the source calls for. Kanji the head renders
        # already count as no support only where no tail is found without that rule: a longer tail
        # would otherwise take in clauses that repeat the head's names rightly.
        for own_only in (False, True):
            found = self._tail(seg, whole, src_digits, src_han, body, own_only)
            if found:
                yield found
                return

    def _tail(
        self, seg: Segment, whole: float, src_digits: set[str], src_han: set[str], body: str, own_only: bool
    ) -> Finding | None:
        for cut in _CUT_RE.finditer(body):
            tail = body[cut.end() :]
            # A target long for its source, or a figure the source lacks: the tail was added.
            invented = any(d.replace(",", "") not in src_digits for d in _DIGITS_RE.findall(normalize(tail)))
            # A target only somewhat long: the tail must have no counterpart in the dictionaries either.
            aligned_only = whole < 0.8 and not invented
            if aligned_only and whole < _ADD_ALIGNED_Z:
                continue
            head = _length_z_of(seg.source, body[: cut.end()])
            if head is None or head < (-1.0 if invented else -0.65):
                continue
            if _unsupported(tail, seg, src_han, body[: cut.end()] if own_only else "") and (
                not aligned_only or _unaligned(tail, seg, src_han)
            ):
                start = cut.end() + len(tail) - len(tail.lstrip(_TAIL_END))
                return Finding(
                    f"'{tail.strip(_TAIL_END)}' has no counterpart in the source", start, len(body)
                )
        return None
