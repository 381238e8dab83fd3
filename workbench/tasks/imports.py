"""Import tasks: load the job id, call the import service."""

from __future__ import annotations

from celery import shared_task
from django.db import OperationalError

from workbench.services.imports import run_import_job


@shared_task(bind=True, acks_late=True, autoretry_for=(OperationalError,), retry_backoff=5, max_retries=5)
def run_import(self, job_id: int) -> str:
    def progress(percent: int, message: str) -> None:
        if not self.request.called_directly and self.request.id:
            self.update_state(state="PROGRESS", meta={"progress": percent, "message": message})

    job = run_import_job(job_id=job_id, progress=progress)
    return job.status
