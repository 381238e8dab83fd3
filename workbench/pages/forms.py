"""What every page form shares: a form that does not validate is refused like a service refuses
(``InvalidInput``), so that a page shows both the same way, as a message, never as a 500."""

from __future__ import annotations

from typing import Any

from django import forms

from workbench.services.errors import InvalidInput


def cleaned(form: forms.Form) -> dict[str, Any]:
    """The form's cleaned data, or ``InvalidInput`` with every error it found."""
    if not form.is_valid():
        raise InvalidInput("; ".join(str(m) for errors in form.errors.values() for m in errors))
    return form.cleaned_data
