"""Work assignment: a document goes to a translator, then to a reviewer, then is done.

A manager names the two; each hands the document on when their part is finished (a manager may do
it for them). Every assignment and hand-off is a revision of the document (its history).
"""

from __future__ import annotations

from django.db import transaction

from workbench.models import Document, Membership
from workbench.models.documents import WorkStatus
from workbench.models.projects import ROLE_RANK, Role
from workbench.permissions import can, require
from workbench.services.errors import InvalidInput, NotAllowed
from workbench.services.revisions import bump, record

#: Who hands a document on from each status, and where it goes.
NEXT = {WorkStatus.TO_TRANSLATE: WorkStatus.TO_REVIEW, WorkStatus.TO_REVIEW: WorkStatus.DONE}


def _state(document: Document) -> dict:
    return {
        "translator": document.assigned_translator.get_username() if document.assigned_translator else None,
        "reviewer": document.assigned_reviewer.get_username() if document.assigned_reviewer else None,
        "work_status": document.work_status,
    }


def _member(document: Document, username: str, least: str):
    """The project member called ``username`` whose role is at least ``least``; None for ""."""
    if not username:
        return None
    membership = (
        Membership.objects.select_related("user")
        .filter(project_id=document.project_id, user__username=username)
        .first()
    )
    if membership is None or ROLE_RANK[membership.role] < ROLE_RANK[least]:
        raise InvalidInput(f"{username} is not a {Role(least).label.lower()} of this project")
    return membership.user


@transaction.atomic
def assign(*, document: Document, user, translator: str, reviewer: str) -> Document:
    """Name the document's translator and reviewer (managers; "" for nobody)."""
    require(user, "manage", document.project)
    before = _state(document)
    document.assigned_translator = _member(document, translator, Role.TRANSLATOR)
    document.assigned_reviewer = _member(document, reviewer, Role.REVIEWER)
    document.save(update_fields=["assigned_translator", "assigned_reviewer"])
    record(document=document, segment=None, user=user, action="assign", before=before, after=_state(document))
    bump(document.pk)
    return document


@transaction.atomic
def hand_off(*, document: Document, user) -> Document:
    """Hand the document on: the translator to review, the reviewer to done (or a manager for
    either)."""
    document = Document.objects.select_for_update().select_related("project").get(pk=document.pk)
    require(user, "view", document.project)
    following = NEXT.get(document.work_status)  # type: ignore[call-overload]  # the field holds WorkStatus values; the stubs type it as str
    if following is None:
        raise InvalidInput("the document is done")
    holder = (
        document.assigned_translator_id
        if document.work_status == WorkStatus.TO_TRANSLATE
        else document.assigned_reviewer_id
    )
    if holder != user.pk and not can(user, "manage", document.project):
        raise NotAllowed("only the assigned person or a manager hands the document on")
    before = _state(document)
    document.work_status = following
    document.save(update_fields=["work_status"])
    record(
        document=document, segment=None, user=user, action="hand-off", before=before, after=_state(document)
    )
    bump(document.pk)
    return document
