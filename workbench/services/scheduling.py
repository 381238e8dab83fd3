"""Background work queued by a change once it commits: the one way services reach tasks.

Services name the task instead of importing it (tasks import services), and the change has been
committed by the time the task is queued: nothing that goes wrong then — the broker unreachable,
or in in-process mode a task failing on a busy database — may turn the committed change into an
error for the user who made it. It is logged; what the task refreshes stays marked stale (a
score's ``stale``) until the next change or the watchdog (``services.watchdog``) queues it again.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from workbench.celery import app

log = logging.getLogger(__name__)


def enqueue_after_commit(task_name: str, *args: int, debounce: tuple[str, int] | None = None) -> None:
    """When the current transaction commits, queue the task ``task_name(*args)``.

    ``debounce=(key, seconds)``: run it ``seconds`` later, unless one was queued for this key and
    these arguments within the last ``seconds`` (it will see this change too): once per burst of
    changes. In-process (eager) mode runs it at once: there is no worker to wait for."""

    def enqueue() -> None:
        countdown = 0
        if debounce is not None:
            key, countdown = debounce
            if not cache.add(":".join([key, *map(str, args)]), 1, countdown):
                return
        if settings.CELERY_TASK_ALWAYS_EAGER:
            countdown = 0
        try:
            app.tasks[task_name].apply_async(args, countdown=countdown)
        except Exception:
            log.exception(
                "%s%r failed after its change committed; it runs again on the next one", task_name, args
            )

    transaction.on_commit(enqueue)
