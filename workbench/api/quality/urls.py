from django.urls import path

from workbench.api.quality import views as v

urlpatterns = [
    path("documents/<int:pk>/scores/", v.DocumentScores.as_view(), name="api-document-scores"),
    path("projects/<int:pk>/scores/", v.ProjectScores.as_view(), name="api-project-scores"),
    path("projects/<int:pk>/export/", v.ProjectExport.as_view(), name="api-project-export"),
    path("documents/<int:pk>/bilingual/", v.DocumentBilingual.as_view(), name="api-document-bilingual"),
    path("flags/<int:pk>/ignore/", v.FlagIgnore.as_view(), name="api-flag-ignore"),
    path("projects/<int:pk>/ignore/", v.ProjectIgnoreList.as_view(), name="api-project-ignore"),
    path("documents/<int:pk>/corrected/", v.DocumentCorrected.as_view(), name="api-document-corrected"),
    path("projects/<int:pk>/tm/import/", v.ProjectTMImport.as_view(), name="api-project-tm-import"),
    path("projects/<int:pk>/terms/", v.ProjectTerms.as_view(), name="api-project-terms"),
    path("projects/<int:pk>/terms/import/", v.ProjectTermsImport.as_view(), name="api-project-terms-import"),
    path("projects/<int:pk>/terms/export/", v.ProjectTermsExport.as_view(), name="api-project-terms-export"),
    path("terms/<int:pk>/", v.TermDetail.as_view(), name="api-term"),
    path("segments/<int:pk>/suggestions/", v.SegmentSuggestions.as_view(), name="api-segment-suggestions"),
    path("projects/<int:pk>/concordance/", v.ProjectConcordance.as_view(), name="api-project-concordance"),
]
