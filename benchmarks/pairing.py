"""Document pairing benchmark: whole NTREX-style articles under meaningless names, some with their
counterpart removed, plus the seed articles; reports missed and invented pairs.

    uv run python benchmarks/pairing.py ../shared/bench/align/dev [--drop 0.3] [--seed 1] [--runs 10]
    uv run python benchmarks/pairing.py ../shared/bench/align/dev --import-mix 500

With ``--runs N`` the mix is drawn N times (seeds seed … seed+N-1) and the totals are printed last.
``--import-mix N`` pairs instead the N article pairs that benchmarks/load/import_throughput.py uploads
(patchworks of the dev documents, some partial renderings), as its import does, without Celery.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alignment.documents import pair_documents
from alignment.text import load_document

SEEDS = Path(__file__).resolve().parent.parent / "examples"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev", type=Path)
    parser.add_argument("--drop", type=float, default=0.3, help="share of documents that lose one side")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=1, help="draw the mix this many times (seeds seed…)")
    parser.add_argument(
        "--import-mix", type=int, default=0, help="pair the import benchmark's N article pairs"
    )
    args = parser.parse_args()
    if args.import_mix:
        return import_mix(args.dev, args.import_mix)
    totals = [0, 0, 0]
    for seed in range(args.seed, args.seed + args.runs):
        true_pairs, missed, invented = run_once(args.dev, args.drop, seed)
        totals = [totals[0] + true_pairs, totals[1] + missed, totals[2] + invented]
    if args.runs > 1:
        print(f"runs={args.runs} true_pairs={totals[0]} missed={totals[1]} invented={totals[2]}")
    return 1 if totals[1] or totals[2] else 0


def import_mix(dev: Path, count: int) -> int:
    """The import benchmark's upload, paired: right, wrong and missed renderings."""
    sys.path.insert(0, str(Path(__file__).resolve().parent / "load"))
    from import_throughput import build_pairs  # noqa: PLC0415  benchmarks/load is on sys.path only now

    texts = build_pairs(dev, count)
    docs = [load_document(zh.encode(), name=f"{k:04d}_zh.txt") for k, (zh, _) in enumerate(texts)]
    docs += [load_document(ja.encode(), name=f"{k:04d}_ja.txt") for k, (_, ja) in enumerate(texts)]
    start = time.perf_counter()
    pairs, _ = pair_documents(docs, measure_coverage=False)
    seconds = time.perf_counter() - start
    right = sum(p.target[:4] == p.source[:4] for p in pairs)
    print(f"pairs={count} found={len(pairs)} right={right} wrong={len(pairs) - right} seconds={seconds:.1f}")
    return 0 if right == len(pairs) == count else 1


def run_once(dev: Path, drop: float, seed: int) -> tuple[int, int, int]:
    """One mix: true pairs, missed and invented counts (and a line of figures printed)."""
    rng = random.Random(seed)
    truth: dict[str, str] = {}
    origin: dict[str, str] = {}  # random file name -> dev document and side, for the report
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for doc in sorted(p for p in dev.iterdir() if (p / "zh.txt").is_file()):
            keep_zh = keep_ja = True
            if rng.random() < drop:
                keep_zh, keep_ja = (False, True) if rng.random() < 0.5 else (True, False)
            zh_name = Path(tmp) / f"{rng.getrandbits(40):010x}.txt"
            ja_name = Path(tmp) / f"{rng.getrandbits(40):010x}.txt"
            if keep_zh:
                zh_name.write_bytes((doc / "zh.txt").read_bytes())
                files.append(zh_name)
            if keep_ja:
                ja_name.write_bytes((doc / "ja.txt").read_bytes())
                files.append(ja_name)
            origin[str(zh_name)], origin[str(ja_name)] = f"{doc.name}/zh", f"{doc.name}/ja"
            if keep_zh and keep_ja:
                truth[str(ja_name)] = str(zh_name)
        for article in sorted(SEEDS.glob("*.txt")):
            files.append(article)
        seed_names = {p.name[:3]: str(p) for p in SEEDS.glob("*.txt")}
        if {"000", "001", "002"} <= set(seed_names):
            truth[seed_names["000"]] = seed_names["002"]
            truth[seed_names["001"]] = seed_names["002"]
        rng.shuffle(files)
        start = time.perf_counter()
        docs = [load_document(p, name=str(p)) for p in files]
        pairs, _ = pair_documents(docs)
        seconds = time.perf_counter() - start
    found = {p.target: p.source for p in pairs}
    missed = [t for t, s in truth.items() if found.get(t) != s]
    invented = [t for t, s in found.items() if truth.get(t) != s]
    print(
        f"seed={seed} files={len(files)} true_pairs={len(truth)} found={len(found)} missed={len(missed)} "
        f"invented={len(invented)} seconds={seconds:.2f}"
    )
    for t in missed:
        print(f"  missed: {origin.get(t, Path(t).name)} -> {origin.get(truth[t], Path(truth[t]).name)}")
    for t in invented:
        print(f"  invented: {origin.get(t, Path(t).name)} -> {origin.get(found[t], Path(found[t]).name)}")
    return len(truth), len(missed), len(invented)


if __name__ == "__main__":
    raise SystemExit(main())
