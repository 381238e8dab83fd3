"""Score the contract command on the held-out sets of benchmarks/heldout (see its README).

    uv run python benchmarks/heldout.py [--flags-dir DIR]

The sets were written after the checks and their thresholds were fixed and are never used to
choose a rule, a word or a threshold: this script is their only reader. It runs
``python -m alignment check`` on each set as a user would (a subprocess, the default
configuration) and prints, for all flags and for the flags at or above the default confidence cut
(what the review page shows by default):

- ``mt`` (press-office MT, half clean, one realistic defect in the other half): segment recall and
  precision, categories flagged per clean segment, and per gold category the share of its
  segments that got any flag and a flag of that category; meaning errors (mistranslation and
  terminology) separately. The definitions are those of ``../shared/bench/checks/score_units.py``.
- ``human`` (clean professional translations of international news): flags per segment, every
  one false, and which checks raise them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SETS = HERE / "heldout"
MEANING = frozenset({"mistranslation", "terminology"})

sys.path.insert(0, str(ROOT))
from alignment.checks.confidence import default_threshold  # noqa: E402  (the checkout, not an install)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_check(pairs: Path, out: Path) -> dict[str, list[dict]]:
    """The contract command's flags per segment id, as a user gets them."""
    subprocess.run(
        [sys.executable, "-m", "alignment", "check", str(pairs), "-o", str(out)], check=True, cwd=ROOT
    )
    return {row["id"]: row["flags"] for row in _jsonl(out)}


def categories(flags: list[dict], cut: float | None) -> set[str]:
    return {
        f["category"]
        for f in flags
        if f["category"] != "boilerplate_leak" and (cut is None or f.get("confidence", 1.0) >= cut)
    }


def score_mt(gold: list[dict], flags: dict[str, list[dict]], cut: float | None) -> list[str]:
    pred = {g["id"]: categories(flags.get(g["id"], []), cut) for g in gold}
    want = {g["id"]: set(g["categories"]) for g in gold}
    defective = {i for i, c in want.items() if c}
    clean = set(want) - defective
    flagged = {i for i, c in pred.items() if c}
    hit = defective & flagged
    recall = len(hit) / len(defective) if defective else 0.0
    precision = len(hit) / len(flagged) if flagged else 0.0
    per_clean = sum(len(pred[i]) for i in clean) / len(clean) if clean else 0.0
    lines = [
        f"segments {len(want)} (defective {len(defective)}): segment recall {recall:.3f} at "
        f"precision {precision:.3f}; clean segments flagged {len(flagged & clean)}/{len(clean)} "
        f"({per_clean:.3f} categories each)"
    ]
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    same: Counter[str] = Counter()
    for i, cats in want.items():
        for c in cats:
            total[c] += 1
            found[c] += bool(pred[i])
            same[c] += c in pred[i]
    for c in sorted(total):
        lines.append(
            f"  {c:15s} {total[c]:3d}  flagged {found[c]:3d} ({found[c] / total[c]:.2f})  "
            f"same category {same[c]:3d} ({same[c] / total[c]:.2f})"
        )
    meaning = [i for i, cats in want.items() if cats & MEANING]
    got = sum(1 for i in meaning if pred[i])
    lines.append(f"  meaning-error segments flagged {got}/{len(meaning)} ({got / max(1, len(meaning)):.3f})")
    return lines


def score_human(gold: list[dict], flags: dict[str, list[dict]], cut: float | None) -> list[str]:
    codes: Counter[str] = Counter()
    for g in gold:
        for f in flags.get(g["id"], []):
            if f["category"] != "boilerplate_leak" and (cut is None or f.get("confidence", 1.0) >= cut):
                codes[f["code"]] += 1
    n = sum(codes.values())
    worst = ", ".join(f"{code} {k}" for code, k in codes.most_common(6))
    return [f"segments {len(gold)}: {n} flags, {n / max(1, len(gold)):.3f} per segment ({worst or 'none'})"]


#: What nobody has read for misses (README): the figures on these alone stay held out. The
#: articles of writers h38 to h42, written last; everything before them has been read.
UNREAD_WRITERS = ("h38", "h39", "h40", "h41", "h42")


def unread(segment_id: str) -> bool:
    return segment_id.split("-")[0].startswith(UNREAD_WRITERS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flags-dir", type=Path, help="keep the check output here")
    parser.add_argument(
        "--unread", action="store_true", help="score only the articles nobody has read for misses (README)"
    )
    args = parser.parse_args(argv)
    cut = default_threshold()
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = args.flags_dir or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        for name, scorer in (("mt", score_mt), ("human", score_human)):
            folder = SETS / name
            if not (folder / "pairs.jsonl").exists():
                continue
            gold = _jsonl(folder / "gold.jsonl")
            if args.unread:
                gold = [g for g in gold if unread(g["id"])]
            flags = run_check(folder / "pairs.jsonl", out_dir / f"{name}.jsonl")
            print(f"== {name} ({folder.relative_to(ROOT)}), all flags")
            print("\n".join(scorer(gold, flags, None)))
            print(f"== {name}, flags at or above the default cut {cut:.3f}")
            print("\n".join(scorer(gold, flags, cut)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
