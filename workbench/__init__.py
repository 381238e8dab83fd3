"""The review workbench: Django project and app in one package.

The Celery app is imported here so that ``shared_task`` binds to it when Django starts.
"""

from workbench.celery import app as celery_app

__all__ = ("celery_app",)
