from django.urls import path

from workbench.api.quality import views as v

urlpatterns = [
    path("documents/<int:pk>/scores/", v.DocumentScores.as_view(), name="api-document-scores"),
    path("projects/<int:pk>/scores/", v.ProjectScores.as_view(), name="api-project-scores"),
    path("projects/<int:pk>/export/", v.ProjectExport.as_view(), name="api-project-export"),
    path("segments/<int:pk>/suggestions/", v.SegmentSuggestions.as_view(), name="api-segment-suggestions"),
]
