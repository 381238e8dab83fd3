"""The work waiting for a user (``services.assignment`` hands it on)."""

from __future__ import annotations

from django.db.models import Q

from workbench.models import Document
from workbench.models.documents import WorkStatus


def my_work(user) -> list[Document]:
    """The documents waiting for the user: to translate where they are the translator, to review
    where they are the reviewer (in projects they still belong to)."""
    return list(
        Document.objects.filter(
            Q(assigned_translator=user, work_status=WorkStatus.TO_TRANSLATE)
            | Q(assigned_reviewer=user, work_status=WorkStatus.TO_REVIEW),
            project__memberships__user=user,
        )
        .select_related("project")
        .order_by("project__name", "name")
    )
