from django.urls import path

from workbench.pages.projects import views

urlpatterns = [
    path("projects/new/", views.project_new, name="project-new"),
    path("projects/<slug:slug>/tm/import/", views.tm_import, name="project-tm-import"),
    path("projects/<slug:slug>/documents/<int:pk>/assign/", views.document_assign, name="document-assign"),
    path(
        "projects/<slug:slug>/documents/<int:pk>/hand-off/", views.document_hand_off, name="document-hand-off"
    ),
    path("projects/<slug:slug>/settings/", views.project_settings, name="project-settings"),
    path("projects/<slug:slug>/documents/<int:pk>/source/", views.document_source, name="document-source"),
    path("projects/<slug:slug>/documents/<int:pk>/delete/", views.document_delete, name="document-delete"),
]
