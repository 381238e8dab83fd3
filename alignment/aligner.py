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

from alignment.boilerplate import flags as boilerplate_flags
from alignment.similarity import LOG_RATIO_MEAN, Features, features, length_logprob
from alignment.types import Alignment, Document, Link

BEADS: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1))
# Prior log-odds of each bead shape (1-1 is by far the most common in news translation).
BEAD_PRIOR = {(1, 1): 0.0, (1, 2): -1.6, (2, 1): -1.6, (2, 2): -3.5, (1, 3): -3.2, (3, 1): -3.2}
MATCH_BONUS = 1.0
NULL_COST = -2.0
NULL_BEST_FACTOR = 0.5
ALWAYS_ANCHOR = False
USE_IDF = True
V1 = True
MERGE_MEMBER_PENALTY = 0.0
GAP_IMBALANCE = 0.6
GAP_NULL_BONUS = 2.0
LENGTH_LLR_OFFSET = 1.2  # log-density ratio of the length model against unrelated pairs, at best
FULL_DP_CELLS = 400_000
BAND = 40


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


class _Scorer:
    """Scores beads for one document pair, with per-document calibration of the lexical signal."""

    def __init__(self, src: list[Features], tgt: list[Features]):
        self.src, self.tgt = src, tgt
        # Tokens frequent in this document pair (the article's own topic words) say little about
        # which sentence renders which: weight each by its inverse document frequency.
        df: dict[int, int] = {}
        for f in (*src, *tgt):
            for t in f.tokens:
                df[t] = df.get(t, 0) + 1
        total = len(src) + len(tgt) + 1
        self.weight = {t: (math.log(total / (d + 0.5)) if USE_IDF else 1.0) for t, d in df.items()}
        w = self.weight
        self.src_w = [sum(w[t] for t in f.tokens) for f in src]
        self.tgt_w = [sum(w[t] for t in f.tokens) for f in tgt]
        rng = random.Random(1234)
        n, m = len(src), len(tgt)
        samples = []
        if n and m:
            for _ in range(min(400, n * m)):
                i, j = rng.randrange(n), rng.randrange(m)
                samples.append(self.similarity(i, i + 1, j, j + 1))
        samples.sort()
        # Robust spread of unrelated pairs: most random pairs are unrelated, so use the lower 90 %.
        body = samples[: max(1, int(len(samples) * 0.9))]
        mean = sum(body) / len(body) if body else 0.0
        var = sum((s - mean) ** 2 for s in body) / len(body) if body else 0.0
        self.mu = mean
        self.sigma = max(math.sqrt(var), 0.02)
        self._cache: dict[tuple[int, int, int, int], float] = {}
        self.calibrate([])

    def calibrate(self, best_z: list[float]) -> None:
        """Fit the translation-pair distribution of z to the better half of the best matches."""
        if len(best_z) >= 3:
            mean = sum(best_z) / len(best_z)
            sd = math.sqrt(sum((z - mean) ** 2 for z in best_z) / len(best_z))
        else:
            mean, sd = 2.0, 1.5
        self.mu_true = max(1.0, mean)
        self.sd_true = max(1.0, sd, 0.35 * self.mu_true)
        self.strength = self.mu_true
        # Length says little where words already decide (and misleads on partial translations).
        self.length_weight = 1.0 if self.mu_true < 4 else 4.0 / self.mu_true

    def similarity(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """idf-weighted Dice of src[i0:i1] and tgt[j0:j1]."""
        w = self.weight
        if i1 - i0 == 1 and j1 - j0 == 1:
            a, b = self.src[i0].tokens, self.tgt[j0].tokens
            wa, wb = self.src_w[i0], self.tgt_w[j0]
        else:
            a = frozenset().union(*(f.tokens for f in self.src[i0:i1]))
            b = frozenset().union(*(f.tokens for f in self.tgt[j0:j1]))
            wa, wb = sum(w[t] for t in a), sum(w[t] for t in b)
        if not wa or not wb:
            return 0.0
        return 2.0 * sum(w[t] for t in a & b) / (wa + wb)

    def member_penalty(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """A merge whose extra sentence shares nothing with the other side is a forced merge;
        how much that counts depends on how well the bridge works in this document."""
        worst = min(
            [self.evidence(i, i + 1, j0, j1) for i in range(i0, i1)] if i1 - i0 > 1 else
            [self.evidence(i0, i1, j, j + 1) for j in range(j0, j1)]
        )
        trust = min(1.0, max(0.0, (self.mu_true - 4.0) / 6.0))
        return MERGE_MEMBER_PENALTY * trust * max(0.0, 1.5 - worst)

    def evidence(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Lexical z-score of src[i0:i1] against tgt[j0:j1]."""
        return (self.similarity(i0, i1, j0, j1) - self.mu) / self.sigma

    def lex_llr(self, z: float) -> float:
        """log P(z | translation pair) − log P(z | unrelated pair), both Gaussian; the translation
        distribution is this document's own (mean and spread of its best matches)."""
        z = min(z, self.mu_true + 3 * self.sd_true)
        true = -0.5 * ((z - self.mu_true) / self.sd_true) ** 2 - math.log(self.sd_true)
        unrelated = -0.5 * z * z
        return max(-10.0, min(10.0, true - unrelated))

    def bead(self, i0: int, i1: int, j0: int, j1: int) -> float:
        key = (i0, i1, j0, j1)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        z = self.evidence(i0, i1, j0, j1)
        zh_len = sum(f.length for f in self.src[i0:i1])
        ja_len = sum(f.length for f in self.tgt[j0:j1])
        length = length_logprob(zh_len, ja_len) + LENGTH_LLR_OFFSET
        shape = (i1 - i0, j1 - j0)
        if V1:
            zc = min(z, 12.0)
            lex = 1.2 * zc if zc > 0 else 0.6 * zc
            score = lex + length_logprob(zh_len, ja_len) * (1.6 / (1.0 + self.mu_true / 4)) + 2.5 + BEAD_PRIOR[shape]
            if shape != (1, 1):
                score -= 0.3 + self.member_penalty(i0, i1, j0, j1)
        else:
            score = self.lex_llr(z) + self.length_weight * length + MATCH_BONUS + BEAD_PRIOR[shape]
        self._cache[key] = score
        return score


def _null_cost(best_z: float, scorer: _Scorer) -> float:
    """Score of leaving a sentence unlinked: dearer where a likely partner is in sight."""
    if V1:
        strength = scorer.mu_true / 4
        return -1.8 - 0.8 / (0.3 + strength) - NULL_BEST_FACTOR * max(0.0, best_z)
    return NULL_COST - NULL_BEST_FACTOR * max(0.0, scorer.lex_llr(best_z))


def _gap_null_bonus(src: list[Features], tgt: list[Features]) -> float:
    """Between two anchors, text of very different lengths on the two sides means a partial
    translation: part of the gap has no counterpart, so null links get cheaper there."""
    if not src or not tgt:
        return 0.0
    zh_len = sum(f.length for f in src)
    ja_len = sum(f.length for f in tgt)
    imbalance = abs(math.log((ja_len + 20) / (zh_len + 20)) - LOG_RATIO_MEAN)
    return GAP_NULL_BONUS if imbalance > GAP_IMBALANCE else 0.0


def _low_share(best_src, best_tgt, mu_true: float) -> float:
    """Share of sentences with no convincing partner anywhere: high in partial translations."""
    best = [z for z, _ in best_src] + [z for z, _ in best_tgt]
    return sum(1 for z in best if z < 0.35 * mu_true) / len(best) if best else 0.0


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
            conf = _sigmoid(0.5 * sc.lex_llr(z) + 0.5)
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
    sc.calibrate(top)
    sc.low_share = _low_share(best_src, best_tgt, sc.mu_true)
    null_src = [_null_cost(best_src[i][0], sc) for i in range(n)]
    null_tgt = [_null_cost(best_tgt[j][0], sc) for j in range(m)]
    cands = [(i, j) for i, (z, j) in enumerate(best_src) if j >= 0 and z >= 4.0 and best_tgt[j][1] == i]
    anchors = _lis_anchors(cands) if ALWAYS_ANCHOR or n * m > FULL_DP_CELLS else []
    links: list[Link] = []
    pi, pj = 0, 0
    for ai, aj in [*anchors, (n, m)]:
        bonus = _gap_null_bonus(src[pi:ai], tgt[pj:aj])
        if bonus:
            gap_src = null_src[:pi] + [c + bonus for c in null_src[pi:ai]]
            gap_tgt = null_tgt[:pj] + [c + bonus for c in null_tgt[pj:aj]]
            links.extend(_dp(sc, pi, ai, pj, aj, gap_src, gap_tgt))
        else:
            links.extend(_dp(sc, pi, ai, pj, aj, null_src, null_tgt))
        if ai < n:
            links.append(Link((ai,), (aj,), round(_sigmoid(0.5 * sc.lex_llr(best_src[ai][0]) + 0.5), 3)))
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
        src_boilerplate = boilerplate_flags(list(src), "zh")
    if tgt_boilerplate is None:
        tgt_boilerplate = boilerplate_flags(list(tgt), "ja")
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
