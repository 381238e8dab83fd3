"""Omissions real MT makes without shortening the sentence: an item dropped from a list.

A Chinese enumeration (经贸、教育、文化、体育等领域) loses one item in translation and the target
stays about as long as usual, so the length-based omission checks cannot see it. Each item is
judged on its own: an item none of whose content (characters after the hanzi bridge, names by
pronunciation, loanwords through the dictionaries, figures) reaches the target has no
counterpart there. Two items that end in one head (俄语和哈萨克语) are judged so too: real MT drops
the second of a pair as readily as an item of a longer list.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import partial

from alignment import lexicon
from alignment.bridge import to_kanji
from alignment.checks.base import Check, Finding, Segment, gettext_noop, occurrences
from alignment.checks.content import HAN_RE, KANA_WORD_RE, OMISSION_SUBSUMES, ZH_FUNCTION, source_units
from alignment.checks.entities import name_runs, rendered_positions
from alignment.checks.japanese import words
from alignment.checks.kana import romaji
from alignment.checks.meaning import encoded, vectors
from alignment.checks.name_forms import written_the_japanese_way
from alignment.checks.origins import (
    cedict_common,
    cedict_proper_nouns,
    cedict_text,
    clause_words,
    head_glosses,
    katakana_origins,
    segmented,
    stem,
)
from alignment.checks.sounds import LATIN_RE, NAME_CHARS, pinyin_readings, similarity

# A clause: the stretch between the punctuation that ends one (a list never crosses it).
LIST_CLAUSE_RE = re.compile(r"[^，,；;。！？!?：:“”\"「」（）()《》]+")
# A clause as a list's items see it: a short quote, title or aside in brackets within it is part of
# an item (举办手作体验、推介会和“园林与庭院”对话; 参观了集团、中国（寿光）博览会展馆和产业园), not where
# the clause ends.
_PLAIN = r"[^，,；;。！？!?：:“”\"「」『』（）()《》]"
_ITEM_CLAUSE_RE = re.compile(
    rf"(?:{_PLAIN}|“{_PLAIN}{{1,20}}”|「{_PLAIN}{{1,20}}」|《{_PLAIN}{{1,30}}》|（{_PLAIN}{{1,12}}）|\({_PLAIN}{{1,12}}\))+"
)
# Where the last item of a list ends: the word closing the enumeration (等领域, 和, 以及), or a count
# of the items just listed (菲拉赫、维也纳、萨尔茨堡三地; 五大功能).
_COUNT = r"[两二三四五六七八九十]+[个项大家种条类地国座所名位场批处市省]"
_LIST_END_RE = re.compile(rf"等|以及|及|和|与|跟|或|{_COUNT}")
_COUNT_END_RE = re.compile(rf"等|{_COUNT}")
# Coverbs that open a clause of their own (为…提供, 向…介绍, 对…进行): no list item starts with one.
_COVERBS = frozenset("为向对给从把被")
# Characters that end what comes before a list rather than begin its first item.
_LEADING = frozenset("了的在于对向从与和及将把被")
# A list of quoted names, one after the other (“古村游”“美食游”“写生游”三条线路): no 、 between them.
_QUOTED_LIST_RE = re.compile(r"(?:“[^“”]{2,20}”、?){3,}")
_QUOTED_RE = re.compile(r"“([^“”]+)”")
# The conjunction that joins the last item of a list to the others (A、B和C).
_CONJ_RE = re.compile(r"以及|和|及")
# What joins the two items of a pair (俄语和哈萨克语, 首尔市中区、大阪市浪速区).
_PAIR_RE = re.compile(r"以及|和|与|及|、")
# A pronoun closes no item: 他与几个人…将他 is "he, with some people", not a pair.
_PRONOUNS = frozenset("我你您他她它咱")
#: How many characters after its conjunction the second item of a pair may end: a head met
#: further on belongs to some other word.
PAIR_SPAN = 10
#: Items shorter than this many content units say too little to be missed (一、二).
MIN_UNITS = 2
#: An item whose meaning some word of the target comes this near (cosine, multilingual encoder)
#: is rendered by a word the bridge cannot see (旅游 = 観光, 服装 = 衣料品). Chosen by
#: cross-validation over documents (benchmarks/cv_checks.py --grid).
NEAR_ENOUGH = 0.5
# What separates the words of a run of the target (双方は税関): its hiragana, particles mostly.
_PARTICLES_RE = re.compile(r"[\u3041-\u309f]+")
_PUNCTUATION_RE = re.compile(r"[、。，,；;：:！？!?「」『』（）()“”]")
_SKIPPED_POS = frozenset({"助詞", "助動詞", "補助記号", "記号"})  # UniDic pos1
#: Past this many content words a segment is no sentence (a pasted page): its runs are not encoded.
_MAX_WORDS = 300


# Conjunctions that are two-character words of their own (或者 "or"): the others' first character
# begins another word where a common word starts with it (及时 "in time", 和平, 与会).
_CONJUNCTION_WORDS = frozenset(("或者", "以及"))


def _closing(pattern: re.Pattern[str], clause: str, start: int, end: int) -> re.Match[str] | None:
    """The first match of ``pattern`` in the clause's last part that is a word of its own, not the
    first character of a word (及 of 垃圾清运不及时: the item is 垃圾清运不及时, not 垃圾清运不)."""
    common = cedict_common()
    for m in pattern.finditer(clause, start, end):
        pair = clause[m.start() : m.start() + 2]
        if len(m.group()) == 1 and pair in common and pair not in _CONJUNCTION_WORDS:
            continue
        return m
    return None


def list_items(clause: str, names: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, bool]]:
    """The items (offsets in the clause, and whether the item can be judged) of an enumeration of
    at least three, separated by 、 and, before the last, by a conjunction (A、B和C).

    The first and last parts of the clause carry more than their item (举办非遗讲座, 体育等领域开展):
    the last is cut where the enumeration closes, the first is taken as long as the item after it
    (list items are of a kind and of about one length). A last item with no word closing the list
    cannot be told from what follows it: it is taken at that length too (市卫健委 of
    市卫健委有关负责人). A name (``names``: offsets of the source's names in the clause) that ends
    the first part or starts the last is that item whole, whatever its length (哈萨克斯坦 among
    俄罗斯、白俄罗斯)."""
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^、]+", clause)]
    if len(parts) < 2:
        return []
    middle = parts[1:-1]
    start, end = parts[-1]
    # The item before a conjunction (工作坊 of 工作坊和中匈青年手工艺交流等) is one more item: the
    # list goes on after it.
    conj = _closing(_CONJ_RE, clause, start, end)
    if conj is not None and conj.start() > start and conj.end() < end:
        middle.append((start, conj.start()))
        start = conj.end()
        # A coverb after the conjunction begins a clause, not an item (购买豪宅、私人飞机以及为其他
        # 公司提供贷款: "and lending to other firms"): the items are the two before it.
        if clause[start] in _COVERBS:
            return []
    if len(middle) + 2 < 3:
        return []
    width = middle[0][1] - middle[0][0]
    first_start, first_end = parts[0]
    first = max(first_start, first_end - width)
    first = min([first, *(a for a, b in names if b == first_end and a >= first_start)])
    while first < first_end - 1 and clause[first] in _LEADING:
        first += 1  # 了 of 考察了迪拜未来博物馆 ends the verb, it begins no item
    items = [(first, first_end, True)]
    items += [(a, b, True) for a, b in middle]
    # After its conjunction the list closes with 等 or a count only: a later 和 joins other words.
    close = _closing(
        _LIST_END_RE if conj is None or start != conj.end() else _COUNT_END_RE, clause, start, end
    )
    named = [b for a, b in names if a == start and b <= end]
    if close is None and named:
        items.append((start, max(named), True))
    elif close is None:
        items.append((start, _word_end(clause, start, min(end, start + width)), True))
    else:
        items.append((start, close.start(), True))
    return [(a, b, judged) for a, b, judged in items if b > a]


#: The most characters a last item is taken past its siblings' length to reach the noun a 的 qualifies.
_QUALIFIED_REACH = 8


def _word_end(clause: str, start: int, cut: int) -> int:
    """Where a last item taken at its siblings' length (``cut``) ends, the clause read from
    ``start`` longest word first: at the end of the word the cut falls inside (患儿的监护人, not
    患儿的监 of 监护人 "guardian"), and, in an item that holds 的, at the end of the words the 的
    qualifies, up to the verb that follows the list (确诊者的同住家人 of 确诊者的同住家人接种, not
    确诊者的): a 的 ends no noun phrase."""
    end = cut
    qualified = False
    for at, word in segmented(clause[start:]):
        a, b = start + at, start + at + len(word)
        if b <= cut:
            qualified = qualified or word == "的"
            continue
        if a < cut:  # the word the cut falls inside
            end = b
            qualified = qualified or "的" in word
            continue
        if not qualified or b > cut + _QUALIFIED_REACH or not HAN_RE.match(word):
            break
        if len(word) > 1 and (cedict_text(word) or "").startswith("/to "):
            break
        end = b
    return end


def pair_items(
    clause: str, segmentation: Callable[[], dict[int, str]] | None = None
) -> list[tuple[int, int, bool]]:
    """The two items (offsets in the clause, judged) of a coordination of two that share their
    head: the last character before the conjunction closes the second item too (俄语和哈萨克语,
    一堂书法课和一堂人工智能编程课, 首尔市中区、大阪市浪速区). Two items of a kind say so by one head,
    and it tells where the second ends, which nothing else in a clause does; the first is taken
    as long as the second, as a list's first item is. The conjunction and the second head must
    stand as words of the clause (segmented longest word first): 和 of 和平 joins nothing, and 美
    of 中美洲 ends no item. ``segmentation`` gives the clause's words (offset → word) where the
    caller has them already."""
    words: dict[int, str] | None = None  # segmented only once a conjunction may join two items
    for m in _PAIR_RE.finditer(clause):
        if m.start() < 2:
            continue
        if words is None:
            words = segmentation() if segmentation else {at: word for at, word in segmented(clause)}
        if words.get(m.start()) != m.group():
            continue
        head = clause[m.start() - 1]
        if not HAN_RE.match(head) or head in ZH_FUNCTION or head in _PRONOUNS:
            continue
        end = clause.find(head, m.end() + 1, m.end() + PAIR_SPAN)
        if end < 0 or not (end + 1 == len(clause) or end + 1 in words):
            continue
        width = end + 1 - m.end()
        first = max(0, m.start() - width)
        first = max(at for at in (0, *words) if at <= first)  # 国家级 of 国家级和省级, not 家级
        while first < m.start() - 1 and clause[first] in _LEADING:
            first += 1
        return [(first, m.start(), True), (m.end(), end + 1, True)]
    return []


class DroppedListItem(Check):
    code = "omission-list-item"
    category = "omission"
    severity = "major"
    asks_encoder = True  # the target's runs against the list's items
    subsumes = OMISSION_SUBSUMES
    description = gettext_noop(
        "An item of a list in the source (经贸、教育、文化、体育等) has no counterpart in the target: "
        "it was dropped, though the sentence is not shorter than usual."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.has_kana:
            return
        # Whether a clause holds a list does not depend on the source's names (they only move
        # where its first and last items end), and a pair is found without them: the names, and
        # what the target renders of them, are worked out only for a source with a list.
        clauses = []
        for clause in _ITEM_CLAUSE_RE.finditer(seg.source):
            listed = "、" in clause.group() and bool(list_items(clause.group()))
            own_words = partial(clause_words, seg.source, *clause.span())
            clauses.append((clause, listed, [] if listed else pair_items(clause.group(), own_words)))
        # Quoted names (“A”、“B”、“C”) are judged without their quotes, as a list of their own: the
        # clause they stand in is not judged for a list too.
        quoted_lists = list(_QUOTED_LIST_RE.finditer(seg.source))
        clauses = [
            (c, listed and not any(c.start() <= m.start() < c.end() for m in quoted_lists), pair)
            for c, listed, pair in clauses
        ]
        if not quoted_lists and not any(listed or pair for _, listed, pair in clauses):
            return
        bridged = seg.bridged
        target_han = set(HAN_RE.findall(seg.target))
        target_lower = seg.target_norm.lower()
        kana = [romaji(w) for w in KANA_WORD_RE.findall(seg.target_kana)]
        rendered: frozenset[int] | None = None  # asked only for an item no name or figure settles
        names = name_runs(seg.source, 2)
        spans = _name_spans(seg.source, names)
        span_set = _sure_names(seg.source, names)
        lists: list[tuple[int, list[tuple[int, int, bool]]]] = []  # each list with where its clause starts
        for clause, listed, pair in clauses:
            c0, c1 = clause.span()
            inside = [(a - c0, b - c0) for a, b in spans if c0 <= a and b <= c1]
            found = list_items(clause.group(), inside) if listed else pair
            lists.append((c0, [(c0 + a, c0 + b, j) for a, b, j in found]))
        for m in quoted_lists:
            quoted = [(q.start(1), q.end(1), True) for q in _QUOTED_RE.finditer(m.group())]
            lists.append((m.start(), [(m.start() + a, m.start() + b, j) for a, b, j in quoted]))
        for c0, found_items in lists:
            # An item cut inside a quote or an aside (“购房 of “购房用以出租”) was cut at a wrong place.
            items = [(a, b, judged and _balanced(seg.source[a:b])) for a, b, judged in found_items]
            if not items:
                continue
            siblings = [seg.source[a:b] for a, b, _ in items]
            # The source outside the list, after the bridge: what its words render may repeat an
            # item's characters (文化 of 文化周 and of 中日文化对话).
            outside = f"{bridged[: items[0][0]]}、{bridged[items[-1][1] :]}"
            named = [(a, b) for a, b, judged in items if judged and (a, b) in span_set]
            for a, b in _unwitnessed_names(named, spans, seg):
                yield Finding(
                    f"the list item '{seg.source[a:b]}' of the source has no counterpart in the target"
                )
            for k, (start, end, judged) in enumerate(items):
                if not judged or (start, end) in named:
                    continue
                shared = _shared(siblings, seg.source[start:end])
                raw, own = seg.source[start:end], bridged[start:end]
                runs = [
                    (s - start, n)
                    for n, s in names
                    if start <= s
                    and s + len(n) <= end
                    and not shared & set(range(s - start, s - start + len(n)))
                ]
                if rendered is None:
                    rendered = rendered_positions(seg.source, seg.target_kana)
                covered = {i - start for i in rendered if start <= i < end} - shared
                units = source_units(raw, own, target_han, target_lower, kana, runs, covered)
                if len(units) < MIN_UNITS or _reached(
                    units, runs, covered, raw, own, seg.target, shared, outside
                ):
                    continue
                item = seg.source[start:end]
                if (
                    _sounded_out(item, kana)
                    or _named_by_its_acronym(item, seg.target)
                    or _brand_in_katakana(item, kana)
                ):
                    continue
                qualifier = "".join(own[i] for i in sorted(shared))
                nearest, cosine = _nearest_target_words(item, siblings, seg, qualifier)
                if k == 0 and cosine < NEAR_ENOUGH:
                    # The first item was cut to its siblings' length: its words before the cut may
                    # be its own (新能源 of 新能源汽车), so it is asked for at twice the length too.
                    longer = seg.source[max(c0, start - (end - start)) : end]
                    if longer != item:
                        cosine = max(cosine, _nearest_target_words(longer, [longer, *siblings[1:]], seg)[1])
                if cosine < NEAR_ENOUGH and not _between_its_neighbours(
                    seg.target, [bridged[a:b] for a, b, _ in items], k
                ):
                    closest = f" (the nearest in meaning is '{nearest}', {cosine:.2f})" if nearest else ""
                    yield Finding(
                        f"the list item '{item}' of the source has no counterpart in the target{closest}"
                    )


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _part_of(k: int, items: list[str], parts: list[str]) -> int | None:
    """The one part of a target enumeration that holds two characters of item ``k`` together
    (after the bridge) that no other item holds (判断 of 政治判断力, not the 政治 all share), if
    exactly one part does."""
    own = _bigrams(items[k]) - set().union(*(_bigrams(x) for j, x in enumerate(items) if j != k))
    found = [j for j, part in enumerate(parts) if any(b in part for b in own)]
    return found[0] if len(found) == 1 else None


def _between_its_neighbours(target: str, items: list[str], k: int) -> bool:
    """Whether the target enumerates the item's two neighbours (bridged ``items``) with one part
    between them (政治的判断力、政治的理解力、政治的執行力 for 政治判断力、政治领悟力、政治执行力):
    that part stands in the item's place, in words the bridge and the encoder miss. A dropped item
    leaves its neighbours side by side."""
    if not 0 < k < len(items) - 1:
        return False
    for sentence in re.split(r"[。！？；]", target):
        parts = sentence.split("、")
        before, after = _part_of(k - 1, items, parts), _part_of(k + 1, items, parts)
        if before is not None and after is not None:
            return after - before == 2 and _part_of(k, items, parts) in (None, before + 1)
    return False


_ACRONYM_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{1,6}(?![A-Za-z0-9])")
_GLOSS_WORD_RE = re.compile(r"[A-Za-z0-9]+")


def _named_by_its_acronym(item: str, target: str) -> bool:
    """Whether the target writes the item, or a dictionary word of it, by the acronym CC-CEDICT
    gives for it (物联网 "Internet of things (IoT)" as IoT, 人工智能 as AI): a Latin token of the
    target with two capitals or more that the word's gloss holds."""
    tokens = {t for t in _ACRONYM_RE.findall(target) if sum(c.isupper() for c in t) >= 2}
    if not tokens:
        return False
    words = {item, *(w for _, w in segmented(item) if len(w) > 1)}
    return any(tokens & set(_GLOSS_WORD_RE.findall(cedict_text(w) or "")) for w in words)


_BRACKETS = ("“”", "「」", "《》", "（）", "()")


def _balanced(item: str) -> bool:
    """Whether every quote and bracket the item opens it closes, and the other way round."""
    return all(item.count(pair[0]) == item.count(pair[1]) for pair in _BRACKETS)


# What a place's name ends with in Chinese: the target may give the name without it (利县 as リー).
_PLACE_SUFFIX = "市县郡州省区镇村岛"


def _sounded_out(item: str, kana: list[str]) -> bool:
    """Whether the item, but for a place word closing it, is a name some katakana word of the target
    (``kana``, read as romaji) sounds like: a place named by one or two characters (利县 as リー,
    谅山市 as ランソン) is no transliteration run the entity checks know. Without a place word the
    item must be spelt in transliteration characters: 体育 is no name."""
    place = item[-1] in _PLACE_SUFFIX
    name = item[:-1] if place else item
    if not 0 < len(name) <= 2 or not all(c in NAME_CHARS if not place else HAN_RE.match(c) for c in name):
        return False
    return any(similarity(r, k) >= NAME_SOUNDS for r in pinyin_readings(name) for k in kana)


_SEE_RE = re.compile(r"see [^|/]+\|([^\[/]+)\[")
_PROPER_WORD_RE = re.compile(r"\b[A-Z][a-z]{3,}\b")


def _brand_in_katakana(item: str, kana: list[str]) -> bool:
    """Whether the item is a company or brand the dictionary names in English (华为 "Huawei", 腾讯
    through 腾讯控股有限公司 "Tencent") and a katakana word of the target sounds like that name
    (ファーウェイ, テンセント): Japanese writes such a name as the company does, not as pinyin."""
    gloss = cedict_text(item) or ""
    see = _SEE_RE.search(gloss)
    if see:
        gloss += cedict_text(see.group(1)) or ""
    names = {w.lower() for w in _PROPER_WORD_RE.findall(gloss)}
    return any(similarity(name, k) >= NAME_SOUNDS for name in names for k in kana)


def _shared(siblings: list[str], item: str) -> set[int]:
    """Offsets of the qualifier ``item`` shares with another item of its list, two characters or
    more at the start of both (迪拜 of 迪拜未来博物馆 and 迪拜硅绿洲科技园): Japanese says such a
    qualifier once for all the items (ドバイの未来博物館、シリコンオアシス), so its rendering says
    nothing of which item reached the target. A shared head (马拉松 of 全程马拉松, 半程马拉松) is
    rendered with each item (フルマラソン、ハーフマラソン) and stays evidence."""
    longest = 0
    for other in siblings:
        if other == item:
            continue
        n = 0
        while n < min(len(item), len(other)) and item[n] == other[n]:
            n += 1
        longest = max(longest, n)
    return set(range(longest)) if longest >= 2 else set()


def _sure_names(source: str, names: list[tuple[str, int]]) -> set[tuple[int, int]]:
    """Where the names stand that an item can be whole (offsets): transliteration runs of three
    characters or more and words the dictionary knows only as proper nouns (埃及 "Egypt", 日本
    "Japan"); a run of two (图文) or a common word with a proper sense too (现代 "Hyundai") is as
    likely an ordinary word."""
    spans = {(start, start + len(name)) for name, start in names if len(name) >= 3}
    common = cedict_common()
    for word, _ in cedict_proper_nouns(source):
        if word not in common:
            spans.update((at, at + len(word)) for at in occurrences(word, source))
    return spans


def _name_spans(source: str, names: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """Where the source's names stand: transliteration runs and the words CC-CEDICT glosses with a
    proper noun (俄罗斯 "Russia"), as offsets."""
    spans = {(start, start + len(name)) for name, start in names}
    for word, _ in cedict_proper_nouns(source):
        spans.update((at, at + len(word)) for at in occurrences(word, source))
    return sorted(spans)


def _unwitnessed_names(
    named: list[tuple[int, int]], spans: list[tuple[int, int]], seg: Segment
) -> list[tuple[int, int]]:
    """The items of a list that are names (offsets) with no word of the target to witness them,
    each target word witnessing one name only: ベラルーシ renders 白俄罗斯 ("Belarus") and so cannot
    also stand for 俄罗斯 ("Russia"), whose sound it half shares. A name reaches the target by its
    characters after the bridge (两个 of its characters together), or by a proper noun or katakana
    word of the target: one it comes from (エジプト "Egypt"), one the dictionaries or Japanese usage
    give it (米国 for 美国), one that sounds like it, or one the encoder puts near it (中南米 for
    拉美). The best-scoring pairs are matched first, and the source's other names (``spans``) take
    part: ホルゴス renders 霍尔果斯 outside the list, not 俄罗斯 within it."""
    if not named:
        return []
    longest = [(a, b) for a, b in spans if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in spans)]
    pending = []
    for a, b in dict.fromkeys([*named, *longest]):
        bridged = seg.bridged[a:b]
        han = HAN_RE.findall(bridged)
        # 苏绣 as 蘇州刺繍: a name in ordinary characters is translated, not spelt; two characters
        # together are a word of it (道路 of a run 迪拜道路 that took in the word after the name).
        if (
            (han and all(c in seg.target for c in han))
            or any(
                HAN_RE.match(bridged[i]) and HAN_RE.match(bridged[i + 1]) and bridged[i : i + 2] in seg.target
                for i in range(len(bridged) - 1)
            )
            or _named_by_its_acronym(seg.source[a:b], seg.target)
        ):
            continue
        pending.append((a, b))
    if not any(span in named for span in pending):
        return []
    candidates = _name_candidates(seg)
    if not candidates:
        return [span for span in pending if span in named]
    # A name the source repeats (迪拜 of 迪拜未来博物馆 and 迪拜硅绿洲科技园) is one name: the
    # target may write it once for all.
    names = list(dict.fromkeys(seg.source[a:b] for a, b in pending))
    cosines = vectors(names) @ vectors([w for _, w in candidates]).T
    pairs = sorted(
        (
            (score, i, j)
            for i, name in enumerate(names)
            for j, (_, word) in enumerate(candidates)
            if (score := _witness_score(name, word, float(cosines[i, j]))) > 0
        ),
        reverse=True,
    )
    matched: set[int] = set()
    taken: set[int] = set()  # offsets of the target: a word inside a taken one (ホル in ホルゴス) is taken
    for _, i, j in pairs:
        start, word = candidates[j]
        where = set(range(start, start + len(word)))
        if i not in matched and not where & taken:
            matched.add(i)
            taken |= where
    found = {names[i] for i in matched}
    return [span for span in pending if span in named and seg.source[span[0] : span[1]] not in found]


def _name_candidates(seg: Segment) -> list[tuple[int, str]]:
    """The words of the target that can render a name (offset, word): its proper nouns (UniDic),
    its Latin words and its katakana words, split at their middle dots."""
    text = unicodedata.normalize("NFKC", seg.target)  # ｻﾝﾊﾟｳﾛ is サンパウロ
    tokens = seg.tokens if text == seg.target else words(text)
    out = {(t.start, t.surface) for t in tokens if t.feature.pos2 == "固有名詞" and len(t.surface) > 1}
    out |= {(m.start(), m.group()) for m in LATIN_RE.finditer(text)}  # Google for 谷歌
    for m in KANA_WORD_RE.finditer(text):
        start = m.start()
        for part in m.group().split("・"):
            if len(part) > 1:
                out.add((start, part))
            start += len(part) + 1
    return sorted(out)


#: How near in meaning (cosine) a proper noun of the target must come to a name of a list to
#: witness it where neither its characters, its sound nor the dictionaries tell (中南米 for 拉美).
NAME_NEAR = 0.65
#: How alike in sound a katakana word and a name's reading must be to witness it.
NAME_SOUNDS = 0.65


def _witness_score(name: str, word: str, cosine: float) -> float:
    """How well ``word`` of the target witnesses ``name`` (0: not at all); certain evidence (its
    English origin, the dictionaries, Japanese usage) scores 2, above any sound or meaning."""
    heads, english = head_glosses(name)
    if (
        heads & {stem(o) for _, o in katakana_origins(word) if o}
        or lexicon.can_render(name, word)
        or written_the_japanese_way(name, word, set())
    ):
        return 2.0 + cosine
    sound = 0.0
    if KANA_WORD_RE.fullmatch(word):
        spoken = romaji(word)
        readings = [*pinyin_readings(name), "".join(english).lower()] if english else pinyin_readings(name)
        sound = max(similarity(r, spoken) for r in readings)
    score = max(sound if sound >= NAME_SOUNDS else 0.0, cosine if cosine >= NAME_NEAR else 0.0)
    return score


def _reached(
    units: list[bool],
    runs: list[tuple[int, str]],
    covered: set[int],
    raw: str,
    bridged: str,
    target: str,
    shared: AbstractSet[int] = frozenset(),
    outside: str = "",
) -> bool:
    """Whether an item reaches the target on evidence of a word, not of a character: a name, a
    figure, a Latin token or a loanword the entity checks find rendered, or two of its characters
    standing together in the target after the bridge. One shared character proves little in a
    list, whose items are of a kind: 育 of 体育 is found in 教育, the rendering of a sibling, and
    电 of 电机 in 電子制御. Nor does the qualifier it shares with a sibling (``shared``: 上海 of
    上海博物馆 and 上海科技馆). Nor do two characters the source writes outside the list too
    (``outside``: its text after the bridge with the list cut out): 文化 of 中日文化对话 stands in
    文化ウィーク, the rendering of 文化周 before the list, unless the target writes them more often
    than the source does there (広西 twice for 看广西 … 广西故事: one of them is the item's)."""
    in_name = {i for s, n in runs for i in range(s, s + len(n))}
    hanzi = sum(
        1 for i, c in enumerate(bridged) if i not in in_name and HAN_RE.match(c) and raw[i] not in ZH_FUNCTION
    )
    if any(units[: len(units) - hanzi]) or covered:
        return True
    return any(
        HAN_RE.match(bridged[i])
        and HAN_RE.match(bridged[i + 1])
        and target.count(bridged[i : i + 2]) > outside.count(bridged[i : i + 2])
        for i in range(len(bridged) - 1)
        if i + 1 not in shared
    )


def _nearest_target_words(
    item: str, siblings: list[str], seg: Segment, qualifier: str = ""
) -> tuple[str, float]:
    """The run of one to three content words of the target nearest in meaning to ``item`` among
    those nearer to it than to any other item of its list: the items of a list are of a kind
    (cities, trades), so the rendering of a sibling (北京 for 上海) is near too and must not count.
    Nor does the rendering of the ``qualifier`` (bridged) the item shares with its siblings (上海
    of 上海科技馆 and 上海博物馆): it is near to all of them.

    Where the answer is ``NEAR_ENOUGH`` or nearer, the run given may be any run that qualifies
    that near, not the nearest: the check asks no more of it. So the runs of one word are asked
    first (most items are rendered by one word: 旅游 = 観光), then those of up to two, and the
    runs of three, a third of the texts to encode, only where none of those settles the item
    (:func:`_first_near_enough`)."""
    words = [t for t in seg.tokens if t.feature.pos1 not in _SKIPPED_POS]
    if len(words) > _MAX_WORDS:
        return "", 1.0
    widths: dict[str, int] = {}  # each run, in order, with the fewest words it is made of
    for n in (1, 2, 3):
        for k in range(len(words) - n + 1):
            run = seg.target[words[k].start : words[k + n - 1].end]
            if len(run) > 1 and not _PUNCTUATION_RE.search(run):  # a rendering stays within its clause
                widths.setdefault(run, n)
    mine = siblings.index(item)
    if qualifier:
        # Compared without the qualifier on either side: what is left tells the items apart.
        stripped: dict[str, int] = {}
        for run, n in widths.items():
            if len(bare := run.replace(qualifier, "")) > 1:
                stripped.setdefault(bare, n)
        widths = stripped
        siblings = [s[len(qualifier) :] if to_kanji(s).startswith(qualifier) else s for s in siblings]
    runs = list(widths)
    if not runs:
        return "", 0.0
    others = [s for s in dict.fromkeys(siblings) if s != item]
    outside = seg.bridged.replace(to_kanji(item), "、")  # only its kanji pairs are compared
    tried = 0
    known = set(encoded(runs))
    for n in (1, 2):
        shorter = [run for run in runs if widths[run] <= n or run in known]
        if tried < len(shorter) < len(runs):
            tried = len(shorter)
            found = _first_near_enough(item, shorter, siblings, mine, others, outside)
            if found is not None:
                return found
    sims = vectors(runs) @ vectors(siblings).T
    ranked = sorted(
        ((float(row[mine]), run, int(row.argmax()) == mine) for run, row in zip(runs, sims, strict=True)),
        reverse=True,
    )
    for cosine, run, nearest_to_mine in ranked:
        if _counts_for(item, run, cosine, nearest_to_mine, others, outside):
            return run, cosine
    return "", 0.0


def _counts_for(
    item: str, run: str, cosine: float, nearest_to_mine: bool, others: list[str], outside: str
) -> bool:
    """Whether ``run`` of the target (``cosine`` to the item, nearer to it than to any sibling or
    not) is the item's rendering, taken in order of nearness: one the dictionaries let render the
    item is, though the encoder puts it nearer a sibling (税関 "customs" for 海关, nearer 税务 by its
    税); otherwise one nearest to the item that renders no other word of the source."""
    if cosine >= NEAR_ENOUGH and lexicon.can_render(item, run):
        return True
    return nearest_to_mine and not _renders_other(run, item, others, outside)


def _first_near_enough(
    item: str, runs: list[str], siblings: list[str], mine: int, others: list[str], outside: str
) -> tuple[str, float] | None:
    """A run among ``runs`` (a part of the target's) that counts for the item at ``NEAR_ENOUGH``
    or nearer, or None. Whether a run counts depends on its own vector and the siblings' alone, and
    the nearest run that counts is at least as near as any other: so one found here decides the
    check's question as the ranking of every run would."""
    sims = vectors(runs) @ vectors(siblings).T
    for run, row in zip(runs, sims, strict=True):
        cosine = float(row[mine])
        if cosine >= NEAR_ENOUGH and _counts_for(
            item, run, cosine, int(row.argmax()) == mine, others, outside
        ):
            return run, cosine
    return None


def _renders_other(run: str, item: str, siblings: list[str], outside: str) -> bool:
    """Whether ``run`` of the target renders other words of the source than ``item``: each of its
    words (the stretches between its kana particles) is either a sibling's rendering by the
    dictionaries and not the item's (税関 is 海关 "customs", not 税务 "taxation", however near the
    encoder puts the two), or, every kanji of it, a copy of two characters together that the source
    writes outside the item (``outside``: its text after the bridge with the item cut out; 両港 of
    两港 cannot also render 港口运营). One target word witnesses one source word."""
    own = to_kanji(item)
    for word in _PARTICLES_RE.split(run):
        if not word:
            continue
        han = {i for i, c in enumerate(word) if HAN_RE.match(c)}
        copied = {
            j
            for i in range(len(word) - 1)
            if {i, i + 1} <= han and word[i : i + 2] in outside and word[i : i + 2] not in own
            for j in (i, i + 1)
        }
        if copied and copied == han:
            continue
        if (
            len(word) > 1  # 村 is as much 村居's as 乡镇's
            and any(lexicon.can_render(s, word) for s in siblings)
            and not lexicon.can_render(item, word)
        ):
            continue
        return False
    return True
