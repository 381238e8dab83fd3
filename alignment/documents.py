"""Document pairing: which Japanese file renders which Chinese file, and how much of it.

A rendering shares with its source what survives translation character for character: Han
bigrams after the hanzi→kanji bridge, numbers, Latin tokens. Independent translations share few of
them, and articles on the same event share almost as many, so the *amount* shared says little; what
sets a rendering apart is that its shared tokens line up *in order*, sentence after sentence.

1. Every content sentence becomes a set of such tokens, weighted by their rarity over all the files
   given (a word that every article uses says nothing about which one is the source).
2. For each Japanese file and each Chinese file that shares anything with it, a monotone path of
   sentence matches (1-1, skips free) collects the most shared weight; that weight over the
   Japanese file's own is the *ordered containment*. Shared topic words scattered across an
   unrelated article hardly form such a path.
3. A rendering may cover only part of its source, but then it is as long as the part it covers: a
   path spread over a much longer stretch of Chinese than the Japanese text could render is a sign of
   an article on the same topic, and the score shrinks with that shortfall.
4. Pairs are decided strongest first. A Japanese file takes its best source when the score clears a
   floor and beats its runner-up by a margin; a Chinese file already rendered can take another file
   only for sentences the earlier rendering did not cover (partial renderings of different parts),
   and a candidate explained away that way does not count as a runner-up either.

Coverage comes from aligning the accepted pairs only.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from alignment.aligner import align_documents
from alignment.bridge import to_kanji
from alignment.similarity import LOG_RATIO_MEAN, _num_tokens
from alignment.text import normalize
from alignment.types import Document, Pair

_HAN_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]+")
_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z'\-]{2,}")
_SKIP_LEN_RE = re.compile(r"[\s\u3000]")

#: Least ordered containment of a rendering in its source (independent human translations of news
#: reach 0.10–0.40, machine translations more; unrelated articles stay below 0.06, articles on the
#: same event up to ~0.10 once the length shortfall is counted).
MIN_SCORE = 0.095
#: The chosen source must beat the Japanese file's next candidate by this factor.
MIN_MARGIN = 1.3
#: A path may spread over Chinese text this much longer (log ratio, beyond the usual ja/zh length
#: ratio) than the Japanese file before the score shrinks...
SPAN_SLACK = 0.3
#: ...and a second rendering of a Chinese file may share at most this share of its matched Chinese
#: sentences with an earlier one (else it renders the same part: explained away).
MAX_SHARED_PART = 0.5
#: Token rarity is counted as if this many more files without the token were given, so that the
#: weights (and the floor above) mean the same for a handful of files as for a hundred.
PRIOR_FILES = 40


@dataclass(slots=True)
class _Text:
    """A document's content sentences as token sets, with their lengths (characters)."""

    doc: Document
    tokens: list[set[str]]
    lengths: list[int]


@dataclass(frozen=True, slots=True)
class Candidate:
    """Evidence that a Japanese file renders a Chinese one."""

    score: float  # ordered containment, shrunk for a length shortfall
    containment: float  # ordered containment alone
    matched: frozenset[int]  # Chinese content sentences on the path


def sentence_tokens(text: str, lang: str) -> set[str]:
    """Cross-language tokens of one sentence: bridged Han bigrams, numbers, Latin words."""
    text = normalize(text)
    if lang == "zh":
        text = to_kanji(text)
    tokens: set[str] = set()
    for run in _HAN_RUN_RE.findall(text):
        tokens.update(run[i : i + 2] for i in range(len(run) - 1))
    tokens.update(_num_tokens(text))
    tokens.update("L" + w.lower() for w in _LATIN_RE.findall(text))
    return tokens


def _text(doc: Document) -> _Text:
    sentences = doc.content_sentences()
    return _Text(
        doc,
        [sentence_tokens(s.text, doc.lang) for s in sentences],
        [len(_SKIP_LEN_RE.sub("", s.text)) for s in sentences],
    )


def monotone_path(cells: dict[int, dict[int, float]], n: int, m: int) -> tuple[float, frozenset[int]]:
    """Best total weight of in-order 1-1 matches (rows i < n, columns j < m, skips free), and the rows
    it uses. ``cells[i][j]`` is the weight of matching row i with column j (absent: nothing shared)."""
    prev = [0.0] * (m + 1)
    back: dict[tuple[int, int], int] = {}  # 0 up, 1 left, 2 diagonal; only rows with cells
    rows: list[list[float]] = [prev]
    for i in range(n):
        row = cells.get(i)
        if not row:
            rows.append(prev)
            continue
        cur = [0.0] * (m + 1)
        for j in range(m):
            best, arg = prev[j + 1], 0
            if cur[j] > best:
                best, arg = cur[j], 1
            v = row.get(j)
            if v is not None and prev[j] + v > best:
                best, arg = prev[j] + v, 2
            cur[j + 1] = best
            back[i, j] = arg
        prev = cur
        rows.append(prev)
    used: set[int] = set()
    i, j = n - 1, m - 1
    while i >= 0 and j >= 0:
        if not cells.get(i):
            i -= 1
            continue
        arg = back[i, j]
        if arg == 2:
            used.add(i)
            i, j = i - 1, j - 1
        elif arg == 1:
            j -= 1
        else:
            i -= 1
    return prev[m], frozenset(used)


def candidates(docs: list[Document]) -> dict[tuple[str, str], Candidate]:
    """Evidence for every (Japanese name, Chinese name) that share at least one token."""
    zh = [_text(d) for d in docs if d.lang == "zh"]
    ja = [_text(d) for d in docs if d.lang == "ja"]
    df: Counter[str] = Counter()
    for t in zh + ja:
        df.update(set().union(*t.tokens))
    n_docs = len(zh) + len(ja) + PRIOR_FILES
    weight = {tok: math.log(n_docs / c) for tok, c in df.items()}
    postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for k, t in enumerate(zh):
        for i, toks in enumerate(t.tokens):
            for tok in toks:
                postings[tok].append((k, i))
    out: dict[tuple[str, str], Candidate] = {}
    for j_text in ja:
        own = sum(weight[tok] for toks in j_text.tokens for tok in toks)
        if not own:
            continue
        cells: dict[int, dict[int, dict[int, float]]] = defaultdict(lambda: defaultdict(dict))
        for b, toks in enumerate(j_text.tokens):
            shared: dict[tuple[int, int], float] = defaultdict(float)
            for tok in toks:
                for key in postings.get(tok, ()):
                    shared[key] += weight[tok]
            for (k, i), v in shared.items():
                if v > 0:
                    cells[k][i][b] = v
        ja_len = sum(j_text.lengths) or 1
        for k, by_row in cells.items():
            z_text = zh[k]
            total, used = monotone_path(by_row, len(z_text.tokens), len(j_text.tokens))
            if not used:
                continue
            containment = total / own
            span = sum(z_text.lengths[min(used) : max(used) + 1]) or 1
            shortfall = max(0.0, LOG_RATIO_MEAN - math.log(ja_len / span) - SPAN_SLACK)
            out[j_text.doc.name, z_text.doc.name] = Candidate(
                containment * math.exp(-shortfall), containment, used
            )
    return out


def coverage(source: Document, target: Document) -> float:
    """Share of the source's content characters that the rendering's alignment links to something."""
    links = align_documents(source, target).links
    covered = {i for link in links if link.src and link.tgt for i in link.src}
    content = [s for s in source.sentences if not s.is_boilerplate]
    total = sum(len(s.text) for s in content)
    return sum(len(source.sentences[i].text) for i in covered) / total if total else 0.0


def pair_documents(docs: list[Document]) -> tuple[list[Pair], list[str]]:
    """Pairs (source zh, target ja) with score and coverage, and the names of unpaired ja files."""
    by_name = {d.name: d for d in docs}
    cands = candidates(docs)
    per_ja: dict[str, list[tuple[str, Candidate]]] = defaultdict(list)
    for (ja, zh), c in cands.items():
        per_ja[ja].append((zh, c))
    renderings: dict[str, list[frozenset[int]]] = defaultdict(list)

    def explained(zh: str, c: Candidate) -> bool:
        return any(len(c.matched & earlier) >= MAX_SHARED_PART * len(c.matched) for earlier in renderings[zh])

    decided: dict[str, str | None] = {}
    for (ja, zh), c in sorted(cands.items(), key=lambda kv: (-kv[1].score, kv[0])):
        if ja in decided or explained(zh, c):
            continue
        runner_up = max((o.score for z, o in per_ja[ja] if z != zh and not explained(z, o)), default=0.0)
        if c.score >= MIN_SCORE and c.score >= MIN_MARGIN * runner_up:
            decided[ja] = zh
            renderings[zh].append(c.matched)
        else:
            decided[ja] = None
    pairs: list[Pair] = []
    unpaired: list[str] = []
    for doc in docs:
        if doc.lang != "ja":
            continue
        zh = decided.get(doc.name)
        if zh is None:
            unpaired.append(doc.name)
            continue
        score = round(min(1.0, cands[doc.name, zh].containment), 4)
        pairs.append(Pair(zh, doc.name, score, round(coverage(by_name[zh], doc), 4)))
    return pairs, unpaired
