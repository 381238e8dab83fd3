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
beside 病院 for 医院 "hospital") are flagged, saying what the term means. So is a copy JMdict does
not list (僑胞 for 侨胞) where another segment renders the term by a common word holding one of its
characters (華僑), a rendering the bridge and the neighbours could not locate.

Terms no dictionary lists (an abbreviation such as 综试区, a two-word term such as 数字孪生) are
the stretches of three or four characters that two sources or more repeat. Their renderings are
compared only where one is another with a part replaced: a spelled-out rendering (総合試験区) with
one of the term's characters swapped for one neither the term nor the source holds (総合実験区),
or a rendering in loanwords piece for piece (デジタルツイン) with one piece in kanji beside the
other loanword (デジタル双子). Two renderings that differ otherwise (同区, a paraphrase) are left be.
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
from alignment.checks.countries import source_place_mentions
from alignment.checks.idioms import is_japanese
from alignment.checks.japanese import sentence_words
from alignment.checks.origins import (
    cedict_common,
    cedict_headwords,
    katakana_origins,
    stem,
    word_glosses,
)
from alignment.checks.terms import NAME_SUFFIX_RE
from alignment.checks.untranslated import has_simplified_only

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
        # The loanword itself, not the compound around it: センター in ビジネスサービスセンター;
        # but a compound the dictionary holds whole (シンガーソングライター) is one word, which
        # renders a word of its own (创作歌手), not the term.
        parts = katakana_origins(m.group())
        if len(parts) > 1 and lexicon.is_japanese_word(m.group()):
            continue
        offset = m.start()
        for surface, origin in parts:
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
    # The left neighbour found where the right one puts the word overlaps it (姉妹校交流 for
    # 姊妹学校交流: 妹校 before 交流 is no word, 校 stands for 学校 after 姉妹): the term is
    # contracted there, not replaced.
    lefts = {at + 2 for at in _positions(left, target)} if len(left) == 2 else set()
    for at, before, after in candidates:
        form = target[at : at + n]
        if form == bridged:
            return Rendering("kanji", bridged, at)
        if after and any(at < end < at + n for end in lefts):
            continue
        if (
            len(form) == n
            and _HAN_ONLY_RE.match(form)
            and any(a == b for a, b in zip(form, bridged, strict=True))
            # a word of its own: 光技 of 光技術 is no word, nor 動車 of 自動車 (a word must start
            # where it stands, too), and 植物 where the source writes 植物 too renders that word,
            # not the term (热带植物 … 热带作物).
            and form not in bridged_source
            and at + n in {w.end for w in sentence_words(target)}
            and at in {w.start for w in sentence_words(target)}
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


def _unlisted_copies(
    term: str,
    occ: Sequence[tuple[int, Rendering | None]],
    where_used: Sequence[tuple[int, int, int]],
    known: Sequence[tuple[int, Rendering]],
    pairs: Sequence[tuple[str, str]],
    bridged_sources: dict[int, str],
    chinese_left: set[int],
    out: list[list[Finding]],
) -> bool:
    """Where the document's only known rendering of ``term`` is its kanji copy, JMdict lists no
    such word (僑胞 for 侨胞) and another segment renders the term by a word JMdict marks common
    that holds one of its characters (華僑), flag the copies with that word as the reference; say
    whether it did. A copy inside a copied name (科技股份有限公司) is the name's, and left alone."""
    copy = to_kanji(term)
    if any(r.kind != "kanji" for _, r in known) or lexicon.is_japanese_word(copy):
        return False
    word = next(
        (
            (k, w)
            for k, r in occ
            if r is None and k not in chinese_left
            for w in _common_word_sharing(copy, bridged_sources[k], pairs[k][1] or "")
        ),
        None,
    )
    if word is None:
        return False
    ref_k, form = word
    means = _means(term)
    flagged: set[tuple[int, int]] = set()
    for (k, r), (_, start, end) in zip(occ, where_used, strict=True):
        if r is None or k in chinese_left or (k, r.start) in flagged:
            continue
        target, source = pairs[k][1] or "", bridged_sources[k]
        if r.start + len(copy) not in {w.end for w in sentence_words(target)}:
            continue  # the copy's last character begins a word (市委 of 市委員会 is 市 + 委員会)
        after = target[r.start + len(copy) : r.start + len(copy) + 2]
        before = target[max(0, r.start - 2) : r.start]
        if (len(after) == 2 and after == source[end : end + 2]) or (
            len(before) == 2 and before == source[max(0, start - 2) : start]
        ):
            continue  # the copy is part of a name copied whole
        why = f" ({term} means {means})" if means else ""
        out[k].append(
            Finding(
                f"{term} is rendered {form} in segment {ref_k + 1} but {copy} here, a copy Japanese does "
                f"not write{why}",
                r.start,
                r.start + len(copy),
                None,
            )
        )
        flagged.add((k, r.start))
    return bool(flagged)


def _common_word_sharing(copy: str, bridged_source: str, target: str) -> Iterator[str]:
    """Words of two or three kanji in the target that JMdict marks common, hold a character of
    ``copy`` and copy no stretch of the source (華僑 for 侨胞, where the source does not write 华侨)."""
    for run in _HAN_RUN_MIN2_RE.findall(target):
        for n in (2, 3):
            for i in range(len(run) - n + 1):
                word = run[i : i + n]
                if (
                    any(c in copy for c in word)
                    and word not in bridged_source
                    and not _spells_out(copy, run[max(0, i - 3) : i + n + 3])
                    and lexicon.is_common(word)
                ):
                    yield word


def _spells_out(copy: str, stretch: str) -> bool:
    """Whether ``stretch`` holds the copy's characters in order, each in a word of its own
    (農業機械 for 農機): the segment writes the abbreviation out, which makes the copy the
    abbreviation Japanese uses too, not a copy of what the other segment renders by a word."""
    at = 0
    for c in copy:
        at = stretch.find(c, at) + 1
        if not at:
            return False
    return stretch[: len(copy)] != copy


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
    chinese_left = {k for k, (_, target) in enumerate(pairs) if has_simplified_only(target or "")}
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
            if _unlisted_copies(term, occ, where_used, known, pairs, bridged_sources, chinese_left, out):
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
        # The term as part of a country's institution (奥地利科学院, 中国科学院): each country's
        # is rendered as it is called, and only occurrences of one country's are compared.
        owners = [_owner(pairs[k][0] or "", start) for k, start, _ in where_used]
        ref_owner = next((owners[i] for i, (_, r) in enumerate(occ) if r is ref), None)
        for i, (k, r) in enumerate(occ):
            if r is None or r.key == ref.key or (k, r.start) in flagged:
                continue
            if ref_owner is not None and owners[i] != ref_owner:
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
            if r.kind == "kanji" and NAME_SUFFIX_RE.match(pairs[k][1] or "", r.start + len(r.form)):
                continue  # part of a name its owner chose (哈爾浜工程大学)
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
    _recurring_terms(pairs, bridged_sources, out)
    _same_sentence(pairs, out, references)
    return out


def _owner(source: str, start: int) -> str:
    """The country whose name the source writes right before a term (奥地利 of 奥地利科学院), or
    ""."""
    return next((e for e, _, end in source_place_mentions(source) if end == start), "")


# A recurring stretch of the source that no dictionary lists (综试区, 数字孪生): three or four
# characters, the lengths of the abbreviations and two-word terms of press releases.
_NGRAMS = (3, 4)
#: Segments whose sources must hold such a stretch (cross-validated: benchmarks/README.md).
RECURRING = 2
_HAN_RUN_MIN2_RE = re.compile(f"[{HAN}]{{2,}}")
# A function word or numeral (``_SKIP``) ends a stretch where terms are sought.
_SKIP_TO_SPACE = str.maketrans(dict.fromkeys(_SKIP, " "))


def _recurring(sources: dict[int, str]) -> dict[str, list[int]]:
    """The stretches of three or four characters that two segments' sources or more use and that
    are no dictionary word (the dictionary words are :func:`source_terms`'), each with its segments;
    a stretch inside a longer one used in the same segments is left out (数字孪 in 数字孪生).

    Most stretches occur in one source only: the ones in ``RECURRING`` sources are found with set
    operations over whole sources (``at_least[i]``: the stretches of more than ``i`` sources), and
    only those are given their segments: a set per stretch of every source was ~1.2 s of a run of
    11,000 segments (the sets' allocation and the collections it set off), now ~0.4 s."""
    grams_of: list[tuple[int, set[str]]] = [
        (
            k,
            {
                run[i : i + n]
                for run in _HAN_RUN_RE.findall(source.translate(_SKIP_TO_SPACE))
                for n in _NGRAMS
                for i in range(len(run) - n + 1)
            },
        )
        for k, source in sources.items()
    ]
    at_least: list[set[str]] = [set() for _ in range(max(RECURRING, 1))]
    for _, grams in grams_of:
        for i in range(len(at_least) - 1, 0, -1):
            at_least[i] |= at_least[i - 1] & grams
        at_least[0] |= grams
    repeated = at_least[-1] - _candidates()
    kept: dict[str, set[int]] = {}
    for k, grams in grams_of:
        if repeated.isdisjoint(grams):
            continue
        for gram in grams:  # in the order the stretches were first seen, as before
            if gram in repeated:
                kept.setdefault(gram, set()).add(k)
    inside = {
        part
        for gram, ks in kept.items()
        if len(gram) == _NGRAMS[-1]
        for part in (gram[:-1], gram[1:])
        if kept.get(part) == ks
    }
    return {gram: sorted(ks) for gram, ks in kept.items() if gram not in inside}


def _whole_words(gram: str, source: str) -> bool:
    """Whether the stretch stands somewhere in the source as words of its own: not beginning with
    the end of a word that starts before it (统选举 of 总统选举: 总统 is a word, 统选 none) nor
    ending with the start of one that goes on after it (举第 of 选举第二). Where the stretch's own
    first or last two characters are a word (数字 of 和数字孪生, though 和数 is one too), it is."""
    words = cedict_common()
    at = source.find(gram)
    while at >= 0:
        end = at + len(gram)
        split_start = at > 0 and source[at - 1 : at + 1] in words and gram[:2] not in words
        split_end = end < len(source) and source[end - 1 : end + 1] in words and gram[-2:] not in words
        if not (split_start or split_end):
            return True
        at = source.find(gram, at + 1)
    return False


def _pieces(term: str) -> list[str] | None:
    """The term cut into dictionary words, longest first (数字孪生 → 数字, 孪生); None where a
    character is left over."""
    headwords, out, i = _candidates(), [], 0
    while i < len(term):
        j = next((j for j in range(len(term), i + 1, -1) if term[i:j] in headwords), None)
        if j is None:
            return None
        out.append(term[i:j])
        i = j
    return out


def _renders(piece: str, kanji: str) -> bool:
    """Whether the kanji render the piece: its copy after the bridge, or a word the lexicon pairs
    with it (双子 for 孪生)."""
    return kanji == to_kanji(piece) or lexicon.can_render(piece, kanji)


def _glossed(piece: str, origin: str | None) -> bool:
    """Whether a loanword of this English origin renders the piece (デジタル for 数字 "digital")."""
    return bool(origin) and stem((origin or "").replace("-", "")) in word_glosses(piece)


def _rendering_in(piece: str, kanji: str, from_end: bool) -> str:
    """The longest stretch of ``kanji`` at its start (or end) that renders the piece, up to two
    characters longer than it (腕時計 for 手表); empty if none does."""
    for n in range(min(len(kanji), len(piece) + 2), 1, -1):
        form = kanji[-n:] if from_end else kanji[:n]
        if _renders(piece, form):
            return form
    return ""


def _loan_renderings(pieces: Sequence[str], target: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Where the target writes a term of these pieces in loanwords, piece for piece (数字孪生 →
    デジタルツイン: the forms); and where it writes all pieces but one in loanwords and that one in
    kanji the lexicon lets render it, beside them (デジタル双子: the spans)."""
    n, whole, mixed = len(pieces), [], []
    for m in KATAKANA_WORD_RE.finditer(target):
        words = katakana_origins(m.group())
        origins = [origin for _, origin in words]
        offsets = [m.start()]
        for surface, _ in words:
            offsets.append(offsets[-1] + len(surface))
        for i in range(len(origins)):
            p = 0  # how many of the term's pieces, in order, the loanwords from the i-th gloss
            while p < n and i + p < len(origins) and _glossed(pieces[p], origins[i + p]):
                p += 1
            if p == n:
                whole.append(target[offsets[i] : offsets[i + n]])
            elif p == n - 1 and i + p == len(origins):
                # The katakana word ends on the last piece but one, and kanji go on with the last.
                kanji = _HAN_RUN_MIN2_RE.match(target, m.end())
                last = _rendering_in(pieces[-1], kanji.group() if kanji else "", from_end=False)
                if last:
                    mixed.append((offsets[i], m.end() + len(last)))
        # Or it opens on the term's last pieces, after kanji that render its first.
        if len(origins) >= n - 1 and all(_glossed(pieces[1 + t], origins[t]) for t in range(n - 1)):
            kanji = re.search(f"[{HAN}]{{2,}}$", target[: m.start()])
            first = _rendering_in(pieces[0], kanji.group() if kanji else "", from_end=True)
            if first:
                mixed.append((m.start() - len(first), offsets[n - 1]))
    return whole, mixed


def _recurring_terms(
    pairs: Sequence[tuple[str, str]], bridged_sources: dict[int, str], out: list[list[Finding]]
) -> None:
    """A recurring stretch no dictionary lists, rendered one way in a segment and, in another, with
    one part replaced: a character of the term left out for another (综试区 → 総合試験区, then
    総合実験区), or a loanword of the term replaced by kanji (数字孪生 → デジタルツイン, then
    デジタル双子, a calque beside the loanword). Machine translation renders each sentence alone
    and so drifts; a translator settles a term once. Only the replaced rendering is flagged, with
    the other as the reference; renderings that differ otherwise (a paraphrase, a pronoun) are
    the translator's choice."""
    sources = {k: pairs[k][0] or "" for k in bridged_sources}
    recurring = {
        gram: ks
        for gram, ks in _recurring(sources).items()
        if all(_whole_words(gram, sources[k]) for k in ks)
    }
    if not recurring:
        return
    runs = {k: _HAN_RUN_MIN2_RE.findall(pairs[k][1] or "") for k in bridged_sources}
    for term, segments in recurring.items():
        bridged = to_kanji(term)
        chars = set(bridged) | set(term)
        targets = {k: pairs[k][1] or "" for k in segments}
        flagged: set[int] = set()
        for k in segments:
            for run in runs[k]:
                # A spelled-out rendering (総合試験区 for 综试区), not the term's copy.
                if len(run) <= len(term) or chars.isdisjoint(run) or bridged in run:
                    continue
                at = [i for i, c in enumerate(run) if c in chars]
                if len(at) < 2:
                    continue
                for j in segments:
                    if j == k or j in flagged or run in targets[j]:
                        continue
                    # The character put in the term's place is not one the source explains.
                    found = _substituted(run, at, chars | set(bridged_sources[j]), targets[j])
                    if found is not None:
                        flagged.add(j)
                        start, end = found
                        out[j].append(
                            Finding(
                                f"{term} is rendered {run} in segment {k + 1} but {targets[j][start:end]} here",
                                start,
                                end,
                                run,
                            )
                        )
        pieces = _pieces(term)
        if not pieces or len(pieces) < 2:
            continue
        loans = {k: _loan_renderings(pieces, targets[k]) for k in segments}
        for j in segments:
            if j in flagged or loans[j][0] or not loans[j][1]:
                continue
            other = next((k for k in segments if k != j and loans[k][0]), None)
            if other is not None:
                form = loans[other][0][0]
                start, end = loans[j][1][0]
                out[j].append(
                    Finding(
                        f"{term} is rendered {form} in segment {other + 1} but {targets[j][start:end]} here",
                        start,
                        end,
                        form,
                    )
                )


def _substituted(run: str, at: list[int], explained: set[str], target: str) -> tuple[int, int] | None:
    """Where ``target`` writes ``run`` (a rendering holding the term's characters at ``at``) with
    one of those characters replaced by one that ``explained`` (the term's and the source's
    characters) does not hold, and the rest as it is: (start, end)."""
    n = len(run)
    for m in _HAN_RUN_MIN2_RE.finditer(target):
        other = m.group()
        for i in range(len(other) - n + 1):
            window = other[i : i + n]
            diff = [p for p in range(n) if window[p] != run[p]]
            if len(diff) == 1 and diff[0] in at and window[diff[0]] not in explained:
                if _inserted(run, other, i):
                    continue
                return m.start() + i, m.start() + i + n
    return None


def _inserted(run: str, other: str, i: int) -> bool:
    """Whether ``other`` holds ``run`` with one character added, around its window at ``i``
    (区党委員会書記 is 区委員会書記 with 党 put in, not 区 replaced by 党): a fuller rendering."""
    n = len(run)
    for s in (i - 1, i):
        stretch = other[max(0, s) : s + n + 1]
        if len(stretch) == n + 1 and any(stretch[:p] + stretch[p + 1 :] == run for p in range(1, n)):
            return True
    return False


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
