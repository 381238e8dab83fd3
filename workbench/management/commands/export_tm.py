"""``manage.py export_tm --format tmx|xliff|tsv --output FILE [--project SLUG]``: approved segments."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from workbench.models import Document, Project
from workbench.services.exports import WRITERS, approved_segments, date_bound


class Command(BaseCommand):
    help = "Write the approved segments as a translation memory (TMX 1.4b, XLIFF 1.2 or TSV)."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=sorted(WRITERS), required=True)
        parser.add_argument("--output", required=True)
        parser.add_argument("--project", help="project slug (default: all projects)")
        parser.add_argument("--document", type=int, help="document id")
        parser.add_argument("--since", help="approved at or after (ISO date-time)")
        parser.add_argument("--until", help="approved at or before (ISO date-time)")
        parser.add_argument("--min-score", type=float, help="only documents with at least this MQM score")

    def handle(self, *args, **o):
        project = None
        if o["project"]:
            project = Project.objects.filter(slug=o["project"]).first()
            if project is None:
                raise CommandError(f"no project '{o['project']}'")
        document = Document.objects.filter(pk=o["document"]).first() if o["document"] else None
        dates = {}
        for key in ("since", "until"):
            if o[key]:
                value = date_bound(o[key], end=key == "until")
                if value is None:
                    raise CommandError(f"--{key}: not a date-time")
                dates[key] = value
        qs = approved_segments(project=project, document=document, min_score=o["min_score"], **dates)
        count = qs.count()
        with open(o["output"], "w", encoding="utf-8") as f:
            for chunk in WRITERS[o["format"]](qs):
                f.write(chunk)
        self.stdout.write(f"wrote {count} approved segments to {o['output']}")
