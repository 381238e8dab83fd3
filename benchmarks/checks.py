"""Defect-check benchmark: precision/recall with the shared scorer, and the time for 10,000 segments.

uv run python benchmarks/checks.py ../shared/bench/checks/dev [--documents]
uv run python benchmarks/checks.py --seeds

``--documents`` also scores the pairs grouped into their documents (the id before its last ``-``),
as the workbench checks them: document-level context (house style, names) comes into play.

``--seeds`` scores real machine translation instead: the content segments of the four seed
renderings (000 and 001 aligned by hand to their source 002; 003 and 004 with no source), checked
as documents, against the defects we annotated by hand in ``defects/seeds_gold.jsonl`` (a
"borderline" category counts neither way). Besides each category it prints the overall recall and
precision over (segment, category) units, the figure DESIGN.md quotes for pofilter.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _check(pairs: Path, flags: Path, *options: str) -> None:
    """The contract command: ``python -m alignment check PAIRS -o FLAGS``."""
    subprocess.run(
        [sys.executable, "-m", "alignment", "check", str(pairs), "-o", str(flags), *options],
        cwd=ROOT,
        check=True,
    )


def _write(items: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    return path


def seeds() -> int:
    here = Path(__file__).resolve().parent / "defects"
    gold = [json.loads(line) for line in (here / "seeds_gold.jsonl").read_text(encoding="utf-8").splitlines()]
    scorer = ROOT.parent / "shared" / "bench" / "checks" / "score.py"
    with tempfile.TemporaryDirectory() as tmp:
        flags = Path(tmp) / "flags.jsonl"
        _check(here / "seeds.jsonl", flags)
        border = _write(
            [{"id": g["id"], "categories": g["borderline"]} for g in gold if g.get("borderline")],
            Path(tmp) / "border.jsonl",
        )
        if scorer.exists():
            subprocess.run(
                [
                    sys.executable,
                    str(scorer),
                    str(here / "seeds_gold.jsonl"),
                    str(flags),
                    "--borderline",
                    str(border),
                ],
                check=False,
            )
        news = Path(tmp) / "news.jsonl"
        _check(here / "seeds.jsonl", news, "--enable", ",".join(_news_style()))
        runs = [
            ("", _predicted(flags)),
            (" in news style (typography-number-space enabled)", _predicted(news)),
        ]
    wanted = {(g["id"], c) for g in gold for c in g["categories"]}
    neither = {(g["id"], c) for g in gold for c in g.get("borderline", ())}
    for title, predicted in runs:
        found = wanted & predicted
        counted = predicted - neither
        print(
            f"seeds{title}, all categories: recall {len(found) / len(wanted):.3f} ({len(found)}/{len(wanted)}), "
            f"precision {len(found) / len(counted):.3f} ({len(found)}/{len(counted)})"
        )
        for unit in sorted(counted - wanted):
            print("  not annotated:", *unit)
    return 0


def _predicted(flags: Path) -> set[tuple[str, str]]:
    return {
        (p["id"], f["category"])
        for p in map(json.loads, flags.read_text(encoding="utf-8").splitlines())
        for f in p["flags"]
    }


def _news_style() -> list[str]:
    """The default checks and the opt-in one for news style's unspaced numbers."""
    sys.path.insert(0, str(ROOT))
    from alignment.checks import CHECKS  # noqa: PLC0415  the repository is on sys.path only now

    return [c for c, check in CHECKS.items() if check.default_enabled or c == "typography-number-space"]


def main() -> int:
    if "--seeds" in sys.argv:
        return seeds()
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    dev = Path(args[0] if args else ROOT.parent / "shared" / "bench" / "checks" / "dev")
    scorer = dev.parent / "score.py"
    items = [json.loads(line) for line in (dev / "pairs.jsonl").read_text(encoding="utf-8").splitlines()]
    with tempfile.TemporaryDirectory() as tmp:
        flags = Path(tmp) / "flags.jsonl"
        runs = [("", dev / "pairs.jsonl")]
        if "--documents" in sys.argv:
            grouped = [{**item, "doc": item["id"].rsplit("-", 1)[0]} for item in items]
            runs.append(("grouped into documents:", _write(grouped, Path(tmp) / "documents.jsonl")))
        for title, pairs in runs:
            _check(pairs, flags)
            if scorer.exists():
                if title:
                    print(title)
                subprocess.run(
                    [sys.executable, str(scorer), str(dev / "gold.jsonl"), str(flags)], check=False
                )
        big = [{**items[k % len(items)], "id": f"{items[k % len(items)]['id']}#{k}"} for k in range(10_000)]
        _timed("10000 segments (the dev file repeated)", _write(big, Path(tmp) / "big.jsonl"), tmp)
        _timed(
            "10000 distinct segments of the usual length (a dev pair and its serial number)",
            _write(_numbered(items), Path(tmp) / "n.jsonl"),
            tmp,
        )
        _timed(
            "10000 distinct segments (two dev pairs joined)",
            _write(_distinct(items), Path(tmp) / "d.jsonl"),
            tmp,
        )
    return 0


def _numbered(items: list[dict], n: int = 10_000) -> list[dict]:
    """Segments of the usual length that no per-segment cache has seen: each dev pair with a serial
    number prefixed to both sides (（123）), which moves the length ratio of a few (3 % of the
    segments flag differently) and leaves the work the same. Words recur, as they do in a
    real corpus of this size."""
    out = []
    for k in range(n):
        item = items[k % len(items)]
        out.append({"id": f"{item['id']}#{k}", "zh": f"（{k}）{item['zh']}", "ja": f"（{k}）{item['ja']}"})
    return out


def _distinct(items: list[dict], n: int = 10_000) -> list[dict]:
    """Segments no cache has seen: each joins two different dev pairs (seeded, so every run checks
    the same text); twice the usual length, so a pessimistic figure."""
    rng = random.Random(1)
    out: list[dict] = []
    while len(out) < n:
        a, b = rng.sample(items, 2)
        out.append(
            {"id": f"{a['id']}+{b['id']}#{len(out)}", "zh": a["zh"] + b["zh"], "ja": a["ja"] + b["ja"]}
        )
    return out


def _timed(title: str, pairs: Path, tmp: str) -> None:
    start = time.perf_counter()
    _check(pairs, Path(tmp) / "o.jsonl")
    print(f"{title} checked in {time.perf_counter() - start:.1f} s (one process, start-up included)")


if __name__ == "__main__":
    raise SystemExit(main())
