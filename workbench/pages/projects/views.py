"""Creating a project and the managers' settings page: members, defect checks, re-checking.

Plain forms posted back to the page (POST, redirect, GET), so every change works without script and
each one goes through a service.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as Forbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from alignment.checks import describe
from alignment.checks.terms import shipped_false_friend_entries
from alignment.types import SEVERITIES
from workbench.models import Role
from workbench.permissions import PermissionDenied, can
from workbench.selectors.projects import projects_for
from workbench.services import projects as project_services
from workbench.services.checks import check_config_for


@login_required
def project_new(request):
    if not request.user.has_perm("workbench.add_project"):
        raise Forbidden
    form = {"name": "", "slug": "", "description": ""}
    error = ""
    if request.method == "POST":
        form = {k: request.POST.get(k, "") for k in form}
        try:
            project = project_services.create_project(user=request.user, **form)
        except (ValueError, PermissionDenied) as exc:
            error = str(exc)
        else:
            messages.success(request, _("Project created. Import articles to start."))
            return redirect("project", project.slug)
    return render(request, "workbench/project_new.html", {"form": form, "error": error})


@login_required
def project_settings(request, slug):
    project = get_object_or_404(projects_for(request.user), slug=slug)
    if not can(request.user, "manage", project):
        raise Forbidden
    if request.method == "POST":
        try:
            _apply(request, project)
        except (ValueError, PermissionDenied) as exc:
            messages.error(request, str(exc))
        return redirect("project-settings", project.slug)
    config = check_config_for(project)
    overrides = config.severity_overrides
    checks = [
        {
            **c,
            "active": config.wants(c["code"], c["default_enabled"]),
            "chosen_severity": overrides.get(c["code"], c["severity"]),
        }
        for c in describe()
    ]
    members = project.memberships.select_related("user").order_by("user__username")
    return render(
        request,
        "workbench/project_settings.html",
        {
            "project": project,
            "checks": checks,
            "members": members,
            "roles": Role.choices,
            "severities": SEVERITIES,
            "false_friends": project_services.format_false_friends(
                (project.check_config or {}).get("false_friends") or {}
            ),
            "shipped_false_friends": shipped_false_friend_entries(),
        },
    )


def _apply(request, project) -> None:
    action = request.POST.get("action")
    user = request.user
    if action == "checks":
        active = set(request.POST.getlist("active"))
        severities = {
            key.removeprefix("severity-"): value
            for key, value in request.POST.items()
            if key.startswith("severity-") and value
        }
        project_services.set_check_settings(
            project=project, user=user, active=active, severity_overrides=severities
        )
        messages.success(request, _("Check settings saved. The documents are being re-checked."))
    elif action == "false_friends":
        project_services.set_false_friends(
            project=project, user=user, text=request.POST.get("false_friends", "")
        )
        messages.success(request, _("False friends saved. The documents are being re-checked."))
    elif action == "member":
        username = request.POST.get("username", "").strip()
        project_services.set_member(
            project=project, user=user, username=username, role=request.POST.get("role", "")
        )
        messages.success(request, _("%(user)s is now a member.") % {"user": username})
    elif action == "remove":
        username = request.POST.get("username", "")
        project_services.remove_member(project=project, user=user, username=username)
        messages.success(request, _("%(user)s was removed.") % {"user": username})
    elif action == "recheck":
        project_services.schedule_recheck(project.pk)
        messages.success(request, _("The documents are being re-checked."))
    else:
        raise ValueError("unknown action")
