"""Sentence-alignment benchmark: the dev set (with long documents and the Gale–Church baseline) and
the hand-aligned seed pairs, in one run.

    uv run python benchmarks/align.py [../shared/bench/align/dev]

The measuring code is ``python -m alignment bench`` (alignment/cli/bench.py); this script only runs
it over both sets so that the figures in benchmarks/README.md come from one command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from alignment.cli import bench  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev", nargs="?", default=str(ROOT.parent / "shared" / "bench" / "align" / "dev"))
    args = parser.parse_args()
    print(f"== {args.dev}")
    bench.run(argparse.Namespace(dir=args.dev, no_baseline=False, sizes="2000,4000"))
    print("== benchmarks/seeds (002-000, 002-001)")
    return bench.run(argparse.Namespace(dir=str(ROOT / "benchmarks" / "seeds"), no_baseline=True, sizes=""))


if __name__ == "__main__":
    raise SystemExit(main())
