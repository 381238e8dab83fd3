"""Imported files, the documents decoded from them and their sentences."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from workbench.models.projects import Project

#: What an imported Japanese document's ``translator`` says until someone names the engine: stored
#: in English (the API's language), shown in the reader's (``Document.translator_label``).
UNKNOWN_ENGINE = gettext_noop("machine translation (unknown engine)")


class ImportJob(models.Model):
    """One upload of files, processed by a Celery task; its progress is what the page polls."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        RUNNING = "running", _("Running")
        SUCCEEDED = "succeeded", _("Succeeded")
        FAILED = "failed", _("Failed")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="import_jobs")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    progress = models.PositiveSmallIntegerField(default=0)  # percent
    message = models.TextField(blank=True)
    result = models.JSONField(default=dict, blank=True)  # documents created, pairs, unpaired, skipped
    celery_task_id = models.CharField(max_length=64, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]


class ImportFile(models.Model):
    """The raw bytes of an uploaded file, kept in the database so that any worker can process them."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="files")
    name = models.CharField(max_length=500)
    data = models.BinaryField()
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]


class WorkStatus(models.TextChoices):
    TO_TRANSLATE = "to_translate", _("To translate")
    TO_REVIEW = "to_review", _("To review")
    DONE = "done", _("Done")


class Document(models.Model):
    class Lang(models.TextChoices):
        ZH = "zh", _("Chinese")
        JA = "ja", _("Japanese")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="documents")
    name = models.CharField(max_length=500)
    title = models.CharField(max_length=500, blank=True)
    lang = models.CharField(max_length=5, choices=Lang.choices)
    encoding = models.CharField(max_length=40)
    origin = models.CharField(max_length=1000, blank=True, help_text=_("File name or URL it came from"))
    translator = models.CharField(
        max_length=200, blank=True, help_text=_("Translator or MT engine that produced a Japanese document")
    )
    sha256 = models.CharField(max_length=64)
    text = models.TextField()
    # Pairing: a Japanese document renders (part of) a Chinese one.
    source = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="renderings"
    )
    pair_score = models.FloatField(null=True, blank=True)
    coverage = models.FloatField(null=True, blank=True)
    import_job = models.ForeignKey(ImportJob, null=True, blank=True, on_delete=models.SET_NULL)
    # Bumped in the same transaction as every change to what the document's pages and API show
    # (segments, flags, dismissals, comments, alignment, re-checks): cached responses are keyed on
    # it, so a committed change makes every older cached response unreachable at once.
    revision = models.PositiveBigIntegerField(default=0, editable=False)
    # Work assignment: who translates and who reviews, and where the document stands between them.
    assigned_translator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    assigned_reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    work_status = models.CharField(max_length=20, choices=WorkStatus.choices, default=WorkStatus.TO_TRANSLATE)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["project", "name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["project", "sha256"], name="document_once_per_project")
        ]

    def __str__(self) -> str:
        return self.title or self.name

    def translator_label(self) -> str:
        return gettext(self.translator) if self.translator == UNKNOWN_ENGINE else self.translator


class Sentence(models.Model):
    """A unit of a document as the segmenter found it; ``text == document.text[start:end]``."""

    class Kind(models.TextChoices):
        CONTENT = "content", _("Content")
        HEADING = "heading", _("Heading")
        BOILERPLATE = "boilerplate", _("Boilerplate")

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="sentences")
    index = models.PositiveIntegerField()
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.CONTENT)

    class Meta:
        ordering = ["document", "index"]
        constraints = [models.UniqueConstraint(fields=["document", "index"], name="sentence_index_unique")]
