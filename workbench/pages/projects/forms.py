"""Forms of the project pages: they parse and validate what a manager posts."""

from __future__ import annotations

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from alignment.checks import CHECKS
from alignment.types import SEVERITIES
from workbench.models import Document, Project, Role
from workbench.models.projects import ApprovalCheck
from workbench.pages.forms import cleaned


class ApprovalCheckForm(forms.Form):
    approval_check = forms.ChoiceField(
        choices=ApprovalCheck.choices,
        widget=forms.RadioSelect,
        label=_("Approving a row with an open major or critical flag"),
    )


class ProjectForm(forms.Form):
    """A new project; ``services.projects.create_project`` makes its address and checks it is free."""

    name = forms.CharField(max_length=Project._meta.get_field("name").max_length)
    slug = forms.CharField(required=False)
    description = forms.CharField(required=False)


class SourceForm(forms.Form):
    """The Chinese document a Japanese one is paired with; none unpairs it."""

    def __init__(self, *args, documents: QuerySet[Document], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["source"] = forms.ModelChoiceField(queryset=documents, required=False)


class SettingsActionForm(forms.Form):
    """Which of the settings page's forms was posted."""

    ACTIONS = ("checks", "false_friends", "member", "remove", "approval_check", "flag_threshold", "recheck")

    action = forms.ChoiceField(
        choices=[(a, a) for a in ACTIONS],
        error_messages={"invalid_choice": _("unknown action: %(value)s"), "required": _("unknown action")},
    )


class CheckSettingsForm(forms.Form):
    """Which checks run (``active``) and at what severity (``severity-<check>``, empty for the
    check's own)."""

    active = forms.MultipleChoiceField(
        required=False,
        choices=lambda: [(code, code) for code in CHECKS],
        error_messages={"invalid_choice": _("unknown check: %(value)s")},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for code in CHECKS:
            self.fields[f"severity-{code}"] = forms.ChoiceField(
                required=False,
                choices=[("", ""), *((s, s) for s in SEVERITIES)],
                error_messages={"invalid_choice": _("unknown severity: %(value)s")},
            )

    def settings(self) -> dict:
        """The keyword arguments of ``services.projects.set_check_settings``."""
        data = cleaned(self)
        return {
            "active": set(data["active"]),
            "severity_overrides": {
                key.removeprefix("severity-"): value
                for key, value in data.items()
                if key.startswith("severity-") and value
            },
        }


class FalseFriendsForm(forms.Form):
    """The project's false friends, one per line (``services.projects.parse_false_friends``)."""

    false_friends = forms.CharField(required=False, strip=False)


class MemberForm(forms.Form):
    """A user made a member with a role, or a member's role changed."""

    username = forms.CharField()
    role = forms.ChoiceField(choices=Role.choices)


class RemoveMemberForm(forms.Form):
    username = forms.CharField(strip=False)


class AssignForm(forms.Form):
    """A document's translator and reviewer by user name; empty for nobody."""

    translator = forms.CharField(required=False, strip=False)
    reviewer = forms.CharField(required=False, strip=False)


class TmxImportForm(forms.Form):
    """A TMX file for the project's translation memory."""

    file = forms.FileField(error_messages={"required": _("Choose a TMX file to import.")})


class FlagThresholdForm(forms.Form):
    """The confidence below which the project hides automatic flags (``set_flag_threshold``)."""

    flag_threshold = forms.FloatField(
        min_value=0.0,
        max_value=1.0,
        widget=forms.NumberInput(attrs={"step": "0.01"}),
        label=_("Hide automatic flags whose confidence is below"),
    )
