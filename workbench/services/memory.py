"""Translation memory and termbase writes (to be written)."""

from __future__ import annotations


def on_segment_approved(segment) -> None:  # noqa: ANN001
    """Hook called by the review services after a segment is approved: adds it to the project's TM."""
