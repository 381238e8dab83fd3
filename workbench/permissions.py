"""Who may do what, per project. One table, used by pages, the API and services alike.

Roles are cumulative (translator < reviewer < manager). Nobody sees a project they are not a member
of: selectors filter by membership, and object lookups outside it answer 404, not 403, so that the
existence of other projects does not leak.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from workbench.models.projects import ROLE_RANK, Membership, Project, Role
from workbench.services.errors import ApplicationError

#: action -> least role that may perform it.
ACTIONS: dict[str, str] = {
    "view": Role.TRANSLATOR,  # read documents, segments, flags, history, scores, suggestions
    "edit": Role.TRANSLATOR,  # change target text, comment, revert own text
    "align": Role.TRANSLATOR,  # merge / split / unlink / relink rows
    "review": Role.REVIEWER,  # approve, reject, dismiss or confirm flags
    "export": Role.REVIEWER,  # download TMX / XLIFF / TSV
    "import": Role.MANAGER,  # upload articles, import TMX
    "manage": Role.MANAGER,  # members, termbase, check settings, project settings
}


def role_of(user: AbstractBaseUser | AnonymousUser, project: Project | int) -> str | None:
    """The user's role in the project, or None for non-members (and anonymous users)."""
    if not getattr(user, "is_authenticated", False):
        return None
    project_id = project if isinstance(project, int) else project.pk
    cache = getattr(user, "_workbench_roles", None)
    if cache is None:
        cache = {}
        user._workbench_roles = cache  # type: ignore[union-attr]
    if project_id not in cache:
        cache[project_id] = (
            Membership.objects.filter(user=user, project_id=project_id).values_list("role", flat=True).first()  # type: ignore[misc]  # is_authenticated is checked above: this is a User
        )
    return cache[project_id]


def allows(role: str | None, action: str) -> bool:
    """Whether a member with ``role`` (None: not a member) may perform ``action``."""
    return role is not None and ROLE_RANK[role] >= ROLE_RANK[ACTIONS[action]]


def can(user: AbstractBaseUser | AnonymousUser, action: str, project: Project | int) -> bool:
    return allows(role_of(user, project), action)


class PermissionDenied(ApplicationError):
    """Raised by services: 403 for a member lacking the role, 404 for a non-member (the project's
    existence does not leak)."""

    def __init__(self, action: str, member: bool):
        super().__init__(f"your role does not allow you to {action}" if member else "Not found.")
        self.status = 403 if member else 404
        self.action = action
        self.member = member


def require(user: AbstractBaseUser | AnonymousUser, action: str, project: Project | int) -> None:
    if not can(user, action, project):
        raise PermissionDenied(action, member=role_of(user, project) is not None)
