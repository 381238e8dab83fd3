"""Quality tasks: recompute a document's scores after changes; re-check a document after an edit,
or a project's documents after its settings changed."""

from __future__ import annotations

from celery import shared_task

from workbench.services.checks import recheck_document as recheck_one
from workbench.services.checks import recheck_project as recheck
from workbench.services.scores import recompute_document_scores as recompute


@shared_task(acks_late=True)
def recompute_document_scores(document_id: int) -> float | None:
    score = recompute(document_id=document_id)
    return score.mqm if score else None


@shared_task(acks_late=True)
def recheck_project(project_id: int) -> int:
    return recheck(project_id=project_id)


@shared_task(acks_late=True)
def recheck_document(document_id: int) -> bool:
    return recheck_one(document_id=document_id)
