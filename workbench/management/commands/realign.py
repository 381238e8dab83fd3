"""Align stored documents anew (after an upgrade brought a better aligner), keeping every row that
people worked on as ``services.pairing`` keeps them when a document changes source."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from workbench.models import Document
from workbench.services.pairing import PairingRefused, attach_source


class Command(BaseCommand):
    help = (
        "Align every paired Japanese document with its source again; rows people worked on keep "
        "their text, history and grouping."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--project", help="slug of one project (default: every project)")

    def handle(self, *args, **options) -> None:
        documents = Document.objects.filter(lang=Document.Lang.JA, source__isnull=False).select_related(
            "project", "source"
        )
        if options["project"]:
            documents = documents.filter(project__slug=options["project"])
            if (
                not documents.exists()
                and not Document.objects.filter(project__slug=options["project"]).exists()
            ):
                raise CommandError(f"no project '{options['project']}' or no documents in it")
        done = refused = 0
        for document in documents.order_by("project__slug", "name"):
            try:
                attach_source(document=document, source=document.source, user=None, score=document.pair_score)
            except PairingRefused as exc:
                refused += 1
                self.stderr.write(f"{document.project.slug}/{document.name}: left as it was: {exc}")
                continue
            done += 1
        self.stdout.write(f"{done} document(s) aligned anew, {refused} left as they were")
