"""Projects: creation, membership and which defect checks run.

Creating a project is a site-level right (Django's ``workbench.add_project`` permission, which the
demo's manager holds); the creator becomes the project's first manager, so the project is never
without one.
"""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.text import slugify

from alignment.checks import CHECKS
from alignment.types import SEVERITIES
from workbench.models import Membership, Project, Role
from workbench.models.projects import ApprovalCheck
from workbench.permissions import require
from workbench.services import revisions
from workbench.services.errors import InvalidInput, NotAllowed
from workbench.services.scheduling import enqueue_after_commit


@transaction.atomic
def create_project(*, user, name: str, slug: str = "", description: str = "") -> Project:
    if not user.has_perm("workbench.add_project"):
        raise NotAllowed("creating projects needs the 'add project' permission")
    name = name.strip()
    if not name:
        raise InvalidInput("a project needs a name")
    slug = slugify(slug or name) or slugify(name, allow_unicode=True)
    if not slug or not slug.isascii():
        raise InvalidInput("choose a short name in Latin letters for the project's address")
    if Project.objects.filter(slug=slug).exists():
        raise InvalidInput(f"the address '{slug}' is taken")
    project = Project.objects.create(name=name[:200], slug=slug[:100], description=description.strip())
    Membership.objects.create(user=user, project=project, role=Role.MANAGER)
    return project


@transaction.atomic
def set_check_settings(
    *, project: Project, user, active: set[str], severity_overrides: dict[str, str]
) -> Project:
    """Store which checks run and at what severity, then re-check the project's documents.

    Stored as differences from the defaults ("ignored" default checks, "opt_in" opt-in ones) so that
    a check added in a later release runs in existing projects as it does in new ones.
    """
    require(user, "manage", project)
    unknown = (active | set(severity_overrides)) - set(CHECKS)
    if unknown:
        raise InvalidInput(f"unknown check(s): {', '.join(sorted(unknown))}")
    bad = {code: sev for code, sev in severity_overrides.items() if sev not in SEVERITIES}
    if bad:
        raise InvalidInput(f"unknown severity: {', '.join(sorted(set(bad.values())))}")
    cfg = dict(project.check_config or {})
    cfg.pop("enabled", None)  # an explicit list (admin/API) gives way to the page's choice
    cfg["ignored"] = sorted(c for c, check in CHECKS.items() if check.default_enabled and c not in active)
    cfg["opt_in"] = sorted(c for c, check in CHECKS.items() if not check.default_enabled and c in active)
    cfg["severity_overrides"] = {
        code: sev for code, sev in sorted(severity_overrides.items()) if sev != CHECKS[code].severity
    }
    project.check_config = cfg
    project.save(update_fields=["check_config"])
    schedule_recheck(project.pk)
    return project


_FRIEND_LINE_RE = re.compile(r"^\s*(\S+?)\s*(?:→|->|=>|=|\t)\s*(.+?)\s*$")
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
MAX_FALSE_FRIENDS = 1000


def parse_false_friends(text: str) -> dict[str, list[str]]:
    """One line per Chinese word: ``视察 → 考察、考查`` (also ``->``, ``=`` or a tab; the Japanese
    forms separated by 、 , ， ; or /). Blank lines and lines starting with # are skipped. Raises
    InvalidInput naming the first line it cannot read, so a typo never silently drops an entry."""
    out: dict[str, list[str]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _FRIEND_LINE_RE.match(line)
        forms = [f.strip() for f in re.split(r"[、,，;；/]", m.group(2))] if m else []
        forms = [f for f in forms if f]
        if not m or not _HAN_RE.search(m.group(1)) or not forms:
            raise InvalidInput(
                f"line {n}: write a Chinese word, an arrow and the Japanese forms ('视察 → 考察')"
            )
        out.setdefault(m.group(1), [])
        out[m.group(1)] += [f for f in forms if f not in out[m.group(1)]]
    if len(out) > MAX_FALSE_FRIENDS:
        raise InvalidInput(f"at most {MAX_FALSE_FRIENDS} false friends per project")
    return out


def format_false_friends(table: dict[str, list[str]]) -> str:
    return "".join(f"{zh} → {'、'.join(forms)}\n" for zh, forms in table.items())


@transaction.atomic
def set_false_friends(*, project: Project, user, text: str) -> Project:
    """The project's own false friends, on top of the shipped list; the project is re-checked."""
    require(user, "manage", project)
    table = parse_false_friends(text)
    cfg = dict(project.check_config or {})
    if table:
        cfg["false_friends"] = table
    else:
        cfg.pop("false_friends", None)
    project.check_config = cfg
    project.save(update_fields=["check_config"])
    schedule_recheck(project.pk)
    return project


def set_approval_check(*, project: Project, user, mode: str) -> Project:
    """Whether approving a row with an open major or critical flag warns (the default) or is
    refused until the flag is confirmed, fixed or dismissed."""
    require(user, "manage", project)
    if mode not in ApprovalCheck.values:
        raise InvalidInput(f"approval check must be one of {', '.join(ApprovalCheck.values)}")
    project.approval_check = mode
    project.save(update_fields=["approval_check"])
    return project


@transaction.atomic
def set_flag_threshold(*, project: Project, user, threshold: float) -> Project:
    """The confidence below which the project's automatic flags are hidden from the review page's
    default view, the MQM estimate and the QA report (``selectors.confidence``). Every document
    records the change in its history, its cached pages are dropped and its scores recomputed: the
    estimate counts other flags now."""
    require(user, "manage", project)
    try:
        value = float(threshold)
    except (TypeError, ValueError):
        raise InvalidInput("the confidence threshold must be a number from 0 to 1") from None
    if not 0.0 <= value <= 1.0:  # also refuses NaN
        raise InvalidInput("the confidence threshold must be a number from 0 to 1")
    old = Project.objects.select_for_update().values_list("flag_threshold", flat=True).get(pk=project.pk)
    project.flag_threshold = value
    if value == old:
        return project
    project.save(update_fields=["flag_threshold"])
    for document in project.documents.order_by("pk"):
        revisions.record(
            document=document,
            segment=None,
            user=user,
            action="flag_threshold",
            before={"flag_threshold": old},
            after={"flag_threshold": value},
        )
        revisions.after_change(document.pk)
    return project


def schedule_recheck(project_id: int) -> None:
    enqueue_after_commit("workbench.tasks.quality.recheck_project", project_id)


def request_recheck(*, project: Project, user) -> None:
    """A manager has every document of the project checked anew (after a release of new checks,
    say), in the background."""
    require(user, "manage", project)
    schedule_recheck(project.pk)


@transaction.atomic
def set_member(*, project: Project, user, username: str, role: str) -> Membership:
    require(user, "manage", project)
    if role not in Role.values:
        raise InvalidInput(f"unknown role '{role}'")
    member = get_user_model().objects.filter(username=username).first()
    if member is None:
        raise InvalidInput(f"no user '{username}'")
    current = Membership.objects.filter(project=project, user=member).first()
    if current is not None and role != Role.MANAGER:
        _keep_a_manager(project, current)
    membership, _ = Membership.objects.update_or_create(user=member, project=project, defaults={"role": role})
    return membership


@transaction.atomic
def remove_member(*, project: Project, user, username: str) -> None:
    require(user, "manage", project)
    membership = Membership.objects.filter(project=project, user__username=username).first()
    if membership is None:
        raise InvalidInput(f"'{username}' is not a member")
    _keep_a_manager(project, membership)
    membership.delete()


def _keep_a_manager(project: Project, leaving: Membership) -> None:
    """Refuse to remove or demote the last manager: nobody could manage the project after."""
    if (
        leaving.role == Role.MANAGER
        and not project.memberships.filter(role=Role.MANAGER).exclude(pk=leaving.pk).exists()
    ):
        raise InvalidInput("a project keeps at least one manager")
