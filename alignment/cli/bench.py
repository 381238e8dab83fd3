"""``python -m alignment bench DIR``: accuracy and speed of the aligner, beside a length-only baseline.

DIR holds ``<doc>/{zh.txt, ja.txt, gold.json}``. Prints micro-averaged F1 (strict: exact links with
null links; nonull: 1-0/0-1 excluded; pairs: implied sentence pairs), then the time per 1,000
sentences on long documents made by concatenating the documents (2k × 2k and 4k × 4k, with their
ratio and accuracy), then the same F1 for nltk's Gale–Church aligner when nltk is installed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from alignment.aligner import align
from alignment.errors import InputError
from alignment.text import read_lines

Links = set[tuple[tuple[int, ...], tuple[int, ...]]]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", help="folder of <doc>/zh.txt, ja.txt, gold.json")
    parser.add_argument("--no-baseline", action="store_true", help="skip the Gale–Church baseline")
    parser.add_argument("--sizes", default="2000,4000", help="long-document sizes to time (sentences)")


def _links(raw: list) -> Links:
    return {(tuple(sorted(s)), tuple(sorted(t))) for s, t in raw if s or t}


def f1_scores(pairs: list[tuple[Links, Links]]) -> dict[str, float]:
    """Micro-averaged strict / nonull / pairs F1 over (gold, predicted) link sets."""
    counts = {k: [0, 0, 0] for k in ("strict", "nonull", "pairs")}
    for gold, pred in pairs:
        views: dict[str, tuple[set, set]] = {
            "strict": (gold, pred),
            "nonull": ({x for x in gold if x[0] and x[1]}, {x for x in pred if x[0] and x[1]}),
            "pairs": (
                {(s, t) for ss, tt in gold for s in ss for t in tt},
                {(s, t) for ss, tt in pred for s in ss for t in tt},
            ),
        }
        for key, (gold_set, pred_set) in views.items():
            counts[key][0] += len(gold_set & pred_set)
            counts[key][1] += len(pred_set)
            counts[key][2] += len(gold_set)
    out = {}
    for key, (tp, n_pred, n_gold) in counts.items():
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        out[key] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def _load(root: Path) -> list[tuple[list[str], list[str], Links]]:
    docs = []
    for doc in sorted(p for p in root.iterdir() if (p / "gold.json").is_file()):
        gold = json.loads((doc / "gold.json").read_text(encoding="utf-8"))["links"]
        docs.append((read_lines(doc / "zh.txt"), read_lines(doc / "ja.txt"), _links(gold)))
    if not docs:
        raise InputError(f"{root}: no <doc>/gold.json found")
    return docs


def _concat(docs, size: int) -> tuple[list[str], list[str], Links]:
    zh: list[str] = []
    ja: list[str] = []
    gold: Links = set()
    while len(zh) < size:
        for d_zh, d_ja, d_gold in docs:
            oz, oj = len(zh), len(ja)
            zh += d_zh
            ja += d_ja
            gold |= {(tuple(i + oz for i in s), tuple(j + oj for j in t)) for s, t in d_gold}
            if len(zh) >= size:
                break
    return zh, ja, gold


def _gale_church(docs) -> dict[str, float] | None:
    try:
        from nltk.translate.gale_church import align_blocks  # noqa: PLC0415  nltk is benchmark-only: optional, slow to import
    except ImportError:
        return None
    results = []
    for zh, ja, gold in docs:
        zl = [max(1, len(s)) for s in zh]
        jl = [max(1, int(len(s) / 1.3)) for s in ja]  # bring Japanese lengths to the Chinese scale
        try:
            pairs = align_blocks(zl, jl)
        except Exception:  # nltk fails on some degenerate inputs; count them as empty predictions
            pairs = []
        by_src: dict[int, set[int]] = {}
        by_tgt: dict[int, set[int]] = {}
        for i, j in pairs:
            by_src.setdefault(i, set()).add(j)
            by_tgt.setdefault(j, set()).add(i)
        pred: Links = set()
        for js in by_src.values():
            srcs = set().union(*(by_tgt[j] for j in js))
            pred.add((tuple(sorted(srcs)), tuple(sorted(js))))
        pred |= {((i,), ()) for i in range(len(zh)) if i not in by_src}
        pred |= {((), (j,)) for j in range(len(ja)) if j not in by_tgt}
        results.append((gold, pred))
    return f1_scores(results)


def _official_score(root: Path) -> None:
    """Cross-check with the benchmark's own scorer when it sits next to the folder: the batch
    goes through the CLI contract (one process) and the scorer reads the written pred.json."""
    scorer = root.resolve().parent / "score.py"
    if not scorer.is_file():
        return
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        cmd = [sys.executable, "-m", "alignment", "align", "--presplit", "--batch", str(root), out]
        subprocess.run(cmd, check=True, capture_output=True)
        seconds = time.perf_counter() - start
        line = subprocess.run(
            [sys.executable, str(scorer), str(root), out], capture_output=True, text=True
        ).stdout.strip()
    print(f"score.py    {line}  (batch CLI incl. start-up {seconds:.2f} s)")


def _fmt(scores: dict[str, float]) -> str:
    return f"F1_strict={scores['strict']:.4f} F1_nonull={scores['nonull']:.4f} F1_pairs={scores['pairs']:.4f}"


def run(args: argparse.Namespace) -> int:
    root = Path(args.dir)
    if not root.is_dir():
        raise InputError(f"{root}: not a folder")
    docs = _load(root)
    start = time.perf_counter()
    results = [(gold, {(lk.src, lk.tgt) for lk in align(zh, ja).links}) for zh, ja, gold in docs]
    elapsed = time.perf_counter() - start
    print(f"aligner     {_fmt(f1_scores(results))}  ({len(docs)} documents, {elapsed:.2f} s)")
    _official_score(root)
    timings = []
    for size in (int(x) for x in args.sizes.split(",") if x):
        zh, ja, gold = _concat(docs, size)
        # CPU time of this process as well as wall time: the machine may be shared.
        start, cpu_start = time.perf_counter(), time.process_time()
        pred = {(lk.src, lk.tgt) for lk in align(zh, ja).links}
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        timings.append(cpu)
        print(
            f"long {len(zh)}x{len(ja)}: {seconds:.2f} s wall, {cpu:.2f} s CPU, "
            f"{1000 * cpu / (len(zh) + len(ja)):.3f} s CPU per 1,000 sentences, {_fmt(f1_scores([(gold, pred)]))}"
        )
    if len(timings) >= 2:
        print(
            f"CPU time ratio {timings[-1] / timings[0]:.2f} for {len(timings)} sizes (linear would be 2.00)"
        )
    if not args.no_baseline:
        baseline = _gale_church(docs)
        if baseline is None:
            print("gale-church baseline skipped: nltk is not installed")
        else:
            print(f"gale-church {_fmt(baseline)}")
    return 0
