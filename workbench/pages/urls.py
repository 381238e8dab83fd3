from django.urls import include, path

urlpatterns = [
    path("", include("workbench.pages.projects.urls")),
    path("", include("workbench.pages.quality.urls")),
    path("", include("workbench.pages.review.urls")),
]
