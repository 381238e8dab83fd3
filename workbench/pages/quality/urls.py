from django.urls import path

from workbench.pages.quality import views

urlpatterns = [
    path("projects/<slug:slug>/dashboard/", views.dashboard, name="dashboard"),
    path("projects/<slug:slug>/qa/", views.qa_report_page, name="qa-report"),
    path("projects/<slug:slug>/terms/", views.terms_page, name="terms"),
    path("projects/<slug:slug>/dashboard.csv", views.dashboard_csv, name="dashboard-csv"),
    path("projects/<slug:slug>/issues.csv", views.issues_csv, name="issues-csv"),
]
