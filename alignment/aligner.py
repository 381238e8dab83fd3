"""Bleualign-style sentence alignment of a Chinese article and its Japanese rendering.

1. Every sentence becomes features (:mod:`alignment.similarity`); boilerplate is set aside.
2. Lexical similarity is turned into *evidence*: how far a candidate's Dice score stands above what
   unrelated sentences of the same document score (a z-score against sampled off-diagonal pairs).
   This weighs the bridge by its strength per document: strong on zh→ja MT of government news,
   weak on independent translations where transliterated names do not match.
3. Strong mutual-best 1-1 pairs form a monotone chain of anchors (longest increasing subsequence).
4. Between anchors, a dynamic programme over beads 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-0, 0-1 picks the
   best path, adding a length prior whose weight shrinks where lexical evidence is strong, and
   giving null beads a cost that depends on whether the sentence has evidence for a partner at all.
   The search is banded, so time grows about linearly with document length.
"""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Sequence

from alignment.boilerplate import is_boilerplate
from alignment.similarity import Features, dice, features, length_logprob
from alignment.types import Alignment, Document, Link

BEADS: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1))
# Prior log-odds of each bead shape (1-1 is by far the most common in news translation).
BEAD_PRIOR = {(1, 1): 0.0, (1, 2): -1.6, (2, 1): -1.6, (2, 2): -3.5, (1, 3): -3.2, (3, 1): -3.2}
FULL_DP_CELLS = 400_000
BAND = 40


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


class _Scorer:
    """Scores beads for one document pair, with per-document calibration of the lexical signal."""

    def __init__(self, src: list[Features], tgt: list[Features]):
        self.src, self.tgt = src, tgt
        rng = random.Random(1234)
        n, m = len(src), len(tgt)
        samples = []
        if n and m:
            for _ in range(min(400, n * m)):
                i, j = rng.randrange(n), rng.randrange(m)
                samples.append(dice(src[i].tokens, tgt[j].tokens))
        mean = sum(samples) / len(samples) if samples else 0.0
        var = sum((s - mean) ** 2 for s in samples) / len(samples) if samples else 0.0
        self.mu = mean
        self.sigma = max(math.sqrt(var), 0.03)
        self._cache: dict[tuple[int, int, int, int], float] = {}
        self.strength = 1.0  # set by align() after a first look at the best matches

    def evidence(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Lexical z-score of src[i0:i1] against tgt[j0:j1]."""
        if i1 - i0 == 1 and j1 - j0 == 1:
            a, b = self.src[i0].tokens, self.tgt[j0].tokens
        else:
            a = frozenset().union(*(f.tokens for f in self.src[i0:i1]))
            b = frozenset().union(*(f.tokens for f in self.tgt[j0:j1]))
        return (dice(a, b) - self.mu) / self.sigma

    def bead(self, i0: int, i1: int, j0: int, j1: int) -> float:
        key = (i0, i1, j0, j1)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        z = min(self.evidence(i0, i1, j0, j1), 12.0)
        zh_len = sum(f.length for f in self.src[i0:i1])
        ja_len = sum(f.length for f in self.tgt[j0:j1])
        lex = 1.2 * z if z > 0 else 0.6 * z
        length = length_logprob(zh_len, ja_len) * (1.6 / (1.0 + self.strength))
        shape = (i1 - i0, j1 - j0)
        score = lex + length + 2.5 + BEAD_PRIOR[shape]
        if shape != (1, 1):
            # A merge must explain more than its best 1-1 part does, or it is a forced merge.
            score -= 0.3
        self._cache[key] = score
        return score


def _null_cost(best_z: float, strength: float) -> float:
    """Score of leaving a sentence unlinked: cheap where nothing resembles it, dear where a partner is
    in sight; where the bridge is weak overall, a null link needs more to justify it."""
    base = -1.8 - 0.8 / (0.3 + strength)
    return base - 0.5 * max(0.0, best_z)


def _lis_anchors(cands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest chain increasing in both coordinates (patience sorting)."""
    cands = sorted(cands, key=lambda p: (p[0], -p[1]))
    tails: list[int] = []
    tails_idx: list[int] = []
    prev: list[int] = [-1] * len(cands)
    for k, (_, j) in enumerate(cands):
        pos = bisect.bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tails_idx.append(k)
        else:
            tails[pos] = j
            tails_idx[pos] = k
        prev[k] = tails_idx[pos - 1] if pos > 0 else -1
    out = []
    k = tails_idx[-1] if tails_idx else -1
    while k >= 0:
        out.append(cands[k])
        k = prev[k]
    return out[::-1]


def _dp(sc: _Scorer, i_lo: int, i_hi: int, j_lo: int, j_hi: int, null_src, null_tgt) -> list[Link]:
    """Best bead path over src[i_lo:i_hi] × tgt[j_lo:j_hi], banded around the diagonal."""
    n, m = i_hi - i_lo, j_hi - j_lo
    if n == 0 or m == 0:
        return [Link((i,), (), 0.0) for i in range(i_lo, i_hi)] + [Link((), (j,), 0.0) for j in range(j_lo, j_hi)]
    full = n * m <= FULL_DP_CELLS
    band = max(BAND, abs(n - m) + 10)
    neg = -1e18
    score: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        if full:
            j_from, j_to = 0, m
        else:
            center = i * m / n
            j_from, j_to = max(0, int(center - band)), min(m, int(center + band))
        for j in range(j_from, j_to + 1):
            if i == 0 and j == 0:
                continue
            best, arg = neg, None
            for di, dj in BEADS:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                prev = score.get((pi, pj))
                if prev is None:
                    continue
                if di == 0:
                    s = prev + null_tgt[j_lo + pj]
                elif dj == 0:
                    s = prev + null_src[i_lo + pi]
                else:
                    s = prev + sc.bead(i_lo + pi, i_lo + i, j_lo + pj, j_lo + j)
                if s > best:
                    best, arg = s, (di, dj)
            if arg is not None:
                score[(i, j)] = best
                back[(i, j)] = arg
    if (n, m) not in score:  # band too narrow for this gap: fall back to a full search
        global_full = FULL_DP_CELLS
        try:
            globals()["FULL_DP_CELLS"] = n * m + 1
            return _dp(sc, i_lo, i_hi, j_lo, j_hi, null_src, null_tgt)
        finally:
            globals()["FULL_DP_CELLS"] = global_full
    links: list[Link] = []
    i, j = n, m
    while i > 0 or j > 0:
        di, dj = back[(i, j)]
        src = tuple(range(i_lo + i - di, i_lo + i))
        tgt = tuple(range(j_lo + j - dj, j_lo + j))
        if di and dj:
            z = sc.evidence(src[0], src[-1] + 1, tgt[0], tgt[-1] + 1)
            conf = _sigmoid(0.9 * (z - 1.0) + 0.5 * sc.strength)
        else:
            cost = null_src[src[0]] if di else null_tgt[tgt[0]]
            conf = _sigmoid(-cost - 2.0)
        links.append(Link(src, tgt, round(conf, 3)))
        i, j = i - di, j - dj
    return links[::-1]


def _align_content(src: list[Features], tgt: list[Features]) -> list[Link]:
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return [Link((i,), (), 1.0) for i in range(n)] + [Link((), (j,), 1.0) for j in range(m)]
    sc = _Scorer(src, tgt)
    # Candidate anchors: for each source sentence, its best target inside a wide window.
    window = max(60, int(0.1 * max(n, m)))
    best_src = [(-99.0, -1)] * n
    best_tgt = [(-99.0, -1)] * m
    index: dict[int, list[int]] = {}
    for j, f in enumerate(tgt):
        for t in f.anchors:
            index.setdefault(t, []).append(j)
    for i, f in enumerate(src):
        center = i * m / n
        hits: dict[int, int] = {}
        for t in f.anchors:
            for j in index.get(t, ()):
                if abs(j - center) <= window * 3 or n * m <= FULL_DP_CELLS:
                    hits[j] = hits.get(j, 0) + 1
        for j in sorted(hits, key=hits.__getitem__, reverse=True)[:8]:
            z = sc.evidence(i, i + 1, j, j + 1)
            if z > best_src[i][0]:
                best_src[i] = (z, j)
            if z > best_tgt[j][0]:
                best_tgt[j] = (z, i)
    zs = sorted((z for z, _ in best_src if z > -99), reverse=True)
    top = zs[: max(1, len(zs) // 2)]
    sc.strength = max(0.0, min(4.0, (sum(top) / len(top)) / 4.0)) if top else 0.0
    null_src = [_null_cost(best_src[i][0], sc.strength) for i in range(n)]
    null_tgt = [_null_cost(best_tgt[j][0], sc.strength) for j in range(m)]
    cands = [(i, j) for i, (z, j) in enumerate(best_src) if j >= 0 and z >= 4.0 and best_tgt[j][1] == i]
    anchors = _lis_anchors(cands) if n * m > FULL_DP_CELLS else []
    links: list[Link] = []
    pi, pj = 0, 0
    for ai, aj in [*anchors, (n, m)]:
        links.extend(_dp(sc, pi, ai, pj, aj, null_src, null_tgt))
        if ai < n:
            links.append(Link((ai,), (aj,), round(_sigmoid(0.9 * (best_src[ai][0] - 1.0)), 3)))
        pi, pj = ai + 1, aj + 1
    return links


def _merge_with_boilerplate(links: list[Link], src_map: list[int], tgt_map: list[int],
                            src_bp: list[int], tgt_bp: list[int]) -> list[Link]:
    """Map content indices back to document indices and put chrome null links in document order."""
    out: list[Link] = []
    si = ti = 0
    for link in links:
        src = tuple(src_map[i] for i in link.src)
        tgt = tuple(tgt_map[j] for j in link.tgt)
        while si < len(src_bp) and src and src_bp[si] < src[0]:
            out.append(Link((src_bp[si],), (), 1.0))
            si += 1
        while ti < len(tgt_bp) and tgt and tgt_bp[ti] < tgt[0]:
            out.append(Link((), (tgt_bp[ti],), 1.0))
            ti += 1
        out.append(Link(src, tgt, link.score))
    out.extend(Link((i,), (), 1.0) for i in src_bp[si:])
    out.extend(Link((), (j,), 1.0) for j in tgt_bp[ti:])
    return out


def align(
    src: Sequence[str],
    tgt: Sequence[str],
    *,
    src_boilerplate: Sequence[bool] | None = None,
    tgt_boilerplate: Sequence[bool] | None = None,
) -> Alignment:
    """Align Chinese sentences ``src`` with Japanese sentences ``tgt``.

    Boilerplate flags default to :func:`alignment.boilerplate.is_boilerplate` on each sentence;
    chrome and empty lines become null links of their own and never join content.
    """
    if src_boilerplate is None:
        src_boilerplate = [is_boilerplate(s, "zh") for s in src]
    if tgt_boilerplate is None:
        tgt_boilerplate = [is_boilerplate(s, "ja") for s in tgt]
    src_map = [i for i, bp in enumerate(src_boilerplate) if not bp and src[i].strip()]
    tgt_map = [j for j, bp in enumerate(tgt_boilerplate) if not bp and tgt[j].strip()]
    src_set, tgt_set = set(src_map), set(tgt_map)
    src_bp = [i for i in range(len(src)) if i not in src_set]
    tgt_bp = [j for j in range(len(tgt)) if j not in tgt_set]
    content = _align_content([features(src[i], "zh") for i in src_map], [features(tgt[j], "ja") for j in tgt_map])
    return Alignment(_merge_with_boilerplate(content, src_map, tgt_map, src_bp, tgt_bp))


def align_documents(src: Document, tgt: Document) -> Alignment:
    """Align two loaded documents; indices are their ``sentences`` indices."""
    return align(
        [s.text for s in src.sentences],
        [s.text for s in tgt.sentences],
        src_boilerplate=[s.is_boilerplate for s in src.sentences],
        tgt_boilerplate=[s.is_boilerplate for s in tgt.sentences],
    )
