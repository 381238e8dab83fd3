"""Work assignment: translator → reviewer → done, each step in the document's history."""

from __future__ import annotations

import pytest
from django.test import Client

from workbench.models import Revision
from workbench.permissions import PermissionDenied
from workbench.services import assignment
from workbench.services.errors import InvalidInput


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_assign_hand_off_and_my_work(rendering, users):
    slug = rendering.project.slug
    manager = _client(users["manager"])
    manager.post(
        f"/projects/{slug}/documents/{rendering.pk}/assign/",
        {"translator": "translator", "reviewer": "reviewer"},
    )
    rendering.refresh_from_db()
    assert rendering.assigned_translator == users["translator"] and rendering.work_status == "to_translate"
    translator, reviewer = _client(users["translator"]), _client(users["reviewer"])
    assert rendering.name in translator.get("/").content.decode()  # my work
    assert 'id="my-work"' not in reviewer.get("/").content.decode()
    # The reviewer cannot hand on the translator's part.
    page = reviewer.post(f"/projects/{slug}/documents/{rendering.pk}/hand-off/", follow=True).content.decode()
    assert "only the assigned person" in page
    translator.post(f"/projects/{slug}/documents/{rendering.pk}/hand-off/")
    rendering.refresh_from_db()
    assert rendering.work_status == "to_review"
    assert rendering.name in reviewer.get("/").content.decode()
    assert 'id="my-work"' not in translator.get("/").content.decode()
    reviewer.post(f"/projects/{slug}/documents/{rendering.pk}/hand-off/")
    rendering.refresh_from_db()
    assert rendering.work_status == "done"
    steps = list(
        Revision.objects.filter(document=rendering, segment=None, action__in=("assign", "hand-off"))
        .order_by("id")
        .values_list("action", "after")
    )
    assert [a for a, _ in steps] == ["assign", "hand-off", "hand-off"]
    assert steps[1][1]["work_status"] == "to_review" and steps[2][1]["work_status"] == "done"
    with pytest.raises(InvalidInput):
        assignment.hand_off(document=rendering, user=users["manager"])


def test_only_managers_assign_and_only_members_fit(rendering, users):
    with pytest.raises(PermissionDenied):
        assignment.assign(document=rendering, user=users["reviewer"], translator="translator", reviewer="")
    with pytest.raises(InvalidInput):  # a translator is no reviewer
        assignment.assign(document=rendering, user=users["manager"], translator="", reviewer="translator")
    with pytest.raises(InvalidInput):
        assignment.assign(document=rendering, user=users["manager"], translator="outsider", reviewer="")
