"""Forms of the project pages: they parse and validate what a manager posts."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from workbench.models.projects import ApprovalCheck


class ApprovalCheckForm(forms.Form):
    approval_check = forms.ChoiceField(
        choices=ApprovalCheck.choices,
        widget=forms.RadioSelect,
        label=_("Approving a row with an open major or critical flag"),
    )
