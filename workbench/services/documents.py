"""Removing a document: a wrong file uploaded, a rendering replaced by a better one.

The document goes with its sentences, rows, flags, comments and history; what reviewers approved
stays in the project's translation memory (its units outlive their rows). A Chinese source takes
its renderings' Chinese side with it: they are first unpaired like any change of source
(``services.pairing``), so their rows people worked on keep their Japanese, and the deletion is
refused, naming the row, where a translator's rendering of a sentence only that source has would
be lost.
"""

from __future__ import annotations

import logging

from django.db import transaction

from workbench.models import Document, Segment, SegmentState
from workbench.permissions import require
from workbench.services.checks import schedule_project_recheck
from workbench.services.pairing import attach_source

log = logging.getLogger(__name__)


def deletion_summary(document: Document) -> dict[str, int]:
    """What a deletion takes: rows, rows someone edited or approved, renderings left without
    their source — shown before the manager confirms."""
    rows = document.segments.filter(kind=Segment.Kind.CONTENT)
    return {
        "rows": rows.count(),
        "edited": sum(1 for mt, text in rows.values_list("mt_text", "target_text") if mt != text),
        "approved": rows.filter(state=SegmentState.APPROVED).count(),
        "renderings": document.renderings.count(),
    }


@transaction.atomic
def delete_document(*, document: Document, user) -> None:
    require(user, "import", document.project)
    for rendering in document.renderings.order_by("pk"):
        attach_source(document=rendering, source=None, user=user)
    project_id, name = document.project_id, document.name
    approved = document.segments.filter(state=SegmentState.APPROVED).exists()
    Document.objects.filter(pk=document.pk).delete()
    log.info("document %s (%s) of project %s deleted by %s", document.pk, name, project_id, user)
    if approved:
        schedule_project_recheck(project_id)  # its approved renderings no longer bind the others
