"""Segments: the aligned rows that reviewers work on."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from workbench.models.documents import Document


class SegmentState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    NEEDS_REVIEW = "needs_review", _("Needs review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class Segment(models.Model):
    """One link of the alignment of a Japanese document with its Chinese source.

    ``source_sentences`` / ``target_sentences`` hold sentence indices of ``document.source`` and
    ``document``; either may be empty (a 1-0 omission or a 0-1 addition, or a whole document with no
    source). ``mt_text`` is the Japanese as imported (the MT output); ``target_text`` is the current,
    possibly post-edited text. ``version`` increases on every change: writers send the version they
    saw and a conditional UPDATE refuses stale ones (optimistic locking).
    """

    class Kind(models.TextChoices):
        CONTENT = "content", _("Content")
        BOILERPLATE = "boilerplate", _("Boilerplate")

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="segments")
    index = models.PositiveIntegerField()
    source_sentences = models.JSONField(default=list, blank=True)
    target_sentences = models.JSONField(default=list, blank=True)
    source_text = models.TextField(blank=True)
    mt_text = models.TextField(blank=True)
    target_text = models.TextField(blank=True)
    link_type = models.CharField(max_length=10)  # "1-1", "2-1", "1-0", ...
    confidence = models.FloatField(default=1.0)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.CONTENT)
    state = models.CharField(max_length=20, choices=SegmentState.choices, default=SegmentState.DRAFT)
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["document", "index"]
        indexes = [
            models.Index(fields=["document", "index"]),
            models.Index(fields=["document", "state"]),
        ]

    def __str__(self) -> str:
        return f"{self.document_id}#{self.index}"
