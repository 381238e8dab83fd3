from django.contrib import admin

from workbench import models

for model in (
    models.Project,
    models.Membership,
    models.Document,
    models.ImportJob,
    models.Segment,
    models.Flag,
    models.Revision,
    models.Comment,
    models.Term,
    models.TranslationUnit,
    models.DocumentScore,
):
    admin.site.register(model)
