"""``manage.py demo``: the whole workbench on one machine, with the demo corpus and demo users.

Migrates the embedded database, imports examples/ into project ``demo`` through the same import
service a user's upload goes through, creates the users manager / reviewer / translator (members
of demo) and outsider (member of nothing), all with password ``workbench-demo``, and serves on
127.0.0.1. Safe to run again: nothing is duplicated.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.core.management.base import BaseCommand

from workbench.models import Membership, Project, Role
from workbench.services.imports import create_import_job, run_import_job

PASSWORD = "workbench-demo"
USERS = {"manager": Role.MANAGER, "reviewer": Role.REVIEWER, "translator": Role.TRANSLATOR, "outsider": None}


class Command(BaseCommand):
    help = "Set up and serve the demo workbench (SQLite, in-process tasks, the seed articles)."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--no-serve", action="store_true", help="set up, then exit")

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        project, _ = Project.objects.get_or_create(
            slug="demo",
            defaults={
                "name": "Demo: Changning foreign affairs news",
                "description": "Chinese press release 002 and Japanese MT renderings 000-004.",
            },
        )
        User = get_user_model()
        users = {}
        for name, role in USERS.items():
            user, created = User.objects.get_or_create(username=name)
            if created or not user.check_password(PASSWORD):
                user.set_password(PASSWORD)
                user.save()
            users[name] = user
            if role:
                Membership.objects.update_or_create(user=user, project=project, defaults={"role": role})
        # The manager may create projects (a site-level right, given in the admin in production).
        users["manager"].user_permissions.add(
            Permission.objects.get(codename="add_project", content_type__app_label="workbench")
        )
        examples = Path(settings.BASE_DIR) / "examples"
        files = [(p.name, p.read_bytes()) for p in sorted(examples.glob("*.txt"))]
        job = create_import_job(project=project, user=users["manager"], files=files)
        job.refresh_from_db()
        if job.status != job.Status.SUCCEEDED:
            job = run_import_job(job_id=job.pk)
        self.stdout.write(f"demo project: {job.message}")
        self.stdout.write(
            f"documents: {project.documents.count()}, users: {', '.join(USERS)} (password {PASSWORD})"
        )
        url = f"http://127.0.0.1:{options['port']}/accounts/login/"
        if options["no_serve"]:
            self.stdout.write(f"ready; serve with: uv run python manage.py demo  (then log in at {url})")
            return
        self.stdout.write(f"log in at {url}")
        call_command("runserver", f"127.0.0.1:{options['port']}", use_reloader=False)
