"""Work whose worker vanished: import jobs that stopped moving, scores left stale.

A worker killed with ``kill -9`` (or a machine lost) leaves its import job "running" and its
message unacknowledged until the broker's visibility timeout (an hour); a broker restarted empty
forgets queued jobs altogether; a score whose recompute could not be queued stays stale. The
watchdog runs every minute (``CELERY_BEAT_SCHEDULE``) and when a job's status is read, and puts
such work back on the queue — imports are idempotent, so a job taken up twice imports nothing
twice — or, after ``MAX_ATTEMPTS``, fails the job with a message saying what was kept.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import F, Max
from django.utils import timezone

from workbench.models import DocumentScore, ImportJob
from workbench.services.scheduling import enqueue_after_commit

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 3
WAITING = (ImportJob.Status.PENDING, ImportJob.Status.RUNNING)


def last_sign_of_life(job: ImportJob) -> datetime:
    """When the job was last seen moving: queued, taken up by a worker, or a document stored."""
    stored = job.document_set.aggregate(last=Max("created_at"))["last"]
    return max(t for t in (job.created_at, job.started_at, stored) if t is not None)


def revive_if_stalled(job: ImportJob, *, now: datetime | None = None) -> bool:
    """Queue a job again, or fail it, if nothing moved in it for ``WORKBENCH_JOB_STALL_SECONDS``.
    True if it was stalled."""
    now = now or timezone.now()
    stall = timedelta(seconds=settings.WORKBENCH_JOB_STALL_SECONDS)
    if job.status not in WAITING or now - job.created_at < stall or now - last_sign_of_life(job) < stall:
        return False
    # One watchdog takes the job up: the UPDATE is conditional on the attempts it read.
    taken = ImportJob.objects.filter(pk=job.pk, status=job.status, attempts=job.attempts)
    if settings.CELERY_TASK_ALWAYS_EAGER or job.attempts >= MAX_ATTEMPTS:
        # In-process tasks die with the server that ran them; a job that stalled this often would again.
        taken.update(
            status=ImportJob.Status.FAILED,
            finished_at=now,
            message=(
                f"the import stopped without finishing ({job.attempts} attempts): the documents "
                "listed were imported, upload the rest again"
            ),
        )
        log.warning("import job %s stalled; failed after %s attempts", job.pk, job.attempts)
        return True
    if taken.update(attempts=F("attempts") + 1, started_at=now):
        log.warning("import job %s stalled since %s; queued again", job.pk, last_sign_of_life(job))
        enqueue_after_commit("workbench.tasks.imports.run_import", job.pk)
    return True


def revive_stalled_jobs(*, now: datetime | None = None) -> int:
    now = now or timezone.now()
    horizon = now - timedelta(seconds=settings.WORKBENCH_JOB_STALL_SECONDS)
    return sum(
        revive_if_stalled(job, now=now)
        for job in ImportJob.objects.filter(status__in=WAITING, created_at__lt=horizon)
    )


def requeue_stale_scores(*, now: datetime | None = None) -> int:
    """Scores marked stale a while ago whose recompute never ran (not queued, or lost): queue it."""
    now = now or timezone.now()
    horizon = now - timedelta(seconds=settings.WORKBENCH_JOB_STALL_SECONDS)
    ids = list(
        DocumentScore.objects.filter(stale=True, computed_at__lt=horizon).values_list(
            "document_id", flat=True
        )
    )
    for document_id in ids:
        enqueue_after_commit("workbench.tasks.quality.recompute_document_scores", document_id)
    return len(ids)
