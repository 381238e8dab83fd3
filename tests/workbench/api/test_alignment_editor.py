"""Linking any Chinese sentence with any Japanese sentence within a window (issue 23, item 6)."""

from __future__ import annotations

import pytest

from tests.workbench.conftest import SNOW_ROWS, client_for
from workbench.models import Revision, Segment, Sentence
from workbench.services import alignment_edits


@pytest.fixture
def sentences(doc):
    for i, (zh, ja, _) in enumerate(SNOW_ROWS):
        Sentence.objects.create(document=doc.source, index=i, text=zh, start=0, end=len(zh))
        if ja:
            Sentence.objects.create(document=doc, index=i, text=ja, start=0, end=len(ja))
    return doc


def _layout(doc) -> list[tuple[list[int], list[int], str]]:
    return [(s.source_sentences, s.target_sentences, s.link_type) for s in doc.segments.order_by("index")]


def test_link_two_sentences_three_rows_apart(sentences, users):
    doc = sentences
    first = doc.segments.get(index=0)
    api = client_for(users["translator"])
    url = f"/api/segments/{first.pk}/link/"
    refused = api.post(
        url, {"version": first.version, "source_sentence": 0, "target_sentence": 3}, format="json"
    )
    assert refused.status_code == 400 and "row 2 was edited or approved" in refused.json()["detail"]
    assert _layout(doc)[0] == ([0], [0], "1-1")  # nothing changed
    doc.segments.filter(index__in=(1, 2)).update(state="draft")
    r = api.post(url, {"version": first.version, "source_sentence": 0, "target_sentence": 3}, format="json")
    assert (
        r.status_code == 200 and r.json()["source_sentences"] == [0] and r.json()["target_sentences"] == [3]
    )
    # The Japanese that came before the new link stands alone before it; the Chinese after, after it.
    assert _layout(doc) == [
        ([], [0], "0-1"),
        ([], [1], "0-1"),
        ([0], [3], "1-1"),
        ([1], [], "1-0"),
        ([2], [], "1-0"),
        ([3], [], "1-0"),
    ]
    link = doc.segments.get(index=2)
    assert link.confidence == alignment_edits.BY_HAND
    assert link.source_text == SNOW_ROWS[0][0] and link.target_text == SNOW_ROWS[3][1]
    revision = Revision.objects.get(action="link")
    assert len(revision.before["rows"]) == 4 and len(revision.after["rows"]) == 6


def test_linking_is_bounded_and_checked(sentences, users, monkeypatch):
    doc = sentences
    doc.segments.update(state="draft")
    first = doc.segments.get(index=0)
    api = client_for(users["translator"])
    url = f"/api/segments/{first.pk}/link/"
    monkeypatch.setattr(alignment_edits, "LINK_WINDOW", 2)
    far = api.post(url, {"version": first.version, "source_sentence": 0, "target_sentence": 3}, format="json")
    assert far.status_code == 400 and "within 2 rows" in far.json()["detail"]
    other = api.post(
        url, {"version": first.version, "source_sentence": 1, "target_sentence": 1}, format="json"
    )
    assert other.status_code == 400 and "one of this row's" in other.json()["detail"]
    same = api.post(
        url, {"version": first.version, "source_sentence": 0, "target_sentence": 0}, format="json"
    )
    assert same.status_code == 400
    stale = api.post(
        url, {"version": first.version + 1, "source_sentence": 0, "target_sentence": 1}, format="json"
    )
    assert stale.status_code == 409
    assert (
        client_for(users["outsider"])
        .post(url, {"version": 1, "source_sentence": 0, "target_sentence": 1})
        .status_code
        == 404
    )
    assert Segment.objects.filter(document=doc).count() == len(SNOW_ROWS)


def test_the_candidates_are_the_japanese_sentences_nearby(sentences, users):
    doc = sentences
    first = doc.segments.get(index=0)
    data = client_for(users["translator"]).get(f"/api/segments/{first.pk}/link/candidates/").json()
    assert data["source"] == [{"index": 0, "text": SNOW_ROWS[0][0]}]
    assert [[t["text"] for t in row["target"]] for row in data["rows"]] == [
        [SNOW_ROWS[i][1]] for i in (0, 1, 3)
    ]


def _link_first_with_last(doc, api) -> dict:
    """Link the first row's Chinese with the last row's Japanese, three rows down."""
    first = doc.segments.get(index=0)
    return api.post(
        f"/api/segments/{first.pk}/link/",
        {"version": first.version, "source_sentence": 0, "target_sentence": 3},
        format="json",
    ).json()


def test_a_link_is_undone_from_its_history(sentences, users):
    doc = sentences
    doc.segments.update(state="draft")
    doc.segments.filter(index=3).update(confidence=0.42)
    before = _layout(doc)
    api = client_for(users["translator"])
    link = _link_first_with_last(doc, api)
    revision = Revision.objects.get(action="link")
    r = api.post(
        f"/api/segments/{link['id']}/undo-link/",
        {"version": link["version"], "revision": revision.pk},
        format="json",
    )
    assert r.status_code == 200 and _layout(doc) == before
    assert doc.segments.get(index=3).confidence == 0.42  # the aligner's figure comes back with its row
    assert Revision.objects.filter(action="undo-link").count() == 1


def test_an_undo_refuses_when_the_made_rows_changed(sentences, users):
    doc = sentences
    doc.segments.update(state="draft")
    api = client_for(users["translator"])
    link = _link_first_with_last(doc, api)
    gap = doc.segments.get(index=3)
    api.patch(
        f"/api/segments/{gap.pk}/", {"target_text": "補った訳。", "version": gap.version}, format="json"
    )
    revision = Revision.objects.get(action="link")
    r = api.post(
        f"/api/segments/{link['id']}/undo-link/",
        {"version": link["version"], "revision": revision.pk},
        format="json",
    )
    assert r.status_code == 400 and "changed since" in r.json()["detail"]
    assert doc.segments.get(index=3).target_text == "補った訳。"


def test_a_split_is_undone_through_the_api(sentences, users):
    doc = sentences
    doc.segments.update(state="draft")
    before = _layout(doc)
    api = client_for(users["translator"])
    row = doc.segments.get(index=1)
    merged = api.post(f"/api/segments/{row.pk}/merge/", {"version": row.version}, format="json").json()
    split = api.post(
        f"/api/segments/{row.pk}/split/",
        {"version": merged["version"], "side": "source", "offset": len(SNOW_ROWS[1][0])},
        format="json",
    ).json()
    assert len(_layout(doc)) == len(before)
    r = api.post(
        f"/api/segments/{row.pk}/undo-alignment/",
        {"version": split["version"], "revision": Revision.objects.get(action="split").pk},
        format="json",
    )
    assert r.status_code == 200 and r.json()["id"] == row.pk and r.json()["link_type"] == "2-1"
    merge = Revision.objects.get(action="merge")
    r = api.post(
        f"/api/segments/{row.pk}/undo-alignment/",
        {"version": r.json()["version"], "revision": merge.pk},
        format="json",
    )
    assert r.status_code == 200 and len(r.json()["new_rows"]) == 1
    assert _layout(doc) == before
    # Merged again and edited since: the undo would lose the edit, so it is refused.
    merged = api.post(
        f"/api/segments/{row.pk}/merge/", {"version": r.json()["version"]}, format="json"
    ).json()
    edited = api.patch(
        f"/api/segments/{row.pk}/", {"target_text": "直した訳。", "version": merged["version"]}, format="json"
    ).json()
    again = Revision.objects.filter(action="merge").latest("id")
    refused = api.post(
        f"/api/segments/{row.pk}/undo-alignment/",
        {"version": edited["version"], "revision": again.pk},
        format="json",
    )
    assert refused.status_code == 409 and "changed since" in refused.json()["reason"]
    assert refused.json()["current"]["target_text"] == "直した訳。"
    assert client_for(users["outsider"]).post(
        f"/api/segments/{row.pk}/undo-alignment/",
        {"version": edited["version"], "revision": again.pk},
        format="json",
    ).status_code in (403, 404)
