"""A project's flag confidence threshold: who may set it, what it records, and the MQM estimate it
changes."""

from __future__ import annotations

import math

import pytest

from alignment.checks.confidence import default_threshold
from tests.workbench.selectors.test_flag_confidence import HIGH, LOW, make_flag
from workbench.models import Document, DocumentScore, Project, Revision
from workbench.permissions import PermissionDenied
from workbench.services import scores
from workbench.services.errors import InvalidInput
from workbench.services.projects import set_flag_threshold


@pytest.fixture
def flagged(doc) -> Document:
    first, _, _, last = doc.segments.order_by("index")
    make_flag(first, HIGH)
    make_flag(last, LOW)
    return doc


def test_a_new_project_takes_the_threshold_fitted_on_the_folds(db):
    assert Project.objects.create(name="P", slug="p").flag_threshold == default_threshold()


def test_the_estimate_leaves_out_flags_below_the_threshold(flagged):
    figures = scores.compute_document_scores(flagged)
    assert figures["flags_by_category"] == {HIGH[1]: 1}
    project = flagged.project
    project.flag_threshold = 0.0
    project.save()
    flagged.refresh_from_db()
    every = scores.compute_document_scores(flagged)
    assert every["flags_by_category"] == {HIGH[1]: 1, LOW[1]: 1}
    assert every["penalty_estimate"] > figures["penalty_estimate"]
    assert every["mqm_estimate"] < figures["mqm_estimate"]


def test_setting_it_records_a_revision_per_document_and_recomputes_scores(
    flagged, users, django_capture_on_commit_callbacks
):
    project = flagged.project
    scores.recompute_document_scores(document_id=flagged.pk)
    before = DocumentScore.objects.get(document=flagged)
    assert before.flags_by_category == {HIGH[1]: 1}
    revision = Document.objects.get(pk=flagged.pk).revision
    with django_capture_on_commit_callbacks(execute=True):
        set_flag_threshold(project=project, user=users["manager"], threshold=0.05)
    assert Project.objects.get(pk=project.pk).flag_threshold == 0.05
    history = Revision.objects.filter(action="flag_threshold")
    assert {r.document_id for r in history} == set(project.documents.values_list("pk", flat=True))
    entry = history.get(document=flagged)
    assert entry.before == {"flag_threshold": default_threshold()} and entry.after == {"flag_threshold": 0.05}
    assert entry.user == users["manager"]
    assert Document.objects.get(pk=flagged.pk).revision > revision  # cached pages are dropped
    after = DocumentScore.objects.get(document=flagged)
    assert after.flags_by_category == {HIGH[1]: 1, LOW[1]: 1} and not after.stale


def test_setting_the_same_value_records_nothing(flagged, users):
    set_flag_threshold(project=flagged.project, user=users["manager"], threshold=default_threshold())
    assert not Revision.objects.filter(action="flag_threshold").exists()


@pytest.mark.parametrize("role", ["reviewer", "translator", "outsider"])
def test_only_a_manager_sets_it(flagged, users, role):
    with pytest.raises(PermissionDenied):
        set_flag_threshold(project=flagged.project, user=users[role], threshold=0.2)
    assert Project.objects.get(pk=flagged.project_id).flag_threshold == default_threshold()


@pytest.mark.parametrize("value", [-0.1, 1.5, math.nan, "high", None])
def test_a_value_outside_zero_to_one_is_refused(flagged, users, value):
    with pytest.raises(InvalidInput):
        set_flag_threshold(project=flagged.project, user=users["manager"], threshold=value)
    assert Project.objects.get(pk=flagged.project_id).flag_threshold == default_threshold()
