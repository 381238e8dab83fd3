"""Track changes through the API: the history and a conflict say what changed, not only the texts."""

from __future__ import annotations

from tests.workbench.conftest import client_for
from workbench.models import Segment


def _row(document) -> Segment:
    return Segment.objects.filter(document=document, kind="content").exclude(target_text="").first()


def test_history_entries_carry_the_change(rendering, users):
    seg = _row(rendering)
    client = client_for(users["translator"])
    old = seg.target_text
    res = client.patch(
        f"/api/segments/{seg.pk}/", {"target_text": old + "追加", "version": seg.version}, format="json"
    )
    assert res.status_code == 200
    client_for(users["reviewer"]).post(
        f"/api/segments/{seg.pk}/approve/", {"version": res.json()["version"]}, format="json"
    )
    history = client.get(f"/api/segments/{seg.pk}/history/").json()["results"]
    approve, edit = history[0], history[1]
    assert approve["action"] == "approve" and approve["diff"] is None
    assert edit["action"] == "edit"
    assert edit["diff"] == [["equal", old], ["insert", "追加"]]


def test_a_conflict_shows_their_text_against_mine(rendering, users):
    seg = _row(rendering)
    Segment.objects.filter(pk=seg.pk).update(target_text="彼の訳です。", version=seg.version + 1)
    res = client_for(users["translator"]).patch(
        f"/api/segments/{seg.pk}/", {"target_text": "私の訳です。", "version": seg.version}, format="json"
    )
    assert res.status_code == 409
    assert res.json()["diff"] == [["delete", "彼"], ["insert", "私"], ["equal", "の訳です。"]]
    assert Segment.objects.get(pk=seg.pk).target_text == "彼の訳です。"
