"""What a Japanese reviewer reads for a check: its description through the message catalogue."""

from django.utils import translation

from alignment.checks import CHECKS


def description_ja(code: str) -> str:
    with translation.override("ja"):
        return translation.gettext(CHECKS[code].description)
