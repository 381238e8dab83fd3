"""Project membership: managers add, change and remove members."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction

from workbench.models import Membership, Project, Role
from workbench.permissions import require


@transaction.atomic
def set_member(*, project: Project, user, username: str, role: str) -> Membership:
    require(user, "manage", project)
    if role not in Role.values:
        raise ValueError(f"unknown role '{role}'")
    member = get_user_model().objects.filter(username=username).first()
    if member is None:
        raise ValueError(f"no user '{username}'")
    membership, _ = Membership.objects.update_or_create(user=member, project=project, defaults={"role": role})
    return membership


@transaction.atomic
def remove_member(*, project: Project, user, username: str) -> None:
    require(user, "manage", project)
    membership = Membership.objects.filter(project=project, user__username=username).first()
    if membership is None:
        raise ValueError(f"'{username}' is not a member")
    if (
        membership.role == Role.MANAGER
        and not project.memberships.filter(role=Role.MANAGER).exclude(pk=membership.pk).exists()
    ):
        raise ValueError("a project keeps at least one manager")
    membership.delete()
