"""Bleualign-style sentence alignment of a Chinese article and its Japanese rendering.

1. Every sentence becomes features (:mod:`alignment.similarity`); boilerplate is set aside.
2. Lexical similarity is turned into *evidence*: how far a candidate's Dice score stands above what
   unrelated sentences of the same document score (a z-score against sampled off-diagonal pairs).
   This weighs the bridge by its strength per document: strong on zh→ja MT of government news,
   weak on independent translations where transliterated names do not match. In short documents
   the multilingual sentence encoder adds its own z-score, which sees meaning where no characters
   are shared.
3. A dynamic programme over beads 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-0, 0-1 picks the best path,
   adding a length prior whose weight shrinks where lexical evidence is strong, and giving null
   beads a cost that depends on whether the sentence has evidence for a partner at all; where the
   two sides differ far more in length than translations do, the document is a partial rendering
   and null links get cheaper.
4. Short documents are searched in full. In long ones, strong mutual-best 1-1 pairs form a monotone
   chain of anchors (longest increasing subsequence) and the search is a band that follows that
   chain — anchors guide it but are not forced links — so time grows about linearly with length.
"""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from alignment import calibration
from alignment.boilerplate import flags as boilerplate_flags
from alignment.similarity import LOG_RATIO_MEAN, Features, features, length_logprob
from alignment.types import Alignment, Document, Link

if TYPE_CHECKING:
    import numpy as np

BEADS: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1))
# Prior log-odds of each bead shape (1-1 is by far the most common in news translation); merges pay
# a little more so that they must explain more than their best 1-1 part.
BEAD_PRIOR = {(1, 1): 2.5, (1, 2): 0.6, (2, 1): 0.6, (2, 2): -1.3, (1, 3): -1.0, (3, 1): -1.0}
#: Null links near a sentence's best candidate get dearer by this much per unit of its evidence.
NULL_BEST_FACTOR = 0.5
#: ...counted from this fraction of the document's typical pair evidence (weaker matches are chance).
NULL_BEST_OFFSET = 0.3
#: Between anchors (or over a whole short document), text whose two sides differ in length by more
#: than this (in log ratio, beyond the usual ja/zh ratio) is a partial translation...
GAP_IMBALANCE = 0.6
#: ...where each null link costs this much less.
GAP_NULL_BONUS = 2.0
#: Weight of the penalty for lexical silence, scaled by the document's bridge strength...
SILENCE_WEIGHT = 2.0
#: ...and its factor in a partial translation, where fewer sentences have a partner at all, so a
#: candidate pair far below the typical evidence is even less likely to be one.
PARTIAL_SILENCE_FACTOR = 2.0
#: Floor of the spread of unrelated-pair similarity: where nearly all unrelated pairs share nothing
#: (long partial translations), a tiny spread would turn chance overlaps into strong evidence.
SIGMA_FLOOR = 0.025
#: Curvature of the evidence term: under a roughly normal spread of unrelated-pair similarity the
#: log-odds of a pair grow faster than linearly with its z-score, so one strong match (a sentence
#: rendered as three) outweighs several weak ones that add up to the same sum.
EVIDENCE_CURVE = 0.03
#: Exponent of the narrowing of unrelated-pair spread with the sentences a bead holds (0: none;
#: 0.5: as the standard error of a mean); chosen by cross-validation over documents.
MERGE_SPREAD_EXP = 0.0
#: A merged bead (one sentence against two or three) whose evidence falls below that of its best
#: 1-1 part is moved this fraction of the way up to it: the weaker part's words that the bridge
#: does not see dilute the merged Dice, and without this a sentence rendered as two scores below
#: its better half plus a null link (chosen by cross-validation by document, benchmarks/cv_align.py).
MERGE_BEST_PART = 0.8
#: ...but only where that part is itself a likely pair, at least this fraction of the document's
#: typical pair evidence: the best of two or three chance matches beats their merge by chance alone,
#: and between unrelated texts (pairing aligns same-topic candidates) merges would swallow what
#: should stay unlinked. Dev strict F1 is the same for 0.25–0.75 (0 without pairing's test).
MERGE_PART_MIN = 0.5
#: Weight of the encoder's evidence (a z-score of the cosine of the two sides' sentence vectors
#: against unrelated pairs of the same document) in a bead's score; 0 turns the encoder off.
SEMANTIC_WEIGHT = 1.5
#: Its z-score is capped here: meaning is a coarse signal, it breaks ties, it does not outvote words.
SEMANTIC_CAP = 5.0
#: Floor of the spread of unrelated-pair cosines (a handful of encoded sentences measures it poorly).
SEMANTIC_SIGMA_FLOOR = 0.08
#: Weight of agreement in question, exclamation and quotation marks (1-1 beads only).
PUNCT_WEIGHT = 0.5
#: Cost of a merge in which a line without a sentence-final mark (a heading) runs into the next
#: sentence: none of the 104 gold merges of the dev set and the seeds does, while the search
#: folded titles into first sentences (cross-validated by document: the same for 3–8).
HEADING_MERGE = 4.0
#: A pair that the calibrated confidence puts below this is left as null links (see ``_unforce``);
#: chosen by cross-validation by document over the dev set and the seeds (benchmarks/cv_align.py).
UNFORCE_BELOW = 0.5
#: A sentence without any candidate partner: its "best" evidence and partner index.
NO_PARTNER = (-3.0, -1)
#: Group of links that could not be otherwise (one side empty): see :mod:`alignment.calibration`.
CERTAIN = "certain"
#: Documents up to this many cells (sentences × sentences) are searched in full; beyond it the full
#: search's quadratic time and memory would dominate, so a band follows the anchors instead.
FULL_DP_CELLS = 400_000
#: Half-width (in sentences) of the band searched around the anchor chain in long documents: room for
#: merges and unanchored stretches, while the search time stays proportional to length × width.
BAND = 25
#: Random sentence pairs sampled to estimate how similar unrelated sentences of a document are...
UNRELATED_SAMPLES = 400
#: ...keeping the lowest fraction of them (the top few are likely true pairs)...
UNRELATED_BODY = 0.9
#: ...from a fixed seed, so that one document always aligns the same way.
SAMPLE_SEED = 1234
#: Typical evidence of a true pair where too few sentences have a candidate to measure it...
DEFAULT_TRUE_EVIDENCE = 2.0
#: ...which takes at least this many best matches.
MIN_TRUE_SAMPLES = 3
#: Weight of the length prior where lexical evidence is absent; it halves where the typical true
#: pair's evidence reaches ``LENGTH_WEIGHT_HALVING`` (words decide there, length misleads).
LENGTH_WEIGHT_MAX = 1.6
LENGTH_WEIGHT_HALVING = 4
#: Evidence beyond this z-score adds nothing: one identical long sentence must not outvote a path.
EVIDENCE_CAP = 12.0
#: Log-odds per unit of positive evidence, and per unit of negative evidence (counted at half: below
#: chance says less against a pair than above says for it).
EVIDENCE_SLOPE = 1.2
NEGATIVE_EVIDENCE_SLOPE = 0.6
#: Base score of a null link, and its extra cost where the document's bridge is weak (then silence
#: is no sign that a sentence has no partner): ``NULL_WEAK / (NULL_WEAK_OFFSET + mu_true / 4)``.
NULL_BASE = -1.8
NULL_WEAK = 0.8
NULL_WEAK_OFFSET = 0.3
#: Candidate partners are looked for within this many sentences of the diagonal, or this fraction
#: of the longer side if more (the offset between the sides grows with the document)...
CANDIDATE_WINDOW = 60
CANDIDATE_WINDOW_FRACTION = 0.04
#: ...scoring only the sentences sharing the most anchor tokens with it.
CANDIDATES_SCORED = 8
#: Mutual-best 1-1 pairs at least this evident become anchors of the long-document band.
ANCHOR_MIN_EVIDENCE = 4.0
#: How far the path may stray from an anchor (an anchor may still belong to a 1-2 bead or be wrong).
ANCHOR_SLACK = 5


def _punct_agreement(a: frozenset[str], b: frozenset[str]) -> float:
    """Questions, exclamations and quotations mostly survive translation: shared marks are a small
    sign of a pair, a mark on one side only a small sign against."""
    return sum(1.0 if (k in a) == (k in b) else -1.0 for k in "?!q" if k in a or k in b)


class _Scorer:
    """Scores beads for one document pair, with per-document calibration of the lexical signal."""

    def __init__(self, src: list[Features], tgt: list[Features]):
        self.src, self.tgt = src, tgt
        self._ov: dict[tuple[int, int], float] = {}
        self.silence_weight = SILENCE_WEIGHT
        self.sem: list[list[float]] | None = None
        # Tokens frequent in this document pair (the article's own topic words) say little about
        # which sentence renders which: weight each by its inverse document frequency.
        df: dict[int, int] = {}
        for f in (*src, *tgt):
            for t in f.tokens:
                df[t] = df.get(t, 0) + 1
        total = len(src) + len(tgt) + 1
        self.weight = {t: math.log(total / (d + 0.5)) for t, d in df.items()}
        w = self.weight
        self.src_w = self._prefix([sum(w[t] for t in f.tokens) for f in src])
        self.tgt_w = self._prefix([sum(w[t] for t in f.tokens) for f in tgt])
        self.src_len = self._prefix([f.length for f in src])
        self.tgt_len = self._prefix([f.length for f in tgt])
        # Similarity of unrelated sentences in this document: a robust mean and spread from random
        # pairs (most random pairs are unrelated, so the top 10 % are left out).
        rng = random.Random(SAMPLE_SEED)
        n, m = len(src), len(tgt)
        samples = sorted(
            self.similarity(i, i + 1, j, j + 1)
            for i, j in (
                (rng.randrange(n), rng.randrange(m))
                for _ in range(min(UNRELATED_SAMPLES, n * m) if n and m else 0)
            )
        )
        body = samples[: max(1, int(len(samples) * UNRELATED_BODY))] if samples else [0.0]
        self.mu = sum(body) / len(body)
        self.sigma = max(math.sqrt(sum((x - self.mu) ** 2 for x in body) / len(body)), SIGMA_FLOOR)
        self.calibrate([])

    @staticmethod
    def _prefix(values: list[float]) -> list[float]:
        out = [0.0]
        for v in values:
            out.append(out[-1] + v)
        return out

    def calibrate(self, best_z: list[float]) -> None:
        """Typical evidence of true pairs: the better half of the sentences' best matches."""
        self.mu_true = (
            max(1.0, sum(best_z) / len(best_z)) if len(best_z) >= MIN_TRUE_SAMPLES else DEFAULT_TRUE_EVIDENCE
        )
        # Length says little where words already decide (and misleads on partial translations).
        self.length_weight = LENGTH_WEIGHT_MAX / (1.0 + self.mu_true / LENGTH_WEIGHT_HALVING)
        self.strength = math.log(1.0 + self.mu_true / 2)

    def overlap(self, i: int, j: int) -> float:
        key = (i, j)
        ov = self._ov.get(key)
        if ov is None:
            w = self.weight
            ov = self._ov[key] = sum(w[t] for t in self.src[i].tokens & self.tgt[j].tokens)
        return ov

    def similarity(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """idf-weighted Dice of src[i0:i1] and tgt[j0:j1].

        For merged beads the parts' overlaps are added (tokens shared by both parts count twice),
        which keeps each bead a handful of cached look-ups instead of set unions."""
        wa = self.src_w[i1] - self.src_w[i0]
        wb = self.tgt_w[j1] - self.tgt_w[j0]
        if not wa or not wb:
            return 0.0
        if i1 - i0 == 1 and j1 - j0 == 1:
            ov = self.overlap(i0, j0)
        else:
            ov = sum(self.overlap(i, j) for i in range(i0, i1) for j in range(j0, j1))
        return min(1.0, 2.0 * ov / (wa + wb))

    def evidence(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Lexical z-score of src[i0:i1] against tgt[j0:j1]: how unlike an unrelated pair it is.

        The spread of unrelated similarity is measured on single sentences; over more text chance
        overlaps average out, so a merged bead's spread is narrower (by ``MERGE_SPREAD_EXP``) and
        the same similarity is stronger evidence: without this a sentence rendered as two scores
        below its better half, and the other half is left unlinked."""
        size = i1 - i0 + j1 - j0
        sigma = self.sigma if size == 2 else self.sigma * (2.0 / size) ** MERGE_SPREAD_EXP
        return (self.similarity(i0, i1, j0, j1) - self.mu) / sigma

    def bead_evidence(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The evidence a bead is scored on: :meth:`evidence`, except that a sentence against two
        or three is not held below its best single partner by the words of the others.

        Dice over the joined side counts every word of the weaker part, and most of them find no
        counterpart through the bridge even when the part is rendered (a subordinate clause the
        other language folds in); so the merged score sinks below the better half's, and the
        search prefers that half plus a null link. Moving the merge most of the way up to its
        best part leaves the decision to what the weaker part adds or costs elsewhere: its
        length, its meaning, the null link it saves. A part below ``MERGE_PART_MIN`` of the typical
        pair is no pair at all, and lends nothing."""
        z = self.evidence(i0, i1, j0, j1)
        if j1 - j0 == 1 and i1 - i0 > 1:
            part = max(self.evidence(i, i + 1, j0, j1) for i in range(i0, i1))
        elif i1 - i0 == 1 and j1 - j0 > 1:
            part = max(self.evidence(i0, i1, j, j + 1) for j in range(j0, j1))
        else:
            return z
        if part <= z or part < MERGE_PART_MIN * self.mu_true:
            return z
        return z + MERGE_BEST_PART * (part - z)

    def use_meaning(self, src_vec: np.ndarray, tgt_vec: np.ndarray) -> None:
        """Add the encoder's evidence: unit sentence vectors of both sides (rows). A merged side's
        vector is the sum of its sentences' (its cosine comes from the pairwise dot products and
        those of neighbours on its own side: no merged text is encoded). The cosine becomes a
        z-score against random pairs of the document, as the lexical similarity does."""
        import numpy as np  # noqa: PLC0415  start-up: numpy (~1 s) only for long documents' vectors

        sims = src_vec @ tgt_vec.T
        self.sem = sims.tolist()

        def neighbour_dots(vec: np.ndarray) -> list[list[float]]:
            return [
                [float(vec[i] @ vec[i + d]) if i + d < len(vec) else 0.0 for d in (1, 2)]
                for i in range(len(vec))
            ]

        self._src_dot = neighbour_dots(src_vec)
        self._tgt_dot = neighbour_dots(tgt_vec)
        rng = np.random.default_rng(SAMPLE_SEED)
        rows, cols = sims.shape
        sample = np.sort(
            sims[rng.integers(0, rows, UNRELATED_SAMPLES), rng.integers(0, cols, UNRELATED_SAMPLES)]
        )
        body = sample[: max(1, int(len(sample) * UNRELATED_BODY))]
        self.sem_mu = float(body.mean())
        self.sem_sigma = max(float(body.std()), SEMANTIC_SIGMA_FLOOR)

    @staticmethod
    def _norm(dots: list[list[float]], a0: int, a1: int) -> float:
        """Length of the sum of unit vectors a0..a1-1 (at most three) from their dot products."""
        sq = float(a1 - a0)
        for a in range(a0, a1):
            for d in (1, 2):
                if a + d < a1:
                    sq += 2.0 * dots[a][d - 1]
        return math.sqrt(max(sq, 1e-9))

    def meaning(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The encoder's z-score of src[i0:i1] against tgt[j0:j1] (0 when it is off)."""
        sem = self.sem
        if sem is None:
            return 0.0
        if i1 - i0 == 1 and j1 - j0 == 1:
            cos = sem[i0][j0]
        else:
            dot = sum(sem[i][j] for i in range(i0, i1) for j in range(j0, j1))
            cos = dot / (self._norm(self._src_dot, i0, i1) * self._norm(self._tgt_dot, j0, j1))
        return (cos - self.sem_mu) / self.sem_sigma

    def bead(self, i0: int, i1: int, j0: int, j1: int) -> float:
        # Not memoised: the search asks for each (cell, shape) once, so a cache would only grow.
        z = min(self.bead_evidence(i0, i1, j0, j1), EVIDENCE_CAP)
        lex = EVIDENCE_SLOPE * z + EVIDENCE_CURVE * z * z if z > 0 else NEGATIVE_EVIDENCE_SLOPE * z
        # Silence is evidence too, in proportion to how loudly this document's true pairs speak:
        # where the bridge is strong, a candidate far below the typical pair is unlikely a pair.
        lex -= self.silence_weight * max(0.0, 1.0 - max(z, 0.0) / self.mu_true) * self.strength
        length = length_logprob(
            int(self.src_len[i1] - self.src_len[i0]), int(self.tgt_len[j1] - self.tgt_len[j0])
        )
        if i1 - i0 == 1 and j1 - j0 == 1:
            lex += PUNCT_WEIGHT * _punct_agreement(self.src[i0].punct, self.tgt[j0].punct)
        elif any(self.src[i].open_end for i in range(i0, i1 - 1)) or any(
            self.tgt[j].open_end for j in range(j0, j1 - 1)
        ):
            # A heading is a segment of its own: no translation folds it into the sentence after it
            # (a line cut short may end a merge, so only the parts before the last count).
            lex -= HEADING_MERGE
        if self.sem is not None:
            lex += SEMANTIC_WEIGHT * _clip(self.meaning(i0, i1, j0, j1), -SEMANTIC_CAP, SEMANTIC_CAP)
        return lex + self.length_weight * length + BEAD_PRIOR[(i1 - i0, j1 - j0)]


def _clip(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


def _null_cost(best_z: float, scorer: _Scorer) -> float:
    """Score of leaving a sentence unlinked: dearer where a likely partner is in sight, and where
    the bridge is weak overall (then silence is no sign that a sentence has no partner)."""
    return (
        NULL_BASE
        - NULL_WEAK / (NULL_WEAK_OFFSET + scorer.mu_true / 4)
        - NULL_BEST_FACTOR * max(0.0, best_z - NULL_BEST_OFFSET * scorer.mu_true)
    )


def _gap_null_bonus(src: list[Features], tgt: list[Features]) -> float:
    """Text of very different lengths on the two sides means a partial translation: part of it has
    no counterpart, so null links get cheaper there."""
    if not src or not tgt:
        return 0.0
    zh_len = sum(f.length for f in src)
    ja_len = sum(f.length for f in tgt)
    imbalance = abs(math.log((ja_len + 20) / (zh_len + 20)) - LOG_RATIO_MEAN)
    return GAP_NULL_BONUS if imbalance > GAP_IMBALANCE else 0.0


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


def _dp(
    sc: _Scorer,
    i_lo: int,
    i_hi: int,
    j_lo: int,
    j_hi: int,
    null_src: list[float],
    null_tgt: list[float],
    center_of: Callable[[int], float] | None = None,
    box_of: Callable[[int], tuple[int, int]] | None = None,
    band: int | None = None,
) -> list[Link]:
    """Best bead path over src[i_lo:i_hi] × tgt[j_lo:j_hi].

    Short spans are searched in full; long ones in a band around ``center_of`` (the anchor chain),
    widened where the chain is steep so that consecutive rows always overlap. An explicit ``band``
    searches that band whatever the size.
    """
    n, m = i_hi - i_lo, j_hi - j_lo
    if n == 0 or m == 0:
        return [Link((i,), (), 0.0) for i in range(i_lo, i_hi)] + [
            Link((), (j,), 0.0) for j in range(j_lo, j_hi)
        ]
    neg = float("-inf")
    rows_from: list[int] = []
    rows_to: list[int] = []
    for i in range(n + 1):
        if center_of is None or (n * m <= FULL_DP_CELLS and band is None):
            rows_from.append(0)
            rows_to.append(m)
        else:
            lo_c = min(center_of(i_lo + i - 1), center_of(i_lo + i)) - j_lo
            hi_c = max(center_of(i_lo + i), center_of(i_lo + i + 1)) - j_lo
            lo_b, hi_b = box_of(i_lo + i) if box_of else (j_lo, j_hi)
            width = BAND if band is None else band
            rows_from.append(max(0, int(lo_c - width), lo_b - j_lo))
            rows_to.append(min(m, int(hi_c + width), hi_b - j_lo))
    rows_from[0], rows_to[-1] = 0, m
    # score[i][j - rows_from[i]]; back holds the bead shape that reached each cell.
    score = [[neg] * (rows_to[i] - rows_from[i] + 1) for i in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * len(row) for row in score]
    score[0][0] = 0.0

    def get(i: int, j: int) -> float:
        k = j - rows_from[i]
        return score[i][k] if 0 <= k < len(score[i]) else neg

    bead = sc.bead
    for i in range(n + 1):
        row, brow, base = score[i], back[i], rows_from[i]
        for j in range(base, rows_to[i] + 1):
            if i == 0 and j == 0:
                continue
            best, arg = neg, None
            for di, dj in BEADS:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                prev = get(pi, pj)
                if prev == neg:
                    continue
                if di == 0:
                    cand = prev + null_tgt[j_lo + pj]
                elif dj == 0:
                    cand = prev + null_src[i_lo + pi]
                else:
                    cand = prev + bead(i_lo + pi, i_lo + i, j_lo + pj, j_lo + j)
                if cand > best:
                    best, arg = cand, (di, dj)
            row[j - base] = best
            brow[j - base] = arg
    links: list[Link] = []
    i, j = n, m
    while i > 0 or j > 0:
        step = back[i][j - rows_from[i]]
        assert step is not None, "DP band left the end cell unreachable"
        di, dj = step
        links.append(Link(tuple(range(i_lo + i - di, i_lo + i)), tuple(range(j_lo + j - dj, j_lo + j)), 0.0))
        i, j = i - di, j - dj
    return links[::-1]


def _align_content(
    src: list[Features],
    tgt: list[Features],
    diagonal: int | None,
    unforce: bool,
    texts: tuple[list[str], list[str]] | None = None,
) -> tuple[list[Link], list[tuple[str, dict[str, float]]]]:
    """The path over the content sentences, and each link's evidence (see :func:`_evidence`).

    ``texts`` (the sentences themselves) let a short document's full search also weigh the
    multilingual encoder's evidence, which sees meaning where the hanzi bridge finds no shared
    characters (independent translations); long documents and the pairing's quick banded search
    go without it, to keep their time linear and small."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        # With one side empty there is no other way to link: these links are certain.
        links = [Link((i,), ()) for i in range(n)] + [Link((), (j,)) for j in range(m)]
        return links, [(CERTAIN, {})] * len(links)
    sc = _Scorer(src, tgt)
    # Candidate partners: for each sentence, its two best counterparts inside a wide window.
    window = max(CANDIDATE_WINDOW, int(CANDIDATE_WINDOW_FRACTION * max(n, m)))
    top_src: list[list[tuple[float, int]]] = [[] for _ in range(n)]
    top_tgt: list[list[tuple[float, int]]] = [[] for _ in range(m)]
    index: dict[int, list[int]] = {}
    for j, f in enumerate(tgt):
        for t in f.anchors:
            index.setdefault(t, []).append(j)
    full = n * m <= FULL_DP_CELLS
    for i, f in enumerate(src):
        center = i * m / n
        hits: dict[int, int] = {}
        for t in f.anchors:
            js = index.get(t)
            if not js:
                continue
            if not full:
                # Each token's sentences are in order: cut the window out by bisection, since in a
                # long document a frequent token's list grows with the document, not the window.
                js = js[bisect.bisect_left(js, center - window) : bisect.bisect_right(js, center + window)]
            for j in js:
                hits[j] = hits.get(j, 0) + 1
        for j in sorted(hits, key=hits.__getitem__, reverse=True)[:CANDIDATES_SCORED]:
            z = sc.evidence(i, i + 1, j, j + 1)
            _keep_top(top_src[i], z, j)
            _keep_top(top_tgt[j], z, i)
    best_src = [top[0] if top else NO_PARTNER for top in top_src]
    best_tgt = [top[0] if top else NO_PARTNER for top in top_tgt]
    zs = sorted((z for z, j in best_src if j >= 0), reverse=True)
    top = zs[: max(1, len(zs) // 2)]
    sc.calibrate(top)
    null_src = [_null_cost(best_src[i][0], sc) for i in range(n)]
    null_tgt = [_null_cost(best_tgt[j][0], sc) for j in range(m)]
    cands = [
        (i, j)
        for i, (z, j) in enumerate(best_src)
        if j >= 0 and z >= ANCHOR_MIN_EVIDENCE and best_tgt[j][1] == i
    ]
    bonus = 0.0
    if n * m <= FULL_DP_CELLS:
        bonus = _gap_null_bonus(src, tgt)
        if bonus:
            sc.silence_weight = SILENCE_WEIGHT * PARTIAL_SILENCE_FACTOR
        nulls = [c + bonus for c in null_src], [c + bonus for c in null_tgt]
        if diagonal is not None:
            links = _dp(sc, 0, n, 0, m, *nulls, lambda i: i * m / n, None, band=diagonal)
        else:
            if texts is not None and SEMANTIC_WEIGHT and not bonus:
                from alignment.checks.meaning import vectors  # noqa: PLC0415  start-up: alignment.checks loads every check

                sc.use_meaning(vectors(texts[0]), vectors(texts[1]))
            links = _dp(sc, 0, n, 0, m, *nulls)
        return _unforce(links, lambda path: _evidence(sc, path, top_src, top_tgt, bool(bonus)), unforce)
    # Long documents: a band that follows the chain of anchors (not forced links: an anchor may
    # still turn out to be part of a 1-2 bead), so the cost grows linearly with length.
    anchors = [(0, 0), *_lis_anchors(cands), (n, m)]
    a_i = [a for a, _ in anchors]

    def center_of(i: int) -> float:
        k = max(1, min(len(anchors) - 1, bisect.bisect_right(a_i, i)))
        (i0, j0), (i1, j1) = anchors[k - 1], anchors[k]
        return j0 + (j1 - j0) * ((i - i0) / (i1 - i0) if i1 > i0 else 0.0)

    def box_of(i: int) -> tuple[int, int]:
        # Between two anchors the path stays (nearly) inside their rectangle: where anchors are
        # dense this is far narrower than the band.
        k = max(1, min(len(anchors) - 1, bisect.bisect_right(a_i, i)))
        return anchors[k - 1][1] - ANCHOR_SLACK, anchors[k][1] + ANCHOR_SLACK

    links = _dp(sc, 0, n, 0, m, null_src, null_tgt, center_of, box_of)
    return _unforce(links, lambda path: _evidence(sc, path, top_src, top_tgt, False), unforce)


def _unforce(
    links: list[Link], evidence_of: Callable[[list[Link]], list[tuple[str, dict[str, float]]]], unforce: bool
) -> tuple[list[Link], list[tuple[str, dict[str, float]]]]:
    """Leave unlinked what the path only linked for want of a better place: a pair less likely
    right than :data:`UNFORCE_BELOW` becomes null links (typically a heading whose best partner
    lies elsewhere, squeezed in between two strong pairs). A forced pair raises false addition
    and omission flags; an unlinked sentence asks the reviewer for a link instead."""
    evidence = evidence_of(links)
    if not unforce:
        return links, evidence
    kept: list[Link] = []
    for lk, (group, feats) in zip(links, evidence, strict=True):
        if lk.src and lk.tgt and calibration.probability(group, feats) < UNFORCE_BELOW:
            kept += [Link((i,), ()) for i in lk.src] + [Link((), (j,)) for j in lk.tgt]
        else:
            kept.append(lk)
    return (kept, evidence_of(kept)) if len(kept) != len(links) else (links, evidence)


def _keep_top(top: list[tuple[float, int]], z: float, partner: int) -> None:
    """Keep a sentence's two best candidate partners, best first."""
    top.append((z, partner))
    top.sort(reverse=True)
    del top[2:]


def _evidence(
    sc: _Scorer,
    links: list[Link],
    top_src: list[list[tuple[float, int]]],
    top_tgt: list[list[tuple[float, int]]],
    partial: bool,
) -> list[tuple[str, dict[str, float]]]:
    """What the search knew about each link of its path, for :mod:`alignment.calibration`: its own
    lexical evidence, how it compares with the best partner any of its sentences has off the link,
    whether its neighbours are well-evidenced pairs, its length fit and the document's bridge
    strength. All scaled to small ranges so that one logistic weight per feature fits."""
    mu = sc.mu_true
    zs = [
        sc.evidence(lk.src[0], lk.src[-1] + 1, lk.tgt[0], lk.tgt[-1] + 1) if lk.src and lk.tgt else None
        for lk in links
    ]
    link_of_src = {i: k for k, lk in enumerate(links) for i in lk.src}
    link_of_tgt = {j: k for k, lk in enumerate(links) for j in lk.tgt}

    def strong(k: int) -> float:
        """A neighbour agrees when it is a pair at least half as evident as a typical one; the
        document's edges agree too (a path starts and ends there)."""
        if k < 0 or k >= len(links):
            return 1.0
        z = zs[k]
        return 1.0 if z is not None and z >= 0.5 * mu else 0.0

    out: list[tuple[str, dict[str, float]]] = []
    for k, lk in enumerate(links):
        common = {
            "bridge": math.log(mu),
            "partial": float(partial),
            "neighbours": strong(k - 1) + strong(k + 1),
        }
        z = zs[k]
        if z is not None:
            alt = max(
                [
                    *(next((zz for zz, j in top_src[i] if j not in lk.tgt), NO_PARTNER[0]) for i in lk.src),
                    *(next((zz for zz, i in top_tgt[j] if i not in lk.src), NO_PARTNER[0]) for j in lk.tgt),
                ]
            )
            z = _clip(z, -3.0, 12.0)
            alt = _clip(alt, -3.0, 12.0)
            length = length_logprob(
                int(sc.src_len[lk.src[-1] + 1] - sc.src_len[lk.src[0]]),
                int(sc.tgt_len[lk.tgt[-1] + 1] - sc.tgt_len[lk.tgt[0]]),
            )
            group = "1-1" if len(lk.src) == len(lk.tgt) == 1 else "merge"
            common |= {
                "evidence": z / 4,
                "evidence_rel": _clip(z / mu, -1.0, 3.0),
                "margin": (z - alt) / 4,
                "displaced": _clip((alt - max(z, 0.0)) / mu, 0.0, 3.0),
                "silent": max(0.0, 1.0 - max(z, 0.0) / mu) * math.log(mu),
                "alt_rel": _clip(alt / mu, -1.0, 3.0),
                "length": length / 4,
                "size": len(lk.src) + len(lk.tgt) - 2.0,
            }
        else:
            top = top_src[lk.src[0]] if lk.src else top_tgt[lk.tgt[0]]
            best, partner = top[0] if top else NO_PARTNER
            # Is the sentence's best partner better used where the path put it?
            holder = (link_of_tgt if lk.src else link_of_src).get(partner)
            held = zs[holder] if holder is not None and zs[holder] is not None else NO_PARTNER[0]
            feats = sc.src if lk.src else sc.tgt
            group = "null"
            common |= {
                "partner_rel": _clip(best / mu, -1.0, 3.0),
                "partner_margin": _clip((best - held) / mu, -3.0, 3.0),  # type: ignore[operator]  # zs[holder] is checked for None above; mypy does not narrow an indexed value
                "length": math.log1p(feats[lk.src[0] if lk.src else lk.tgt[0]].length) / 4,
                "target_side": float(not lk.src),
            }
        out.append((group, common))
    return out


Evidence = tuple[Link, str, dict[str, float]]


def _merge_with_boilerplate(
    links: list[Evidence], src_map: list[int], tgt_map: list[int], src_bp: list[int], tgt_bp: list[int]
) -> list[Evidence]:
    """Map content indices back to document indices and put chrome null links in document order."""
    out: list[Evidence] = []
    si = ti = 0
    for link, group, feats in links:
        src = tuple(src_map[i] for i in link.src)
        tgt = tuple(tgt_map[j] for j in link.tgt)
        while si < len(src_bp) and src and src_bp[si] < src[0]:
            out.append((Link((src_bp[si],), ()), "chrome", {}))
            si += 1
        while ti < len(tgt_bp) and tgt and tgt_bp[ti] < tgt[0]:
            out.append((Link((), (tgt_bp[ti],)), "chrome", {}))
            ti += 1
        out.append((Link(src, tgt), group, feats))
    out.extend((Link((i,), ()), "chrome", {}) for i in src_bp[si:])
    out.extend((Link((), (j,)), "chrome", {}) for j in tgt_bp[ti:])
    return out


def link_evidence(
    src: Sequence[str],
    tgt: Sequence[str],
    *,
    src_boilerplate: Sequence[bool] | None = None,
    tgt_boilerplate: Sequence[bool] | None = None,
    diagonal: int | None = None,
    unforce: bool = True,
) -> list[Evidence]:
    """The links of :func:`align`, each with its group and evidence for the calibration, before
    they get a confidence. The calibration is fitted on the search's own path (``unforce=False``:
    before weak pairs are left unlinked by the calibration itself; ``benchmarks/calibrate.py``)."""
    if src_boilerplate is None:
        src_boilerplate = boilerplate_flags(list(src), "zh")
    if tgt_boilerplate is None:
        tgt_boilerplate = boilerplate_flags(list(tgt), "ja")
    src_map = [i for i, bp in enumerate(src_boilerplate) if not bp and src[i].strip()]
    tgt_map = [j for j, bp in enumerate(tgt_boilerplate) if not bp and tgt[j].strip()]
    src_set, tgt_set = set(src_map), set(tgt_map)
    src_bp = [i for i in range(len(src)) if i not in src_set]
    tgt_bp = [j for j in range(len(tgt)) if j not in tgt_set]
    content, evidence = _align_content(
        [features(src[i], "zh") for i in src_map],
        [features(tgt[j], "ja") for j in tgt_map],
        diagonal,
        unforce,
        ([src[i] for i in src_map], [tgt[j] for j in tgt_map]),
    )
    merged = [(lk, group, feats) for lk, (group, feats) in zip(content, evidence, strict=True)]
    return _merge_with_boilerplate(merged, src_map, tgt_map, src_bp, tgt_bp)


def align(
    src: Sequence[str],
    tgt: Sequence[str],
    *,
    src_boilerplate: Sequence[bool] | None = None,
    tgt_boilerplate: Sequence[bool] | None = None,
    diagonal: int | None = None,
) -> Alignment:
    """Align Chinese sentences ``src`` with Japanese sentences ``tgt``.

    Boilerplate flags default to :func:`alignment.boilerplate.is_boilerplate` on each sentence;
    chrome and empty lines become null links of their own and never join content. ``diagonal``
    keeps a short document's path within that many sentences of the diagonal: a quicker search for
    callers that only want to know whether one text renders the other as a whole (pairing). Each
    link's score is the calibrated probability that it is exactly right (:mod:`alignment.calibration`).
    """
    evidence = link_evidence(
        src, tgt, src_boilerplate=src_boilerplate, tgt_boilerplate=tgt_boilerplate, diagonal=diagonal
    )
    return Alignment(
        [
            Link(lk.src, lk.tgt, round(calibration.probability(group, feats), 3))
            for lk, group, feats in evidence
        ]
    )


def align_documents(src: Document, tgt: Document, *, diagonal: int | None = None) -> Alignment:
    """Align two loaded documents; indices are their ``sentences`` indices."""
    return align(
        [s.text for s in src.sentences],
        [s.text for s in tgt.sentences],
        src_boilerplate=[s.is_boilerplate for s in src.sentences],
        tgt_boilerplate=[s.is_boilerplate for s in tgt.sentences],
        diagonal=diagonal,
    )
