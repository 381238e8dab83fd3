"""Forms of the termbase page: they parse what a manager posts; ``services.termbase`` checks it."""

from __future__ import annotations

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from workbench.models import Term


class TermForm(forms.Form):
    """A term as typed: the forbidden variants in one field, separated by "|"."""

    source = forms.CharField(required=False, strip=False)
    target = forms.CharField(required=False, strip=False)
    forbidden = forms.CharField(required=False, strip=False)
    note = forms.CharField(required=False, strip=False)

    def clean_forbidden(self) -> list[str]:
        return self.cleaned_data["forbidden"].split("|")


class TermDeleteForm(forms.Form):
    """The term of the project a manager deletes (the button's value is its id)."""

    GONE = _("That term is not in the termbase (deleted meanwhile?).")

    def __init__(self, *args, terms: QuerySet[Term], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["delete"] = forms.ModelChoiceField(
            queryset=terms, error_messages={"required": self.GONE, "invalid_choice": self.GONE}
        )


class TermImportForm(forms.Form):
    """A CSV or TBX file of terms."""

    file = forms.FileField(error_messages={"required": _("Choose a CSV or TBX file to import.")})
