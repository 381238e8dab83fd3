"""Link confidence as a calibrated probability that the link is exactly right.

The search knows more about a link than its own similarity: whether one of its sentences has a
better partner off the path, whether its neighbours are well-evidenced pairs, how well the lengths
fit, how strong the bridge is in this document (:func:`alignment.aligner.link_evidence`). A
logistic model per kind of link (1-1, merges, null links, page chrome) turns that into a
probability. It is fitted by ``benchmarks/calibrate.py``, which reports it on cross-validation
folds over documents, and shipped as ``alignment/data/link_confidence.json``; an isotonic map on
top of it fitted closer in-fold but worse out of fold (ECE 0.020 against 0.008), so it was left out.
This module evaluates and fits in plain Python, so the library stays light.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

PARAMS_PATH = Path(__file__).resolve().parent / "data" / "link_confidence.json"

Model = dict  # {"features": [...], "weights": [...], "bias": b}


@cache
def _params() -> dict:
    return json.loads(PARAMS_PATH.read_text(encoding="utf-8"))


def _sigmoid(x: float) -> float:
    if x < -35:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


def logistic(model: Model, feats: dict[str, float]) -> float:
    """P(right) under one group's logistic model."""
    return _sigmoid(
        model["bias"]
        + sum(w * feats[name] for name, w in zip(model["features"], model["weights"], strict=True))
    )


def probability(group: str, feats: dict[str, float], params: dict | None = None) -> float:
    """Calibrated probability that a link of ``group`` with evidence ``feats`` is exactly right.

    A link with one side of the document empty could not be otherwise (group ``certain``)."""
    if group == "certain":
        return 1.0
    params = params or _params()
    return logistic(params["groups"][group], feats)


def fit_logistic(
    rows: list[dict[str, float]], labels: list[bool], names: list[str], l2: float = 1.0
) -> Model:
    """L2-regularised logistic regression by Newton's method: a handful of features and a few
    thousand links, so plain Python solves it in milliseconds and the library needs no numpy."""
    k = len(names) + 1
    xs = [[1.0, *(r[name] for name in names)] for r in rows]
    w = [0.0] * k
    for _ in range(50):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y in zip(xs, labels, strict=True):
            p = _sigmoid(sum(a * b for a, b in zip(w, x, strict=True)))
            err, s = p - float(y), max(p * (1 - p), 1e-9)
            for a in range(k):
                grad[a] += err * x[a]
                row = hess[a]
                for b in range(a + 1):
                    row[b] += s * x[a] * x[b]
        for a in range(k):
            for b in range(a):
                hess[b][a] = hess[a][b]
            if a:  # the bias is not shrunk
                grad[a] += l2 * w[a]
                hess[a][a] += l2
            hess[a][a] += 1e-9
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(v) for v in step) < 1e-8:
            break
    return {"features": list(names), "weights": [round(v, 6) for v in w[1:]], "bias": round(w[0], 6)}


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the system is small and positive definite)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[piv] = m[piv], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    out = [0.0] * n
    for r in range(n - 1, -1, -1):
        out[r] = (m[r][n] - sum(m[r][k] * out[k] for k in range(r + 1, n))) / m[r][r]
    return out


def reliability(probs: list[float], labels: list[bool], bins: int = 10) -> tuple[list[tuple], float]:
    """Rows (low, high, links, mean confidence, accuracy) of equal-width bins, and the expected
    calibration error: the link-weighted mean gap between confidence and accuracy."""
    rows: list[tuple[float, float, int, float | None, float | None]] = []
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [
            (p, y) for p, y in zip(probs, labels, strict=True) if lo <= p < hi or (b == bins - 1 and p == 1.0)
        ]
        if not inside:
            rows.append((lo, hi, 0, None, None))
            continue
        conf = sum(p for p, _ in inside) / len(inside)
        acc = sum(y for _, y in inside) / len(inside)
        ece += len(inside) / len(probs) * abs(conf - acc)
        rows.append((lo, hi, len(inside), conf, acc))
    return rows, ece
