from django.urls import include, path

urlpatterns = [
    path("", include("workbench.api.review.urls")),
    path("", include("workbench.api.quality.urls")),
]
