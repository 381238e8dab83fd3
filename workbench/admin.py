"""The Django admin: a staff tool that writes rows directly, past the services.

Rows that the review page and the segments API show (documents, segments, flags, comments) bump
their document's revision when saved or deleted here, like the services do, so that no cached
response outlives an admin's edit either.
"""

from __future__ import annotations

from django.contrib import admin
from django.db import transaction

from workbench import models
from workbench.services.revisions import bump


def _document_id(obj) -> int | None:
    if isinstance(obj, models.Document):
        return obj.pk
    if isinstance(obj, models.Segment):
        return obj.document_id
    return obj.segment.document_id  # Flag, Comment


class DocumentContentAdmin(admin.ModelAdmin):
    """Saves and deletes in one transaction with the bump of the document's revision."""

    def save_model(self, request, obj, form, change):
        with transaction.atomic():
            before = type(obj).objects.filter(pk=obj.pk).first() if change else None
            super().save_model(request, obj, form, change)
            ids = {_document_id(obj)} | ({_document_id(before)} if before is not None else set())
            for document_id in ids - {None}:
                bump(document_id)

    def delete_model(self, request, obj):
        with transaction.atomic():
            document_id = _document_id(obj)
            super().delete_model(request, obj)
            bump(document_id)  # nothing happens when the document itself was deleted

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            ids = {_document_id(obj) for obj in queryset}
            super().delete_queryset(request, queryset)
            for document_id in ids:
                bump(document_id)


for model in (models.Document, models.Segment, models.Flag, models.Comment):
    admin.site.register(model, DocumentContentAdmin)

for model in (
    models.Project,
    models.Membership,
    models.ImportJob,
    models.Revision,
    models.Term,
    models.TranslationUnit,
    models.DocumentScore,
):
    admin.site.register(model)
