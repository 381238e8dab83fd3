"""The watchdog, every minute under ``celery beat`` (``CELERY_BEAT_SCHEDULE``)."""

from __future__ import annotations

from celery import shared_task

from workbench.services.watchdog import requeue_stale_scores, revive_stalled_jobs


@shared_task(ignore_result=True)
def watchdog() -> None:
    revive_stalled_jobs()
    requeue_stale_scores()
