"""What happens between a user's read and their write, or after their write commits: objects gone
meanwhile are a 404, and background work that fails never fails the change."""

from __future__ import annotations

import pytest
from django.db import OperationalError

from tests.workbench.conftest import client_for
from workbench.models import DocumentScore, Flag, Segment
from workbench.services import scores
from workbench.services.errors import NotFound
from workbench.services.segments import dismiss_flag, reopen_flag


def _flag_read_then_rechecked_away(rendering) -> Flag:
    flag = Flag.objects.filter(segment__document=rendering, segment__kind=Segment.Kind.CONTENT).first()
    Flag.objects.filter(pk=flag.pk).delete()  # what a re-check of its row does to it
    return flag


def test_reopening_a_flag_a_recheck_deleted_is_not_found(rendering, users):
    flag = _flag_read_then_rechecked_away(rendering)
    flag.status = Flag.Status.DISMISSED
    with pytest.raises(NotFound, match="checked again"):
        reopen_flag(flag=flag, user=users["reviewer"])


def test_dismissing_a_flag_a_recheck_deleted_is_not_found_and_records_nothing(rendering, users):
    flag = _flag_read_then_rechecked_away(rendering)
    revisions = rendering.revisions.count()
    with pytest.raises(NotFound):
        dismiss_flag(flag=flag, user=users["reviewer"], reason="a name of the client's")
    assert rendering.revisions.count() == revisions


def test_a_score_recompute_failing_after_commit_leaves_the_edit_saved_and_the_score_stale(
    rendering, users, monkeypatch, django_capture_on_commit_callbacks
):
    scores.recompute_document_scores(document_id=rendering.pk)
    row = Segment.objects.filter(document=rendering, kind=Segment.Kind.CONTENT).first()

    def locked(document):
        raise OperationalError("database is locked")

    monkeypatch.setattr(scores, "compute_document_scores", locked)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(users["translator"]).patch(
            f"/api/segments/{row.pk}/",
            {"target_text": "新しい訳文です。", "version": row.version},
            format="json",
        )
    assert response.status_code == 200
    assert Segment.objects.get(pk=row.pk).target_text == "新しい訳文です。"
    assert DocumentScore.objects.get(document=rendering).stale
