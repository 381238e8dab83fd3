"""Celery application.

Without ``REDIS_URL`` the settings make every task run eagerly in-process (the demo and the default
test run need no broker); with it, ``celery -A workbench worker`` processes the same tasks.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")

app = Celery("workbench")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["workbench"])
