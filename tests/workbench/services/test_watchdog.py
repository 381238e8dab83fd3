"""The watchdog: import jobs whose worker vanished end or start again."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from workbench.models import ImportJob
from workbench.services.watchdog import revive_if_stalled


def test_an_in_process_job_that_stopped_moving_fails_with_a_message(project, users, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.WORKBENCH_JOB_STALL_SECONDS = 300
    job = ImportJob.objects.create(project=project, status=ImportJob.Status.RUNNING, attempts=1)
    now = timezone.now()
    assert not revive_if_stalled(job, now=now + timedelta(seconds=60))  # still moving, as far as we know
    ImportJob.objects.filter(pk=job.pk).update(
        created_at=now - timedelta(minutes=10), started_at=now - timedelta(minutes=9)
    )
    job.refresh_from_db()
    assert revive_if_stalled(job, now=now)
    job.refresh_from_db()
    assert job.status == ImportJob.Status.FAILED and "stopped without finishing" in job.message
