"""Celery tasks: thin wrappers that load ids and call one service each."""

from workbench.tasks import imports, quality, watchdog  # noqa: F401  (registration)
