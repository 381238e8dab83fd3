"""Load benchmark: the review page and the segments API of a 2,000-segment document under concurrent
clients, on PostgreSQL, served by gunicorn on loopback.

    uv run python benchmarks/load/review_load.py [--clients 20] [--seconds 20] [--workers 4]

Creates (or reuses) the database ``workbench_load`` on 127.0.0.1:5432, fills a project with one
2,000-segment document, starts gunicorn, and has N client threads request
``/documents/<id>/`` (100 rows a page, a random page) and ``/api/documents/<id>/segments/?page=…``
(50 rows) for a fixed time, first with a pause between requests (``--think``, 1 s on average: people
read a page before turning it), then as a closed loop with no pause (the server's saturation
throughput). Prints p50/p95 latency and requests/s for each.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[2]
SECRET = "load-benchmark-only-" + "k" * 40
DB_URL = os.environ.get("LOAD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/workbench_load")


def prepare() -> tuple[int, str, str]:
    url = urlparse(DB_URL)  # LOAD_DATABASE_URL names another database: two checkouts, one server
    subprocess.run(
        [
            "psql",
            "-h",
            url.hostname or "127.0.0.1",
            "-U",
            url.username or "postgres",
            "-c",
            f'CREATE DATABASE "{url.path.lstrip("/")}"',
        ],
        capture_output=True,
    )
    os.environ["DATABASE_URL"] = DB_URL
    os.environ["DJANGO_SECRET_KEY"] = SECRET  # the server must accept the session signed here
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command
    from rest_framework.authtoken.models import Token

    from workbench.models import Document, Flag, Membership, Project, Segment

    call_command("migrate", verbosity=0)
    user, _ = get_user_model().objects.get_or_create(username="load-reviewer")
    project, _ = Project.objects.get_or_create(slug="load", defaults={"name": "load"})
    Membership.objects.get_or_create(user=user, project=project, defaults={"role": "reviewer"})
    doc = Document.objects.filter(project=project, name="load.txt").first()
    if doc is None:
        doc = Document.objects.create(
            project=project, name="load.txt", lang="ja", encoding="utf-8", sha256="load", text=""
        )
        rows = [
            Segment(
                document=doc,
                index=i,
                source_sentences=[i],
                target_sentences=[i],
                source_text=f"长宁区与明斯克市正式结为友城，第{i}次交流合作项目取得成果。",
                mt_text=f"長寧区とミンスク市は正式に友好都市となり、第{i}回の交流協力プロジェクトが成果を上げた。",
                target_text=f"長寧区とミンスク市は正式に友好都市となり、第{i}回の交流協力プロジェクトが成果を上げた。",
                link_type="1-1",
                confidence=0.9,
            )
            for i in range(2000)
        ]
        Segment.objects.bulk_create(rows, batch_size=500)
        Flag.objects.bulk_create(
            [
                Flag(
                    segment=s,
                    code="number-mismatch",
                    category="number",
                    severity="major",
                    start=3,
                    end=8,
                    message="number 7 missing",
                )
                for s in Segment.objects.filter(document=doc)[::3]
            ],
            batch_size=500,
        )
    token, _ = Token.objects.get_or_create(user=user)
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    return doc.pk, token.key, session.session_key


def hammer(port: int, paths, headers, clients: int, seconds: float, think: float = 0.0) -> list[float]:
    """N clients, each requesting a random path, then pausing ``think`` seconds on average (uniform in
    [0.5, 1.5] × think, like a reader turning pages); think 0 is a closed loop that saturates the server.
    """
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        while time.monotonic() < stop_at:
            path = random.choice(paths)
            start = time.perf_counter()
            conn.request("GET", path, headers=headers)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors.append(f"{path}: HTTP {response.status}")
                return
            mine.append(time.perf_counter() - start)
            if think:
                time.sleep(random.uniform(0.5 * think, 1.5 * think))
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise SystemExit(f"{len(errors)} failed requests, e.g. {errors[0]}")
    return latencies


def server_cpu_seconds(master: int) -> float:
    """CPU time (user + system) of gunicorn's workers, from /proc: the cost per request that does not
    depend on what else the shared machine is doing, unlike latency."""
    total = 0
    for task in Path(f"/proc/{master}/task").iterdir():
        for child in (task / "children").read_text().split():
            fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / os.sysconf("SC_CLK_TCK")


def run_phase(name: str, master: int, port: int, paths, headers, args, think: float) -> None:
    cpu = server_cpu_seconds(master)
    latencies = hammer(port, paths, headers, args.clients, args.seconds, think)
    cpu = server_cpu_seconds(master) - cpu
    q = statistics.quantiles(latencies, n=100)
    print(
        f"{name}: {len(latencies)} requests, {len(latencies) / args.seconds:.0f} req/s, "
        f"p50 {1000 * q[49]:.0f} ms, p95 {1000 * q[94]:.0f} ms, "
        f"server CPU {1000 * cpu / len(latencies):.1f} ms/request; load average {os.getloadavg()[0]:.1f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--warm-up", type=float, default=10, help="seconds of warm-up per endpoint")
    parser.add_argument(
        "--think",
        type=float,
        default=1.0,
        help="mean pause of each client between requests, seconds (0: closed loop, saturation)",
    )
    args = parser.parse_args()
    doc, token, session = prepare()
    env = {
        **os.environ,
        "DATABASE_URL": DB_URL,
        "DJANGO_ENV": "production",
        "DJANGO_SECRET_KEY": SECRET,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DATABASE_CONN_MAX_AGE": "60",
        "WORKBENCH_THROTTLE_USER": "1000000/min",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "workbench.wsgi",
            "-w",
            str(args.workers),
            "-b",
            f"127.0.0.1:{args.port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        for _ in range(50):
            try:
                http.client.HTTPConnection("127.0.0.1", args.port, timeout=1).request(
                    "GET", "/accounts/login/"
                )
                break
            except OSError:
                time.sleep(0.2)
        page_paths = [f"/documents/{doc}/?page={p}" for p in range(1, 21)]
        api_paths = [f"/api/documents/{doc}/segments/?page={p}" for p in range(1, 41)]
        cookie = {"Cookie": f"sessionid={session}", "X-Forwarded-Proto": "https"}
        auth = {"Authorization": f"Token {token}", "X-Forwarded-Proto": "https"}
        # Warm-up: imports, templates, connections, and the response caches. Without Redis each
        # worker process has its own, so every process must have seen every page: 3 s left some
        # pages cold in some workers, and the first measured phase's p95 was those misses.
        hammer(args.port, page_paths, cookie, args.workers * 2, args.warm_up)
        hammer(args.port, api_paths, auth, args.workers * 2, args.warm_up)
        for think in dict.fromkeys([args.think, 0.0]):
            label = f"think {think:g} s" if think else "closed loop"
            run_phase(f"review page, {label}", server.pid, args.port, page_paths, cookie, args, think)
            run_phase(f"segments API, {label}", server.pid, args.port, api_paths, auth, args, think)
    finally:
        server.terminate()
        server.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
