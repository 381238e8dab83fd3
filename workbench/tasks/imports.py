"""Import tasks: plan a job and hand out its groups; import some groups. Thin: the services work."""

from __future__ import annotations

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import OperationalError
from kombu.exceptions import OperationalError as BrokerError

from workbench.services.imports import fail_job, run_import_job
from workbench.services.imports import import_groups as import_groups_service


@shared_task(
    bind=True, acks_late=True, autoretry_for=(OperationalError, BrokerError), retry_backoff=5, max_retries=5
)
def run_import(self, job_id: int) -> str:
    def progress(percent: int, message: str) -> None:
        if not self.request.called_directly and self.request.id:
            self.update_state(state="PROGRESS", meta={"progress": percent, "message": message})

    try:
        job = run_import_job(job_id=job_id, progress=progress, fan_out=True)
    except SoftTimeLimitExceeded:
        fail_job(job_id, "the import took longer than the time limit and was stopped")
        raise
    return job.status


@shared_task(
    acks_late=True, autoretry_for=(OperationalError,), retry_backoff=2, max_retries=5, ignore_result=True
)
def import_groups(job_id: int, groups: list[dict], total: int) -> None:
    try:
        import_groups_service(job_id=job_id, groups=groups, total=total)
    except SoftTimeLimitExceeded:
        fail_job(job_id, "aligning and checking a part of the import took longer than the time limit")
        raise
