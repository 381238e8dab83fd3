"""Consistency within a document, and with what the project approved: one source term rendered in
different ways (外事 as 外事 in one segment and 外交 in the next, 资源 as 資源 here and リソース there),
one source sentence translated twice differently.

Within a document, the reference is the document's usual rendering. Given the project's approved
translations (:class:`Reference`, from other documents), the reference is what the project approved:
a term used once in the document is then held to it too.

A term is a dictionary word (CC-CEDICT, two to four characters) that the document's source uses in
two segments or more. Its rendering in a target is known when the target writes it in kanji after
the bridge, or with a katakana loanword whose English origin the word glosses (モーメンツ ← 朋友圈
"Moments"). A different rendering is named only where it can be located: another known rendering,
or the kanji word that stands where the term's neighbours put it (外事活动 → 外交活動: 活動 is there,
so 外交 stands for 外事); such a variant gets the usual form as its fix only where the usual
rendering is written with the same neighbour (外事活動), since the variant is a word of its own and
swapping it could coin a compound no one writes (外交資源 → 外事資源). A term with no located rendering (a paraphrase such as 仲間の輪, or an
omission) stays unflagged: this check reports variants it can point at, not guesses; names are left
to the named-entity checks.

Within a document, two renderings are flagged only where one of them is wrong (issue #22): two
spellings of one loanword (シティズン / シチズン) and a variant the dictionaries give for the term
(地元 for 地方) are the translator's choices; a variant they do not (外交 for 外事), a copy
Japanese does not write beside the loanword the document uses for the same term (無紙化 beside
ペーパーレス), and a copy of another sense beside the document's right rendering (医院, a clinic,
beside 病院 for 医院 "hospital") are flagged, saying what the term means.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from alignment import lexicon
from alignment.bridge import to_kanji
from alignment.checks.base import HAN, KATAKANA_WORD_RE, Check, Finding, Segment, gettext_noop
from alignment.checks.idioms import is_japanese
from alignment.checks.origins import (
    cedict_common,
    cedict_headwords,
    katakana_origins,
    stem,
    word_glosses,
)
from alignment.checks.untranslated import simplified_only

_HAN_RUN_RE = re.compile(f"[{HAN}]+")
_HAN_ONLY_RE = re.compile(f"^[{HAN}]+$")
_MAX_TERM = 4
# Characters that make a "term" a function word or a number, whose rendering varies by design.
_SKIP = set(
    "的了着过其之这那此在是和与及并而也都就将被把对从向于以为所则但或又还很更最个一二三四五六七八九十百千万亿年月日"
)


@dataclass(frozen=True)
class Rendering:
    """How one target renders a term: ``kind`` is "kanji" (the bridged form), "katakana" (a glossed
    loanword) or "variant" (another kanji word where the term's neighbours put it)."""

    kind: str
    form: str
    start: int
    origin: str = ""  # a loanword's English origin (UniDic)
    # A variant's anchoring neighbours in the target (活動 in 外交活動), one of them empty.
    before: str = ""
    after: str = ""

    @property
    def key(self) -> str:
        """The form compared: a final long-vowel mark is a house style (コミュニティ/コミュニティー)."""
        return self.form.rstrip("ー")


@dataclass(frozen=True)
class Reference:
    """An approved translation from elsewhere in the project; ``where`` names it in messages
    ("001.txt, row 12")."""

    source: str
    target: str
    where: str


def source_terms(source: str) -> list[tuple[str, int, int]]:
    """Dictionary words of the source, longest match first, with their offsets."""
    common, candidates = cedict_common(), _candidates()
    out: list[tuple[str, int, int]] = []
    for m in _HAN_RUN_RE.finditer(source):
        run, i = m.group(), 0
        while i < len(run):
            for j in range(min(len(run), i + _MAX_TERM), i + 1, -1):
                word = run[i:j]
                if word in candidates and word_glosses(word):
                    # Names (叙利亚, 佩洛西) are for the named-entity checks: translators
                    # rightly drop or shorten them in later sentences.
                    if word in common:
                        out.append((word, m.start() + i, m.start() + j))
                    i = j
                    break
            else:
                i += 1
    return out


@lru_cache(maxsize=1)
def _candidates() -> frozenset[str]:
    """The headwords that may be terms (two to four characters, none of them in ``_SKIP``): one
    set lookup per stretch of the source rather than a call for its glosses, which most
    stretches, being no word at all, do not have."""
    return frozenset(
        word
        for word in cedict_headwords()
        if 1 < len(word) <= _MAX_TERM and not any(c in _SKIP for c in word)
    )


def rendering(term: str, bridged_source: str, start: int, end: int, target: str) -> Rendering | None:
    """How the target renders this occurrence of the term, if it can be told (see the module
    docstring); ``bridged_source`` is the whole source after the bridge, for the term's neighbours.
    The neighbours are tried first, so that a term used twice in one sentence (外事办 … 外事活动 →
    外事弁公室 … 外交活動) is judged at each place."""
    bridged = to_kanji(term)
    anchored = _anchored(term, bridged, bridged_source, start, end, target)
    if anchored:
        return anchored
    for form in (bridged, term):
        at = target.find(form)
        if at >= 0:
            return Rendering("kanji", bridged, at)
    glosses = word_glosses(term)  # the word's own senses, not its characters'
    for m in KATAKANA_WORD_RE.finditer(target):
        # The loanword itself, not the compound around it: センター in ビジネスサービスセンター.
        offset = m.start()
        for surface, origin in katakana_origins(m.group()):
            # UniDic hyphens some origins (ペーパーレス: paper-less) that glosses write closed up.
            if origin and glosses & {stem(origin), stem(origin.replace("-", ""))} and len(surface) > 1:
                return Rendering("katakana", surface, offset, origin)
            offset += len(surface)
    return None


def _anchored(
    term: str, bridged: str, bridged_source: str, start: int, end: int, target: str
) -> Rendering | None:
    """The kanji word standing where the term's neighbours put it: the bridged next (or previous)
    two characters of the source found in the target, and beside them a word of the term's length
    that is the bridged term itself or shares a character with it at the same place (外交 for 外事)."""
    n = len(term)
    right = bridged_source[end : end + 2]
    left = bridged_source[max(0, start - 2) : start]
    candidates: list[tuple[int, str, str]] = []
    if len(right) == 2 and _HAN_ONLY_RE.match(right):
        candidates += [(at - n, "", right) for at in _positions(right, target) if at >= n]
    if len(left) == 2 and _HAN_ONLY_RE.match(left):
        candidates += [(at + 2, left, "") for at in _positions(left, target)]
    for at, before, after in candidates:
        form = target[at : at + n]
        if form == bridged:
            return Rendering("kanji", bridged, at)
        if (
            len(form) == n
            and _HAN_ONLY_RE.match(form)
            and any(a == b for a, b in zip(form, bridged, strict=True))
        ):
            return Rendering("variant", form, at, before=before, after=after)
    return None


def _attested(variant: Rendering, form: str, targets: Sequence[str]) -> bool:
    """Whether the reference's own translations write ``form`` with the neighbour that located the
    variant (外事活動 for 外交活動): only then is putting ``form`` in the variant's place a
    mechanical fix. Elsewhere the variant is a word of its own in a compound the reference never
    wrote (外交資源 beside 外事弁公室), and swapping one kanji word for the other could make a
    compound no Japanese writes; the reviewer decides, the flag offers no fix."""
    compound = variant.before + form + variant.after
    return any(compound in target for target in targets)


def _one_is_wrong(term: str, r: Rendering, ref: Rendering) -> bool:
    """Whether, of two renderings of ``term`` within one document, one is wrong rather than a
    choice: two spellings of one loanword (シティズン / シチズン) are both Japanese, and a located
    variant that the dictionaries let render the term is a synonym (地元 for 地方, 科学 for 科技);
    a variant they do not (外交 for 外事 "foreign affairs") or a usual rendering that is itself a
    copy Japanese does not write (科技) is not. The project's approved renderings are decisions
    and are held to whatever the document writes."""
    if r.kind == ref.kind == "katakana":
        return False
    if r.kind == "variant":
        return is_japanese(ref.form) and not lexicon.can_render(term, r.form)
    return True


def _rendering_for_a_false_copy(
    term: str, copy: Rendering, occ: Sequence[tuple[int, Rendering | None]]
) -> tuple[int, Rendering] | None:
    """Where the document's usual rendering of ``term`` is its kanji copy and the dictionaries
    give the copy none of the term's senses (医院 "hospital" copied as 医院 "clinic"), the first
    other rendering of the term in the document that they let render it (病院), as (segment,
    rendering): the document itself then shows what the copy should have been. None otherwise."""
    others = [(k, r) for k, r in occ if r is not None and r.key != copy.key]
    if not others or lexicon.sense_match(term, copy.form) != 0.0:
        return None
    return next(((k, r) for k, r in others if lexicon.can_render(term, r.form)), None)


def _means(term: str) -> str:
    """The term's first senses by CC-CEDICT, for a message."""
    return "; ".join([g for sense in lexicon.chinese_senses(term) for g in sense][:2])


def _positions(needle: str, haystack: str) -> Iterator[int]:
    at = haystack.find(needle)
    while at >= 0:
        yield at
        at = haystack.find(needle, at + 1)


def _settled(
    terms: set[str], references: Sequence[Reference]
) -> dict[str, list[tuple[Reference, Rendering]]]:
    """How the project's approved translations render each of these terms (kanji or loanword
    renderings only: a located variant is not a decision). A reference is read only when its
    source holds one of the terms."""
    if not terms or not references:
        return {}
    holds = re.compile("|".join(map(re.escape, sorted(terms, key=len, reverse=True))))
    out: dict[str, list[tuple[Reference, Rendering]]] = {}
    for ref in references:
        if not ref.source or not ref.target or not holds.search(ref.source):
            continue
        bridged = to_kanji(ref.source)
        for term, start, end in source_terms(ref.source):
            if term in terms:
                r = rendering(term, bridged, start, end, ref.target)
                if r is not None and r.kind != "variant":
                    out.setdefault(term, []).append((ref, r))
    return out


def document_findings(
    pairs: Sequence[tuple[str, str]], references: Sequence[Reference] = ()
) -> list[list[Finding]]:
    """Consistency findings per segment of a document; ``references``: the project's approved
    translations from other documents, whose renderings take precedence."""
    out: list[list[Finding]] = [[] for _ in pairs]
    places: dict[str, list[tuple[int, int, int]]] = {}
    # A target with Chinese left in it writes the term "in kanji" by not translating it.
    chinese_left = {k for k, (_, target) in enumerate(pairs) if any(simplified_only(c) for c in target or "")}
    bridged_sources: dict[int, str] = {}
    for k, (source, target) in enumerate(pairs):
        source, target = source or "", target or ""
        if not source.strip() or not target.strip():
            continue
        bridged_sources[k] = to_kanji(source)
        for term, start, end in source_terms(source):
            places.setdefault(term, []).append((k, start, end))
    settled = _settled(set(places), references)
    for term, where_used in places.items():
        approved = settled.get(term)
        false_copy = False  # the usual kanji copy shares no sense with the term (医院 for 医院)
        if not approved and len(where_used) < 2:
            continue  # used once and not approved elsewhere: nothing to compare its rendering with
        # Rendered only here, for the terms compared: most terms of a document occur once, and
        # locating every occurrence's rendering was a tenth of the check command's time.
        occ = [
            (k, rendering(term, bridged_sources[k], start, end, pairs[k][1] or ""))
            for k, start, end in where_used
        ]
        if approved:
            # What the project approved; the most common choice among its approved rows.
            usual = Counter(r.key for _, r in approved).most_common(1)[0][0]
            source_ref, ref = next((a, r) for a, r in approved if r.key == usual)
            ref_k, where = -1, f"in the approved {source_ref.where}"
            written = [a.target for a, r in approved if r.key == usual]
        else:
            known = [(k, r) for k, r in occ if r and r.kind != "variant" and k not in chinese_left]
            if not known:
                continue
            # The reference is the document's usual rendering: most_common keeps the first seen, so
            # the earliest among equally common ones.
            usual = Counter(r.key for _, r in known).most_common(1)[0][0]
            ref_k, ref = next((k, r) for k, r in known if r.key == usual)
            loan = Counter(r.key for _, r in known if r.kind == "katakana").most_common(1)
            if loan and ref.kind == "kanji" and not is_japanese(ref.form):
                # The usual rendering copies characters Japanese does not write as a word (無紙化
                # for 无纸化): where the document also renders the term by a loanword the term
                # glosses (ペーパーレス), that loanword is the reference and the copies are flagged.
                ref_k, ref = next((k, r) for k, r in known if r.key == loan[0][0])
            elif ref.kind == "kanji":
                other = _rendering_for_a_false_copy(term, ref, occ)
                if other is not None:
                    ref_k, ref = other
                    false_copy = True
            where = ""
            written = [pairs[k][1] for k, r in known if r.key == ref.key]
        flagged: set[tuple[int, int]] = set()
        for k, r in occ:
            if r is None or r.key == ref.key or (k, r.start) in flagged:
                continue
            if r.kind == "variant":
                if ref.kind != "kanji":
                    continue
            elif ref.key in (pairs[k][1] or ""):
                continue  # the usual rendering is there too (ビジネスサービスセンター holds サービス)
            if r.kind == ref.kind == "katakana" and r.origin != ref.origin:
                continue  # two senses of the term (管理: マネジメント, マネージャー), not two spellings
            if (
                r.kind == "kanji"
                and ref.kind == "katakana"
                and not false_copy
                and (approved or is_japanese(r.form))
            ):
                continue  # the term's own kanji word (資源 for 资源) is natural Japanese beside a loanword
            if not approved and not _one_is_wrong(term, r, ref):
                continue
            if approved and k in chinese_left:
                continue  # Chinese left in the target: the untranslated checks say so
            flagged.add((k, r.start))
            place = where or ("elsewhere in this segment" if ref_k == k else f"in segment {ref_k + 1}")
            # A copy beside the document's loanword: the loanword alone may not fit the copy's
            # place (無紙化 → ペーパーレス化), so the reviewer rewrites it; no mechanical fix.
            calque = r.kind == "kanji" and (ref.kind == "katakana" or false_copy)
            fix = ref.form if r.kind != "variant" or _attested(r, ref.form, written) else None
            why = ""
            if calque:
                means = _means(term)
                why = (
                    ", a Japanese word of another sense" if false_copy else ", a copy Japanese does not write"
                )
                why += f" ({term} means {means})" if means else ""
            elif r.kind == "variant" and not approved and (means := _means(term)):
                why = f", which does not mean {means}"
            out[k].append(
                Finding(
                    f"{term} is rendered {ref.form} {place} but {r.form} here{why}",
                    r.start,
                    r.start + len(r.form),
                    None if calque else fix,
                )
            )
    _same_sentence(pairs, out, references)
    return out


def _same_sentence(
    pairs: Sequence[tuple[str, str]], out: list[list[Finding]], references: Sequence[Reference] = ()
) -> None:
    """The same source sentence translated differently within the document, or otherwise than the
    project approved it."""
    approved = {ref.source.strip(): ref for ref in reversed(references) if ref.target.strip()}
    seen: dict[str, tuple[int, str]] = {}
    for k, (source, target) in enumerate(pairs):
        key = (source or "").strip()
        if len(key) < 6 or not (target or "").strip():
            continue
        if key in approved:
            ref = approved[key]
            if ref.target.strip() != target.strip():
                out[k].append(
                    Finding(f"the same source is translated differently in the approved {ref.where}")
                )
        elif key in seen and seen[key][1] != target.strip():
            out[k].append(Finding(f"the same source is translated differently in segment {seen[key][0] + 1}"))
        seen.setdefault(key, (k, target.strip()))


class Inconsistency(Check):
    """Filled in by the document-level pass (:func:`document_findings`)."""

    code = "terminology-consistency"
    category = "terminology"
    severity = "minor"
    description = gettext_noop(
        "A source term or sentence rendered differently within the document (外事 as 外事 and as 外交), "
        "or otherwise than the project's approved translations in other documents."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        yield from seg.document.consistency


# Spelling variants of one katakana word (表記ゆれ): a long-vowel mark written or left out
# (コミュニティー / コミュニティ), エイ for エー (アンドレイエフ / アンドレーエフ), ヴ for the バ row.
_E_ROW_EI_RE = re.compile("(?<=[エケセテネヘメレゲゼデベペェ])イ")
_VU = str.maketrans({"ヴ": "ブ"})
_VU_PAIRS = (("ブァ", "バ"), ("ブィ", "ビ"), ("ブェ", "ベ"), ("ブォ", "ボ"))
_MIN_VARIANT = 4  # katakana left after folding: shorter words collide (ビール / ビル)


def spelling_key(word: str) -> str:
    key = _E_ROW_EI_RE.sub("ー", word).translate(_VU)
    for a, b in _VU_PAIRS:
        key = key.replace(a, b)
    return key.replace("ー", "")


def katakana_variants(targets: Sequence[str]) -> list[list[Finding]]:
    """Per target, the katakana words the document also spells another way: the less frequent
    spelling is flagged (on a tie, the later one), pointing at the segment with the other."""
    found: dict[str, Counter[str]] = {}
    segments: dict[str, list[int]] = {}
    places: list[tuple[int, int, int, str]] = []
    for k, target in enumerate(targets):
        for m in KATAKANA_WORD_RE.finditer(target or ""):
            start = m.start()
            for word in m.group().split("・"):
                key = spelling_key(word)
                if len(key) >= _MIN_VARIANT:
                    found.setdefault(key, Counter())[word] += 1
                    segments.setdefault(word, []).append(k)
                    places.append((k, start, start + len(word), word))
                start += len(word) + 1
    out: list[list[Finding]] = [[] for _ in targets]
    for k, start, end, word in places:
        spellings = found[spelling_key(word)]
        if len(spellings) < 2:
            continue
        usual = max(spellings, key=lambda w: (spellings[w], -segments[w][0]))
        if word != usual:
            # The segment cited is one that holds the other spelling, never this one.
            other = next((j for j in segments[usual] if j != k), None)
            place = "elsewhere in this segment" if other is None else f"in segment {other + 1}"
            out[k].append(Finding(f"'{word}' is spelled '{usual}' {place}", start, end, usual))
    return out


class KatakanaVariant(Check):
    """Filled in by the document-level pass (:func:`katakana_variants`)."""

    code = "terminology-variant"
    category = "terminology"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "One katakana word spelled two ways in the document (コミュニティー / コミュニティ, "
        "アンドレーエフ / アンドレイエフ)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        yield from seg.document.variants
