"""Reads of the project's ignore list (``services.ignore_list`` writes it): which check and text
an entry matches, and whether a new flag matches one."""

from __future__ import annotations

import hashlib

from workbench.models import Flag, Project
from workbench.selectors.flags import flagged_text


def flag_key(code: str, text: str | None, message: str) -> str:
    """What an entry matches — the check and the marked text (or, without a span, the message) —
    as a short digest that fits in a URL."""
    raw = f"{code}\x1f{text if text is not None else chr(0) + message}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]


def key_of(flag: Flag) -> str:
    return flag_key(flag.code, flagged_text(flag), flag.message)


def entries(project: Project) -> list[dict]:
    return list((project.check_config or {}).get("ignore") or [])


def ignored_reason(project: Project, code: str, text: str | None, message: str) -> str | None:
    """The reason of the entry a new flag matches, or None."""
    wanted = flag_key(code, text, message)
    return next((e["reason"] for e in entries(project) if e["key"] == wanted), None)
