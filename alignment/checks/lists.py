"""Omissions real MT makes without shortening the sentence: an item dropped from a list.

A Chinese enumeration (经贸、教育、文化、体育等领域) loses one item in translation and the target
stays about as long as usual, so the length-based omission checks cannot see it. Each item is
judged on its own: an item none of whose content (characters after the hanzi bridge, names by
pronunciation, loanwords through the dictionaries, figures) reaches the target has no
counterpart there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.content import HAN_RE, KANA_WORD_RE, OMISSION_SUBSUMES, ZH_FUNCTION, source_units
from alignment.checks.entities import name_runs, rendered_positions
from alignment.checks.kana import romaji
from alignment.checks.meaning import vectors
from alignment.checks.origins import cedict_proper_nouns

# A clause: the stretch between the punctuation that ends one (a list never crosses it).
_CLAUSE_RE = re.compile(r"[^，,；;。！？!?：:“”\"「」（）()《》]+")
# Where the last item of a list ends: the word closing the enumeration (等领域, 和, 以及), or a count
# of the items just listed (菲拉赫、维也纳、萨尔茨堡三地; 五大功能).
_LIST_END_RE = re.compile(
    r"等|以及|及|和|与|跟|或|[两二三四五六七八九十]+[个项大家种条类地国座所名位场批处市省]"
)
#: Items shorter than this many content units say too little to be missed (一、二).
MIN_UNITS = 2
#: An item whose meaning some word of the target comes this near (cosine, multilingual encoder)
#: is rendered by a word the bridge cannot see (旅游 = 観光, 服装 = 衣料品). Chosen by
#: cross-validation over documents (benchmarks/cv_checks.py --grid).
NEAR_ENOUGH = 0.5
_SKIPPED_POS = frozenset({"助詞", "助動詞", "補助記号", "記号"})  # UniDic pos1
#: Past this many content words a segment is no sentence (a pasted page): its runs are not encoded.
_MAX_WORDS = 300


def list_items(clause: str, names: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, bool]]:
    """The items (offsets in the clause, and whether the item can be judged) of an enumeration of
    at least three separated by 、.

    The first and last parts of the clause carry more than their item (举办非遗讲座, 体育等领域开展):
    the last is cut where the enumeration closes, the first is taken as long as the item after it
    (list items are of a kind and of about one length). A last item with no word closing the list
    cannot be told from what follows it: it is kept, at that length, only to stand for itself
    among its siblings. A name (``names``: offsets of the source's names in the clause) that ends
    the first part or starts the last is that item whole, whatever its length (哈萨克斯坦 among
    俄罗斯、白俄罗斯)."""
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^、]+", clause)]
    if len(parts) < 3:
        return []
    width = parts[1][1] - parts[1][0]
    first_start, first_end = parts[0]
    first = max(first_start, first_end - width)
    first = min([first, *(a for a, b in names if b == first_end and a >= first_start)])
    items = [(first, first_end, True)]
    items += [(a, b, True) for a, b in parts[1:-1]]
    start, end = parts[-1]
    close = _LIST_END_RE.search(clause, start, end)
    named = [b for a, b in names if a == start and b <= end]
    if close is None and named:
        items.append((start, max(named), True))
    elif close is None:
        items.append((start, min(end, start + width), False))
    else:
        items.append((start, close.start(), True))
    return [(a, b, judged) for a, b, judged in items if b > a]


class DroppedListItem(Check):
    code = "omission-list-item"
    category = "omission"
    severity = "major"
    subsumes = OMISSION_SUBSUMES
    description = gettext_noop(
        "An item of a list in the source (经贸、教育、文化、体育等) has no counterpart in the target: "
        "it was dropped, though the sentence is not shorter than usual."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "、" not in seg.source or not seg.has_kana:
            return
        bridged = seg.bridged
        target_han = set(HAN_RE.findall(seg.target))
        target_lower = seg.target_norm.lower()
        kana = [romaji(w) for w in KANA_WORD_RE.findall(seg.target_kana)]
        rendered = rendered_positions(seg.source, seg.target_kana)
        names = name_runs(seg.source, 2)
        spans = _name_spans(seg.source, names)
        for clause in _CLAUSE_RE.finditer(seg.source):
            c0, c1 = clause.span()
            inside = [(a - c0, b - c0) for a, b in spans if c0 <= a and b <= c1]
            items = [(c0 + a, c0 + b, j) for a, b, j in list_items(clause.group(), inside)]
            siblings = [seg.source[a:b] for a, b, _ in items]
            for start, end, judged in items:
                if not judged:
                    continue
                runs = [(s - start, n) for n, s in names if start <= s and s + len(n) <= end]
                covered = {i - start for i in rendered if start <= i < end}
                units = source_units(
                    seg.source[start:end], bridged[start:end], target_han, target_lower, kana, runs, covered
                )
                if len(units) < MIN_UNITS or _reached(
                    units, runs, covered, seg.source[start:end], bridged[start:end], seg.target
                ):
                    continue
                item = seg.source[start:end]
                nearest, cosine = _nearest_target_words(item, siblings, seg)
                if cosine < NEAR_ENOUGH:
                    closest = f" (the nearest in meaning is '{nearest}', {cosine:.2f})" if nearest else ""
                    yield Finding(
                        f"the list item '{item}' of the source has no counterpart in the target{closest}"
                    )


def _name_spans(source: str, names: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """Where the source's names stand: transliteration runs and the words CC-CEDICT glosses with a
    proper noun (俄罗斯 "Russia"), as offsets."""
    spans = {(start, start + len(name)) for name, start in names}
    for word, _ in cedict_proper_nouns(source):
        spans.update((m.start(), m.end()) for m in re.finditer(re.escape(word), source))
    return sorted(spans)


def _reached(
    units: list[bool], runs: list[tuple[int, str]], covered: set[int], raw: str, bridged: str, target: str
) -> bool:
    """Whether an item reaches the target on evidence of a word, not of a character: a name, a
    figure, a Latin token or a loanword the entity checks find rendered, or two of its characters
    standing together in the target after the bridge. One shared character proves little in a
    list, whose items are of a kind: 育 of 体育 is found in 教育, the rendering of a sibling, and
    电 of 电机 in 電子制御."""
    in_name = {i for s, n in runs for i in range(s, s + len(n))}
    hanzi = sum(
        1 for i, c in enumerate(bridged) if i not in in_name and HAN_RE.match(c) and raw[i] not in ZH_FUNCTION
    )
    if any(units[: len(units) - hanzi]) or covered:
        return True
    return any(
        HAN_RE.match(bridged[i]) and HAN_RE.match(bridged[i + 1]) and bridged[i : i + 2] in target
        for i in range(len(bridged) - 1)
    )


def _nearest_target_words(item: str, siblings: list[str], seg: Segment) -> tuple[str, float]:
    """The run of one to three content words of the target nearest in meaning to ``item`` among
    those nearer to it than to any other item of its list: the items of a list are of a kind
    (cities, trades), so the rendering of a sibling (北京 for 上海) is near too and must not count."""
    words = [t for t in seg.tokens if t.feature.pos1 not in _SKIPPED_POS]
    if len(words) > _MAX_WORDS:
        return "", 1.0
    runs = [
        run
        for run in dict.fromkeys(
            seg.target[words[k].start : words[k + n - 1].end]
            for n in (1, 2, 3)
            for k in range(len(words) - n + 1)
        )
        if len(run) > 1
    ]
    if not runs:
        return "", 0.0
    sims = vectors(runs) @ vectors(siblings).T
    mine = siblings.index(item)
    own = [(float(row[mine]), run) for run, row in zip(runs, sims, strict=True) if int(row.argmax()) == mine]
    if not own:
        return "", 0.0
    cosine, nearest = max(own)
    return nearest, cosine
