"""Redis stopped and started again under the workbench: pages, the API and logins keep working
(sessions in the database, the cache failing open), an import answers 503 with a message, and all
is as before once Redis is back. A private redis-server on a port of its own, never the machine's."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from rest_framework.test import APIClient

from tests.conftest import require_server
from tests.integration.test_worker import _reset_connections
from tests.workbench.conftest import seed_files
from workbench.celery import app as celery_app
from workbench.models import ImportJob

pytestmark = pytest.mark.integration


class PrivateRedis:
    def __init__(self, exe: str, workdir):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.exe, self.workdir, self.proc = exe, workdir, None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                self.exe,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.workdir),
                "--save",
                "",
            ],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.1)
        raise AssertionError("the private redis-server did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)


@pytest.fixture
def redis_server(tmp_path, settings):
    exe = shutil.which("redis-server")
    require_server("redis-server", exe is not None, "apt-get install redis-server")
    server = PrivateRedis(exe, tmp_path)
    server.start()
    settings.CACHES = {
        "default": {
            "BACKEND": "workbench.cache.FailOpenRedisCache",
            "LOCATION": server.url,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
        }
    }
    yield server
    server.stop()


@pytest.fixture
def broker_on(redis_server, settings):
    saved = {k: celery_app.conf[k] for k in ("broker_url", "result_backend", "task_always_eager")}
    celery_app.conf.update(
        broker_url=redis_server.url, result_backend=redis_server.url, task_always_eager=False
    )
    settings.CELERY_TASK_ALWAYS_EAGER = False
    _reset_connections()
    yield redis_server
    celery_app.conf.update(**saved)
    _reset_connections()


def _answers(users, rendering) -> dict[str, int]:
    page = Client()
    assert page.login(username="reviewer", password="pw-reviewer")
    api = APIClient()
    token = api.post("/api/auth/token/", {"username": "reviewer", "password": "pw-reviewer"}, format="json")
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.json().get('token')}")
    return {
        "token": token.status_code,
        "review page": page.get(f"/documents/{rendering.pk}/").status_code,
        "segments API": api.get(f"/api/documents/{rendering.pk}/segments/").status_code,
        "projects API": api.get("/api/projects/").status_code,
    }


def test_pages_api_and_logins_work_with_redis_stopped_and_again_once_restarted(
    redis_server, users, rendering
):
    everything_fine = {"token": 200, "review page": 200, "segments API": 200, "projects API": 200}
    assert _answers(users, rendering) == everything_fine
    redis_server.stop()
    assert _answers(users, rendering) == everything_fine
    redis_server.start()
    assert _answers(users, rendering) == everything_fine


def test_an_import_with_the_broker_down_answers_503_with_a_message(
    broker_on, users, project, transactional_db
):
    broker_on.stop()
    api = APIClient()
    api.force_authenticate(users["manager"])
    files = [("a.txt", data) for _, data in seed_files("000")]
    response = api.post(
        f"/api/projects/{project.pk}/imports/", {"files": [_upload(*files[0])]}, format="multipart"
    )
    assert response.status_code == 503
    assert "broker unreachable" in response.json()["detail"]
    job = ImportJob.objects.get(pk=response.json()["job"])
    assert job.status == ImportJob.Status.FAILED


def _upload(name: str, data: bytes):
    return SimpleUploadedFile(name, data, content_type="text/plain")
