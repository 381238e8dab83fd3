"""The errors services raise, each naming the HTTP answer it means.

Services know why a request cannot be served (bad input, a role that does not allow it, an object
gone meanwhile, a stale version, a server it needs being down) but nothing of HTTP: they raise one
of these, and the API maps them in one place (``workbench.api.errors.exception_handler``); pages
show ``message`` to the user. Anything else escaping a service is a bug, and a 500.
"""

from __future__ import annotations


class ApplicationError(Exception):
    """A request the service refuses, with a message for the user; ``extra`` goes into the
    API's answer next to ``detail``."""

    status = 400

    def __init__(self, message: str, *, extra: dict | None = None):
        super().__init__(message)
        self.message = message
        self.extra = extra or {}


class InvalidInput(ApplicationError):
    """The input cannot be used as it is (400)."""


class NotAllowed(ApplicationError):
    """The user's role does not allow the action (403)."""

    status = 403


class NotFound(ApplicationError):
    """The object is not there, or no longer: deleted, merged or re-checked away meanwhile (404)."""

    status = 404


class Conflict(ApplicationError):
    """The object changed since the caller read it (409); ``current`` is how it is now, which the
    API sends back so that the user can choose between both texts."""

    status = 409

    def __init__(
        self,
        current: object,
        message: str = "the segment was changed by someone else",
        *,
        extra: dict | None = None,
    ):
        super().__init__(message, extra=extra)
        self.current = current


class OpenFlags(ApplicationError):
    """Approval asked of a row that still has open major or critical flags (409): the reviewer is
    to confirm, fix or dismiss them first. ``blocking``: the project refuses the approval until
    then; otherwise the reviewer may approve anyway, saying so. The API sends the flags back."""

    status = 409

    def __init__(self, flags: list, blocking: bool):
        super().__init__("the row has open major or critical flags", extra={"blocking": blocking})
        self.flags = flags
        self.blocking = blocking


class Unavailable(ApplicationError):
    """A server the action needs (the broker) is unreachable; nothing was stored (503)."""

    status = 503
