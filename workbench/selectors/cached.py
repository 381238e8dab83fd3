"""Responses of a document computed once per revision of the document, then served from the cache.

Reviewers page through 2,000-segment documents: a review page's rows cost ~25 ms of CPU to query
and render, an API page's segments ~15 ms, on machines with two cores. What they show changes only
when a service changes the document, and every such service bumps ``Document.revision`` in its
transaction (``services.revisions.bump``), so a key that holds the revision can never answer with
rows older than what is committed: a change makes the old entries unreachable, nothing has to find
and delete them, and they expire.

A key is made of
- the document's id, creation time (a document recreated under the same id after a database reset
  starts again at revision 0) and revision;
- whatever else the response depends on, given by the caller: filters, page, page size, the viewer's
  role, the interface language, the header's fields from other rows (project and source names);
- a fingerprint of the code and translations that render responses, so that a deployment never
  serves what the previous release rendered from a shared (Redis) cache.

The caller reads the document (and so its revision) before the rows. A change committed between the
two reads could put newer rows under the older key; before storing, the revision is read again and
the response is stored only if it has not moved, so an entry always holds exactly that revision.

An entry therefore never changes once written, and each process keeps the last entries it used in
memory in front of the shared cache: with Redis a review page hit would otherwise move ~150 kB and
unpickle it on every request. ``clear()`` empties both (tests).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import cache as memoize
from pathlib import Path
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache

from workbench.models import Document

T = TypeVar("T")

ROOT = Path(__file__).resolve().parents[2]
_CODE_SUFFIXES = {".py", ".html", ".mo", ".json", ".js", ".css"}  # pages name static files


@memoize
def code_fingerprint() -> str:
    """A hash of the application's code, templates, catalogues and static files (a cached page
    names their hashed versions), computed once per process."""
    digest = hashlib.blake2b(digest_size=8)
    for folder in ("workbench", "templates", "alignment"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in _CODE_SUFFIXES and path.is_file() and "migrations" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def document_key(document: Document, kind: str, parts: tuple[object, ...]) -> str:
    """The cache key of one response of ``document``; ``parts`` is everything else it depends on."""
    raw = "\x1f".join(
        [code_fingerprint(), kind, str(document.pk), str(document.created_at), *map(repr, parts)]
    )
    digest = hashlib.blake2b(raw.encode("utf-8"), digest_size=16).hexdigest()
    return f"workbench:{kind}:{document.pk}:{document.revision}:{digest}"


class _Recent:
    """The process's most recently used entries (a small LRU; gunicorn's gthread workers share it)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.entries: OrderedDict[str, object] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: str) -> object | None:
        with self.lock:
            value = self.entries.get(key)
            if value is not None:
                self.entries.move_to_end(key)
            return value

    def put(self, key: str, value: object) -> None:
        with self.lock:
            self.entries[key] = value
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


_recent = _Recent(settings.WORKBENCH_RESPONSE_MEMORY_ENTRIES)


def cached_for_document(
    document: Document, kind: str, parts: tuple[object, ...], compute: Callable[[], T]
) -> T:
    """``compute()``'s value for this revision of the document, from the cache when it is there.

    ``document`` must have been read from the database before ``compute`` reads anything."""
    key = document_key(document, kind, parts)
    value = _recent.get(key)
    if value is not None:
        return value  # type: ignore[return-value]
    value = cache.get(key)
    if value is None:
        value = compute()
        if not Document.objects.filter(pk=document.pk, revision=document.revision).exists():
            return value  # a change committed meanwhile: not stored (see above)
        cache.set(key, value, settings.WORKBENCH_RESPONSE_CACHE_SECONDS)
    _recent.put(key, value)
    return value


def clear() -> None:
    """Forget every cached response, in this process and in the shared cache."""
    with _recent.lock:
        _recent.entries.clear()
    cache.clear()
