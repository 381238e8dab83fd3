"""Integration tests run against real servers: PostgreSQL (the test database itself, when
DATABASE_URL points at PostgreSQL), Redis and Celery worker processes."""

from __future__ import annotations

import pytest
from django.db import connection

from tests.conftest import require_server
from tests.workbench.conftest import imported, project, rendering, users  # noqa: F401  (fixtures)


@pytest.fixture
def on_postgres(transactional_db):
    require_server(
        "PostgreSQL",
        connection.vendor == "postgresql",
        "run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres",
    )
    return connection.settings_dict
