from django.urls import include, path

from workbench.pages.icon import favicon

urlpatterns = [
    path("favicon.ico", favicon, name="favicon"),
    path("", include("workbench.pages.projects.urls")),
    path("", include("workbench.pages.quality.urls")),
    path("", include("workbench.pages.review.urls")),
]
