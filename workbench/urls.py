"""URL map: pages, the REST API under /api/, its OpenAPI schema and docs, Django's auth views."""

from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from workbench.auth import ThrottledLoginView

urlpatterns = [
    path("accounts/login/", ThrottledLoginView.as_view(), name="login"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # Swagger UI from the drf-spectacular-sidecar package (works offline), its bootstrap script served
    # as a file so that the page keeps the Content-Security-Policy; people who are not logged in are
    # sent to the login page (and the schema answers them 401).
    path(
        "api/docs/", login_required(SpectacularSwaggerSplitView.as_view(url_name="schema")), name="api-docs"
    ),
    path("api/", include("workbench.api.urls")),
    path("", include("workbench.pages.urls")),
]
