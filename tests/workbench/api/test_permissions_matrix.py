"""Role × action × membership over the API: non-members see nothing (404), roles are cumulative (403)."""

import pytest
from rest_framework.test import APIClient

from tests.workbench.conftest import client_for
from workbench.models import Segment

# action -> least role allowed (None: any member)
ACTIONS = {
    "list_segments": None,
    "edit": "translator",
    "fix": "translator",
    "comment": "translator",
    "approve": "reviewer",
    "reject": "reviewer",
    "dismiss": "reviewer",
    "export": "reviewer",
    "import": "manager",
}
RANK = {"translator": 1, "reviewer": 2, "manager": 3}


def perform(client, action, seg, project):
    if action == "list_segments":
        return client.get(f"/api/documents/{seg.document_id}/segments/")
    if action == "edit":
        return client.patch(
            f"/api/segments/{seg.pk}/", {"target_text": "訳。", "version": seg.version}, format="json"
        )
    if action == "fix":
        flag = seg.flags.filter(has_fix=True).first()
        return client.post(f"/api/flags/{flag.pk}/fix/", {"version": seg.version}, format="json")
    if action == "comment":
        return client.post(f"/api/segments/{seg.pk}/comments/", {"body": "c"}, format="json")
    if action in ("approve", "reject"):
        # acknowledged: whatever the checks found on the row, the question here is the role
        body = {"version": seg.version, "acknowledged": True}
        return client.post(f"/api/segments/{seg.pk}/{action}/", body, format="json")
    if action == "dismiss":
        return client.post(f"/api/flags/{seg.flags.first().pk}/dismiss/", {"reason": "r"}, format="json")
    if action == "export":
        return client.get(f"/api/projects/{project.pk}/export/?format=tsv")
    if action == "import":
        return client.post(f"/api/projects/{project.pk}/imports/", {}, format="multipart")
    raise AssertionError(action)


@pytest.mark.parametrize("role", ["manager", "reviewer", "translator", "outsider"])
@pytest.mark.parametrize("action", list(ACTIONS))
def test_matrix(rendering, users, role, action):
    seg = Segment.objects.filter(document=rendering, flags__has_fix=True, kind="content").first()
    response = perform(client_for(users[role]), action, seg, rendering.project)
    least = ACTIONS[action]
    if role == "outsider":
        assert response.status_code == 404
    elif least is None or RANK[role] >= RANK[least]:
        assert response.status_code in (200, 201, 202, 400), response.content  # 400: empty upload
    else:
        assert response.status_code == 403


def test_anonymous_gets_401_or_403(rendering):
    assert APIClient().get(f"/api/documents/{rendering.pk}/segments/").status_code in (401, 403)
