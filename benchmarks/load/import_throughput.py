"""Import throughput: 500 zh/ja article pairs through real Celery workers, 1 worker process then 2.

    uv run python benchmarks/load/import_throughput.py [--pairs 500] [--workers 1,2] [--runs 1]

Uses the database ``workbench_import_bench`` on 127.0.0.1:5432 (created here) and Redis database 7
(never database 0, which a running workbench may use). Each run imports the same upload into a fresh
project through the path a user's upload takes (``create_import_job`` → Celery task → pairing,
alignment, checks) with a ``celery worker -c N`` process started for the run, and prints pairs per
minute from the upload to the job's end, and the speed-up of each worker count over the first.

The articles are built from the alignment dev set (``../shared/bench/align/dev``) and the hand-aligned
seed pairs (``benchmarks/seeds``): each pair strings together short runs of aligned sentences drawn
from random documents, so every pair is a distinct document of news-article size whose Japanese side
renders its Chinese side sentence by sentence (some renderings leave a run out, as partial
translations do).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DB_NAME = "workbench_import_bench"
DB_URL = os.environ.get("IMPORT_BENCH_DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/{DB_NAME}")
REDIS_URL = os.environ.get("IMPORT_BENCH_REDIS_URL", "redis://127.0.0.1:6379/7")

Bead = tuple[tuple[str, ...], tuple[str, ...]]


def read_beads(folder: Path) -> list[Bead]:
    """A gold-aligned document as its links in reading order: (zh lines, ja lines) each."""
    zh = (folder / "zh.txt").read_text(encoding="utf-8").splitlines()
    ja = (folder / "ja.txt").read_text(encoding="utf-8").splitlines()
    links = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["links"]

    def position(link: list[list[int]]) -> tuple[float, int]:
        src, tgt = link
        if src:
            return (min(src), min(tgt) if tgt else -1)
        before = [max(s) for s, t in links if s and t and min(t) < min(tgt)]
        return (max(before) + 0.5 if before else -0.5, min(tgt))

    return [(tuple(zh[i] for i in s), tuple(ja[j] for j in t)) for s, t in sorted(links, key=position)]


def build_pairs(dev: Path, count: int) -> list[tuple[str, str]]:
    """``count`` distinct (zh text, ja text) articles of 15–35 Chinese sentences each."""
    folders = [p for p in sorted(dev.iterdir()) if (p / "gold.json").exists()]
    folders += [p for p in sorted((ROOT / "benchmarks" / "seeds").iterdir()) if (p / "gold.json").exists()]
    documents = [read_beads(p) for p in folders]
    pairs = []
    for k in range(count):
        rng = random.Random(k)
        zh: list[str] = []
        ja: list[str] = []
        length = rng.randint(15, 35)
        while len(zh) < length:
            doc = rng.choice(documents)
            start = rng.randrange(len(doc))
            left_out = len(zh) > 5 and rng.random() < 0.1  # a partial translation skips this run
            for i in range(rng.randint(1, 3)):
                src, tgt = doc[(start + i) % len(doc)]
                zh.extend(src)
                if not left_out:
                    ja.extend(tgt)
        pairs.append(("\n".join(zh) + "\n", "\n".join(ja) + "\n"))
    return pairs


def setup_django() -> None:
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-c", f"CREATE DATABASE {DB_NAME}"], capture_output=True
    )
    os.environ["DATABASE_URL"] = DB_URL
    os.environ["REDIS_URL"] = REDIS_URL
    os.environ["CELERY_TASK_ALWAYS_EAGER"] = "false"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def start_worker(concurrency: int, log_path: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": DB_URL,
        "REDIS_URL": REDIS_URL,
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "DATABASE_CONN_MAX_AGE": "600",  # a deployed worker keeps its connection
    }
    log = log_path.open("w")
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "workbench",
            "worker",
            "-c",
            str(concurrency),
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "-l",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def wait_ready(expected: int, timeout: float = 60) -> None:
    """Until the worker's pool answers (its processes are forked and connected to the broker)."""
    from workbench.celery import app

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        replies = app.control.ping(timeout=1.0) or []
        if replies:
            stats = app.control.inspect(timeout=2.0).stats() or {}
            procs = [len(s.get("pool", {}).get("processes", [])) for s in stats.values()]
            if procs and procs[0] >= expected:
                return
        time.sleep(0.5)
    raise SystemExit("the Celery worker did not start; see its log")


def stop_worker(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)


def run_once(files: list[tuple[str, bytes]], pairs: int, workers: int, label: str) -> dict:
    import redis
    from django.contrib.auth import get_user_model

    from workbench.models import Document, ImportJob, Membership, Project, Segment
    from workbench.services.imports import create_import_job

    redis.Redis.from_url(REDIS_URL).flushdb()
    Project.objects.filter(slug__startswith="import-bench").delete()
    user, _ = get_user_model().objects.get_or_create(username="import-bench")
    project = Project.objects.create(slug=f"import-bench-{label}", name=f"import bench {label}")
    Membership.objects.create(user=user, project=project, role="manager")
    log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"import-bench-worker-{label}.log"
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = os.getloadavg()[0]
    worker = start_worker(workers, log_path)
    try:
        wait_ready(workers)
        start = time.perf_counter()
        job = create_import_job(project=project, user=user, files=files)
        planned = None
        while True:
            job.refresh_from_db()
            if planned is None and "plan" in job.result:
                planned = time.perf_counter() - start
            if job.status in (ImportJob.Status.SUCCEEDED, ImportJob.Status.FAILED):
                break
            if worker.poll() is not None:
                raise SystemExit(f"the worker exited; see {log_path}")
            time.sleep(0.2)
        elapsed = time.perf_counter() - start
    finally:
        stop_worker(worker)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the worker's processes, reaped by now
    cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    if job.status != ImportJob.Status.SUCCEEDED:
        raise SystemExit(f"import failed: {job.message} (worker log {log_path})")
    docs = Document.objects.filter(project=project)
    ja = docs.filter(lang="ja")
    paired = list(ja.exclude(source=None).values_list("name", "source__name"))
    right = sum(name.split("_")[0] == source.split("_")[0] for name, source in paired)
    segments = Segment.objects.filter(document__project=project)
    distinct = segments.values("document", "index").distinct().count()
    return {
        "workers": workers,
        "seconds": elapsed,
        "worker_cpu": cpu,  # start-up included; on a shared machine the steadier figure
        "load": load,  # 1-minute load average before the run: other work on the machine
        "planned": planned,  # upload stored, files decoded and paired: the part no second worker shares
        "pairs_per_minute": 60 * pairs / elapsed,
        "documents": docs.count(),
        "paired": len(paired),
        "paired_right": right,
        "segments": segments.count(),
        "segments_distinct": distinct,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=500)
    parser.add_argument("--workers", default="1,2", help="worker process counts to compare")
    parser.add_argument("--runs", type=int, default=1, help="runs per worker count (the median is reported)")
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "bench" / "align" / "dev")
    args = parser.parse_args()
    texts = build_pairs(args.dev, args.pairs)
    files = [(f"{k:04d}_zh.txt", zh.encode("utf-8")) for k, (zh, _) in enumerate(texts)]
    files += [(f"{k:04d}_ja.txt", ja.encode("utf-8")) for k, (_, ja) in enumerate(texts)]
    random.Random(0).shuffle(files)
    size = sum(len(d) for _, d in files)
    print(
        f"{args.pairs} pairs, {len(files)} files, {size / 1e6:.1f} MB; "
        f"mean {statistics.mean(len(zh) for zh, _ in texts):.0f} zh / "
        f"{statistics.mean(len(ja) for _, ja in texts):.0f} ja characters",
        flush=True,
    )
    setup_django()
    results: dict[int, list[dict]] = {}
    for run in range(args.runs):
        for n in (int(w) for w in args.workers.split(",")):
            r = run_once(files, args.pairs, n, f"{n}w{run}")
            results.setdefault(n, []).append(r)
            print(
                f"  {n} worker process(es), run {run + 1}: {r['seconds']:.1f} s, "
                f"{r['pairs_per_minute']:.0f} pairs/min (planned after {r['planned'] or 0:.1f} s); "
                f"{r['documents']} documents, "
                f"{r['paired']} paired ({r['paired_right']} right), {r['segments']} segments "
                f"({r['segments'] - r['segments_distinct']} repeated positions); "
                f"worker CPU {r['worker_cpu']:.1f} s, load average before {r['load']:.1f}",
                flush=True,
            )
    base = None
    for n, runs in results.items():
        rate = statistics.median(r["pairs_per_minute"] for r in runs)
        base = base or rate
        print(
            f"{n} worker process(es): {rate:.0f} pairs/min (median of {len(runs)}), speed-up {rate / base:.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
