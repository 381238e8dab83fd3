"""Track changes through the API: the history and a conflict say what changed, not only the texts."""

from __future__ import annotations

from django.test import Client

from alignment.diff import diff
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
        f"/api/segments/{seg.pk}/approve/",
        {"version": res.json()["version"], "acknowledged": True},
        format="json",
    )
    history = client.get(f"/api/segments/{seg.pk}/history/").json()["results"]
    approve, edit = history[0], history[1]
    assert approve["action"] == "approve" and approve["diff"] is None
    assert edit["action"] == "edit"
    assert edit["diff"] == [["equal", old], ["insert", "追加"]]


def test_any_earlier_version_is_compared_with_the_current_text(rendering, users):
    seg = _row(rendering)
    imported = seg.target_text
    client = client_for(users["translator"])
    version = seg.version
    for text in ("東京で会議を開いた。", "東京で会議を開いた後、", "大阪で会議を開いた後、帰った。"):
        version = client.patch(
            f"/api/segments/{seg.pk}/", {"target_text": text, "version": version}, format="json"
        ).json()["version"]
    client.post(f"/api/segments/{seg.pk}/comments/", {"body": "確認済み"}, format="json")
    comment, third, second, first = client.get(f"/api/segments/{seg.pk}/history/").json()["results"]
    assert comment["to_current"] is None  # a comment holds no version of the text
    assert third["to_current"] == [["equal", "大阪で会議を開いた後、帰った。"]]
    # The first version against the current text: both later edits at once, not one by one.
    assert first["to_current"] == [
        ["delete", "東京"],
        ["insert", "大阪"],
        ["equal", "で会議を開いた"],
        ["insert", "後、帰った"],
        ["equal", "。"],
    ]
    # And the text before the first change (as imported) against the current one.
    assert first["before_to_current"] == [
        list(run) for run in diff(imported, "大阪で会議を開いた後、帰った。")
    ]
    assert comment["before_to_current"] is None
    assert second["diff"] == [["equal", "東京で会議を開いた"], ["delete", "。"], ["insert", "後、"]]


def test_a_conflict_shows_their_text_against_mine(rendering, users):
    seg = _row(rendering)
    Segment.objects.filter(pk=seg.pk).update(target_text="彼の訳です。", version=seg.version + 1)
    res = client_for(users["translator"]).patch(
        f"/api/segments/{seg.pk}/", {"target_text": "私の訳です。", "version": seg.version}, format="json"
    )
    assert res.status_code == 409
    assert res.json()["diff"] == [["delete", "彼"], ["insert", "私"], ["equal", "の訳です。"]]
    assert Segment.objects.get(pk=seg.pk).target_text == "彼の訳です。"


def test_show_changes_and_exports_with_changes(rendering, users):
    seg = _row(rendering)
    Segment.objects.filter(pk=seg.pk).update(
        mt_text="東京で会議を開いた。", target_text="大阪で会議を開いた。"
    )
    client = Client()
    client.force_login(users["reviewer"])
    html = client.get(f"/documents/{rendering.pk}/changes/").content.decode()
    assert "<del>東京</del><ins>大阪</ins>で会議を開いた。" in html
    assert f"#seg-{seg.pk}" in html
    article = client.get(f"/documents/{rendering.pk}/corrected.txt?changes=1")
    assert "[-東京-]{+大阪+}で会議を開いた。" in article.content.decode()
    assert "changes.txt" in article["Content-Disposition"]
    assert "{+" not in client.get(f"/documents/{rendering.pk}/corrected.txt").content.decode()
    sheet = b"".join(client.get(f"/documents/{rendering.pk}/bilingual.csv").streaming_content).decode(
        "utf-8-sig"
    )
    assert "[-東京-]{+大阪+}で会議を開いた。" in sheet
    translator = Client()
    translator.force_login(users["translator"])
    assert translator.get(f"/documents/{rendering.pk}/changes/").status_code == 200
