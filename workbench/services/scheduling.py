"""Background work after a change, once per burst of changes."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import transaction


def once_after_commit(task: Callable, document_id: int, *, key: str, seconds: int) -> None:
    """When the current transaction commits, queue ``task(document_id)`` to run ``seconds`` later,
    unless one was queued for this key within the last ``seconds`` (it will see this change too).
    In-process (eager) mode runs it at once: there is no worker to wait for."""

    def schedule() -> None:
        if cache.add(f"{key}:{document_id}", 1, seconds):
            task.apply_async((document_id,), countdown=0 if settings.CELERY_TASK_ALWAYS_EAGER else seconds)

    transaction.on_commit(schedule)
