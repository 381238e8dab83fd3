"""Document pairing benchmark: whole NTREX-style articles under meaningless names, some with their
counterpart removed, plus the seed articles; reports missed and invented pairs.

    uv run python benchmarks/pairing.py ../shared/bench/align/dev [--drop 0.3] [--seed 1]
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
    args = parser.parse_args()
    rng = random.Random(args.seed)
    truth: dict[str, str] = {}
    origin: dict[str, str] = {}  # random file name -> dev document and side, for the report
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for doc in sorted(p for p in args.dev.iterdir() if (p / "zh.txt").is_file()):
            keep_zh = keep_ja = True
            if rng.random() < args.drop:
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
        for seed in sorted(SEEDS.glob("*.txt")):
            files.append(seed)
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
        f"files={len(files)} true_pairs={len(truth)} found={len(found)} missed={len(missed)} "
        f"invented={len(invented)} seconds={seconds:.2f}"
    )
    for t in missed:
        print(f"  missed: {origin.get(t, Path(t).name)} -> {origin.get(truth[t], Path(truth[t]).name)}")
    for t in invented:
        print(f"  invented: {origin.get(t, Path(t).name)} -> {origin.get(found[t], Path(found[t]).name)}")
    return 1 if missed or invented else 0


if __name__ == "__main__":
    raise SystemExit(main())
