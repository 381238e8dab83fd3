"""Calques of the vocabulary Chinese news shares: a term Japanese writes otherwise than its kanji.

MT copies the characters of a Chinese institution or policy term into Japanese (海关 → 海関,
联合国 → 連合国, 非物质文化遗产 → 非物質文化遺産) where the Japanese press has an established term
(税関, 国連, 無形文化遺産). The shipped list (``alignment/data/established_terms.json``) names
each term's meaning, its Japanese forms, why and where the Japanese usage is attested (its
``source``); the kanji copy itself is derived with the hanzi bridge, so one entry catches the copy
whichever characters the MT chose. A project's termbase decides its own terms: an entry whose term
it lists is left to the termbase check.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from alignment import lexicon
from alignment.bridge import to_kanji
from alignment.checks.base import Check, Finding, Segment, Subsumes, gettext_noop, occurrences
from alignment.checks.countries import IMPLIED, source_places
from alignment.checks.terms import NAME_SUFFIX_RE, false_friend_fix, whole_words

DATA = Path(__file__).resolve().parent.parent / "data" / "established_terms.json"
#: Fields every entry must fill: a reviewer is shown what the term means, what Japanese writes,
#: why the copy is wrong and who writes it so; an entry that cannot say all four is not shipped.
REQUIRED = ("zh", "ja", "means", "why", "source")
#: A copy this short is matched as whole MeCab words only: two characters run across a word
#: boundary in ordinary Japanese far more often than four do (中法 in 期間中法律を).
SHORT = 2


class EstablishedTerm(NamedTuple):
    zh: str
    wrong: tuple[str, ...]  # the kanji copy first, then the entry's also_wrong
    right: tuple[str, ...]
    means: str
    source: str
    unless: tuple[str, ...] = ()  # source words in which the term's characters mean something else


def parse_terms(data: dict[str, Any]) -> tuple[EstablishedTerm, ...]:
    """The entries of an established-terms document, longest Chinese term first (so that 人大常委会
    is reported as itself, not as the 常委 inside it). Raises ValueError naming the entry when one
    lacks a required field or lists its own copy as a Japanese form: a list that contradicts itself
    would flag every right translation of the term."""
    terms: list[EstablishedTerm] = []
    seen: set[str] = set()
    for i, entry in enumerate(data.get("terms", ())):
        missing = [k for k in REQUIRED if not entry.get(k)]
        if missing:
            raise ValueError(f"established term #{i} ({entry.get('zh', '?')}): missing {', '.join(missing)}")
        zh = entry["zh"]
        if zh in seen:
            raise ValueError(f"established term {zh}: listed twice")
        seen.add(zh)
        right = tuple(entry["ja"])
        wrong = tuple(dict.fromkeys((to_kanji(zh), *entry.get("also_wrong", ()))))
        if set(wrong) & set(right):
            raise ValueError(f"established term {zh}: a wrong form is also listed as Japanese")
        unless = tuple(entry.get("unless_zh", ()))
        terms.append(EstablishedTerm(zh, wrong, right, entry["means"], entry["source"], unless))
    return tuple(sorted(terms, key=lambda t: -len(t.zh)))


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def established_terms() -> tuple[EstablishedTerm, ...]:
    """The shipped list, read and checked once."""
    return parse_terms(_data())


def by_first_character(terms: tuple[EstablishedTerm, ...]) -> dict[str, tuple[int, ...]]:
    """Where each character begins a term of the list (indexes, in the list's order)."""
    index: dict[str, list[int]] = {}
    for i, term in enumerate(terms):
        index.setdefault(term.zh[0], []).append(i)
    return {char: tuple(found) for char, found in index.items()}


def terms_in(
    source: str, terms: tuple[EstablishedTerm, ...], index: dict[str, tuple[int, ...]]
) -> list[EstablishedTerm]:
    """The terms the source holds, longest first as in the list: only those that begin with one of
    its characters are searched for (a sentence asks about a few dozen of the ~2,000, not all),
    and only those found are sorted back into the list's order."""
    found = [i for char in set(source) for i in index.get(char, ()) if terms[i].zh in source]
    found.sort()
    return [terms[i] for i in found]


@lru_cache(maxsize=1)
def _by_first_character() -> dict[str, tuple[int, ...]]:
    return by_first_character(established_terms())


@lru_cache(maxsize=64)
def _in_source(source: str) -> tuple[EstablishedTerm, ...]:
    """The shipped terms the source holds, kept for the segments in hand: the calque and the
    partial-copy checks both ask it of every source, one after the other (checks run over a
    chunk of segments in turn), and each search was ~1 % of the check command."""
    return tuple(terms_in(source, established_terms(), _by_first_character()))


def shipped_established_entries() -> list[dict[str, Any]]:
    """The shipped list as documented (term, Japanese forms, meaning, why, source), in the file's
    order, for a manager to read what the check holds a translation to."""
    established_terms()  # refuse to show a list the check would refuse
    return list(_data()["terms"])


def _decided_by_termbase(zh: str, sources: set[str]) -> bool:
    """Whether the project's termbase speaks for the term: it lists the term, or a term inside it
    or around it (a termbase entry for 海关 decides 海关总署 too)."""
    return any(zh in s or s in zh for s in sources if s)


def _occurrences(seg: Segment, form: str) -> Iterator[int]:
    if len(form) <= SHORT:
        yield from whole_words(seg, form)
        return
    pos = seg.target.find(form)
    while pos >= 0:
        yield pos
        pos = seg.target.find(form, pos + 1)


class CalquedTerm(Check):
    code = "terminology-calque"
    linear = False  # short copies are matched as MeCab words
    category = "terminology"
    severity = "major"
    description = gettext_noop(
        "A Chinese institution or policy term copied in kanji where Japanese has an established term "
        "(海关 → 海関 for 税関, 联合国 → 連合国 for 国連)."
    )
    # A false friend inside the copied term (合資 of 合資企業, or 海関 itself) says less: the
    # reviewer needs the whole term and the form Japanese writes for it, once (with the false
    # friend's one-click correction where it is the same copy).
    subsumes = (Subsumes(codes=frozenset({"mistranslation-false-friend"}), inside=True),)

    def check(self, seg: Segment) -> Iterator[Finding]:
        decided = {term.source for term in seg.config.termbase}
        claimed: list[tuple[int, int]] = []
        for term in _in_source(seg.source):
            if _decided_by_termbase(term.zh, decided):
                continue
            # The term's characters inside a longer word whose copy is Japanese (老年人口 holds
            # 老年人, and Japanese writes 老年人口 too), or a name the press keeps (国家信访局).
            if any(u in seg.source for u in term.unless):
                continue
            # The established term in the target: a copy beside it is the translator's gloss
            # (国家発展改革委員会（発改委）), or sits inside it (記者会 in 記者会見).
            if any(r in seg.target for r in term.right):
                continue
            for wrong in term.wrong:
                found = next(
                    (
                        p
                        for p in _occurrences(seg, wrong)
                        if not any(a < p + len(wrong) and p < b for a, b in claimed)
                        and not NAME_SUFFIX_RE.match(seg.target, p + len(wrong))
                    ),
                    None,
                )
                if found is None:
                    continue
                claimed.append((found, found + len(wrong)))
                yield Finding(
                    f"'{wrong}' copies Chinese {term.zh} ({term.means}); Japanese writes {' / '.join(term.right)}",
                    found,
                    found + len(wrong),
                    false_friend_fix(term.zh, wrong),
                )
                break


#: How many characters may stand between the characters of an established term in the target
#: (市党委員会の李振雨書記 writes 市党委員会書記 around a name; 人道的な支援 is 人道的支援).
_GAP = 8
_KANJI_RUN_RE = re.compile(r"[\u4e00-\u9fff々]+")


def _written_apart(form: str, target: str) -> bool:
    """Whether the target holds ``form`` with at most ``_GAP`` characters between its characters."""
    for start in occurrences(form[0], target):
        at, skipped = start + 1, 0
        for char in form[1:]:
            found = target.find(char, at, at + _GAP - skipped + 1)
            if found < 0:
                break
            skipped += found - at
            at = found + 1
        else:
            return True
    return False


#: Titles Japanese writes after the person's name and apart from the body they head, which it
#: names in full its own way (中国共産党北京市委員会の尹力書記 for 北京市委书记): a term ending
#: in one is left to the exact copy.
_TITLES = ("書記", "主任", "委員長", "局長", "部長", "市長", "省長", "県長", "区長", "主席", "会長")


def _in_a_word(run: re.Match[str], at: int) -> bool:
    """Whether the two characters at ``at`` lie inside a Japanese word of three kanji or more in
    the run (太陽電池 for 太阳能电池板): a word JMdict lists, not a copy made up."""
    text, start = run.group(), at - run.start()
    return any(
        lexicon.is_japanese_word(text[a:b])
        for a in range(0, start + 1)
        for b in range(max(start + 2, a + 3), len(text) + 1)
    )


class PartlyCopiedTerm(Check):
    """A term of the list that the target renders by a part of its kanji copy and none of the
    forms Japanese writes (粮食安全 "food security" as 食糧安全 for 食料安全保障, 公众号 as 公衆番号
    for 公式アカウント): MT kept two of the term's characters together and made up the rest, which
    the copy's exact form (``terminology-calque``) does not catch. The established forms are looked
    for with a few characters between theirs too (市党委員会の…書記), as Japanese writes them around
    a name or a particle."""

    code = "terminology-partial-copy"
    category = "terminology"
    severity = "minor"
    description = gettext_noop(
        "A Chinese term rendered by part of its kanji copy where Japanese has an established term "
        "(粮食安全 → 食糧安全 for 食料安全保障)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        decided = {term.source for term in seg.config.termbase}
        claimed: list[tuple[int, int]] = []
        for term in _in_source(seg.source):
            copy = term.wrong[0]
            if len(copy) < 3 or _decided_by_termbase(term.zh, decided):
                continue
            if any(r.endswith(_TITLES) for r in term.right):
                continue
            if any(u in seg.source for u in term.unless) or any(w in seg.target for w in term.wrong):
                continue
            if any(_written_apart(r, seg.target) for r in term.right):
                continue
            stretch = next(
                (
                    m
                    for i in range(len(copy) - 1)
                    for at in occurrences(copy[i : i + 2], seg.target)
                    for m in _KANJI_RUN_RE.finditer(seg.target)
                    # a word of two kanji alone (商品 of バルク商品) shares a word, not the term
                    if m.start() <= at < m.end() and len(m.group()) > 2 and not _in_a_word(m, at)
                ),
                None,
            )
            if stretch is None or any(a < stretch.end() and stretch.start() < b for a, b in claimed):
                continue
            claimed.append(stretch.span())
            yield Finding(
                f"'{stretch.group()}' renders Chinese {term.zh} ({term.means}) by part of its characters; "
                f"Japanese writes {' / '.join(term.right)}",
                *stretch.span(),
            )


# A ministry's head named after a foreign country in the same phrase (哈萨克斯坦卫生部副部长,
# 马来西亚数字部副部长): no punctuation or clause between them.
_MINISTER_RE = re.compile(r"[^，。、；：！？,;:]{0,16}?(副?部长)")


class ForeignMinister(Check):
    """A foreign government's minister written 部長: China's ministries are 部 and their heads
    部長 in Japanese writing too (王毅外交部長), but every other government's are 省 and 大臣
    (ドイツの運輸相, カザフスタン保健省の副大臣), and MT copies the Chinese title."""

    code = "terminology-foreign-minister"
    category = "terminology"
    severity = "minor"
    description = gettext_noop(
        "A foreign government's minister written 部長 as China's are (マレーシアのデジタル部副部長 for "
        "デジタル省副大臣)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "部长" not in seg.source or "部長" not in seg.target:
            return
        named, _ = source_places(seg.source)
        foreign = {
            m.start(1)
            for english, _, end in named
            if english not in IMPLIED and (m := _MINISTER_RE.match(seg.source, end)) is not None
        }
        # Every minister of the source must be foreign: beside China's own (商务部长 and 德国经济部长)
        # the target's 部長 may be the Chinese one.
        if not foreign or len(foreign) < seg.source.count("部长"):
            return
        for pos in occurrences("部長", seg.target):
            deputy = seg.target[pos - 1 : pos] == "副"
            start = pos - 1 if deputy else pos
            right = "副大臣" if deputy else "大臣 (or 〜相)"
            yield Finding(
                f"'{seg.target[start : pos + 2]}' is how Japanese titles a Chinese minister; a foreign "
                f"government's is {right}",
                start,
                pos + 2,
                "副大臣" if deputy else "大臣",
            )
            return
