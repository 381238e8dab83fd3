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


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    dev = Path(args[0] if args else ROOT.parent / "shared" / "bench" / "checks" / "dev")
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
        if "--documents" in sys.argv and scorer.exists():
            grouped = Path(tmp) / "documents.jsonl"
            with grouped.open("w", encoding="utf-8") as f:
                for line in (dev / "pairs.jsonl").read_text(encoding="utf-8").splitlines():
                    item = json.loads(line)
                    item["doc"] = item["id"].rsplit("-", 1)[0]
                    f.write(json.dumps(item, ensure_ascii=False) + "\n")
            subprocess.run(
                [sys.executable, "-m", "alignment", "check", str(grouped), "-o", str(flags)],
                cwd=ROOT,
                check=True,
            )
            print("grouped into documents:")
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
