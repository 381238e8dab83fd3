"""A team on the embedded default: ``manage.py demo``'s SQLite file and its threaded server, with
real concurrent requests. Every request answers 200 or 409, never 500 ("database is locked"), and
what it committed is there."""

from __future__ import annotations

import socket
from concurrent.futures import ThreadPoolExecutor

import pytest

from benchmarks.load.team_demo import PASSWORD, call, serve

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Demo:
    def __init__(self, base: str):
        self.base = base
        self.token = ""

    def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        return call(self.base, self.token, method, path, body)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """``manage.py demo`` set up on a file of its own and served (runserver: a thread per request)."""
    port = _free_port()
    server = serve(port, str(tmp_path_factory.mktemp("demo-var")))
    client = Demo(f"http://127.0.0.1:{port}")
    status, body = client.call("POST", "/api/auth/token/", {"username": "reviewer", "password": PASSWORD})
    assert status == 200, body
    client.token = body["token"]
    # Warm up (the checks' first use loads their models) so that the tests time the team, not that.
    row = _rows(client)[-1]
    status, body = client.call(
        "PATCH", f"/api/segments/{row['id']}/", {"target_text": row["target_text"], "version": row["version"]}
    )
    assert status == 200, body
    yield client
    server.terminate()
    server.wait(timeout=30)


def _rows(demo: Demo) -> list[dict]:
    _, projects = demo.call("GET", "/api/projects/")
    project = projects["results"][0]["id"]
    _, documents = demo.call("GET", f"/api/documents/?project={project}")
    rows = []
    for document in documents["results"]:
        _, page = demo.call("GET", f"/api/documents/{document['id']}/segments/?page_size=500")
        rows += [r for r in page["results"] if r["target_text"] and r["state"] != "approved"]
    return rows


def test_a_team_editing_and_approving_at_once_gets_200_or_409_never_500(demo):
    rows = _rows(demo)[:60]
    assert len(rows) >= 40

    def act(k_row):
        k, row = k_row
        if k % 2:
            # The reviewer has read the row's flags and approves it anyway (QA on approve asks first).
            body = {"version": row["version"], "acknowledged": True}
            return demo.call("POST", f"/api/segments/{row['id']}/approve/", body)
        return demo.call(
            "PATCH",
            f"/api/segments/{row['id']}/",
            {"target_text": row["target_text"] + "（改）", "version": row["version"]},
        )

    with ThreadPoolExecutor(12) as pool:
        answers = list(pool.map(act, enumerate(rows)))
    assert [(s, b) for s, b in answers if s != 200] == []
    for (k, row), (_, body) in zip(enumerate(rows), answers, strict=True):
        _, now = demo.call("GET", f"/api/segments/{row['id']}/")
        assert now["version"] == row["version"] + 1 == body["version"]
        assert now["state"] == ("approved" if k % 2 else "needs_review")


def test_concurrent_edits_of_one_row_one_wins_the_others_get_409(demo):
    row = _rows(demo)[0]

    def edit(k):
        return demo.call(
            "PATCH",
            f"/api/segments/{row['id']}/",
            {"target_text": f"{row['target_text']}{k}", "version": row["version"]},
        )

    with ThreadPoolExecutor(16) as pool:
        statuses = sorted(s for s, _ in pool.map(edit, range(16)))
    assert statuses == [200] + [409] * 15
