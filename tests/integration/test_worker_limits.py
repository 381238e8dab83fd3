"""A task over its time limit, a worker killed with ``kill -9``: real workers on Redis (issue #24).

Both used to leave a job "running": the first redelivered for as long as the broker kept the
message, the second until the broker's hour-long visibility timeout.
"""

from __future__ import annotations

import signal
import time

import pytest
import redis
from celery.result import AsyncResult
from django.test import override_settings

from tests.integration.test_worker import broker, project, start_worker, stop, wait_for  # noqa: F401
from tests.workbench.conftest import seed_files
from workbench.models import Document, ImportJob
from workbench.services.imports import create_import_job
from workbench.services.watchdog import revive_stalled_jobs

pytestmark = pytest.mark.integration


def test_a_task_over_its_soft_time_limit_fails_the_job_once(broker, project, on_postgres):  # noqa: F811
    proj, user = project
    worker = start_worker(
        on_postgres,
        broker,
        delay="4",
        pool="prefork",
        CELERY_TASK_SOFT_TIME_LIMIT="2",
        CELERY_TASK_TIME_LIMIT="30",
    )
    try:
        job = create_import_job(project=proj, user=user, files=seed_files("000", "002"))
        wait_for(lambda: ImportJob.objects.get(pk=job.pk).status == "failed", 90, "the job to fail")
        failed = ImportJob.objects.get(pk=job.pk)
        assert "time limit" in failed.message
        time.sleep(7)  # past the worker's 5 s visibility timeout: an unacknowledged task would be back
        job.refresh_from_db()
        assert job.status == "failed" and job.attempts == failed.attempts
        assert job.finished_at == failed.finished_at
        queue = redis.Redis.from_url(broker)
        assert queue.llen("celery") == 0 and queue.hlen("unacked") == 0
    finally:
        stop(worker)


def test_the_watchdog_requeues_the_job_of_a_killed_worker_within_its_window(
    broker,  # noqa: F811
    project,  # noqa: F811
    on_postgres,
):
    """The broker would hand the message back only after an hour; the watchdog does it in seconds."""
    proj, user = project
    hour = {"CELERY_VISIBILITY_TIMEOUT": "3600"}
    first = start_worker(on_postgres, broker, delay="3", **hour)
    second = None
    try:
        job = create_import_job(project=proj, user=user, files=seed_files("000", "001", "002"))
        task_id = wait_for(lambda: ImportJob.objects.get(pk=job.pk).celery_task_id, 30, "the task id")
        wait_for(lambda: AsyncResult(task_id).state in ("STARTED", "PROGRESS"), 60, "the task to start")
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        killed_at = time.monotonic()
        second = start_worker(on_postgres, broker, **hour)
        with override_settings(WORKBENCH_JOB_STALL_SECONDS=4, CELERY_TASK_ALWAYS_EAGER=False):
            wait_for(lambda: revive_stalled_jobs() == 1, 30, "the watchdog to see the stalled job")
        assert time.monotonic() - killed_at < 4 + 10
        assert ImportJob.objects.get(pk=job.pk).attempts == 1
        wait_for(lambda: ImportJob.objects.get(pk=job.pk).status == "succeeded", 180, "the requeued job")
        assert Document.objects.filter(project=proj).count() == 3
    finally:
        for proc in (first, second):
            if proc is not None:
                stop(proc)
