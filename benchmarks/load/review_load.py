"""Load benchmark: the review page and the segments API of a 2,000-segment document under concurrent
clients, on PostgreSQL, served by gunicorn on loopback.

    uv run python benchmarks/load/review_load.py [--clients 20] [--seconds 20] [--workers 4]

Creates (or reuses) the database ``workbench_load`` on 127.0.0.1:5432, fills a project with one
2,000-segment document, starts gunicorn, and has N client threads request
``/documents/<id>/`` (100 rows a page, a random page) and ``/api/documents/<id>/segments/?page=…``
(50 rows) for a fixed time. Prints p50/p95 latency and requests/s for each.
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

ROOT = Path(__file__).resolve().parents[2]
SECRET = "load-benchmark-only-" + "k" * 40
DB_URL = os.environ.get("LOAD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/workbench_load")


def prepare() -> tuple[int, str, str]:
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-c", "CREATE DATABASE workbench_load"],
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


def hammer(port: int, paths, headers, clients: int, seconds: float) -> list[float]:
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


def report(name: str, latencies: list[float], seconds: float) -> None:
    q = statistics.quantiles(latencies, n=100)
    print(
        f"{name}: {len(latencies)} requests, {len(latencies) / seconds:.0f} req/s, "
        f"p50 {1000 * q[49]:.0f} ms, p95 {1000 * q[94]:.0f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=8765)
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
        hammer(args.port, page_paths, cookie, args.workers * 2, 3)  # warm-up: imports, templates, connections
        hammer(args.port, api_paths, auth, args.workers * 2, 3)
        report("review page", hammer(args.port, page_paths, cookie, args.clients, args.seconds), args.seconds)
        report("segments API", hammer(args.port, api_paths, auth, args.clients, args.seconds), args.seconds)
    finally:
        server.terminate()
        server.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
