"""How two clauses relate, turned into another relation: a concession told as a cause.

虽然很辣，但越吃越想吃 "though it is hot, the more you eat the more you want" and 辛いので、食べれば
食べるほど食べたくなる "because it is hot, …" share every content word; only the connective differs,
and with it what the sentence claims. The relation is read from closed classes of connectives on
both sides: the source's concession (虽然, 尽管 …) or cause (因为, 由于 …), the target's concessive
forms (ものの, が、, にもかかわらず, ても …) and causal ones (ので, ため、, から、 …). Only a target
that has the other relation's connective and none of the source's is flagged: a translator who
restructures the sentence drops connectives, but does not put the opposite one in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.japanese import Word

#: The source's concession: 虽然…但, 尽管…仍, 虽…却; 即使 and 哪怕 concede a condition (even if).
_ZH_CONCESSION_RE = re.compile(r"虽然|虽说|尽管|虽(?!然)|即使|即便|哪怕")
#: The source's cause: 因为…所以, 由于, 因此 (therefore: the clause before is the cause).
_ZH_CAUSE_RE = re.compile(r"因为|由于|因此|所以|以致|导致|致使")
#: Japanese concessive and causal forms, read from the target's words (UniDic), since the strings
#: hide in other words (とても holds ても, 過去のものに holds のに). UniDic writes ので as の + で, のに
#: as の + に, ものの as もの + の: a pair is read as one form where the words before and after make
#: it one.
_CONCESSIVE_PARTICLES = frozenset({"が", "けれど", "けれども", "けど", "ながら", "つつ"})
_CONCESSIVE_CONJUNCTIONS = frozenset({"しかし", "だが", "でも", "けれども", "ところが", "それでも", "ただ"})
_CONCESSIVE_PHRASES_RE = re.compile("にもかかわらず|にも関わらず|とはいえ|とは言え|一方|反面")
#: Concessive forms that are nothing else: what a cause rendered as a concession writes.
_STRONG_CONCESSION_RE = re.compile("ものの|にもかかわらず|にも関わらず|とはいえ|とは言え")
_PREDICATE = frozenset({"動詞", "形容詞", "助動詞", "形状詞"})
_COMMA = frozenset({"、", ","})


def _causal(words: list[Word]) -> tuple[int, int] | None:
    """Where the target's first causal form is (ので, から as a conjunction, ため followed by a
    comma), or None."""
    for k, w in enumerate(words):
        after = words[k + 1] if k + 1 < len(words) else None
        before = words[k - 1] if k else None
        if (
            w.surface == "の"
            and w.feature.pos2 == "準体助詞"
            and after is not None
            and after.surface == "で"
            and after.feature.pos1 == "助動詞"
            and before is not None
            and before.feature.pos1 in _PREDICATE
        ):
            return w.start, after.end
        if w.surface == "から" and w.feature.pos2 == "接続助詞":
            return w.start, w.end
        if w.surface == "ため" and after is not None and after.surface in _COMMA:
            return w.start, w.end
    return None


def _concessive(words: list[Word], text: str) -> bool:
    """Whether the target has any concessive form: a concessive particle or conjunction, ても, ものの
    or a concessive phrase."""
    if _CONCESSIVE_PHRASES_RE.search(text):
        return True
    for k, w in enumerate(words):
        after = words[k + 1] if k + 1 < len(words) else None
        if w.feature.pos2 == "接続助詞" and w.surface in _CONCESSIVE_PARTICLES:
            return True
        if w.feature.pos1 == "接続詞" and w.surface in _CONCESSIVE_CONJUNCTIONS:
            return True
        if (
            w.surface in ("て", "で")
            and w.feature.pos2 == "接続助詞"
            and after is not None
            and after.surface == "も"
        ):
            return True
        if (
            w.surface == "もの"
            and after is not None
            and after.surface == "の"
            and k + 2 < len(words)
            and (words[k + 2].surface in _COMMA)
        ):
            return True
        if w.surface == "の" and w.feature.pos2 == "準体助詞" and after is not None and after.surface == "に":
            return True  # のに: "although" or "in order to"; either way no flag rests on it
    return False


class ConcessionAsCause(Check):
    """The source concedes (虽然…但: though A, B) and the target gives A as the cause of B (Aので
    B), with no concessive form anywhere; or the source gives a cause (因为, 由于) and the target
    concedes it (Aものの B) with no causal form."""

    code = "mistranslation-connective"
    linear = False  # reads MeCab's tokens
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "A concession told as a cause, or a cause as a concession (虽然很辣，但… → 辛いので…)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        source, target = seg.source, seg.target
        concession = _ZH_CONCESSION_RE.search(source)
        cause = _ZH_CAUSE_RE.search(source)
        if bool(concession) == bool(cause):
            return
        words = seg.tokens
        causal = _causal(words)
        if concession and causal and not _concessive(words, target):
            start, end = causal
            yield Finding(
                f"'{target[start:end]}' gives a cause where the source concedes ({concession.group()}: "
                "ものの, が, にもかかわらず)",
                start,
                end,
            )
        elif cause and not causal and (found := _STRONG_CONCESSION_RE.search(target)):
            yield Finding(
                f"'{found.group()}' concedes where the source gives a cause ({cause.group()}: ので, ため)",
                found.start(),
                found.end(),
            )


# --- "not A but B" and "not only A but also B" --------------------------------------------------

#: 不是A而是B "not A but B" (并非, 并不是 too) and 不仅A而且B "not only A but also B" (不只, 不但 …).
_ZH_NOT_BUT_RE = re.compile(r"(?:并不是|不是|并非)[^。；;]*?而是")
_ZH_NOT_ONLY_RE = re.compile(r"不仅|不只|不但|不光|不单")
#: Their Japanese forms: AではなくB, AだけでなくB (のみならず, ばかりでなく).
_JA_NOT_ONLY_RE = re.compile(r"だけで(?:は)?なく|のみならず|ばかりで(?:は)?なく|のみで(?:は)?なく")
_JA_NOT_BUT_RE = re.compile(r"(?<!だけ)(?<!のみ)(?<!ばかり)で(?:は)?なく[、,]?")


class NotButAsNotOnly(Check):
    """不是A而是B "not A but B" rendered AだけでなくB "not only A but also B", or the other way: the
    first denies A, the second asserts it, so the translation claims what the source denies (保护不是
    "冻结"，而是… → 「凍結」するだけでなく…)."""

    code = "mistranslation-not-only"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "'Not A but B' rendered 'not only A but also B', or the other way (不是冻结而是… → "
        "凍結するだけでなく…)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        source, target = seg.source, seg.target
        not_but = _ZH_NOT_BUT_RE.search(source)
        not_only = _ZH_NOT_ONLY_RE.search(source)
        if not_but and not not_only:
            found = _JA_NOT_ONLY_RE.search(target)
            if found and not _JA_NOT_BUT_RE.search(target):
                yield Finding(
                    f"'{found.group()}' asserts what the source denies (不是…而是: ではなく)",
                    found.start(),
                    found.end(),
                )
        elif not_only and not not_but:
            found = _JA_NOT_BUT_RE.search(target)
            if found and not _JA_NOT_ONLY_RE.search(target):
                yield Finding(
                    f"'{found.group()}' denies what the source asserts as well ({not_only.group()}: だけでなく)",
                    found.start(),
                    found.end(),
                )
