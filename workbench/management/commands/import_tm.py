"""``manage.py import_tm FILE.tmx --project SLUG``: load another tool's (or our) TMX into a project's memory."""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from workbench.models import Membership, Project, Role
from workbench.services.errors import InvalidInput
from workbench.services.tm_import import import_tmx


class Command(BaseCommand):
    help = "Import a TMX file into a project's translation memory."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--project", required=True)

    def handle(self, *args, **o):
        project = Project.objects.filter(slug=o["project"]).first()
        if project is None:
            raise CommandError(f"no project '{o['project']}'")
        path = Path(o["file"])
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        user, _ = get_user_model().objects.get_or_create(username="importer", defaults={"is_active": False})
        Membership.objects.get_or_create(user=user, project=project, defaults={"role": Role.MANAGER})
        try:
            count = import_tmx(project=project, user=user, data=path.read_bytes(), name=path.name)
        except InvalidInput as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"imported {count} translation units into {project.slug}")
