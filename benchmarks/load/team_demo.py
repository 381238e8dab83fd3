"""Load benchmark: a team of reviewers and translators on ``manage.py demo`` — the README's embedded
default (SQLite file, tasks in-process, Django's threaded server) — reading and writing at once.

    uv run python benchmarks/load/team_demo.py [--clients 20] [--seconds 60] [--think 1] [--port 8102]

Sets the demo up in a fresh directory (its own SQLite file), serves it as ``manage.py demo`` does,
and runs N client threads for a fixed time, half of them as the demo's reviewer, half as its
translator. Each client, after a pause (``--think`` seconds on average: people read before they
act), reads the first 20 rows of a document (50 %), or reads a row and saves an edit of it (30 %), or
reads a row and approves it (20 %, reviewers; translators edit instead). Clients pick rows at
random, so some collide and get a 409: the contract's answer to a stale version. Prints the status
codes and p50/p95 latency of each action; any 5xx is a failure (exit status 1).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "workbench-demo"


def call(base: str, token: str, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(
        base + path,
        data=None if body is None else json.dumps(body).encode(),
        method=method,
        headers={
            "Content-Type": "application/json",
            **({"Authorization": f"Token {token}"} if token else {}),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        raw = exc.read()
        try:
            return exc.code, json.loads(raw)
        except ValueError:
            return exc.code, {}


def serve(port: int, var: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env |= {"WORKBENCH_VAR_DIR": var, "DJANGO_SECRET_KEY": "team-benchmark-only-" + "k" * 40}
    manage = [sys.executable, "manage.py", "demo"]
    subprocess.run([*manage, "--no-serve"], cwd=ROOT, env=env, check=True, capture_output=True)
    server = subprocess.Popen(
        [*manage, "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(240):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.5)
    raise SystemExit("the demo server did not start")


def client(
    base: str, token: str, role: str, rows: list[tuple[int, int]], args, until: float, out: list
) -> None:
    rng = random.Random()
    while time.monotonic() < until:
        time.sleep(rng.uniform(0, 2 * args.think))
        draw = rng.random()
        document, segment = rng.choice(rows)
        started = time.monotonic()
        if draw < 0.5:
            action = "read rows"
            status, _ = call(base, token, "GET", f"/api/documents/{document}/segments/?page_size=20")
        else:
            status, row = call(base, token, "GET", f"/api/segments/{segment}/")
            if draw < 0.8 or role == "translator":
                action = "edit"
                text = row.get("target_text", "")
                text = text[:-1] if text.endswith("。。") else text + "。"
                body = {"target_text": text, "version": row.get("version", 0)}
                status, _ = call(base, token, "PATCH", f"/api/segments/{segment}/", body)
            else:
                action = "approve"
                status, _ = call(
                    base,
                    token,
                    "POST",
                    f"/api/segments/{segment}/approve/",
                    # having read the row's flags: approve anyway (QA on approve asks first)
                    {"version": row.get("version", 0), "acknowledged": True},
                )
        out.append((action, status, time.monotonic() - started))


def percentile(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1] if len(values) > 1 else values[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, default=1.0, help="mean pause between actions (s)")
    parser.add_argument("--port", type=int, default=8102)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="team-demo-") as var:
        server = serve(args.port, var)
        try:
            base = f"http://127.0.0.1:{args.port}"
            tokens = {}
            for role in ("reviewer", "translator"):
                status, body = call(
                    base, "", "POST", "/api/auth/token/", {"username": role, "password": PASSWORD}
                )
                assert status == 200, body
                tokens[role] = body["token"]
            _, projects = call(base, tokens["reviewer"], "GET", "/api/projects/")
            _, documents = call(
                base, tokens["reviewer"], "GET", f"/api/documents/?project={projects['results'][0]['id']}"
            )
            rows = []
            for document in documents["results"]:
                _, page = call(
                    base,
                    tokens["reviewer"],
                    "GET",
                    f"/api/documents/{document['id']}/segments/?page_size=500",
                )
                rows += [(document["id"], r["id"]) for r in page["results"] if r["target_text"]]
            # One edit first: the checks load their models on first use, which is not what is measured.
            _, row = call(base, tokens["reviewer"], "GET", f"/api/segments/{rows[0][1]}/")
            call(
                base,
                tokens["reviewer"],
                "PATCH",
                f"/api/segments/{rows[0][1]}/",
                {"target_text": row["target_text"], "version": row["version"]},
            )
            out: list = []
            until = time.monotonic() + args.seconds
            threads = [
                threading.Thread(
                    target=client,
                    args=(
                        base,
                        tokens["reviewer" if k % 2 == 0 else "translator"],
                        "reviewer" if k % 2 == 0 else "translator",
                        rows,
                        args,
                        until,
                        out,
                    ),
                )
                for k in range(args.clients)
            ]
            load_before = os.getloadavg()[0]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        finally:
            server.terminate()
            server.wait(30)
    by_action: dict[str, list] = defaultdict(list)
    for action, status, seconds in out:
        by_action[action].append((status, seconds))
    print(
        f"{args.clients} clients, {args.seconds:.0f} s, think {args.think} s, load average before {load_before:.1f}"
    )
    print("| action | requests | status codes | p50 | p95 |")
    print("|---|---|---|---|---|")
    for action, results in sorted(by_action.items()):
        times = sorted(s for _, s in results)
        codes = ", ".join(f"{c} × {n}" for c, n in sorted(Counter(c for c, _ in results).items()))
        print(
            f"| {action} | {len(results)} | {codes} | {percentile(times, 50) * 1000:.0f} ms | {percentile(times, 95) * 1000:.0f} ms |"
        )
    errors = sum(1 for _, status, _ in out if status >= 500)
    print(f"5xx: {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
