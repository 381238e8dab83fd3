"""A Chinese idiom or set phrase rendered character by character instead of by its meaning.

A four-character idiom (成语: 与时俱进 "to keep pace with the times") or a fixed saying is one unit of
meaning; MT often carries its characters into Japanese one by one (与時俱進, 時と共に俱に進む),
producing a string Japanese does not write. Japanese has its own four-character idioms, some the
same as the Chinese (一石二鳥, 実事求是), so a copy is a defect only where Japanese does not use it.

The evidence is general, from the dictionaries the package ships: CC-CEDICT marks idioms and
sayings in their glosses ("(idiom)", "(saying)", "(proverb)"); the hanzi bridge (OpenCC) gives each
character's Japanese form, so a target that keeps the idiom's characters in their order is found
whatever lies between them; JMdict (:func:`alignment.lexicon.is_japanese_word`) and UniDic (one
word, not a run of unknown pieces) tell a real Japanese word or yojijukugo from a copy. The message
says what the idiom means and, where the sense lexicon knows one, what Japanese writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from alignment import lexicon
from alignment.bridge import to_kanji
from alignment.checks.base import KANA_RE, Check, Finding, Segment, gettext_noop
from alignment.checks.japanese import short_words
from alignment.checks.origins import cedict_text, source_words

# Every value below was chosen by cross-validation over documents (``benchmarks/cv_checks.py
# --grid``, five folds, unit F1 on the training folds; benchmarks/README.md gives the figures).

#: A rendering is literal when it keeps at least this many of the phrase's characters (bridged):
#: in their order as a copy (脚踏実地), or each as a Japanese word of its own (海に出る). Every fold
#: chose 2 over 3 (held-out unit F1 0.706 against 0.704: 3 loses 抱团出海 read as 海に出る).
MIN_COPIED = 2
#: ... and at least this share of them (0.34 ties; 0.75 loses 抱团出海 read as 海に出る).
MIN_SHARE = 0.5
#: 1: an idiom read apart (守望相助 as 守り合い助け合う) is flagged as well as one copied; 0: only
#: its copies. The two tie on every fold; 1 keeps one mechanism for idioms and slogans.
APART_IDIOMS = 1
#: The stretch searched is at most this many characters longer than the phrase (kana between
#: the copied characters: 船を借りて海に出る). 8 wins four training folds but not the held-out ones.
MAX_EXTRA = 4
#: Shortest idiom considered (CC-CEDICT marks some words of two and three characters "(idiom)";
#: they are ordinary words in Japanese more often than not).
MIN_CHARS = 4
#: 1: quoted slogans of the source (“抱团出海”) are asked about as well as dictionary idioms
#: (every fold: held-out unit F1 0.701 without them, 0.706 with).
QUOTED = 1

_IDIOM_RE = re.compile(r"\((?:idiom|saying|proverb)\b")
_QUOTED_RE = re.compile(r"[“「]([\u3400-\u4dbf\u4e00-\u9fff]{2,6})[”」]")
_BREAK_RE = re.compile(r"[、。，,．.！？!?「」『』（）()]")
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def idiom_gloss(word: str) -> str | None:
    """What ``word`` means by CC-CEDICT if the dictionary marks it as an idiom or saying, its
    figurative sense before its literal one ("by every possible means" for 千方百计, not "lit.
    thousand ways"); None if it is not marked so."""
    text = cedict_text(word)
    if not text or not _IDIOM_RE.search(text):
        return None
    senses = []
    for sense in re.split(r"[/;]", text):
        sense = re.sub(r"\s*\((?:idiom|saying|proverb)[^)]*\)", "", sense).strip()
        if sense and "[" not in sense:
            senses.append(sense)
    figurative = [s.removeprefix("fig. ") for s in senses if not s.startswith("lit.")]
    return "; ".join((figurative or senses)[:2]) or None


def copied_span(copy: str, target: str) -> tuple[int, int, int] | None:
    """The stretch of ``target`` that keeps the most characters of ``copy`` in their order, at most
    :data:`MAX_EXTRA` characters longer than ``copy`` and starting and ending on one of them:
    (start, end, how many it keeps); None if no two characters of the copy occur in order."""
    best: tuple[int, int, int] | None = None
    starts = [i for i, ch in enumerate(target) if ch in copy]
    for i in starts:
        # Greedy in-order match of the copy's characters from copy index k where target[i] sits.
        for k0 in [k for k, ch in enumerate(copy) if ch == target[i]]:
            k, kept, end = k0 + 1, 1, i + 1
            j = i + 1
            limit = min(len(target), i + len(copy) - k0 + MAX_EXTRA)
            while j < limit and k < len(copy):
                if target[j] in copy[k:]:
                    k = copy.index(target[j], k) + 1
                    kept += 1
                    end = j + 1
                j += 1
            if kept >= 2 and (best is None or kept > best[2]):
                best = (i, end, kept)
    return best


def _starting_a_word(span: tuple[int, int, int] | None, seg: Segment) -> tuple[int, int, int] | None:
    """A copied stretch only where it starts a word of the target: the idiom's characters found
    inside other words (流 of 交流, then 長い, for 源远流长 in 交流は長い歴史) copy nothing."""
    if span is None or span[0] not in seg.token_starts:
        return None
    return span


def is_japanese(text: str) -> bool:
    """Whether Japanese writes ``text``: a JMdict form, or one UniDic word that is not an unknown
    one (UniDic lists many yojijukugo JMdict lacks)."""
    if lexicon.is_japanese_word(text):
        return True
    tokens = short_words(text)
    return len(tokens) == 1 and len(tokens[0].raw.split(",")) > 6


def read_apart(copy: str, seg: Segment) -> tuple[int, int, int] | None:
    """The stretch of the target where the most characters of ``copy`` stand as Japanese words of
    one kanji each (海に出る for 出海, 与|時|俱|進 split by UniDic for 与时俱进): each character read
    as a word of its own, the phrase taken apart rather than rendered. (start, end, how many
    distinct characters); None if fewer than two."""
    singles = [
        (w.start, w.end, chars[0])
        for w in seg.tokens
        if len(chars := _HAN_RE.findall(w.surface)) == 1 and chars[0] in copy
    ]
    reach = 3 * len(copy) + MAX_EXTRA
    best: tuple[int, int, int] | None = None
    for i, (a, _, _) in enumerate(singles):
        inside = [s for s in singles[i:] if s[0] < a + reach]
        while inside and _BREAK_RE.search(seg.target, a, inside[-1][1]):
            inside.pop()  # a phrase read apart stays within one clause
        kept = len({c for _, _, c in inside})
        text = seg.target[a : inside[-1][1]] if inside else ""
        # Kana between the characters: read as words (海に出る), not a copy UniDic cuts up (走出去).
        if kept >= 2 and KANA_RE.search(text) and (best is None or kept > best[2]):
            best = (a, inside[-1][1], kept)
    return best


def phrases(source: str) -> Iterator[tuple[str, str | None]]:
    """The source's idioms (CC-CEDICT marks them, :data:`MIN_CHARS` or more) with what they mean,
    and, if :data:`QUOTED`, its quoted slogans (a phrase of two to six characters between Chinese
    quotation marks, 抱团出海 in “抱团出海”) with CC-CEDICT's gloss if it has one."""
    seen: set[str] = set()
    for zh in sorted(source_words(source), key=len, reverse=True):
        if len(zh) >= MIN_CHARS and _HAN_RE.match(zh) and (gloss := idiom_gloss(zh)) is not None:
            seen.add(zh)
            yield zh, gloss
    if QUOTED:
        # Longest first: 借船出海 before the 出海 it contains, quoted on its own elsewhere.
        for zh in sorted({m.group(1) for m in _QUOTED_RE.finditer(source)}, key=len, reverse=True):
            if zh not in seen:
                seen.add(zh)
                yield zh, idiom_gloss(zh)


def literal_idioms(seg: Segment) -> Iterator[tuple[str, str | None, int, int, bool]]:
    """(phrase, its gloss, start, end of its rendering in the target, whether the rendering copies
    the characters rather than reading them apart) for every source idiom or slogan that the
    target copies or reads apart (:data:`MIN_COPIED` and :data:`MIN_SHARE` of its characters) into
    a string that is not Japanese."""
    claimed: list[tuple[int, int]] = []
    for zh, gloss in phrases(seg.source):
        copy = to_kanji(zh)
        if copy in seg.target and is_japanese(copy):
            continue
        # A slogan's characters copied in order are mostly a name or a term Japanese keeps (走出去,
        # 中国領事); only one read apart, word by word, is its literal rendering.
        ways = [(_starting_a_word(copied_span(copy, seg.target), seg), True)] if gloss else []
        if APART_IDIOMS or not gloss:
            ways.append((read_apart(copy, seg), False))
        found = [
            (*f, copied)
            for f, copied in ways
            if f is not None
            and f[2] >= min(MIN_COPIED, len(copy))
            and f[2] >= MIN_SHARE * len(copy)
            and not is_japanese(seg.target[f[0] : f[1]])
        ]
        if not found:
            continue
        start, end, _kept, copied = max(found, key=lambda f: f[2])
        if any(a < end and start < b for a, b in claimed):
            continue
        if any(r in seg.target for r in lexicon.renderings(zh) if len(r) > 1):
            continue  # the meaning is rendered too: the copy is a gloss or a quotation
        claimed.append((start, end))
        yield zh, gloss, start, end, copied


class LiteralIdiom(Check):
    code = "mistranslation-idiom"
    linear = False  # reads MeCab's tokens
    category = "mistranslation"
    # Major: on every fold's training documents most of its right flags are on defects annotated
    # major (a slogan read literally says something else: 「竜の頭」 for the flagship 龙头).
    severity = "major"
    description = gettext_noop(
        "A Chinese idiom or set phrase rendered character by character into a string Japanese does "
        "not write (脚踏实地 → 脚踏実地, 借船出海 → 船を借りて海に出る), by CC-CEDICT, the hanzi bridge, "
        "JMdict and UniDic."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        for zh, gloss, start, end, copied in literal_idioms(seg):
            text = seg.target[start:end]
            how = "copies its characters" if copied else "reads its characters apart, word by word"
            better = [r for r in lexicon.renderings(zh) if r != text][:3]
            means = f"; it means {gloss}" if gloss else ""
            says = f"; Japanese writes {' / '.join(better)}" if better else ""
            yield Finding(
                f"'{text}' renders the {'idiom' if gloss else 'set phrase'} {zh} literally: it {how}, "
                f"a string Japanese does not write{means}{says}",
                start,
                end,
            )
