"""How a flag reads in the viewer's language: its MQM category and severity by name, and what its
check looks for.

A check's message is evidence written in English by the library (it quotes the spans and the
source). A reviewer working in Japanese also needs to know what kind of defect it is, in
Japanese: the check's description, translated through the message catalogue (the library marks
it with ``gettext_noop``), shown above the message.
"""

from __future__ import annotations

from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from alignment.checks import CHECKS

CATEGORY_LABELS = {
    "omission": _("omission"),
    "addition": _("addition"),
    "mistranslation": _("mistranslation"),
    "number": _("number"),
    "named_entity": _("named entity"),
    "terminology": _("terminology"),
    "untranslated": _("untranslated"),
    "truncation": _("truncation"),
    "grammar": _("grammar"),
    "punctuation": _("punctuation"),
    "typography": _("typography"),
    "boilerplate_leak": _("boilerplate leak"),
}
SEVERITY_LABELS = {"minor": _("minor"), "major": _("major"), "critical": _("critical")}


def category_label(category: str) -> str:
    return str(CATEGORY_LABELS.get(category, category))


def severity_label(severity: str) -> str:
    return str(SEVERITY_LABELS.get(severity, severity))


def explanation(code: str) -> str:
    """What the check behind a flag looks for, in the interface's language; empty for a reviewer's
    own flag or in English, where the message already says it."""
    check = CHECKS.get(code)
    if check is None or (get_language() or "en").startswith("en"):
        return ""
    return gettext(check.description)


def with_explanation(message: str, why: str) -> str:
    """A flag's message after what its check looks for, where there is something to say: the form
    of the highlight's tooltip and of the side-by-side sheet."""
    return f"{why} — {message}" if why else message
