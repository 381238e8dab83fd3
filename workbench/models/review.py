"""What reviewers produce: flags (and their dismissals), revisions (history), comments."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from workbench.models.documents import Document
from workbench.models.segments import Segment


class Flag(models.Model):
    """A suspected defect on a segment, from a check (``origin=auto``) or logged by a reviewer.

    Open automatic flags are an estimate; a reviewer error (``status=confirmed``: logged by a
    reviewer, or an automatic flag a reviewer confirmed, which keeps its check's code) is what the
    MQM score counts.

    ``fingerprint`` hashes the source and target text the check saw: re-checking unchanged text keeps
    a dismissal; changed text makes a fresh flag.
    """

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DISMISSED = "dismissed", _("Dismissed")
        RESOLVED = "resolved", _("Resolved")
        # A reviewer stands behind it: a reviewer-logged error, or an automatic flag confirmed.
        CONFIRMED = "confirmed", _("Confirmed")

    class Origin(models.TextChoices):
        AUTO = "auto", _("Automatic check")
        REVIEWER = "reviewer", _("Reviewer")

    segment = models.ForeignKey(Segment, on_delete=models.CASCADE, related_name="flags")
    code = models.CharField(max_length=60)
    category = models.CharField(max_length=30)
    severity = models.CharField(max_length=10)
    start = models.IntegerField(null=True, blank=True)
    end = models.IntegerField(null=True, blank=True)
    message = models.TextField()
    # The span is on the Chinese (an omission the reviewer marks where the source says it).
    on_source = models.BooleanField(default=False)
    # What the span should read where the correction is mechanical (、 for ，); empty if none.
    fix = models.CharField(max_length=200, blank=True, default="")
    has_fix = models.BooleanField(default=False)  # a fix may be the empty string (delete the span)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    origin = models.CharField(max_length=20, choices=Origin.choices, default=Origin.AUTO)
    fingerprint = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    dismissed_at = models.DateTimeField(null=True, blank=True)
    dismiss_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["segment", "start", "id"]
        indexes = [models.Index(fields=["segment", "status"]), models.Index(fields=["category"])]


class Revision(models.Model):
    """Append-only history: every change of text, state, flags or alignment, with before and after."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="revisions")
    segment = models.ForeignKey(
        Segment, null=True, blank=True, on_delete=models.SET_NULL, related_name="revisions"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    action = models.CharField(max_length=30)  # edit, approve, reject, merge, split, unlink, relink, revert...
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["segment", "-created_at"])]


class Comment(models.Model):
    segment = models.ForeignKey(Segment, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    body = models.TextField()
    resolved = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
