"""Cross-validation of the defect checks by document: in-fold and out-of-fold figures side by side.

uv run python benchmarks/cv_checks.py [--folds 5] [--flags FLAGS.jsonl] [--write-confidence PATH]

The checks were developed on a few hundred segments; a rule that holds only for those does not
help a reviewer on the next document. So every choice made from data is made on the training
documents of a fold and scored on the held-out documents, and both figures are printed: a change
that improves the in-fold figure and not the out-of-fold one is a fit, not an improvement.

Three sets, each split by document (a document's segments share names, topic and translator, so
splitting by segment would leak them across folds):
- ``dev``: checks/dev (NTREX human translations with one injected defect in two thirds of the
  pairs), grouped into documents by the id before its last ``-`` as ``benchmarks/checks.py
  --documents`` does;
- ``mt``: checks/mt-dev (press-office MT, realistic defects), grouped by its ``doc``;
- ``human``: the two-sided links of align/dev's documents (independent human translations, no
  defect annotated): every flag there counts as a false flag;
- ``seeds``: the content segments of the four seed renderings (real MT of the product's demo
  corpus, ``benchmarks/defects/seeds.jsonl``, grouped by its ``doc``; two have no source), against
  the defects annotated by hand (``seeds_gold.jsonl``); a flag of a category annotated
  "borderline" there counts neither way, as ``benchmarks/checks.py --seeds`` counts it.

Every document of the three sets is dealt to one of k folds (per set, so every fold holds each
kind). The checks run once, through the contract command (``python -m alignment check``, a
``doc`` per document, as the workbench checks a document); what is chosen per fold is:

- which checks to keep: a check whose smoothed precision on the training documents is below
  ``--keep`` is dropped for the held-out fold;
- each flag's confidence: the smoothed precision of its check on the training documents, shrunk
  toward its category's where the check flags rarely (see :func:`confidences`);
- the confidence cut below which flags are hidden: the lowest cut at which the training flags
  that stay reach ``--target-precision``.

A flag is right when its category is among the segment's gold categories (score.py's unit); on
mt-dev the segment figures follow score_units.py (any flag on a defective segment finds it;
``boilerplate_leak`` is ignored there).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"
SEEDS = ROOT / "benchmarks" / "defects"
KINDS = ("dev", "mt", "human", "seeds")
MEANING = frozenset({"mistranslation", "terminology"})
#: How many flags of its own a check needs before its precision outweighs its category's.
SHRINK = 4.0


@dataclass
class Item:
    """One aligned segment of a benchmark set, with its gold categories and the flags it got."""

    id: str
    kind: str  # dev, mt, human or seeds
    doc: str
    zh: str
    ja: str
    gold: frozenset[str]
    flags: list[tuple[str, str]] = field(default_factory=list)  # (check code, category)
    #: Categories a flag may have here without being right or wrong (the seeds' borderline ones).
    border: frozenset[str] = frozenset()


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_sets(bench: Path = BENCH, seeds: Path = SEEDS) -> list[Item]:
    """The four sets, every segment with its document and gold categories."""
    items: list[Item] = []
    gold = {g["id"]: frozenset(g["categories"]) for g in _jsonl(bench / "checks" / "dev" / "gold.jsonl")}
    for p in _jsonl(bench / "checks" / "dev" / "pairs.jsonl"):
        doc = p["id"].rsplit("-", 1)[0]
        items.append(Item(f"dev:{p['id']}", "dev", f"dev:{doc}", p["zh"], p["ja"], gold[p["id"]]))
    gold = {g["id"]: frozenset(g["categories"]) for g in _jsonl(bench / "checks" / "mt-dev" / "gold.jsonl")}
    for p in _jsonl(bench / "checks" / "mt-dev" / "pairs.jsonl"):
        items.append(Item(f"mt:{p['id']}", "mt", f"mt:{p['doc']}", p["zh"], p["ja"], gold[p["id"]]))
    for folder in sorted(d for d in (bench / "align" / "dev").iterdir() if d.is_dir()):
        zh = (folder / "zh.txt").read_text(encoding="utf-8").splitlines()
        ja = (folder / "ja.txt").read_text(encoding="utf-8").splitlines()
        links = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["links"]
        for k, (a, b) in enumerate(links):
            if a and b:
                source, target = "".join(zh[i] for i in a), "".join(ja[j] for j in b)
                items.append(
                    Item(
                        f"human:{folder.name}:{k}",
                        "human",
                        f"human:{folder.name}",
                        source,
                        target,
                        frozenset(),
                    )
                )
    gold_seeds = {g["id"]: g for g in _jsonl(seeds / "seeds_gold.jsonl")}
    for p in _jsonl(seeds / "seeds.jsonl"):
        g = gold_seeds[p["id"]]
        items.append(
            Item(
                f"seeds:{p['id']}",
                "seeds",
                f"seeds:{p['doc']}",
                p["zh"],
                p["ja"],
                frozenset(g["categories"]),
                border=frozenset(g.get("borderline", ())) - frozenset(g["categories"]),
            )
        )
    return items


_WITH_SETTING = (
    "import importlib, sys; from alignment.cli import main; "
    "module, name, value = sys.argv[1:4]; "
    "setattr(importlib.import_module(module), name, type(getattr(importlib.import_module(module), name))(value)); "
    "sys.exit(main(sys.argv[4:]))"
)


def run_checks(
    items: Sequence[Item], flags_path: Path | None = None, setting: tuple[str, str, str] | None = None
) -> None:
    """Fill each item's flags from the contract command (or from its earlier output); ``setting``
    (module, name, value) runs it with one of the checks' module-level thresholds set otherwise."""
    with tempfile.TemporaryDirectory() as tmp:
        if flags_path is None or not flags_path.exists():
            pairs = Path(tmp) / "pairs.jsonl"
            pairs.write_text(
                "".join(
                    json.dumps({"id": it.id, "doc": it.doc, "zh": it.zh, "ja": it.ja}, ensure_ascii=False)
                    + "\n"
                    for it in items
                ),
                encoding="utf-8",
            )
            out = flags_path or Path(tmp) / "flags.jsonl"
            command = ["check", str(pairs), "-o", str(out)]
            if setting is None:
                subprocess.run([sys.executable, "-m", "alignment", *command], cwd=ROOT, check=True)
            else:
                subprocess.run(
                    [sys.executable, "-c", _WITH_SETTING, *setting, *command], cwd=ROOT, check=True
                )
            flags_path = out
        found = {p["id"]: [(f["code"], f["category"]) for f in p["flags"]] for p in _jsonl(flags_path)}
    for it in items:
        it.flags = [f for f in found[it.id] if f[1] not in it.border]


def folds(items: Sequence[Item], k: int) -> dict[str, int]:
    """Each document's fold: per set, documents in a fixed pseudo-random order dealt round robin."""
    out: dict[str, int] = {}
    for kind in KINDS:
        docs = sorted(
            {it.doc for it in items if it.kind == kind}, key=lambda d: hashlib.sha1(d.encode()).hexdigest()
        )
        out.update({d: n % k for n, d in enumerate(docs)})
    return out


# --- what is fitted on training documents ----------------------------------------------------------


def _smoothed(right: float, total: float, prior: float, weight: float) -> float:
    return (right + weight * prior) / (total + weight)


def confidences(items: Iterable[Item]) -> tuple[dict[str, float], dict[str, float]]:
    """Per check and per category, the share of their flags that are right.

    A check with few flags says little by itself, so its precision is shrunk toward its category's
    (itself shrunk toward an even chance): ``(right + SHRINK × p_category) / (flags + SHRINK)``."""
    by_code: Counter[str] = Counter()
    right_code: Counter[str] = Counter()
    by_cat: Counter[str] = Counter()
    right_cat: Counter[str] = Counter()
    code_cat: dict[str, str] = {}
    for it in items:
        for code, cat in it.flags:
            code_cat[code] = cat
            by_code[code] += 1
            by_cat[cat] += 1
            if cat in it.gold:
                right_code[code] += 1
                right_cat[cat] += 1
    per_cat = {c: _smoothed(right_cat[c], by_cat[c], 0.5, 2.0) for c in by_cat}
    per_code = {c: _smoothed(right_code[c], by_code[c], per_cat[code_cat[c]], SHRINK) for c in by_code}
    return per_code, per_cat


@dataclass
class Model:
    """What one fold learns from its training documents."""

    per_code: dict[str, float]
    per_cat: dict[str, float]
    keep: float
    cut: float = 0.0

    def confidence(self, code: str, category: str) -> float:
        return self.per_code.get(code, self.per_cat.get(category, 0.5))

    def kept(self, code: str, category: str) -> bool:
        return self.confidence(code, category) >= max(self.keep, self.cut)


def fit(items: Sequence[Item], keep: float, target_precision: float | None) -> Model:
    per_code, per_cat = confidences(items)
    model = Model(per_code, per_cat, keep)
    if target_precision is not None:
        model.cut = cut_for(items, model, target_precision)
    return model


def cut_for(items: Sequence[Item], model: Model, target: float) -> float:
    """The lowest confidence cut at which the flags at or above it are right ``target`` of the time."""
    scored = sorted(
        ((model.confidence(code, cat), cat in it.gold) for it in items for code, cat in it.flags),
        reverse=True,
    )
    right = total = 0
    best = 1.0
    for k, (conf, ok) in enumerate(scored):
        right += ok
        total += 1
        last_of_tie = k + 1 == len(scored) or scored[k + 1][0] != conf
        if last_of_tie and right / total >= target:
            best = conf
    return best


# --- figures -----------------------------------------------------------------------------------------


def filtered(items: Sequence[Item], model_of: Callable[[Item], Model | None]) -> list[Item]:
    """The items with only the flags their fold's model keeps (all flags where there is no model)."""
    out = []
    for it in items:
        model = model_of(it)
        flags = it.flags if model is None else [f for f in it.flags if model.kept(*f)]
        out.append(Item(it.id, it.kind, it.doc, it.zh, it.ja, it.gold, flags, it.border))
    return out


def figures(items: Sequence[Item]) -> dict[str, float]:
    """The headline figures of score.py (dev) and score_units.py (mt) and the false-flag rates."""
    out: dict[str, float] = {}
    for kind in KINDS:
        part = [it for it in items if it.kind == kind]
        clean = [it for it in part if not it.gold]
        out[f"{kind} false flags/clean seg"] = sum(len(it.flags) for it in clean) / max(1, len(clean))
    # The seeds as benchmarks/checks.py --seeds scores them: (segment, category) units.
    seeds = [it for it in items if it.kind == "seeds"]
    units = {(it.id, c) for it in seeds for _, c in it.flags}
    wanted = {(it.id, c) for it in seeds for c in it.gold}
    out["seeds unit recall"] = len(units & wanted) / max(1, len(wanted))
    out["seeds unit precision"] = len(units & wanted) / max(1, len(units))
    mt = [it for it in items if it.kind == "mt"]
    cats = {it.id: {c for _, c in it.flags if c != "boilerplate_leak"} for it in mt}
    defective = [it for it in mt if it.gold]
    flagged = [it for it in mt if cats[it.id]]
    hit = [it for it in defective if cats[it.id]]
    out["mt segment recall"] = len(hit) / max(1, len(defective))
    out["mt segment precision"] = len(hit) / max(1, len(flagged))
    clean = [it for it in mt if not it.gold]
    out["mt categories/clean seg"] = sum(len(cats[it.id]) for it in clean) / max(1, len(clean))
    meaning = [it for it in mt if it.gold & MEANING]
    out["mt meaning-error segs flagged"] = sum(1 for it in meaning if cats[it.id]) / max(1, len(meaning))
    return out


def per_category(items: Sequence[Item], kind: str) -> dict[str, tuple[int, float | None, float | None]]:
    """score.py's units: (segment, category); gold count, recall, precision per category."""
    part = [it for it in items if it.kind == kind]
    gold = defaultdict(set)
    pred = defaultdict(set)
    for it in part:
        for c in it.gold:
            gold[c].add(it.id)
        for _, c in it.flags:
            pred[c].add(it.id)
    out = {}
    for c in sorted(set(gold) | set(pred)):
        tp = len(gold[c] & pred[c])
        out[c] = (
            len(gold[c]),
            tp / len(gold[c]) if gold[c] else None,
            tp / len(pred[c]) if pred[c] else None,
        )
    return out


def per_check(items: Sequence[Item], fold_of: dict[str, int], k: int) -> list[tuple]:
    """Per check: flags and right flags per set, false flags per clean segment, and the spread of its
    precision over the folds (a check right on some documents only does not transfer)."""
    clean = Counter(it.kind for it in items if not it.gold)
    rows: dict[str, dict] = defaultdict(
        lambda: {"n": Counter(), "ok": Counter(), "fold": Counter(), "fold_ok": Counter()}
    )
    for it in items:
        for code, cat in it.flags:
            row = rows[code]
            row["cat"] = cat
            row["n"][it.kind] += 1
            row["ok"][it.kind] += cat in it.gold
            row["fold"][fold_of[it.doc]] += 1
            row["fold_ok"][fold_of[it.doc]] += cat in it.gold
            if not it.gold:
                row.setdefault("false", Counter())[it.kind] += 1
    out = []
    for code, row in sorted(rows.items(), key=lambda r: -sum(r[1]["n"].values())):
        precisions = [row["fold_ok"][f] / row["fold"][f] for f in range(k) if row["fold"][f]]
        false = row.get("false", Counter())
        out.append(
            (
                code,
                row["cat"],
                {kind: (row["n"][kind], row["ok"][kind]) for kind in KINDS},
                {kind: false[kind] / max(1, clean[kind]) for kind in KINDS},
                (min(precisions), max(precisions)) if precisions else (0.0, 0.0),
            )
        )
    return out


def reliability(scored: Sequence[tuple[float, bool]]) -> list[tuple[str, int, float, float]]:
    """Confidence bins: flags, mean confidence, share right."""
    edges = (0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0001)
    out = []
    for lo, hi in pairwise(edges):
        inside = [(c, ok) for c, ok in scored if lo <= c < hi]
        if inside:
            out.append(
                (
                    f"[{lo:.1f}, {min(hi, 1.0):.1f}{']' if hi > 1 else ')'}",
                    len(inside),
                    sum(c for c, _ in inside) / len(inside),
                    sum(ok for _, ok in inside) / len(inside),
                )
            )
    return out


def unit_f1(items: Iterable[Item]) -> float:
    """F1 over (segment, category) units, every set pooled: what a threshold is chosen for. A flag
    on a clean human pair is a false unit like any other."""
    right = flagged = gold = 0
    for it in items:
        cats = {c for _, c in it.flags}
        right += len(cats & it.gold)
        flagged += len(cats)
        gold += len(it.gold)
    return 2 * right / max(1, flagged + gold)


def cross_validate_setting(
    items: list[Item], target: str, values: Sequence[str], k: int, current: str
) -> None:
    """Choose one module-level threshold (``module.NAME``) per fold on the training documents, by
    :func:`unit_f1`, and print the held-out figures of the choice beside the current value's."""
    module, name = target.rsplit(".", 1)
    fold_of = folds(items, k)
    runs: dict[str, list[Item]] = {}
    for value in values:
        copy = [Item(it.id, it.kind, it.doc, it.zh, it.ja, it.gold, border=it.border) for it in items]
        run_checks(copy, None, (module, name, value))
        runs[value] = copy
    chosen = {
        f: max(values, key=lambda v: unit_f1(it for it in runs[v] if fold_of[it.doc] != f)) for f in range(k)
    }
    overall = max(values, key=lambda v: unit_f1(runs[v]))
    print(f"\n== {target}: chosen per fold {[chosen[f] for f in range(k)]}, on all documents {overall} ==")
    for value in values:
        train = [unit_f1(it for it in runs[value] if fold_of[it.doc] != f) for f in range(k)]
        held = [unit_f1(it for it in runs[value] if fold_of[it.doc] == f) for f in range(k)]
        print(
            f"{name}={value:8s} unit F1 training folds {sum(train) / k:.3f}, held-out folds {sum(held) / k:.3f}"
            f"{'  (current)' if value == current else ''}"
        )
    held_out = [it for f in range(k) for it in runs[chosen[f]] if fold_of[it.doc] == f]
    base = runs[current] if current in runs else items
    print(f"{'':34s}{'current ' + current:>20s}{'in-fold choice':>20s}{'out-of-fold choice':>22s}")
    a, b, c = figures(base), figures(runs[overall]), figures(held_out)
    for key in a:
        print(f"{key:34s}{a[key]:20.3f}{b[key]:20.3f}{c[key]:22.3f}")
    print(f"{'unit F1':34s}{unit_f1(base):20.3f}{unit_f1(runs[overall]):20.3f}{unit_f1(held_out):22.3f}")


# --- the report ----------------------------------------------------------------------------------------


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def fitted_on(items: Iterable[Item], fit_seeds: bool) -> list[Item]:
    """The items the confidences are fitted on: the seeds only when asked. The checks were developed
    on the seeds (every seed flag is right), so fitting on them lends checks a confidence the other
    sets do not bear out; with them, the out-of-fold figures of the other sets got worse (README)."""
    return [it for it in items if fit_seeds or it.kind != "seeds"]


def report(
    items: list[Item], k: int, keep: float, target: float, fit_seeds: bool = False
) -> dict[str, dict[str, float]]:
    fold_of = folds(items, k)
    models = {
        f: fit(fitted_on((it for it in items if fold_of[it.doc] != f), fit_seeds), keep, target)
        for f in range(k)
    }
    everything = fit(fitted_on(items, fit_seeds), keep, target)
    print(
        f"{len(items)} segments ({', '.join(f'{n} {kind}' for kind, n in Counter(it.kind for it in items).items())}), "
        f"{len(set(fold_of))} documents in {k} folds"
    )

    print("\n== Per check (all flags; precision spread = lowest and highest precision over the folds) ==")
    print(
        f"{'check':28s} {'category':15s} {'dev ok/n':>9s} {'mt ok/n':>9s} {'human n':>7s} {'seeds ok/n':>10s}  "
        f"{'false/clean dev mt human seeds':>32s}  spread"
    )
    for code, cat, counts, false, spread in per_check(items, fold_of, k):
        print(
            f"{code:28s} {cat:15s} {counts['dev'][1]:4d}/{counts['dev'][0]:<4d} {counts['mt'][1]:4d}/{counts['mt'][0]:<4d} "
            f"{counts['human'][0]:7d} {counts['seeds'][1]:5d}/{counts['seeds'][0]:<4d}  {false['dev']:8.3f} {false['mt']:6.3f} "
            f"{false['human']:6.3f} {false['seeds']:6.3f}   {spread[0]:.2f}-{spread[1]:.2f}"
        )

    variants = {
        "all checks": (items, items),
        "kept checks": (
            filtered(items, lambda it: Model(everything.per_code, everything.per_cat, keep)),
            filtered(
                items,
                lambda it: Model(models[fold_of[it.doc]].per_code, models[fold_of[it.doc]].per_cat, keep),
            ),
        ),
        f"confidence cut (precision {target})": (
            filtered(items, lambda it: everything),
            filtered(items, lambda it: models[fold_of[it.doc]]),
        ),
    }
    results: dict[str, dict[str, float]] = {}
    print("\n== Headline figures: in-fold | out-of-fold ==")
    names = list(figures(items))
    print(f"{'':34s}" + "".join(f"{v[:24]:>27s}" for v in variants))
    for name in names:
        cells = []
        for label, (inside, outside) in variants.items():
            a, b = figures(inside)[name], figures(outside)[name]
            results.setdefault(label, {})[name] = b
            cells.append(f"{a:12.3f} | {b:<12.3f}")
        print(f"{name:34s}" + "".join(f"{c:>27s}" for c in cells))
    cuts = [models[f].cut for f in range(k)]
    print(
        f"confidence cut fitted on all documents {everything.cut:.3f}; per fold {', '.join(f'{c:.3f}' for c in cuts)}"
    )
    for label, model_of in (
        ("in-fold", lambda it: everything),
        ("out-of-fold", lambda it: models[fold_of[it.doc]]),
    ):
        kept = [cat in it.gold for it in items for code, cat in it.flags if model_of(it).kept(code, cat)]
        total = sum(len(it.flags) for it in items)
        print(
            f"flags at or above the cut, {label}: {len(kept)} of {total}, precision {sum(kept) / max(1, len(kept)):.3f}"
        )

    for kind in ("dev", "mt", "seeds"):
        print(f"\n== Per category on {kind} (recall/precision, score.py units): in-fold | out-of-fold ==")
        print(f"{'category':16s} {'gold':>5s}" + "".join(f"{v[:24]:>30s}" for v in variants))
        tables = [(per_category(a, kind), per_category(b, kind)) for a, b in variants.values()]
        for cat in sorted({c for a, b in tables for c in (*a, *b)}):
            gold = tables[0][0].get(cat, (0, None, None))[0]
            cells = []
            for a, b in tables:
                ra = a.get(cat, (0, None, None))
                rb = b.get(cat, (0, None, None))
                cells.append(f"{_fmt(ra[1])}/{_fmt(ra[2])} | {_fmt(rb[1])}/{_fmt(rb[2])}")
            print(f"{cat:16s} {gold:5d}" + "".join(f"{c:>30s}" for c in cells))

    print("\n== Reliability of the confidence: in-fold | out-of-fold ==")
    inside = [(everything.confidence(c, cat), cat in it.gold) for it in items for c, cat in it.flags]
    outside = [
        (models[fold_of[it.doc]].confidence(c, cat), cat in it.gold) for it in items for c, cat in it.flags
    ]
    print(
        f"{'confidence':12s} {'flags':>6s} {'mean':>6s} {'right':>6s} | {'flags':>6s} {'mean':>6s} {'right':>6s}"
    )
    a, b = dict((r[0], r[1:]) for r in reliability(inside)), dict((r[0], r[1:]) for r in reliability(outside))
    for bin_ in sorted(set(a) | set(b)):
        x, y = a.get(bin_, (0, 0.0, 0.0)), b.get(bin_, (0, 0.0, 0.0))
        print(f"{bin_:12s} {x[0]:6d} {x[1]:6.3f} {x[2]:6.3f} | {y[0]:6d} {y[1]:6.3f} {y[2]:6.3f}")
    for label, scored in (("in-fold", inside), ("out-of-fold", outside)):
        brier = sum((c - ok) ** 2 for c, ok in scored) / max(1, len(scored))
        print(f"Brier score {label}: {brier:.4f}")
    for kind in KINDS:
        for label, model_of in (
            ("in-fold", lambda it: everything),
            ("out-of-fold", lambda it: models[fold_of[it.doc]]),
        ):
            scored = [
                (model_of(it).confidence(c, cat), cat in it.gold)
                for it in items
                if it.kind == kind
                for c, cat in it.flags
            ]
            if scored:
                brier = sum((c - ok) ** 2 for c, ok in scored) / len(scored)
                print(f"Brier score on {kind} {label}: {brier:.4f} ({len(scored)} flags)")
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--keep", type=float, default=0.3, help="drop a check below this training precision")
    parser.add_argument(
        "--target-precision", type=float, default=0.9, help="precision the confidence cut aims at"
    )
    parser.add_argument("--flags", type=Path, help="reuse (or keep) the contract command's output here")
    parser.add_argument(
        "--write-confidence", type=Path, help="write the per-check confidence fitted on all sets"
    )
    parser.add_argument("--bench", type=Path, default=BENCH)
    parser.add_argument(
        "--grid",
        action="append",
        default=[],
        metavar="MODULE.NAME=V1,V2,...",
        help="cross-validate a check threshold over these values (the first is the current one)",
    )
    parser.add_argument(
        "--without-seeds", action="store_true", help="leave the seeds out (the figures before they came in)"
    )
    parser.add_argument(
        "--fit-seeds", action="store_true", help="fit the confidences on the seeds too (they are only scored)"
    )
    args = parser.parse_args(argv)
    items = load_sets(args.bench)
    if args.without_seeds:
        items = [it for it in items if it.kind != "seeds"]
    run_checks(items, args.flags)
    report(items, args.folds, args.keep, args.target_precision, args.fit_seeds)
    for grid in args.grid:
        target, values = grid.split("=", 1)
        options = values.split(",")
        cross_validate_setting(items, target, options, args.folds, options[0])
    if args.write_confidence:
        per_code, per_cat = confidences(fitted_on(items, args.fit_seeds))
        cut = fit(fitted_on(items, args.fit_seeds), args.keep, args.target_precision).cut
        args.write_confidence.write_text(
            json.dumps(
                {
                    "about": "share of each check's flags that were right on checks/dev, mt-dev and "
                    "align/dev's human pairs, shrunk toward its category's (benchmarks/cv_checks.py "
                    "--write-confidence)",
                    "threshold": round(cut, 3),
                    "threshold_about": f"the lowest confidence at which the flags at or above it were right "
                    f"{args.target_precision} of the time: the default below which a project hides flags",
                    "checks": {c: round(v, 3) for c, v in sorted(per_code.items())},
                    "categories": {c: round(v, 3) for c, v in sorted(per_cat.items())},
                },
                ensure_ascii=False,
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
