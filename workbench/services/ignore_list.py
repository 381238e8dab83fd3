"""The project's ignore list: a reviewer's "this check is wrong about this text, everywhere".

An entry names a check and the text it marks (for a flag on a whole row, its message). Adding one
dismisses every open flag of the project that matches, each with its history entry; the checks
then create matching flags already dismissed, with the entry's reason (``services.checks``).
A manager removes an entry, which reopens the flags it dismissed.
"""

from __future__ import annotations

from django.utils import timezone

from workbench.models import Flag, Project
from workbench.permissions import require
from workbench.selectors.flags import flagged_text
from workbench.selectors.ignore_list import entries, key_of
from workbench.services.errors import InvalidInput
from workbench.services.revisions import after_change
from workbench.services.segments import dismiss_flags, reason_given
from workbench.services.transactions import atomic_with_retry


def _matching(project: Project, key: str, code: str, status: str) -> list[Flag]:
    flags = Flag.objects.filter(segment__document__project=project, code=code, status=status)
    return [f for f in flags.select_related("segment__document") if key_of(f) == key]


@atomic_with_retry
def ignore_everywhere(*, flag: Flag, user, reason: str) -> int:
    """Add the flag's check and text to the project's ignore list and dismiss every open flag of the
    project it matches. Returns the number of flags dismissed."""
    project = Project.objects.select_for_update().get(pk=flag.segment.document.project_id)
    require(user, "review", project)
    reason = reason_given(reason)
    key = key_of(flag)
    cfg = dict(project.check_config or {})
    listed = [e for e in entries(project) if e["key"] != key]
    listed.append(
        {
            "key": key,
            "code": flag.code,
            "text": flagged_text(flag) if flagged_text(flag) is not None else flag.message,
            "reason": reason,
            "by": user.get_username(),
            "at": timezone.now().isoformat(),
        }
    )
    cfg["ignore"] = listed
    project.check_config = cfg
    project.save(update_fields=["check_config"])
    return dismiss_flags(_matching(project, key, flag.code, Flag.Status.OPEN), user, reason, ignore_list=True)


@atomic_with_retry
def remove_entry(*, project: Project, user, key: str) -> int:
    """Take an entry off the list (managers) and reopen the flags it dismissed (those still
    dismissed with its reason). Returns the number of flags reopened."""
    project = Project.objects.select_for_update().get(pk=project.pk)
    require(user, "manage", project)
    entry = next((e for e in entries(project) if e["key"] == key), None)
    if entry is None:
        raise InvalidInput("no such entry in the project's ignore list")
    project.check_config = {
        **project.check_config,
        "ignore": [e for e in entries(project) if e["key"] != key],
    }
    project.save(update_fields=["check_config"])
    flags = [
        f
        for f in _matching(project, key, entry["code"], Flag.Status.DISMISSED)
        if f.dismiss_reason == entry["reason"]
    ]
    Flag.objects.filter(pk__in=[f.pk for f in flags]).update(
        status=Flag.Status.OPEN, dismissed_by=None, dismissed_at=None, dismiss_reason=""
    )
    for document_id in sorted({f.segment.document_id for f in flags}):
        after_change(document_id)
    return len(flags)
