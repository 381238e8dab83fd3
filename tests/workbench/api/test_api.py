import itertools

import pytest
from django.db.models import F
from django.utils import translation
from rest_framework.test import APIClient

from alignment.checks.confidence import confidence
from tests.workbench.conftest import client_for
from tests.workbench.i18n import description_ja
from workbench.api.review.serializers import SegmentSerializer
from workbench.models import Document, Flag, Revision, Segment, TranslationUnit
from workbench.selectors.flags import alike_open_flags, flagged_text, unflagged_rows
from workbench.selectors.projects import document_segments
from workbench.services import alignment_edits
from workbench.services import segments as review_service
from workbench.services import segments as service
from workbench.services.checks import check_document
from workbench.services.segments import (
    dismiss_flag,
    fixed_text,
    reject,
    replace_in_document,
    update_target_text,
)


def flagged_segment(rendering) -> Segment:
    return Segment.objects.filter(document=rendering, flags__isnull=False, kind="content").first()


def test_token_auth_and_anonymous_refusal(users):
    client = APIClient()
    assert client.get("/api/projects/").status_code in (401, 403)
    token = client.post(
        "/api/auth/token/", {"username": "reviewer", "password": "pw-reviewer"}, format="json"
    )
    assert token.status_code == 200
    client.credentials(HTTP_AUTHORIZATION="Token " + token.json()["token"])
    assert client.get("/api/projects/").status_code == 200
    assert (
        APIClient()
        .post("/api/auth/token/", {"username": "reviewer", "password": "no"}, format="json")
        .status_code
        == 400
    )


def test_lists_are_paginated_and_segments_have_the_contract_fields(rendering, users):
    client = client_for(users["translator"])
    docs = client.get(f"/api/documents/?project={rendering.project_id}").json()
    assert set(docs) == {"count", "next", "previous", "results"} and docs["count"] == 3
    page = client.get(f"/api/documents/{rendering.pk}/segments/?page_size=10").json()
    assert page["count"] > 10 and page["next"]
    seg = page["results"][0]
    assert {"id", "index", "source_text", "target_text", "mt_text", "state", "version", "flags"} <= set(seg)
    flagged = client.get(f"/api/documents/{rendering.pk}/segments/?category=number").json()["results"]
    assert flagged and all(any(f["category"] == "number" for f in s["flags"]) for s in flagged)
    assert {"id", "code", "category", "severity", "start", "end", "message", "status"} <= set(
        flagged[0]["flags"][0]
    )


@pytest.mark.parametrize(
    "query, field",
    [
        ("state=finished", "state"),
        ("max_confidence=1.5", "max_confidence"),
        ("max_confidence=low", "max_confidence"),
        ("link=sideways", "link"),
        ("min_flag_confidence=-1", "min_flag_confidence"),
    ],
)
def test_a_bad_filter_is_a_400_naming_it_not_an_empty_page(rendering, users, query, field):
    """The segments list reads its filters with the serializer the bulk approval uses, so both
    refuse the same values the same way."""
    answer = client_for(users["translator"]).get(f"/api/documents/{rendering.pk}/segments/?{query}")
    assert answer.status_code == 400
    assert field in answer.json()


def test_edit_conflict_and_approve(rendering, users):
    seg = flagged_segment(rendering)
    translator, reviewer = client_for(users["translator"]), client_for(users["reviewer"])
    r = translator.patch(
        f"/api/segments/{seg.pk}/", {"target_text": "新しい訳文です。", "version": seg.version}, format="json"
    )
    assert r.status_code == 200 and r.json()["version"] == seg.version + 1
    stale = reviewer.patch(
        f"/api/segments/{seg.pk}/", {"target_text": "別の訳。", "version": seg.version}, format="json"
    )
    assert stale.status_code == 409
    assert stale.json()["current"]["target_text"] == "新しい訳文です。"
    assert Segment.objects.get(pk=seg.pk).target_text == "新しい訳文です。"
    assert (
        reviewer.post(f"/api/segments/{seg.pk}/approve/", {"version": seg.version}, format="json").status_code
        == 409
    )
    ok = reviewer.post(
        f"/api/segments/{seg.pk}/approve/", {"version": seg.version + 1, "acknowledged": True}, format="json"
    )
    assert ok.status_code == 200 and ok.json()["state"] == "approved"
    actions = list(Revision.objects.filter(segment=seg).values_list("action", flat=True))
    assert actions[:2] == ["approve", "edit"]


def test_history_and_revert(rendering, users):
    seg = flagged_segment(rendering)
    client = client_for(users["translator"])
    client.patch(f"/api/segments/{seg.pk}/", {"target_text": "改訂。", "version": seg.version}, format="json")
    history = client.get(f"/api/segments/{seg.pk}/history/").json()["results"]
    edit = next(h for h in history if h["action"] == "edit")
    r = client.post(
        f"/api/segments/{seg.pk}/revert/", {"revision": edit["id"], "version": seg.version + 1}, format="json"
    )
    assert r.status_code == 200 and r.json()["target_text"] == seg.target_text


def test_dismissal_survives_recheck_but_not_a_text_change(rendering, users):
    seg = flagged_segment(rendering)
    flag = seg.flags.first()
    reviewer = client_for(users["reviewer"])
    assert (
        reviewer.post(
            f"/api/flags/{flag.pk}/dismiss/", {"reason": "names differ in this version"}, format="json"
        ).status_code
        == 200
    )
    check_document(rendering)
    assert Flag.objects.get(pk=flag.pk).status == "dismissed"
    seg.refresh_from_db()
    reviewer.patch(
        f"/api/segments/{seg.pk}/",
        {"target_text": seg.target_text + "追加", "version": seg.version},
        format="json",
    )
    assert (
        not Flag.objects.filter(segment=seg, status="dismissed", code=flag.code).exclude(pk=flag.pk).exists()
    )


def test_merge_split_unlink_keep_every_sentence_once(rendering, users):
    client = client_for(users["translator"])
    segs = list(Segment.objects.filter(document=rendering).order_by("index"))
    target = next(s for s in segs if s.source_sentences and s.target_sentences and s.kind == "content")

    def invariant():
        rows = Segment.objects.filter(document=rendering).order_by("index")
        assert [r.index for r in rows] == list(range(rows.count()))
        tgt = sorted(j for r in rows for j in r.target_sentences)
        assert tgt == sorted(j for s in segs for j in s.target_sentences)

    r = client.post(f"/api/segments/{target.pk}/merge/", {"version": target.version}, format="json")
    assert r.status_code == 200
    invariant()
    merged = Segment.objects.get(pk=target.pk)
    r = client.post(f"/api/segments/{merged.pk}/unlink/", {"version": merged.version}, format="json")
    assert (
        r.status_code == 200
        and r.json()["target_sentences"] == []
        and r.json()["new_rows"][0]["source_sentences"] == []
    )
    invariant()
    assert Revision.objects.filter(document=rendering, action__in=["merge", "split"]).count() == 2


def test_comments_issues_and_scores(rendering, users, django_capture_on_commit_callbacks):
    seg = flagged_segment(rendering)
    reviewer = client_for(users["reviewer"])
    assert (
        reviewer.post(
            f"/api/segments/{seg.pk}/comments/", {"body": "確認してください"}, format="json"
        ).status_code
        == 201
    )
    assert reviewer.get(f"/api/segments/{seg.pk}/comments/").json()[0]["body"] == "確認してください"
    before = reviewer.get(f"/api/documents/{rendering.pk}/scores/").json()
    assert {"mqm", "chrf", "ter"} <= set(before)
    with django_capture_on_commit_callbacks(execute=True):  # the background recomputation (eager Celery)
        r = reviewer.post(
            f"/api/segments/{seg.pk}/issues/",
            {"category": "mistranslation", "severity": "major", "message": "wrong sense"},
            format="json",
        )
    assert r.status_code == 201
    after = reviewer.get(f"/api/documents/{rendering.pk}/scores/").json()
    assert after["penalty"] == before["penalty"] + 5 and after["stale"] is False


def test_validation_errors_are_400(rendering, users):
    seg = flagged_segment(rendering)
    client = client_for(users["reviewer"])
    assert client.patch(f"/api/segments/{seg.pk}/", {"target_text": "x"}, format="json").status_code == 400
    assert (
        client.patch(
            f"/api/segments/{seg.pk}/", {"target_text": 5, "version": "a"}, format="json"
        ).status_code
        == 400
    )
    assert client.post(f"/api/flags/{seg.flags.first().pk}/dismiss/", {}, format="json").status_code == 400


def test_openapi_schema_generates(users):
    r = client_for(users["outsider"]).get("/api/schema/")
    assert r.status_code == 200 and b"/api/segments/{id}/approve/" in r.content


@pytest.mark.parametrize("page_size", [5, 50])
def test_segment_list_query_count_is_constant(rendering, users, django_assert_max_num_queries, page_size):
    client = client_for(users["reviewer"])
    with django_assert_max_num_queries(8):
        assert client.get(f"/api/documents/{rendering.pk}/segments/?page_size={page_size}").status_code == 200


def test_managers_manage_members(rendering, users):
    manager, reviewer = client_for(users["manager"]), client_for(users["reviewer"])
    url = f"/api/projects/{rendering.project_id}/members/"
    assert {m["username"] for m in reviewer.get(url).json()} == {"manager", "reviewer", "translator"}
    assert (
        reviewer.post(url, {"username": "outsider", "role": "translator"}, format="json").status_code == 403
    )
    assert manager.post(url, {"username": "outsider", "role": "translator"}, format="json").status_code == 200
    assert client_for(users["outsider"]).get(f"/api/documents/{rendering.pk}/segments/").status_code == 200
    assert manager.delete(url + "?username=outsider").status_code == 204
    assert manager.delete(url + "?username=manager").status_code == 400  # the last manager stays


def test_split_a_one_to_two_row(rendering, users):
    seg = Segment.objects.filter(document=rendering, kind="content").exclude(source_sentences=[]).first()
    client = client_for(users["translator"])
    nxt = Segment.objects.filter(document=rendering, index=seg.index + 1).first()
    merged = client.post(f"/api/segments/{seg.pk}/merge/", {"version": seg.version}, format="json").json()
    r = client.post(
        f"/api/segments/{seg.pk}/split/",
        {
            "version": merged["version"],
            "source_at": len(seg.source_sentences),
            "target_at": len(seg.target_sentences),
        },
        format="json",
    )
    assert r.status_code == 200
    assert r.json()["source_sentences"] == seg.source_sentences
    assert r.json()["new_rows"][0]["target_sentences"] == nxt.target_sentences


def _merged_pair(rendering, users):
    """Two linked content rows merged into one, the merged row fresh from the database."""
    rows = list(Segment.objects.filter(document=rendering).order_by("index"))
    seg, nxt = next(
        (a, b)
        for a, b in itertools.pairwise(rows)
        if all(r.kind == "content" and r.source_sentences and r.target_sentences for r in (a, b))
    )
    client = client_for(users["translator"])
    client.post(f"/api/segments/{seg.pk}/merge/", {"version": seg.version}, format="json")
    return client, seg, nxt, Segment.objects.get(pk=seg.pk)


def test_split_at_a_caret_in_the_japanese_splits_at_the_nearest_sentence_boundary(rendering, users):
    client, seg, nxt, merged = _merged_pair(rendering, users)
    caret = len(seg.target_text) + 1  # just inside the second row's first Japanese sentence
    r = client.post(
        f"/api/segments/{merged.pk}/split/",
        {"version": merged.version, "side": "target", "offset": caret},
        format="json",
    )
    assert r.status_code == 200, r.json()
    assert r.json()["target_sentences"] == seg.target_sentences
    assert r.json()["new_rows"][0]["target_sentences"] == nxt.target_sentences
    entry = Revision.objects.filter(segment=merged, action="split").latest("pk")
    assert entry.after["caret"] == {"side": "target", "offset": caret}


def test_split_at_a_caret_gives_a_clear_error(rendering, users):
    client, _, _, merged = _merged_pair(rendering, users)
    url = f"/api/segments/{merged.pk}/split/"
    outside = client.post(url, {"version": merged.version, "side": "source", "offset": 10**6}, format="json")
    at_start = client.post(url, {"version": merged.version, "side": "source", "offset": 0}, format="json")
    both = client.post(
        url,
        {"version": merged.version, "side": "source", "offset": 1, "source_at": 1, "target_at": 1},
        format="json",
    )
    assert [outside.status_code, at_start.status_code, both.status_code] == [400, 400, 400]
    assert "caret" in str(outside.json()) and "side and offset" in str(both.json())


def test_segment_fast_representation_equals_drf_generic_output(rendering):
    Flag.objects.filter(segment__document=rendering).update(status="dismissed", dismiss_reason="ok")
    segments = list(document_segments(rendering))
    assert any(s.flags.all() for s in segments)
    serializer = SegmentSerializer()
    for seg in segments:
        assert serializer.to_representation(seg) == serializer.generic_representation(seg)


def test_a_flag_fix_through_the_api(rendering, users):
    seg = Segment.objects.filter(document=rendering, flags__has_fix=True, kind="content").first()
    flag = seg.flags.filter(has_fix=True).first()
    translator = client_for(users["translator"])
    listed = translator.get(f"/api/segments/{seg.pk}/").json()
    assert next(f for f in listed["flags"] if f["id"] == flag.pk)["fix"] == flag.fix
    assert all(
        f["fix"] is None
        for f in listed["flags"]
        if f["id"] != flag.pk and not Flag.objects.get(pk=f["id"]).has_fix
    )
    stale = translator.post(f"/api/flags/{flag.pk}/fix/", {"version": seg.version + 5}, format="json")
    assert stale.status_code == 409 and stale.json()["current"]["target_text"] == seg.target_text
    ok = translator.post(f"/api/flags/{flag.pk}/fix/", {"version": seg.version}, format="json")
    assert ok.status_code == 200
    assert ok.json()["target_text"] == seg.target_text[: flag.start] + flag.fix + seg.target_text[flag.end :]
    assert (
        translator.post(f"/api/flags/{flag.pk}/fix/", {"version": seg.version + 1}, format="json").status_code
        == 404
    )
    assert (
        client_for(users["outsider"])
        .post(f"/api/flags/{flag.pk}/fix/", {"version": 1}, format="json")
        .status_code
        == 404
    )


def _with_chinese_commas(rendering, users, n: int) -> list[Segment]:
    """Rows whose Japanese a translator gave Chinese commas (a form-only fix each)."""
    rows = []
    for seg in (
        Segment.objects.filter(document=rendering, kind="content")
        .exclude(source_text="")
        .exclude(target_text="")[:n]
    ):
        text = seg.target_text.replace("、", "，") if "、" in seg.target_text else "，" + seg.target_text
        rows.append(
            update_target_text(segment=seg, user=users["translator"], target_text=text, version=seg.version)
        )
    return rows


def test_a_batch_applies_the_form_fixes_of_a_document(rendering, users):
    """Reviewers apply the punctuation/typography/grammar fixes of the unapproved rows at once: one
    'fix' revision per row, approved rows untouched; a term's consistency fix waits for a click on
    its row unless asked for by code; translators may not batch."""
    reviewer = client_for(users["reviewer"])
    rows = _with_chinese_commas(rendering, users, 3)
    counts = reviewer.get(f"/api/documents/{rendering.pk}/fixes/").json()
    assert counts["fixable"].get("punctuation-chinese", 0) >= 3
    assert "terminology-consistency" not in counts["fixable"]
    assert counts["total"] == sum(counts["fixable"].values())
    kept = rows[0]
    Segment.objects.filter(pk=kept.pk).update(state="approved")
    consistency = Flag.objects.filter(segment__document=rendering, code="terminology-consistency").count()
    assert consistency
    assert (
        client_for(users["translator"])
        .post(f"/api/documents/{rendering.pk}/fixes/", {}, format="json")
        .status_code
        == 403
    )

    r = reviewer.post(f"/api/documents/{rendering.pk}/fixes/", {}, format="json")
    assert r.status_code == 200 and r.json()["changed"] >= 2
    assert "，" in Segment.objects.get(pk=kept.pk).target_text
    for seg in rows[1:]:
        assert "，" not in Segment.objects.get(pk=seg.pk).target_text
    assert Revision.objects.filter(document=rendering, action="fix").count() == r.json()["changed"]
    assert (
        Flag.objects.filter(segment__document=rendering, code="terminology-consistency").count()
        == consistency
    )
    after = reviewer.get(f"/api/documents/{rendering.pk}/fixes/").json()
    assert after["fixable"].get("punctuation-chinese", 0) < counts["fixable"]["punctuation-chinese"]
    by_code = reviewer.post(
        f"/api/documents/{rendering.pk}/fixes/", {"codes": ["terminology-consistency"]}, format="json"
    )
    assert by_code.json()["changed"] >= 1
    assert reviewer.post(
        f"/api/documents/{rendering.pk}/fixes/", {"codes": ["no-such"]}, format="json"
    ).json() == {"changed": 0}


def test_a_lost_final_stop_is_fixed_with_the_form_fixes(rendering, users):
    """A finished sentence that lost only its 。 (where the source has one) is restored by the
    document batch, like a punctuation slip."""
    seg = (
        Segment.objects.filter(document=rendering, kind="content", source_text__endswith="。")
        .filter(target_text__endswith="た。")
        .first()
    )
    seg = update_target_text(
        segment=seg, user=users["translator"], target_text=seg.target_text[:-1], version=seg.version
    )
    reviewer = client_for(users["reviewer"])
    assert reviewer.get(f"/api/documents/{rendering.pk}/fixes/").json()["fixable"]["truncation-stop"] == 1
    assert reviewer.post(f"/api/documents/{rendering.pk}/fixes/", {}, format="json").status_code == 200
    assert Segment.objects.get(pk=seg.pk).target_text.endswith("た。")
    assert not Flag.objects.filter(segment=seg, code="truncation-stop").exists()


def test_fixes_apply_right_to_left_and_skip_overlaps():
    class F:
        def __init__(self, start, end, fix):
            self.start, self.end, self.fix = start, end, fix

    text = "彼は，良い“本”だと言った."
    flags = [F(2, 3, "、"), F(5, 6, "「"), F(7, 8, "」"), F(13, 14, "。"), F(12, 14, "x")]
    assert fixed_text(text, flags) == "彼は、良い「本」だと言った。"


def test_a_row_edited_during_a_batch_fix_keeps_its_new_text(rendering, users, monkeypatch):
    """SQLite takes no row locks: a row whose version moved between the read and the write is
    skipped, the others are fixed."""
    rows = _with_chinese_commas(rendering, users, 3)
    victim = rows[0]
    real = service._conditional_update

    def edited_meanwhile(segment, expected_version, user, **fields):
        if segment.pk == victim.pk:
            Segment.objects.filter(pk=victim.pk).update(target_text="別の人の訳。", version=F("version") + 1)
        return real(segment, expected_version, user, **fields)

    monkeypatch.setattr(service, "_conditional_update", edited_meanwhile)
    changed = service.apply_all_fixes(document=rendering, user=users["reviewer"])
    assert changed >= 2
    assert Segment.objects.get(pk=victim.pk).target_text == "別の人の訳。"


def _approvable(client, document, **filters) -> int:
    r = client.get(f"/api/documents/{document.pk}/approve/", filters)
    assert r.status_code == 200, r.content
    return r.json()["approvable"]


def test_a_reviewer_approves_the_rows_no_check_flagged(rendering, users):
    """One action approves the rows with a translation and no open flag, within the page's filters;
    flagged, rejected and gap rows wait for a decision row by row; a dismissal frees a row; each
    approval is a revision and a TM entry; translators may not, outsiders do not see the document."""
    reviewer = client_for(users["reviewer"])
    clean = list(unflagged_rows(rendering).order_by("index"))
    assert len(clean) >= 3
    rejected = reject(segment=clean[0], user=users["reviewer"], version=clean[0].version)
    flagged = (
        Segment.objects.filter(document=rendering, kind="content", flags__status="open")
        .exclude(source_text="")
        .distinct()
    )
    held = next(s for s in flagged if s.flags.filter(status="open").count() > 1)
    freed = next(s for s in flagged if s.flags.filter(status="open").count() == 1)
    dismiss_flag(flag=freed.flags.get(status="open"), user=users["reviewer"], reason="the name is right")
    gap = Segment.objects.filter(document=rendering, kind="content", source_text="").exclude(target_text="")
    assert gap.exists()

    n = _approvable(reviewer, rendering)
    assert n == len(clean)  # one rejected, one freed by its dismissal
    word = clean[1].target_text[:3]
    within = _approvable(reviewer, rendering, q=word)
    assert 1 <= within < n
    assert (
        client_for(users["translator"])
        .post(f"/api/documents/{rendering.pk}/approve/", {}, format="json")
        .status_code
        == 403
    )
    assert client_for(users["outsider"]).get(f"/api/documents/{rendering.pk}/approve/").status_code == 404
    assert (
        reviewer.post(
            f"/api/documents/{rendering.pk}/approve/", {"max_confidence": "high"}, format="json"
        ).status_code
        == 400
    )

    r = reviewer.post(f"/api/documents/{rendering.pk}/approve/", {"q": word}, format="json")
    assert r.status_code == 200 and r.json() == {"approved": within}
    assert _approvable(reviewer, rendering) == n - within
    r = reviewer.post(f"/api/documents/{rendering.pk}/approve/", {}, format="json")
    assert r.json() == {"approved": n - within}
    assert _approvable(reviewer, rendering) == 0

    states = dict(Segment.objects.filter(document=rendering).values_list("pk", "state"))
    assert states[rejected.pk] == "rejected" and states[held.pk] != "approved"
    assert states[freed.pk] == "approved"
    assert all(states[s.pk] != "approved" for s in gap)
    approved = Segment.objects.filter(document=rendering, state="approved")
    assert approved.count() == n
    assert Revision.objects.filter(document=rendering, action="approve").count() == n
    assert TranslationUnit.objects.filter(segment__in=approved).count() == n
    assert all(s.approved_by == users["reviewer"] and s.approved_at for s in approved)


def test_a_row_edited_or_flagged_during_a_batch_approval_stays_unapproved(rendering, users, monkeypatch):
    """Between the count and the locked write, one row is edited (its version moves: SQLite takes
    no row locks) and another is flagged by a background re-check: neither is approved."""
    rows = list(unflagged_rows(rendering).order_by("index"))
    edited, flagged = rows[0], rows[1]
    real_update, real_rows = service._conditional_update, service.unflagged_rows
    calls = []

    def flagged_after_the_count(document, **filters):
        qs = real_rows(document, **filters)
        if not calls:
            calls.append(1)
            ids = list(qs.values_list("pk", flat=True))
            Flag.objects.create(
                segment=flagged, code="len", category="addition", severity="minor", message="x"
            )
            return Segment.objects.filter(pk__in=ids)
        return qs

    def edited_meanwhile(segment, expected_version, user, **fields):
        if segment.pk == edited.pk:
            Segment.objects.filter(pk=edited.pk).update(target_text="別の人の訳。", version=F("version") + 1)
        return real_update(segment, expected_version, user, **fields)

    monkeypatch.setattr(service, "_conditional_update", edited_meanwhile)
    monkeypatch.setattr(service, "unflagged_rows", flagged_after_the_count)
    assert service.approve_unflagged(document=rendering, user=users["reviewer"]) == len(rows) - 2
    fresh = Segment.objects.get(pk=edited.pk)
    assert fresh.target_text == "別の人の訳。" and fresh.state != "approved"
    assert Segment.objects.get(pk=flagged.pk).state != "approved"


def test_a_document_without_source_has_its_rows_approved_too(imported, users):
    """Monolingual review: a Japanese article with no source found is approved on its own text."""
    alone = Document.objects.get(project=imported, name__startswith="004")
    assert alone.source_id is None
    reviewer = client_for(users["reviewer"])
    n = _approvable(reviewer, alone)
    assert n >= 1
    assert reviewer.post(f"/api/documents/{alone.pk}/approve/", {}, format="json").json() == {"approved": n}


def test_a_reviewer_dismisses_the_same_flag_throughout_the_document(rendering, users):
    """Dismissing a flag tells how many flags of the same check on the same text are left in the
    document; one more call dismisses them with the same reason, each row with its history entry.
    Flags of the check on other text stay open."""
    flags = Flag.objects.filter(segment__document=rendering, status="open").select_related("segment")
    first = next(f for f in flags if len(alike_open_flags(f)) >= 2)
    marked = flagged_text(first)
    alike = [f.pk for f in alike_open_flags(first)]
    other_text = [f.pk for f in flags.filter(code=first.code) if f.pk != first.pk and f.pk not in alike]
    reviewer = client_for(users["reviewer"])
    assert (
        client_for(users["translator"])
        .post(f"/api/flags/{first.pk}/dismiss-alike/", {"reason": "x"}, format="json")
        .status_code
        == 403
    )
    assert (
        reviewer.post(f"/api/flags/{first.pk}/dismiss-alike/", {"reason": " "}, format="json").status_code
        == 400
    )

    r = reviewer.post(f"/api/flags/{first.pk}/dismiss/", {"reason": "house style"}, format="json")
    assert r.status_code == 200 and r.json()["status"] == "dismissed" and r.json()["alike"] == len(alike)
    r = reviewer.post(f"/api/flags/{first.pk}/dismiss-alike/", {"reason": "house style"}, format="json")
    assert r.json() == {"dismissed": len(alike)}  # the first was dismissed already
    for flag in Flag.objects.filter(pk__in=alike).select_related("segment"):
        assert flag.status == "dismissed" and flag.dismiss_reason == "house style"
        assert flagged_text(flag) == marked
        assert flag.segment.revisions.filter(action="dismiss-flag", after__alike_of=first.pk).exists()
    assert not Flag.objects.filter(pk__in=other_text).exclude(status="open").exists()
    again = reviewer.post(f"/api/flags/{first.pk}/dismiss/", {"reason": "house style"}, format="json")
    assert again.json()["alike"] == 0


def test_find_and_replace_over_a_document(rendering, users):
    """A translator replaces a recurring word in every unapproved row: the preview counts rows and
    occurrences, approved rows keep the word, each changed row has a 'replace' revision and goes to
    review, and the document is re-checked."""
    word = "コミュニティー"
    holding = list(
        Segment.objects.filter(document=rendering, kind="content", target_text__contains=word).order_by(
            "index"
        )
    )
    assert len(holding) >= 2
    kept = holding[0]
    Segment.objects.filter(pk=kept.pk).update(state="approved")
    translator = client_for(users["translator"])
    preview = translator.get(f"/api/documents/{rendering.pk}/replace/", {"find": word}).json()
    assert preview["rows"] == len(holding) - 1
    assert preview["occurrences"] == sum(s.target_text.count(word) for s in holding[1:])
    assert (
        client_for(users["outsider"])
        .get(f"/api/documents/{rendering.pk}/replace/", {"find": word})
        .status_code
        == 404
    )
    for bad in ({"find": "", "replace": "x"}, {"find": word, "replace": word}, {"replace": "x"}):
        assert (
            translator.post(f"/api/documents/{rendering.pk}/replace/", bad, format="json").status_code == 400
        )

    r = translator.post(
        f"/api/documents/{rendering.pk}/replace/", {"find": word, "replace": "コミュニティ"}, format="json"
    )
    assert r.status_code == 200 and r.json() == {"changed": len(holding) - 1}
    assert word in Segment.objects.get(pk=kept.pk).target_text
    for seg in holding[1:]:
        fresh = Segment.objects.get(pk=seg.pk)
        assert word not in fresh.target_text and "コミュニティ" in fresh.target_text
        assert fresh.state == "needs_review"
        revision = fresh.revisions.get(action="replace")
        assert revision.before["target_text"] == seg.target_text and revision.after["find"] == word
    assert (
        not Flag.objects.filter(segment__document=rendering, code="terminology-variant", status="open")
        .exclude(segment=kept)
        .exists()
    )
    assert translator.get(f"/api/documents/{rendering.pk}/replace/", {"find": word}).json() == {
        "rows": 0,
        "occurrences": 0,
    }


def test_replace_matches_latin_text_as_written(rendering, users):
    """SQLite's LIKE ignores the case of Latin letters; the replacement does not."""
    seg = Segment.objects.filter(document=rendering, kind="content").exclude(target_text="").first()
    update_target_text(
        segment=seg, user=users["translator"], target_text="SCO と sco の会議。", version=seg.version
    )
    assert (
        replace_in_document(document=rendering, user=users["translator"], find="SCO", replace="上海協力機構")
        == 1
    )
    assert Segment.objects.get(pk=seg.pk).target_text == "上海協力機構 と sco の会議。"


def test_pairing_a_document_by_hand_over_the_api(rendering, users):
    source = rendering.source
    url = f"/api/documents/{rendering.pk}/source/"
    assert client_for(users["reviewer"]).post(url, {"source": None}, format="json").status_code == 403
    assert client_for(users["outsider"]).post(url, {"source": None}, format="json").status_code == 404
    manager = client_for(users["manager"])
    assert manager.post(url, {}, format="json").status_code == 400
    assert manager.post(url, {"source": rendering.pk}, format="json").status_code == 400  # not Chinese
    assert manager.post(url, {"source": 10**9}, format="json").status_code == 400
    gap = rendering.segments.filter(link_type="1-0", kind="content").first()
    manager.patch(
        f"/api/segments/{gap.pk}/", {"target_text": "補訳。", "version": gap.version}, format="json"
    )
    refused = manager.post(url, {"source": None}, format="json")
    assert refused.status_code == 400 and f"row {gap.index + 1}: " in refused.json()["detail"]
    manager.patch(f"/api/segments/{gap.pk}/", {"target_text": "", "version": gap.version + 1}, format="json")
    unpaired = manager.post(url, {"source": None}, format="json")
    assert unpaired.status_code == 200 and unpaired.json()["source"] is None
    paired = manager.post(url, {"source": source.pk}, format="json")
    assert (
        paired.status_code == 200 and paired.json()["source"] == source.pk and paired.json()["coverage"] > 0
    )


def _adjacent_rows(rendering):
    rows = list(rendering.segments.order_by("index"))
    return next(
        (a, b) for a, b in itertools.pairwise(rows) if a.kind == b.kind == "content" and b.target_sentences
    )


def test_a_write_on_a_row_merged_away_meanwhile_is_a_conflict_with_the_merged_row(rendering, users):
    """A writer that read the row before someone merged it into its neighbour, and writes after,
    is shown the merged row (409, as for any concurrent change): nothing typed is lost."""
    first, second = _adjacent_rows(rendering)
    alignment_edits.merge_with_next(segment=first, user=users["translator"], version=first.version)
    with pytest.raises(review_service.Conflict) as raised:
        review_service.update_target_text(
            segment=second, user=users["translator"], target_text="私の訳。", version=second.version
        )
    assert raised.value.current.pk == first.pk
    assert set(second.target_sentences) <= set(raised.value.current.target_sentences)
    # A page still showing the merged-away row gets 404 for it, and its editor keeps the text.
    stale = client_for(users["translator"]).patch(
        f"/api/segments/{second.pk}/", {"target_text": "私の訳。", "version": second.version}, format="json"
    )
    assert stale.status_code == 404


def test_flags_are_explained_in_the_reviewers_language(rendering, users):
    seg = Segment.objects.filter(document=rendering, flags__origin="auto").first()
    client = client_for(users["reviewer"])
    ja = client.get(f"/api/segments/{seg.pk}/", HTTP_ACCEPT_LANGUAGE="ja").json()["flags"]
    en = client.get(f"/api/segments/{seg.pk}/", HTTP_ACCEPT_LANGUAGE="en").json()["flags"]
    # Japanese: the check's own description beside the English evidence, categories by their names.
    assert [f["explanation"] for f in ja] == [description_ja(f["code"]) for f in ja]
    assert {f["category_label"] for f in ja} <= {
        "訳抜け",
        "付加",
        "誤訳",
        "数値",
        "固有名詞",
        "用語",
        "未翻訳",
        "途切れ",
        "文法",
        "句読点",
        "表記",
        "ページ要素の混入",
    }
    assert [f["message"] for f in ja] == [f["message"] for f in en]
    # English: the message says it already.
    assert {f["explanation"] for f in en} == {""}
    assert {f["severity_label"] for f in en} <= {"minor", "major", "critical"}


def test_automatic_flags_carry_their_checks_calibrated_confidence(rendering, users):
    seg = Segment.objects.filter(document=rendering, flags__origin="auto").first()
    Flag.objects.create(
        segment=seg,
        code="reviewer",
        category="mistranslation",
        severity="major",
        message="wrong sense",
        origin=Flag.Origin.REVIEWER,
    )
    flags = client_for(users["reviewer"]).get(f"/api/segments/{seg.pk}/").json()["flags"]
    auto = [f for f in flags if f["origin"] == "auto"]
    assert auto and all(f["confidence"] == confidence(f["code"], f["category"]) for f in auto)
    assert all(0.0 <= f["confidence"] <= 1.0 for f in auto)
    assert [f["confidence"] for f in flags if f["origin"] == "reviewer"] == [None]


def test_segment_fast_representation_equals_drf_generic_output_in_japanese(rendering):
    serializer = SegmentSerializer()
    with translation.override("ja"):
        for seg in document_segments(rendering):
            assert serializer.to_representation(seg) == serializer.generic_representation(seg)


def test_rows_made_by_unlink_keep_no_stale_confidence(rendering, users):
    seg = next(
        s
        for s in Segment.objects.filter(document=rendering).order_by("index")
        if s.source_sentences and s.target_sentences
    )
    Segment.objects.filter(pk=seg.pk).update(confidence=0.2)
    r = client_for(users["translator"]).post(
        f"/api/segments/{seg.pk}/unlink/", {"version": seg.version}, format="json"
    )
    assert r.status_code == 200
    rows = Segment.objects.filter(document=rendering, index__in=[seg.index, seg.index + 1])
    assert [row.confidence for row in rows] == [1.0, 1.0]
