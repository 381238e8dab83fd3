"""Defect-check benchmark: precision/recall with the shared scorer, and the time for 10,000 segments.

uv run python benchmarks/checks.py ../shared/bench/checks/dev
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    dev = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "bench" / "checks" / "dev")
    with tempfile.TemporaryDirectory() as tmp:
        flags = Path(tmp) / "flags.jsonl"
        subprocess.run(
            [sys.executable, "-m", "alignment", "check", str(dev / "pairs.jsonl"), "-o", str(flags)],
            cwd=ROOT,
            check=True,
        )
        scorer = dev.parent / "score.py"
        if scorer.exists():
            subprocess.run([sys.executable, str(scorer), str(dev / "gold.jsonl"), str(flags)], check=False)
        lines = (dev / "pairs.jsonl").read_text(encoding="utf-8").splitlines()
        big = Path(tmp) / "big.jsonl"
        with big.open("w", encoding="utf-8") as f:
            for k in range(10_000):
                item = json.loads(lines[k % len(lines)])
                item["id"] = f"{item['id']}#{k}"
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "alignment", "check", str(big), "-o", str(Path(tmp) / "o.jsonl")],
            cwd=ROOT,
            check=True,
        )
        print(
            f"10000 segments checked in {time.perf_counter() - start:.1f} s (one process, start-up included)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
