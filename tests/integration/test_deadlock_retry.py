"""A real deadlock on PostgreSQL: the service that PostgreSQL aborts runs again and succeeds."""

from __future__ import annotations

import threading
import time

import pytest
from django.db import ProgrammingError, connection, transaction

from workbench.models import Project
from workbench.services.transactions import atomic_with_retry

pytestmark = pytest.mark.integration


def test_a_service_aborted_by_a_deadlock_is_retried(on_postgres):
    first, second = Project.objects.create(name="a", slug="a"), Project.objects.create(name="b", slug="b")
    holding_second = threading.Event()
    attempts = []

    def other_writer():
        """Locks the second row, then waits for the first, which the service holds."""
        try:
            with transaction.atomic():
                Project.objects.select_for_update().get(pk=second.pk)
                holding_second.set()
                time.sleep(0.3)  # the service is now waiting for the second row
                Project.objects.filter(pk=first.pk).update(description="other writer")
        finally:
            connection.close()

    @atomic_with_retry
    def service():
        attempts.append(1)
        Project.objects.filter(pk=first.pk).update(name="a, by the service")
        if len(attempts) == 1:
            writer.start()
            holding_second.wait(10)
        # Waits for the second row, held by a writer that will wait for ours: PostgreSQL aborts
        # one of the two after deadlock_timeout — this one, the first to wait.
        Project.objects.filter(pk=second.pk).update(name="b, by the service")

    writer = threading.Thread(target=other_writer)
    service()
    writer.join(30)
    assert len(attempts) == 2
    assert Project.objects.get(pk=first.pk).name == "a, by the service"
    assert Project.objects.get(pk=first.pk).description == "other writer"


def test_other_database_errors_are_not_retried(on_postgres):
    attempts = []

    @atomic_with_retry
    def service():
        attempts.append(1)
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM no_such_table")

    with pytest.raises(ProgrammingError):  # a bug, not a race
        service()
    assert attempts == [1]
