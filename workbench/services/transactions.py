"""Transactions for the services that change a document's rows: one lock order, and retries.

Lock order. Every service that writes a document's rows takes its locks in this order, so that two
of them never wait for each other in a cycle:

1. the segments it changes, in the order of their ``index`` (``select_for_update`` or the
   conditional UPDATE on ``version``) — a flag's service locks the flag's segment first;
2. the flags of those segments (re-checking replaces them; dismissing or reopening updates one);
3. the document's row (``revisions.bump``, the last write of every change);
4. the document's score row (``scores.mark_stale``).

Retries. PostgreSQL still ends a transaction with a deadlock (40P01) or serialization failure
(40001) where a lock is taken implicitly — a foreign key's check, a cascade — and SQLite answers
"database is locked" when its busy timeout runs out. None of those is the user's fault and the
transaction left nothing behind: ``atomic_with_retry`` runs the service again, a few times, after
a short random pause, before the error reaches the user.
"""

from __future__ import annotations

import functools
import logging
import random
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from django.db import OperationalError, connection, transaction

log = logging.getLogger(__name__)
ATTEMPTS = 4
RETRYABLE_SQLSTATES = {"40P01", "40001"}  # deadlock_detected, serialization_failure

P = ParamSpec("P")
R = TypeVar("R")


def retryable(exc: OperationalError) -> bool:
    cause = exc.__cause__
    return getattr(cause, "sqlstate", None) in RETRYABLE_SQLSTATES or "database is locked" in str(exc)


def atomic_with_retry(service: Callable[P, R]) -> Callable[P, R]:
    """``transaction.atomic``, run again when the database gave up on it (see the module). Only the
    outermost transaction is retried: inside another one, the error goes to that one's owner."""

    @functools.wraps(service)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        for attempt in range(1, ATTEMPTS + 1):
            outermost = not connection.in_atomic_block
            try:
                with transaction.atomic():
                    return service(*args, **kwargs)
            except OperationalError as exc:
                if not outermost or attempt == ATTEMPTS or not retryable(exc):
                    raise
                log.warning("%s: %s; attempt %d of %d", service.__name__, exc, attempt + 1, ATTEMPTS)
                time.sleep(random.uniform(0.02, 0.1) * attempt)
        raise AssertionError("unreachable")

    return run
