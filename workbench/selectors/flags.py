"""Reads of flags: the one-click fixes a document offers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from django.db.models import QuerySet

from workbench.models import Document, Flag, Segment, SegmentState


def fixable_flags(document: Document, codes: Iterable[str] | None = None) -> QuerySet[Flag]:
    """Open flags with a one-click fix on the document's rows that are not approved yet (an approved
    row was accepted as it is)."""
    flags = Flag.objects.filter(
        segment__document=document,
        segment__kind=Segment.Kind.CONTENT,
        status=Flag.Status.OPEN,
        has_fix=True,
        start__isnull=False,
        end__isnull=False,
    ).exclude(segment__state=SegmentState.APPROVED)
    return flags.filter(code__in=list(codes)) if codes else flags


def fix_counts(document: Document) -> dict[str, int]:
    """Open one-click fixes by check code."""
    return dict(sorted(Counter(fixable_flags(document).values_list("code", flat=True)).items()))
