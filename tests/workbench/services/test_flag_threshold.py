"""A project's flag confidence threshold: who may set it, what it records, the MQM estimate it
changes, and the approvals the flags it hides no longer hold back."""

from __future__ import annotations

import math

import pytest

from alignment.checks.confidence import confidence, default_threshold
from tests.workbench.selectors.test_flag_confidence import HIGH, LOW, make_flag
from workbench.models import Document, DocumentScore, Flag, Project, Revision, Segment, SegmentState
from workbench.permissions import PermissionDenied
from workbench.selectors.flags import unflagged_rows
from workbench.services import scores, segments
from workbench.services.errors import InvalidInput, OpenFlags
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


# Approval: a flag the review page hides neither holds a row back nor asks for an acknowledgement;
# the revision says it was open.


def _major(segment: Segment, code_category: tuple[str, str]) -> Flag:
    flag = make_flag(segment, code_category)
    Flag.objects.filter(pk=flag.pk).update(severity="major")
    flag.severity = "major"
    return flag


def test_a_hidden_major_flag_lets_the_row_be_approved_and_the_revision_names_it(doc, users):
    first = doc.segments.order_by("index").first()
    low = _major(first, LOW)
    fresh = segments.approve(segment=first, user=users["reviewer"], version=first.version)
    assert fresh.state == SegmentState.APPROVED
    entry = Revision.objects.get(segment=first, action="approve")
    assert entry.after["hidden_open_flags"] == [
        {"id": low.pk, "code": LOW[0], "severity": "major", "confidence": confidence(*LOW)}
    ]


def test_a_shown_major_flag_still_asks_and_the_warning_lists_only_what_is_shown(doc, users):
    first = doc.segments.order_by("index").first()
    high, _ = _major(first, HIGH), _major(first, LOW)
    with pytest.raises(OpenFlags) as refused:
        segments.approve(segment=first, user=users["reviewer"], version=first.version)
    assert [f.pk for f in refused.value.flags] == [high.pk]
    segments.approve(segment=first, user=users["reviewer"], version=first.version, acknowledged=True)
    assert [f["code"] for f in Revision.objects.get(action="approve").after["hidden_open_flags"]] == [LOW[0]]


def test_an_approval_without_hidden_flags_records_none(doc, users):
    first = doc.segments.order_by("index").first()
    segments.approve(segment=first, user=users["reviewer"], version=first.version)
    assert "hidden_open_flags" not in Revision.objects.get(action="approve").after


def test_with_every_flag_shown_a_low_major_flag_asks_again(doc, users):
    first = doc.segments.order_by("index").first()
    _major(first, LOW)
    Project.objects.filter(pk=doc.project_id).update(flag_threshold=0.0)
    first = Segment.objects.select_related("document__project").get(pk=first.pk)
    with pytest.raises(OpenFlags):
        segments.approve(segment=first, user=users["reviewer"], version=first.version)


def test_approving_the_unflagged_rows_passes_over_hidden_flags_only(doc, users):
    first, _, _, last = doc.segments.order_by("index")
    low = make_flag(first, LOW)
    make_flag(last, HIGH)
    assert list(unflagged_rows(doc).values_list("pk", flat=True)) == [first.pk]
    assert segments.approve_unflagged(document=doc, user=users["reviewer"]) == 1
    assert Segment.objects.get(pk=first.pk).state == SegmentState.APPROVED
    assert Segment.objects.get(pk=last.pk).state == SegmentState.DRAFT
    entry = Revision.objects.get(segment=first, action="approve")
    assert [f["id"] for f in entry.after["hidden_open_flags"]] == [low.pk]


def test_with_every_flag_shown_no_flagged_row_is_approved_in_one_go(doc, users):
    first, _, _, last = doc.segments.order_by("index")
    make_flag(first, LOW)
    make_flag(last, HIGH)
    Project.objects.filter(pk=doc.project_id).update(flag_threshold=0.0)
    doc = Document.objects.select_related("project").get(pk=doc.pk)
    assert not unflagged_rows(doc).exists()
    assert segments.approve_unflagged(document=doc, user=users["reviewer"]) == 0
