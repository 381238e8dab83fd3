from django.urls import path

from workbench.pages.review import views

urlpatterns = [
    path("", views.project_list, name="home"),
    path("projects/<slug:slug>/", views.project_page, name="project"),
    path("projects/<slug:slug>/export/", views.project_export, name="project-export"),
    path("documents/<int:pk>/", views.review_page, name="review"),
    path("documents/<int:pk>/rows/", views.review_rows_fragment, name="review-rows"),
    path("documents/<int:pk>/rows/page/", views.review_page_rows, name="review-page-rows"),
    path("documents/<int:pk>/changes/", views.document_changes, name="document-changes"),
    path("documents/<int:pk>/text/", views.document_text, name="document-text"),
    path("documents/<int:pk>/corrected.txt", views.corrected_article, name="document-corrected"),
    path("documents/<int:pk>/bilingual.csv", views.bilingual_sheet, name="document-bilingual"),
]
