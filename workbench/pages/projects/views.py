"""Creating a project, the managers' settings page (members, defect checks, re-checking), their
choice of a document's source and the deletion of a document.

Plain forms posted back to the page (POST, redirect, GET), so every change works without script and
each one goes through a service.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as Forbidden
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from alignment.checks import describe
from alignment.checks.confidence import default_threshold
from alignment.checks.established import shipped_established_entries
from alignment.checks.terms import shipped_false_friend_entries
from alignment.types import SEVERITIES
from workbench.flag_labels import category_label, explanation, severity_label
from workbench.models import Document, Role
from workbench.pages import refusals
from workbench.pages.forms import cleaned
from workbench.pages.projects.forms import (
    ApprovalCheckForm,
    AssignForm,
    CheckSettingsForm,
    FalseFriendsForm,
    FlagThresholdForm,
    MemberForm,
    ProjectForm,
    RemoveMemberForm,
    SettingsActionForm,
    SourceForm,
    TmxImportForm,
)
from workbench.permissions import can
from workbench.selectors.projects import documents_for, projects_for
from workbench.services import assignment
from workbench.services import projects as project_services
from workbench.services.checks import check_config_for
from workbench.services.documents import delete_document, deletion_summary
from workbench.services.errors import ApplicationError, InvalidInput
from workbench.services.pairing import set_source
from workbench.services.tm_import import import_tmx


@login_required
def project_new(request):
    if not request.user.has_perm("workbench.add_project"):
        raise Forbidden
    form = ProjectForm(request.POST if request.method == "POST" else None)
    error = ""
    if request.method == "POST":
        try:
            project = project_services.create_project(user=request.user, **cleaned(form))
        except ApplicationError as exc:
            error = exc.message
        else:
            messages.success(request, _("Project created. Import articles to start."))
            return redirect("project", project.slug)
    return render(request, "workbench/project_new.html", {"form": form, "error": error})


@login_required
@require_POST
def document_source(request, slug, pk):
    """A manager pairs a Japanese document with a Chinese document of the project, or unpairs it
    (an empty choice), from the project page."""
    document = get_object_or_404(
        documents_for(request.user), project__slug=slug, pk=pk, lang=Document.Lang.JA
    )
    chinese = documents_for(request.user).filter(project=document.project, lang=Document.Lang.ZH)
    form = SourceForm(request.POST, documents=chinese)
    if not form.is_valid():  # no Chinese document of the project the user sees
        raise Http404
    source = form.cleaned_data["source"]
    try:
        document = set_source(document=document, source=source, user=request.user)
    except ApplicationError as exc:
        refusals.show(request, exc)
    else:
        if source is None:
            messages.success(
                request,
                _("%(name)s has no source now: only the monolingual checks run on it.")
                % {"name": document.name},
            )
        else:
            if document.pair_score is None:
                messages.warning(
                    request,
                    _(
                        "%(name)s and %(source)s share little: the automatic pairing would not pair "
                        "them. Check that this is the right source; doubtful links show a low confidence."
                    )
                    % {"name": document.name, "source": source.name},
                )
            messages.success(
                request,
                _(
                    "%(name)s is paired with %(source)s and aligned anew (%(coverage)d %% of the source "
                    "covered); rows people worked on kept their text and history."
                )
                % {
                    "name": document.name,
                    "source": source.name,
                    "coverage": round(100 * (document.coverage or 0)),
                },
            )
    return redirect("project", slug)


@login_required
def document_delete(request, slug, pk):
    """What deleting a document takes (GET), and the deletion once the manager confirms (POST)."""
    document = get_object_or_404(documents_for(request.user), project__slug=slug, pk=pk)
    if request.method == "POST":
        try:
            delete_document(document=document, user=request.user)
        except ApplicationError as exc:
            refusals.show(request, exc)
        else:
            messages.success(request, _("%(name)s is deleted.") % {"name": document.name})
        return redirect("project", slug)
    if not can(request.user, "import", document.project):
        raise Forbidden
    return render(
        request,
        "workbench/document_delete.html",
        {"document": document, "project": document.project, "summary": deletion_summary(document)},
    )


@login_required
def project_settings(request, slug):
    project = get_object_or_404(projects_for(request.user), slug=slug)
    if request.method == "POST":
        try:
            _apply(request, project)
        except ApplicationError as exc:
            refusals.show(request, exc)
        return redirect("project-settings", project.slug)
    if not can(request.user, "manage", project):
        raise Forbidden
    config = check_config_for(project)
    overrides = config.severity_overrides
    checks = [
        {
            **c,
            "active": config.wants(c["code"], c["default_enabled"]),
            "chosen_severity": overrides.get(c["code"], c["severity"]),
            "category_label": category_label(c["category"]),
            "what": explanation(c["code"]) or c["description"],
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
            "severities": [(s, severity_label(s)) for s in SEVERITIES],
            "false_friends": project_services.format_false_friends(
                (project.check_config or {}).get("false_friends") or {}
            ),
            "shipped_false_friends": shipped_false_friend_entries(),
            "shipped_established_terms": shipped_established_entries(),
            "approval_form": ApprovalCheckForm(initial={"approval_check": project.approval_check}),
            "threshold_form": FlagThresholdForm(initial={"flag_threshold": project.flag_threshold}),
            "default_threshold": f"{default_threshold():.2f}",
        },
    )


def _apply(request, project) -> None:
    """One of the settings page's forms, told apart by its ``action``."""
    action = cleaned(SettingsActionForm(request.POST))["action"]
    user = request.user
    if action == "checks":
        project_services.set_check_settings(
            project=project, user=user, **CheckSettingsForm(request.POST).settings()
        )
        messages.success(request, _("Check settings saved. The documents are being re-checked."))
    elif action == "false_friends":
        text = cleaned(FalseFriendsForm(request.POST))["false_friends"]
        project_services.set_false_friends(project=project, user=user, text=text)
        messages.success(request, _("False friends saved. The documents are being re-checked."))
    elif action == "member":
        member = cleaned(MemberForm(request.POST))
        project_services.set_member(project=project, user=user, **member)
        messages.success(request, _("%(user)s is now a member.") % {"user": member["username"]})
    elif action == "remove":
        username = cleaned(RemoveMemberForm(request.POST))["username"]
        project_services.remove_member(project=project, user=user, username=username)
        messages.success(request, _("%(user)s was removed.") % {"user": username})
    elif action == "approval_check":
        form = ApprovalCheckForm(request.POST)
        if not form.is_valid():
            raise InvalidInput(_("Choose whether approval warns or is refused."))
        project_services.set_approval_check(
            project=project, user=user, mode=form.cleaned_data["approval_check"]
        )
        messages.success(request, _("Approval setting saved."))
    elif action == "flag_threshold":
        form = FlagThresholdForm(request.POST)
        if not form.is_valid():
            raise InvalidInput(_("Give a confidence from 0 to 1."))
        project_services.set_flag_threshold(
            project=project, user=user, threshold=form.cleaned_data["flag_threshold"]
        )
        messages.success(request, _("Confidence threshold saved. The scores are being recomputed."))
    else:  # "recheck", the last of SettingsActionForm.ACTIONS
        project_services.request_recheck(project=project, user=user)
        messages.success(request, _("The documents are being re-checked."))


@login_required
@require_POST
def tm_import(request, slug):
    """A TMX file into the project's translation memory, from the project page (managers)."""
    project = get_object_or_404(projects_for(request.user), slug=slug)
    if not can(request.user, "import", project):
        raise Forbidden
    try:
        upload = cleaned(TmxImportForm(request.POST, request.FILES))["file"]
        count = import_tmx(project=project, user=request.user, data=upload.read(), name=upload.name)
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request, _("%(n)s translation units imported from %(name)s.") % {"n": count, "name": upload.name}
        )
    return redirect("project", slug)


@login_required
@require_POST
def document_assign(request, slug, pk):
    """Name a document's translator and reviewer (managers)."""
    document = get_object_or_404(documents_for(request.user), project__slug=slug, pk=pk)
    _work_action(request, assignment.assign, document=document, form=AssignForm(request.POST))
    return redirect("project", slug)


@login_required
@require_POST
def document_hand_off(request, slug, pk):
    """Hand a document on: to review, or done."""
    document = get_object_or_404(documents_for(request.user), project__slug=slug, pk=pk)
    _work_action(request, assignment.hand_off, document=document)
    return redirect("project", slug)


def _work_action(request, service, form: AssignForm | None = None, **kwargs) -> None:
    try:
        document = service(user=request.user, **kwargs, **(cleaned(form) if form else {}))
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request,
            _("%(name)s: %(status)s.")
            % {"name": document.name, "status": document.get_work_status_display()},
        )
