"""Quality scores (to be written)."""

from __future__ import annotations


def mark_stale(document_id: int) -> None:
    """Hook called by the review services after any change to a document's segments or flags."""
