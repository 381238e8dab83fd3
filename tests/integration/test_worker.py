"""Imports through real Celery workers on Redis: a worker killed mid-import loses nothing, and the
job completes on a restarted worker without duplicate segments."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from celery.result import AsyncResult
from django.contrib.auth import get_user_model
from django.test import override_settings

from tests.conftest import require_server
from tests.workbench.conftest import seed_files
from workbench.celery import app as celery_app
from workbench.models import Document, Flag, ImportJob, Membership, Project, Segment, Sentence
from workbench.services.alignment_edits import merge_with_next
from workbench.services.errors import Unavailable
from workbench.services.imports import create_import_job

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def broker(on_postgres, redis_url):
    redis.Redis.from_url(redis_url).flushdb()
    saved = {k: celery_app.conf[k] for k in ("broker_url", "result_backend", "task_always_eager")}
    celery_app.conf.update(
        broker_url=redis_url,
        result_backend=redis_url,
        task_always_eager=False,
        broker_transport_options={"visibility_timeout": 5},
    )
    _reset_connections()
    yield redis_url
    celery_app.conf.update(**saved)
    _reset_connections()


def _reset_connections() -> None:
    """Forget the app's broker pool and result backend so that the new URLs take effect."""
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
    celery_app._local.__dict__.pop("backend", None)


def start_worker(
    db: dict, redis_url: str, delay: str = "0", pool: str = "solo", **env_extra: str
) -> subprocess.Popen:
    """A real worker; ``pool="prefork"`` for time limits (the solo pool cannot interrupt a task)."""
    url = (
        f"postgres://{db['USER'] or 'postgres'}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    )
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "REDIS_URL": redis_url,
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "CELERY_VISIBILITY_TIMEOUT": "5",
        "WORKBENCH_IMPORT_STEP_DELAY": delay,
        **env_extra,
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "workbench",
            "worker",
            f"--pool={pool}",
            "--concurrency=1",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "-l",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def project(on_postgres):
    user = get_user_model().objects.create_user("m")
    project = Project.objects.create(name="w", slug="w")
    Membership.objects.create(user=user, project=project, role="manager")
    return project, user


def stop(proc):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_worker_processes_an_import(broker, project, on_postgres):
    proj, user = project
    worker = start_worker(on_postgres, broker)
    try:
        job = create_import_job(project=proj, user=user, files=seed_files("000", "002"))
        wait_for(lambda: ImportJob.objects.get(pk=job.pk).status == "succeeded", 120, "the import to finish")
        assert Document.objects.filter(project=proj).count() == 2
    finally:
        stop(worker)


def test_worker_rechecks_a_document_after_a_merge(broker, project, on_postgres):
    """The edit's transaction commits, the worker re-checks the whole document: a consistency flag
    that pointed below the merged rows names the renumbered row."""
    proj, user = project
    worker = start_worker(on_postgres, broker)
    try:
        job = create_import_job(project=proj, user=user, files=seed_files("000", "002"))
        wait_for(lambda: ImportJob.objects.get(pk=job.pk).status == "succeeded", 120, "the import to finish")
        flag = Flag.objects.filter(
            segment__document__name__startswith="000",
            code="terminology-consistency",
            message__regex=r"is rendered \S+ in segment",
        ).first()
        n = int(re.search(r"in segment (\d+)", flag.message).group(1))
        first = (
            Segment.objects.filter(
                document=flag.segment.document, index__lt=min(n - 1, flag.segment.index) - 1
            )
            .order_by("index")
            .first()
        )
        merge_with_next(segment=first, user=user, version=first.version)
        wait_for(
            lambda: f"in segment {n - 1}" in Flag.objects.get(pk=flag.pk).message,
            60,
            "the worker to re-check the document",
        )
    finally:
        stop(worker)


def test_worker_killed_mid_import_then_restarted(broker, project, on_postgres):
    proj, user = project
    first = start_worker(on_postgres, broker, delay="3")
    second = None
    try:
        job = create_import_job(project=proj, user=user, files=seed_files("000", "001", "002"))
        task_id = wait_for(lambda: ImportJob.objects.get(pk=job.pk).celery_task_id, 30, "the task id")
        wait_for(lambda: AsyncResult(task_id).state in ("STARTED", "PROGRESS"), 60, "the task to start")
        time.sleep(1)
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        # Nothing of the interrupted transaction is visible.
        assert Document.objects.filter(project=proj).count() == 0
        assert ImportJob.objects.get(pk=job.pk).status != "succeeded"
        time.sleep(6)  # past the broker's visibility timeout: the unacknowledged task is redelivered
        second = start_worker(on_postgres, broker)
        wait_for(
            lambda: ImportJob.objects.get(pk=job.pk).status == "succeeded", 180, "the redelivered import"
        )
        docs = Document.objects.filter(project=proj)
        assert docs.count() == 3
        for doc in docs.filter(lang="ja"):
            indices = list(Segment.objects.filter(document=doc).values_list("index", flat=True))
            assert len(indices) == len(set(indices)) > 0
    finally:
        for proc in (first, second):
            if proc is not None:
                stop(proc)


def test_worker_killed_while_a_group_is_written_then_restarted(broker, project, on_postgres):
    """The kill lands after the plan, inside a group's transaction: documents already written there
    vanish with it, every visible document is whole, and the redelivered group completes the job."""
    proj, user = project
    first = start_worker(on_postgres, broker, delay="2")
    second = None
    try:
        job = create_import_job(project=proj, user=user, files=seed_files("000", "002", "004"))
        wait_for(lambda: "plan" in ImportJob.objects.get(pk=job.pk).result, 60, "the plan")
        time.sleep(1)
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        assert ImportJob.objects.get(pk=job.pk).status != "succeeded"
        for doc in Document.objects.filter(project=proj):
            assert Sentence.objects.filter(document=doc).exists()
            if doc.lang == "ja":
                assert Segment.objects.filter(document=doc).exists()
        assert Document.objects.filter(project=proj).count() < 3
        time.sleep(6)  # past the visibility timeout: the unacknowledged group task is redelivered
        second = start_worker(on_postgres, broker)
        wait_for(lambda: ImportJob.objects.get(pk=job.pk).status == "succeeded", 180, "the redelivered group")
        docs = {d.name[:3]: d for d in Document.objects.filter(project=proj)}
        assert sorted(docs) == ["000", "002", "004"] and docs["000"].source == docs["002"]
        for doc in docs.values():
            if doc.lang == "ja":
                indices = list(Segment.objects.filter(document=doc).values_list("index", flat=True))
                assert len(indices) == len(set(indices)) > 0
    finally:
        for proc in (first, second):
            if proc is not None:
                stop(proc)


def test_broker_down_is_reported_not_silently_pending(on_postgres, project):
    proj, user = project
    saved = {k: celery_app.conf[k] for k in ("broker_url", "task_always_eager", "broker_connection_timeout")}
    celery_app.conf.update(
        broker_url="redis://127.0.0.1:6399/0", task_always_eager=False, broker_connection_timeout=1
    )
    _reset_connections()
    try:
        with override_settings(CELERY_TASK_ALWAYS_EAGER=False), pytest.raises(Unavailable) as refused:
            create_import_job(project=proj, user=user, files=seed_files("000"))
        job = ImportJob.objects.get(pk=refused.value.extra["job"])
        assert job.status == "failed" and "broker unreachable" in job.message
    finally:
        celery_app.conf.update(**saved)
        _reset_connections()


def test_redis_restart_mid_run_is_survived(on_postgres, project, tmp_path):
    """A private Redis (never the machine's own) stops and comes back while a worker waits for jobs."""
    server = shutil.which("redis-server")
    if server is None:
        require_server("redis-server binary", False, "apt-get install redis-server")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"redis://127.0.0.1:{port}/0"

    def start_redis():
        proc = subprocess.Popen(
            [
                server,
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(tmp_path),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(lambda: _can_connect(port), 10, "redis to start")
        return proc

    proj, user = project
    redis_proc = start_redis()
    saved = {k: celery_app.conf[k] for k in ("broker_url", "result_backend", "task_always_eager")}
    celery_app.conf.update(broker_url=url, result_backend=url, task_always_eager=False)
    _reset_connections()
    worker = start_worker(on_postgres, url)
    try:
        time.sleep(2)
        redis_proc.terminate()
        redis_proc.wait(10)
        time.sleep(2)
        redis_proc = start_redis()
        job = create_import_job(project=proj, user=user, files=seed_files("000", "002"))
        wait_for(
            lambda: ImportJob.objects.get(pk=job.pk).status in ("succeeded", "failed"),
            120,
            "the import after the Redis restart",
        )
        assert ImportJob.objects.get(pk=job.pk).status == "succeeded"
    finally:
        stop(worker)
        redis_proc.terminate()
        celery_app.conf.update(**saved)
        _reset_connections()


def _can_connect(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False
