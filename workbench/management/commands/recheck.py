"""Re-run the defect checks on stored documents (after an upgrade brought new or better checks)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from workbench.models import Project
from workbench.services.checks import recheck_project


class Command(BaseCommand):
    help = "Re-run the defect checks on every Japanese document (dismissed flags stay dismissed)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--project", help="slug of one project (default: every project)")

    def handle(self, *args, **options) -> None:
        projects = Project.objects.order_by("slug")
        if options["project"]:
            projects = projects.filter(slug=options["project"])
            if not projects.exists():
                raise CommandError(f"no project '{options['project']}'")
        for project in projects:
            n = recheck_project(project_id=project.pk)
            self.stdout.write(f"{project.slug}: {n} document(s) checked")
