"""Input an attacker or a broken script sends: a 400 with a message, never a 500, nothing stored.

The NUL byte cases matter on PostgreSQL, which refuses NUL in text; run them there too
(DATABASE_URL=postgres://...)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from tests.workbench.conftest import client_for
from workbench.models import Flag, Project, Segment, Term
from workbench.services.errors import InvalidInput
from workbench.services.segments import MAX_TARGET_CHARS, update_target_text

NUL = "a\x00b"


@pytest.fixture
def segment(rendering) -> Segment:
    return Segment.objects.filter(document=rendering).order_by("index").first()


@pytest.mark.parametrize("param", ["q", "category", "state", "severity"])
def test_nul_in_a_row_filter(rendering, users, param):
    response = client_for(users["reviewer"]).get(f"/api/documents/{rendering.pk}/segments/", {param: NUL})
    assert response.status_code == 400
    assert "NUL" in response.json()["detail"]


def test_nul_in_the_review_page_filters(rendering, users):
    client = Client()
    client.force_login(users["reviewer"])
    response = client.get(f"/documents/{rendering.pk}/", {"q": NUL})
    assert response.status_code == 400


def test_nul_in_a_username_for_a_token(db):
    response = Client().post(
        "/api/auth/token/", {"username": NUL, "password": "x"}, content_type="application/json"
    )
    assert response.status_code == 400


def test_nul_in_a_username_on_the_login_page(db):
    response = Client().post("/accounts/login/", {"username": NUL, "password": "x"})
    assert response.status_code == 400


def test_nul_in_a_member_name(project, users):
    client = client_for(users["manager"])
    assert (
        client.post(f"/api/projects/{project.pk}/members/", {"username": NUL, "role": "reviewer"}).status_code
        == 400
    )
    assert client.delete(f"/api/projects/{project.pk}/members/?username=a%00b").status_code == 400


@pytest.mark.parametrize("field", ["source", "target", "note"])
def test_nul_in_a_term(project, users, field):
    body = {"source": "长宁区", "target": "長寧区", "note": "", field: NUL}
    response = client_for(users["manager"]).post(f"/api/projects/{project.pk}/terms/", body, format="json")
    assert response.status_code == 400
    assert not Term.objects.exists()


def test_nul_in_a_forbidden_form(project, users):
    body = {"source": "长宁区", "target": "長寧区", "forbidden": [NUL]}
    response = client_for(users["manager"]).post(f"/api/projects/{project.pk}/terms/", body, format="json")
    assert response.status_code == 400 and not Term.objects.exists()


def test_a_term_source_over_200_characters(project, users):
    body = {"source": "长" * 201, "target": "長"}
    response = client_for(users["manager"]).post(f"/api/projects/{project.pk}/terms/", body, format="json")
    assert response.status_code == 400 and "200" in str(response.json())
    assert not Term.objects.exists()


@pytest.mark.parametrize("body", [[], [{"source": "长宁区", "target": "長寧区"}], "长宁区", 7])
def test_a_terms_body_that_is_not_an_object(project, users, body):
    response = client_for(users["manager"]).post(f"/api/projects/{project.pk}/terms/", body, format="json")
    assert response.status_code == 400 and not Term.objects.exists()


@pytest.mark.parametrize("value", [["长宁区"], {"zh": "长宁区"}, True])
def test_term_fields_that_are_not_strings_are_refused_not_stored_as_repr(project, users, value):
    for field in ("source", "target", "note"):
        body = {"source": "长宁区", "target": "長寧区", field: value}
        response = client_for(users["manager"]).post(
            f"/api/projects/{project.pk}/terms/", body, format="json"
        )
        assert response.status_code == 400, field
    assert not Term.objects.exists()


def test_nul_in_a_project_name(users):
    users["manager"].user_permissions.add(Permission.objects.get(codename="add_project"))
    client = Client()
    client.force_login(users["manager"])
    for form in ({"name": NUL, "slug": "x"}, {"name": "Ok", "slug": "ok", "description": NUL}):
        response = client.post("/projects/new/", form)
        assert response.status_code == 400
    assert not Project.objects.filter(slug__in=["x", "ok"]).exists()


@pytest.mark.parametrize(
    "span",
    [(0, 2**31), (2**40, 2**40 + 1), (-1, 2), (5, 2), (0, 10**6)],
)
def test_issue_spans_outside_the_target(segment, users, span):
    body = {"category": "accuracy", "severity": "minor", "message": "x", "start": span[0], "end": span[1]}
    response = client_for(users["reviewer"]).post(f"/api/segments/{segment.pk}/issues/", body, format="json")
    assert response.status_code == 400
    assert not Flag.objects.filter(origin=Flag.Origin.REVIEWER).exists()


@pytest.mark.parametrize(
    "query",
    [
        {"since": "2024-13-45"},
        {"since": "2024-02-30T10:00:00"},
        {"until": "x\x00"},
        {"document": "abc"},
        {"document": "99999999999999999999"},
        {"min_score": "nan"},
    ],
)
def test_bad_export_parameters(imported, users, query):
    response = client_for(users["manager"]).get(f"/api/projects/{imported.pk}/export/", query)
    assert response.status_code == 400, response.content[:200]


def test_an_edit_over_the_segment_limit_is_refused_and_loses_nothing(segment, users):
    before = segment.target_text
    body = {"target_text": "長" * (MAX_TARGET_CHARS + 1), "version": segment.version}
    response = client_for(users["translator"]).patch(f"/api/segments/{segment.pk}/", body, format="json")
    assert response.status_code == 400 and "10000" in str(response.json())
    segment.refresh_from_db()
    assert segment.target_text == before


def test_the_service_refuses_an_edit_over_the_limit(segment, users):
    with pytest.raises(InvalidInput, match="10,000"):
        update_target_text(
            segment=segment,
            user=users["translator"],
            target_text="長" * (MAX_TARGET_CHARS + 1),
            version=segment.version,
        )
