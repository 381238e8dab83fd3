from django.urls import path

from workbench.api.review import views as v

urlpatterns = [
    path("auth/token/", v.ObtainTokenView.as_view(), name="api-token"),
    path("projects/", v.ProjectList.as_view(), name="api-projects"),
    path("projects/<int:pk>/", v.ProjectDetail.as_view(), name="api-project"),
    path("projects/<int:pk>/members/", v.ProjectMembers.as_view(), name="api-project-members"),
    path("projects/<int:pk>/imports/", v.ProjectImports.as_view(), name="api-project-imports"),
    path("imports/<int:pk>/", v.ImportDetail.as_view(), name="api-import"),
    path("documents/", v.DocumentList.as_view(), name="api-documents"),
    path("documents/<int:pk>/", v.DocumentDetail.as_view(), name="api-document"),
    path("documents/<int:pk>/source/", v.DocumentSource.as_view(), name="api-document-source"),
    path("documents/<int:pk>/segments/", v.DocumentSegments.as_view(), name="api-document-segments"),
    path("documents/<int:pk>/fixes/", v.DocumentFixes.as_view(), name="api-document-fixes"),
    path("documents/<int:pk>/approve/", v.DocumentApprovals.as_view(), name="api-document-approve"),
    path("documents/<int:pk>/replace/", v.DocumentReplace.as_view(), name="api-document-replace"),
    path("segments/<int:pk>/", v.SegmentDetail.as_view(), name="api-segment"),
    path("segments/<int:pk>/approve/", v.ApproveView.as_view(), name="api-segment-approve"),
    path("segments/<int:pk>/reject/", v.RejectView.as_view(), name="api-segment-reject"),
    path("segments/<int:pk>/revert/", v.RevertView.as_view(), name="api-segment-revert"),
    path("segments/<int:pk>/merge/", v.MergeView.as_view(), name="api-segment-merge"),
    path("segments/<int:pk>/split/", v.SplitView.as_view(), name="api-segment-split"),
    path("segments/<int:pk>/unlink/", v.UnlinkView.as_view(), name="api-segment-unlink"),
    path("segments/<int:pk>/link/", v.LinkView.as_view(), name="api-segment-link"),
    path("segments/<int:pk>/undo-link/", v.UndoLinkView.as_view(), name="api-segment-undo-link"),
    path(
        "segments/<int:pk>/undo-alignment/", v.UndoAlignmentView.as_view(), name="api-segment-undo-alignment"
    ),
    path(
        "segments/<int:pk>/link/candidates/",
        v.SegmentLinkCandidates.as_view(),
        name="api-segment-link-candidates",
    ),
    path("segments/<int:pk>/history/", v.SegmentHistory.as_view(), name="api-segment-history"),
    path("segments/<int:pk>/comments/", v.SegmentComments.as_view(), name="api-segment-comments"),
    path("segments/<int:pk>/issues/", v.SegmentIssues.as_view(), name="api-segment-issues"),
    path("flags/<int:pk>/dismiss/", v.FlagDismiss.as_view(), name="api-flag-dismiss"),
    path("flags/<int:pk>/confirm/", v.FlagConfirm.as_view(), name="api-flag-confirm"),
    path("flags/<int:pk>/dismiss-alike/", v.FlagDismissAlike.as_view(), name="api-flag-dismiss-alike"),
    path("flags/<int:pk>/reopen/", v.FlagReopen.as_view(), name="api-flag-reopen"),
    path("flags/<int:pk>/fix/", v.FlagFix.as_view(), name="api-flag-fix"),
]
