"""POST /api/projects/<id>/terms/ validates its body whole: a clear 400, never a 500, nothing saved."""

from __future__ import annotations

import json

import pytest

from tests.workbench.conftest import client_for
from workbench.models import Term


@pytest.mark.parametrize(
    "body",
    [
        {"source": "外交部", "target": "外務\x00省"},  # PostgreSQL refuses NUL characters
        {"source": "外交部", "target": "外務\ud800省"},  # a lone surrogate cannot be stored as UTF-8
        {"source": "外" * 201, "target": "外務省"},  # longer than the column
        {"source": "外交部", "target": "外務省", "forbidden": "外交省"},  # not a list
        {"source": "外交部", "target": "外務省", "forbidden": [["外交省"]]},  # stored as its repr before
        {"source": {"zh": "外交部"}, "target": "外務省"},
        [{"source": "外交部", "target": "外務省"}],  # an array instead of one term
    ],
)
def test_bad_term_bodies_are_400(project, users, body):
    response = client_for(users["manager"]).post(
        f"/api/projects/{project.pk}/terms/", json.dumps(body), content_type="application/json"
    )
    assert response.status_code == 400, response.content
    assert not Term.objects.exists()


def test_a_term_is_saved_and_answered_whole(project, users):
    body = {"source": " 外交部 ", "target": "外務省", "forbidden": ["外交省"]}
    response = client_for(users["manager"]).post(f"/api/projects/{project.pk}/terms/", body, format="json")
    assert response.status_code == 201
    term = Term.objects.get()
    assert response.json() == {
        "id": term.pk,
        "source": "外交部",
        "target": "外務省",
        "forbidden": ["外交省"],
        "note": "",
    }
