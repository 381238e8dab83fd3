"""Cached quality figures, recomputed in the background when segments change."""

from __future__ import annotations

from django.db import models

from workbench.models.documents import Document


class DocumentScore(models.Model):
    """The latest scores of a document; ``stale`` marks it for recomputation by a Celery task.

    ``mqm`` counts reviewer errors over the rows reviewers judged (``reviewed_segments``);
    ``mqm_estimate`` adds the open automatic flags, over every row with a translation.
    """

    document = models.OneToOneField(Document, on_delete=models.CASCADE, related_name="score")
    mqm = models.FloatField(null=True, blank=True)
    penalty = models.FloatField(default=0)
    reviewed_segments = models.PositiveIntegerField(default=0)
    reviewed_chars = models.PositiveIntegerField(default=0)
    mqm_estimate = models.FloatField(null=True, blank=True)
    penalty_estimate = models.FloatField(default=0)
    post_edit_segments = models.PositiveIntegerField(default=0)
    chrf = models.FloatField(null=True, blank=True)
    ter = models.FloatField(null=True, blank=True)
    approved_share = models.FloatField(default=0)
    source_chars = models.PositiveIntegerField(default=0)
    segments = models.PositiveIntegerField(default=0)
    flags_by_category = models.JSONField(default=dict, blank=True)  # category -> open flag count
    stale = models.BooleanField(default=True)
    computed_at = models.DateTimeField(null=True, blank=True)


class ScoreSnapshot(models.Model):
    """One computation of a document's scores, kept for the score-over-time chart."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="score_snapshots")
    mqm = models.FloatField(null=True, blank=True)
    chrf = models.FloatField(null=True, blank=True)
    ter = models.FloatField(null=True, blank=True)
    approved_share = models.FloatField(default=0)
    flags_by_category = models.JSONField(default=dict, blank=True)
    computed_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["computed_at"]
