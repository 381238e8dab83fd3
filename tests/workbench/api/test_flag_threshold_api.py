"""The flag confidence threshold through the API: read with the project, set by managers; the
segments API keeps every flag with its confidence and filters by confidence when asked."""

from __future__ import annotations

import pytest

from alignment.checks.confidence import confidence, default_threshold
from tests.workbench.conftest import client_for
from tests.workbench.selectors.test_flag_confidence import HIGH, LOW, make_flag
from workbench.models import Flag, Project, Revision


def test_the_project_reads_its_threshold(project, users):
    body = client_for(users["translator"]).get(f"/api/projects/{project.pk}/").json()
    assert body["flag_threshold"] == pytest.approx(default_threshold())


def test_a_manager_sets_it_and_the_documents_record_it(doc, users):
    url = f"/api/projects/{doc.project_id}/"
    answer = client_for(users["manager"]).patch(url, {"flag_threshold": 0.2}, format="json")
    assert answer.status_code == 200, answer.content
    assert answer.json()["flag_threshold"] == 0.2
    assert Project.objects.get(pk=doc.project_id).flag_threshold == 0.2
    assert Revision.objects.filter(document=doc, action="flag_threshold").count() == 1


@pytest.mark.parametrize("role, status", [("reviewer", 403), ("translator", 403), ("outsider", 404)])
def test_others_may_not(doc, users, role, status):
    url = f"/api/projects/{doc.project_id}/"
    answer = client_for(users[role]).patch(url, {"flag_threshold": 0.2}, format="json")
    assert answer.status_code == status
    assert Project.objects.get(pk=doc.project_id).flag_threshold == default_threshold()


@pytest.mark.parametrize("value", [-0.5, 2, "often"])
def test_a_bad_value_is_400(doc, users, value):
    url = f"/api/projects/{doc.project_id}/"
    answer = client_for(users["manager"]).patch(url, {"flag_threshold": value}, format="json")
    assert answer.status_code == 400
    assert "flag_threshold" in answer.json()


def test_the_other_fields_stay_read_only(doc, users):
    url = f"/api/projects/{doc.project_id}/"
    answer = client_for(users["manager"]).patch(url, {"name": "Renamed"}, format="json")
    assert answer.status_code == 200
    assert Project.objects.get(pk=doc.project_id).name != "Renamed"


def test_segments_keep_every_flag_unless_a_minimum_is_asked(doc, users):
    first = doc.segments.order_by("index").first()
    high, low = make_flag(first, HIGH), make_flag(first, LOW)
    client = client_for(users["reviewer"])
    url = f"/api/documents/{doc.pk}/segments/"
    flags = client.get(url).json()["results"][0]["flags"]
    assert {f["id"]: f["confidence"] for f in flags} == {
        high.pk: confidence(*HIGH),
        low.pk: confidence(*LOW),
    }
    cut = (confidence(*HIGH) + confidence(*LOW)) / 2
    flags = client.get(url, {"min_flag_confidence": cut}).json()["results"][0]["flags"]
    assert [f["id"] for f in flags] == [high.pk]
    assert client.get(url, {"min_flag_confidence": "x"}).status_code == 400


def test_a_row_whose_only_flags_are_hidden_is_approvable_and_approved_with_them(doc, users):
    """Bulk approval counts and approves it; one row's approval asks no acknowledgement and
    answers the row with the hidden flag still there, with its confidence."""
    first, _, _, last = doc.segments.order_by("index")
    low = make_flag(first, LOW)
    Flag.objects.filter(pk=low.pk).update(severity="major")
    client = client_for(users["reviewer"])
    url = f"/api/documents/{doc.pk}/approve/"
    assert client.get(url).json() == {"approvable": 2}
    answer = client.post(f"/api/segments/{first.pk}/approve/", {"version": first.version}, format="json")
    assert answer.status_code == 200, answer.content
    assert [(f["id"], f["confidence"]) for f in answer.json()["flags"]] == [(low.pk, confidence(*LOW))]
    make_flag(last, HIGH)
    assert client.get(url).json() == {"approvable": 0}
    assert client.post(url, {}, format="json").json() == {"approved": 0}


def test_a_shown_major_flag_is_the_only_one_the_warning_lists(doc, users):
    first = doc.segments.order_by("index").first()
    high, low = make_flag(first, HIGH), make_flag(first, LOW)
    Flag.objects.filter(pk__in=[high.pk, low.pk]).update(severity="major")
    answer = client_for(users["reviewer"]).post(
        f"/api/segments/{first.pk}/approve/", {"version": first.version}, format="json"
    )
    assert answer.status_code == 409
    assert [f["id"] for f in answer.json()["open_flags"]] == [high.pk]
