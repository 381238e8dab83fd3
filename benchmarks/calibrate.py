"""Fit the link confidence (alignment/calibration.py) and report how well it is calibrated.

    uv run python benchmarks/calibrate.py [../shared/bench/align/dev] [--folds 0] [--write]

Documents of the dev set and the hand-aligned seeds are pooled. Out-of-fold figures come from
cross-validation by document (``--folds 0``: leave one document out): each document's links are
scored by a model fitted without it. In-fold figures score every link with the model fitted on all
documents, which ``--write`` saves to alignment/data/link_confidence.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from alignment import calibration  # noqa: E402
from alignment.aligner import link_evidence  # noqa: E402
from alignment.cli.bench import _load  # noqa: E402

PAIRED = [
    "evidence",
    "evidence_rel",
    "margin",
    "alt_rel",
    "length",
    "neighbours",
    "bridge",
    "partial",
    "displaced",
    "silent",
]
FEATURES = {
    "1-1": PAIRED,
    "merge": [*PAIRED, "size"],
    "null": ["partner_rel", "partner_margin", "length", "neighbours", "bridge", "partial", "target_side"],
    "chrome": [],
}
#: Links at or above this confidence are the ones a reviewer may skip (the issue's 0.95 target).
SURE = 0.95

Row = tuple[str, dict[str, float], bool]  # group, evidence, exactly right


def document_rows(root: Path) -> list[list[Row]]:
    """Each document's links on the search's path as (group, evidence, right) rows."""
    out = []
    for zh, ja, gold in _load(root):
        evidence = link_evidence(zh, ja, unforce=False)
        rows = [(g, f, (lk.src, lk.tgt) in gold) for lk, g, f in evidence if g != "certain"]
        out.append(rows)
    return out


def fit(rows: list[Row], l2: float) -> dict:
    groups = {}
    for group, names in FEATURES.items():
        mine = [(f, y) for g, f, y in rows if g == group]
        groups[group] = calibration.fit_logistic([f for f, _ in mine], [y for _, y in mine], names, l2)
    return {"groups": groups}


def score(params: dict, rows: list[Row]) -> list[float]:
    return [calibration.probability(g, f, params) for g, f, _ in rows]


def report(title: str, probs: list[float], labels: list[bool]) -> None:
    table, ece = calibration.reliability(probs, labels)
    print(f"== {title}: {len(probs)} links, accuracy {sum(labels) / len(labels):.3f}, ECE {ece:.4f}")
    print("| confidence | links | mean confidence | exactly right |")
    print("|---|---:|---:|---:|")
    for lo, hi, count, conf, acc in table:
        shown = f"{conf:.3f} | {acc:.3f}" if count else "– | –"
        print(f"| {lo:.1f}–{hi:.1f} | {count} | {shown} |")
    sure = [y for p, y in zip(probs, labels, strict=True) if p >= SURE]
    print(
        f"links ≥ {SURE}: {len(sure)} ({len(sure) / len(probs):.1%} of all), "
        f"exactly right {sum(sure) / max(1, len(sure)):.4f}"
    )
    for cut in (0.5, 0.7, 0.8, 0.85, 0.9):
        marked = [y for p, y in zip(probs, labels, strict=True) if p < cut]
        wrong = len(labels) - sum(labels)
        print(
            f"marked below {cut}: {len(marked)} links, {len(marked) - sum(marked)} of {wrong} wrong links, "
            f"{sum(marked)} of {sum(labels)} right ones"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev", nargs="?", default=str(ROOT.parent / "shared" / "bench" / "align" / "dev"))
    parser.add_argument("--folds", type=int, default=0, help="folds by document (0: leave one out)")
    parser.add_argument("--l2", type=float, default=1.0, help="ridge penalty of the logistic weights")
    parser.add_argument("--write", action="store_true", help="save the all-document fit as the shipped model")
    args = parser.parse_args()
    docs = document_rows(Path(args.dev)) + document_rows(ROOT / "benchmarks" / "seeds")
    folds = args.folds or len(docs)
    oof_probs: list[float] = []
    oof_labels: list[bool] = []
    for k in range(folds):
        train = [r for d, rows in enumerate(docs) if d % folds != k for r in rows]
        test = [r for d, rows in enumerate(docs) if d % folds == k for r in rows]
        oof_probs += score(fit(train, args.l2), test)
        oof_labels += [y for _, _, y in test]
    rows = [r for d in docs for r in d]
    params = fit(rows, args.l2)
    report(f"in-fold ({len(docs)} documents)", score(params, rows), [y for _, _, y in rows])
    report(f"out-of-fold ({folds} folds by document)", oof_probs, oof_labels)
    if args.write:
        calibration.PARAMS_PATH.write_text(json.dumps(params, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {calibration.PARAMS_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
