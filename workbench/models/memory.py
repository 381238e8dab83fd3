"""Project language resources: the termbase and the translation memory."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from workbench.models.projects import Project
from workbench.models.segments import Segment


class Term(models.Model):
    """Source term → required target term; ``forbidden`` lists target variants that must not appear."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="terms")
    source = models.CharField(max_length=200)
    target = models.CharField(max_length=200)
    forbidden = models.JSONField(default=list, blank=True)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["source"]
        constraints = [models.UniqueConstraint(fields=["project", "source"], name="term_once_per_project")]


class TranslationUnit(models.Model):
    """An approved zh→ja pair: from an approved segment here, or imported from a TMX file."""

    class Origin(models.TextChoices):
        APPROVED = "approved", "Approved segment"
        IMPORTED = "imported", "Imported TMX"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="translation_units")
    source_text = models.TextField()
    target_text = models.TextField()
    digest = models.CharField(max_length=64)  # sha256 of source + target: one unit per distinct pair
    source_length = models.PositiveIntegerField(db_index=True)  # pre-filter for fuzzy matching
    origin = models.CharField(max_length=20, choices=Origin.choices)
    segment = models.ForeignKey(Segment, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    document_name = models.CharField(max_length=500, blank=True)
    reviewer = models.CharField(max_length=150, blank=True)
    score = models.FloatField(null=True, blank=True)
    import_name = models.CharField(max_length=500, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-changed_at", "id"]
        constraints = [models.UniqueConstraint(fields=["project", "digest"], name="tu_once_per_project")]
