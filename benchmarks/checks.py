"""Defect-check benchmark: precision/recall with the shared scorer, and the time for 10,000 segments.

uv run python benchmarks/checks.py ../shared/bench/checks/dev [--documents]

``--documents`` also scores the pairs grouped into their documents (the id before its last ``-``),
as the workbench checks them: document-level context (house style, names) comes into play.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _check(pairs: Path, flags: Path) -> None:
    """The contract command: ``python -m alignment check PAIRS -o FLAGS``."""
    subprocess.run(
        [sys.executable, "-m", "alignment", "check", str(pairs), "-o", str(flags)], cwd=ROOT, check=True
    )


def _write(items: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    return path


def main() -> int:
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
        big_path = _write(big, Path(tmp) / "big.jsonl")
        start = time.perf_counter()
        _check(big_path, Path(tmp) / "o.jsonl")
        print(
            f"10000 segments checked in {time.perf_counter() - start:.1f} s (one process, start-up included)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
