"""Choose the aligner's tuned numbers by cross-validation over documents.

    uv run python benchmarks/cv_align.py [../shared/bench/align/dev] [--folds 5] \
        --grid MERGE_BEST_PART=0,0.5,0.8 [--grid NAME=v1,v2 ...]

Every combination of the grid's values (module constants of ``alignment.aligner``) aligns every
document once; the per-document counts are kept, so the folds cost nothing more. For each fold the
combination with the best strict F1 on the other folds is chosen and scored on the fold itself:
the pooled counts of those choices give the out-of-fold F1. In-fold = the best combination on all
documents, scored on all. The seeds (``benchmarks/seeds``) are scored for each combination too, so
that a change that helps NTREX documents but hurts machine translation shows; ``--with-seeds`` also
pools them with the documents the folds split (then "dev strict" covers both).
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from alignment import aligner  # noqa: E402
from alignment.cli.bench import _load  # noqa: E402

Counts = tuple[int, int, int]  # exact links right, predicted, gold (strict: null links included)


def _counts(docs: list, nonull: bool = False) -> list[Counts]:
    out = []
    for zh, ja, gold in docs:
        pred = {(lk.src, lk.tgt) for lk in aligner.align(zh, ja).links}
        if nonull:
            gold = {x for x in gold if x[0] and x[1]}
            pred = {x for x in pred if x[0] and x[1]}
        out.append((len(gold & pred), len(pred), len(gold)))
    return out


def _get(name: str) -> float:
    """A tuned number: a module constant, or ``BEAD_PRIOR_12`` for the prior of 1-2 and 2-1 beads
    (``BEAD_PRIOR_22``, ``BEAD_PRIOR_13`` likewise); ``BEAD_PRIOR_X21`` sets the 2-1 prior alone."""
    if name.startswith("BEAD_PRIOR_"):
        a, b = (int(c) for c in name[-2:])
        return aligner.BEAD_PRIOR[(a, b)]
    return float(getattr(aligner, name))


def _set(name: str, value: float) -> None:
    if name.startswith("BEAD_PRIOR_X"):
        a, b = (int(c) for c in name[-2:])
        aligner.BEAD_PRIOR[(a, b)] = value
    elif name.startswith("BEAD_PRIOR_"):
        a, b = (int(c) for c in name[-2:])
        aligner.BEAD_PRIOR[(a, b)] = aligner.BEAD_PRIOR[(b, a)] = value
    else:
        setattr(aligner, name, value)


def f1(rows: list[Counts]) -> float:
    tp, n_pred, n_gold = (sum(r[k] for r in rows) for k in range(3))
    p, r = tp / max(1, n_pred), tp / max(1, n_gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("dir", nargs="?", default=str(ROOT.parent / "shared/bench/align/dev"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--with-seeds", action="store_true", help="pool the seed pairs with the documents the folds split"
    )
    parser.add_argument("--grid", action="append", default=[], help="NAME=v1,v2,... (repeatable)")
    args = parser.parse_args()
    names = [g.split("=", 1)[0] for g in args.grid]
    values = [[float(v) for v in g.split("=", 1)[1].split(",")] for g in args.grid]
    docs = _load(Path(args.dir))
    seeds = _load(ROOT / "benchmarks" / "seeds")
    if args.with_seeds:
        docs += seeds
    defaults = {n: _get(n) for n in names}
    combos = list(itertools.product(*values))
    per_doc: dict[tuple[float, ...], list[Counts]] = {}
    for combo in combos:
        for n, v in zip(names, combo, strict=True):
            _set(n, v)
        per_doc[combo] = _counts(docs)
        seed_strict, seed_nonull = f1(_counts(seeds)), f1(_counts(seeds, nonull=True))
        print(
            f"{dict(zip(names, combo, strict=True))}: dev strict {f1(per_doc[combo]):.4f}, "
            f"seeds strict {seed_strict:.4f} nonull {seed_nonull:.4f}"
        )
    for n, v in defaults.items():
        _set(n, v)
    order = list(range(len(docs)))
    random.Random(args.seed).shuffle(order)
    fold_of = {d: k % args.folds for k, d in enumerate(order)}
    oof: list[Counts] = []
    for fold in range(args.folds):
        train = [d for d in range(len(docs)) if fold_of[d] != fold]
        test = [d for d in range(len(docs)) if fold_of[d] == fold]
        best = max(combos, key=lambda c: (f1([per_doc[c][d] for d in train]), -combos.index(c)))
        print(
            f"fold {fold}: chose {dict(zip(names, best, strict=True))}, held-out strict "
            f"{f1([per_doc[best][d] for d in test]):.4f} ({len(test)} documents)"
        )
        oof += [per_doc[best][d] for d in test]
    best_all = max(combos, key=lambda c: (f1(per_doc[c]), -combos.index(c)))
    print(f"in-fold: {dict(zip(names, best_all, strict=True))} strict {f1(per_doc[best_all]):.4f}")
    print(
        f"out-of-fold strict {f1(oof):.4f} (first combination, the grid's baseline: {f1(per_doc[combos[0]]):.4f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
