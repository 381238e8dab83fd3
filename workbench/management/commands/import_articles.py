"""``manage.py import_articles PATH... --project SLUG``: import files, folders or zips as a user would."""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from workbench.models import ImportJob, Membership, Project, Role
from workbench.services.imports import ImportRejected, create_import_job, run_import_job


class Command(BaseCommand):
    help = "Import Chinese and Japanese articles (files, folders, zips): pair, align and check them."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--project", required=True, help="project slug")
        parser.add_argument("--create", action="store_true", help="create the project if it does not exist")
        parser.add_argument("--user", default=None, help="importing user (default: a system user)")

    def handle(self, **options):
        paths = options["paths"]  # argparse puts positionals among the options, not in *args
        slug = options["project"]
        project = Project.objects.filter(slug=slug).first()
        if project is None:
            if not options["create"]:
                raise CommandError(f"no project '{slug}' (use --create)")
            project = Project.objects.create(slug=slug, name=slug)
        user = self._user(options["user"], project)
        files = []
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                files += [
                    (str(p.relative_to(path.parent)), p.read_bytes())
                    for p in sorted(path.rglob("*"))
                    if p.is_file()
                ]
            elif path.is_file():
                files.append((path.name, path.read_bytes()))
            else:
                raise CommandError(f"{raw}: no such file or folder")
        try:
            job = create_import_job(project=project, user=user, files=files)
        except ImportRejected as exc:
            raise CommandError(str(exc)) from None
        job.refresh_from_db()
        if job.status not in (ImportJob.Status.SUCCEEDED, ImportJob.Status.FAILED):
            job = run_import_job(job_id=job.pk)  # no worker ran it (a broker is configured): run it here
        if job.status == ImportJob.Status.FAILED:
            raise CommandError(f"import failed: {job.message}")
        result = job.result
        self.stdout.write(f"project {project.slug}: {job.message}")
        for pair in result.get("pairs", []):
            self.stdout.write(
                f"  {pair['target']} renders {pair['source']} "
                f"(score {pair['score']:.2f}, coverage {pair['coverage']:.0%})"
            )
        for name in result.get("unpaired", []):
            self.stdout.write(f"  {name}: no source among the documents")
        for skip in result.get("skipped", []):
            self.stdout.write(f"  skipped {skip['file']}: {skip['reason']}")

    def _user(self, username, project):
        User = get_user_model()
        if username:
            user = User.objects.filter(username=username).first()
            if user is None:
                raise CommandError(f"no user '{username}'")
        else:
            user, _ = User.objects.get_or_create(username="importer", defaults={"is_active": False})
        Membership.objects.get_or_create(user=user, project=project, defaults={"role": Role.MANAGER})
        return user
