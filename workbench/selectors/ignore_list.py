"""Reads of the project's ignore list (``services.ignore_list`` writes it): which check and text
an entry matches, and whether a new flag matches one."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

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


@dataclass(frozen=True)
class IgnoreList:
    """The project's ignore list as a check run consults it: read once per run, then asked about
    each new flag. Only a flag whose check has an entry is hashed; most findings name a check the
    list does not, and hashing each of them cost more than the lookup itself."""

    reasons: dict[str, str]
    #: The checks named by an entry; None when an entry names none (then every flag is hashed).
    codes: frozenset[str] | None

    @classmethod
    def of(cls, project: Project) -> IgnoreList:
        reasons: dict[str, str] = {}
        codes: set[str | None] = set()
        for entry in entries(project):
            reasons.setdefault(entry["key"], entry["reason"])  # the first entry with a key wins
            codes.add(entry.get("code"))
        return cls(reasons=reasons, codes=None if None in codes else frozenset(c for c in codes if c))

    def reason(self, code: str, text: str | None, message: str) -> str | None:
        """The reason of the entry a new flag matches, or None."""
        if not self.reasons or (self.codes is not None and code not in self.codes):
            return None
        return self.reasons.get(flag_key(code, text, message))
