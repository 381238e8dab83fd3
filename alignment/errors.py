"""Errors the library raises for bad input.

Every user-facing entry point (the CLI, the workbench import) turns an :class:`InputError` into a
one-line message; anything else is a bug and may show a traceback.
"""


class InputError(ValueError):
    """The input cannot be processed: binary, empty, undecodable, too large, wrong language..."""
