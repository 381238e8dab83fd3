"""Reviewer-logged errors, confirmed flags, the MQM score against its estimate, and QA on approve
(issue 23, items 1 and 3), on a small document of our own."""

from __future__ import annotations

from django.urls import reverse

from tests.workbench.conftest import SNOW_ROWS, client_for
from workbench.models import DocumentScore, Flag, Revision, Segment, Sentence
from workbench.models.projects import ApprovalCheck
from workbench.services import alignment_edits, checks, segments
from workbench.services.scores import compute_document_scores, recompute_document_scores


def _auto_flag(row: Segment, severity: str = "major") -> Flag:
    return Flag.objects.create(
        segment=row,
        code="number-mismatch",
        category="number",
        severity=severity,
        start=0,
        end=2,
        message="a number differs",
        fingerprint="fp-" + severity,
    )


def test_mqm_counts_reviewer_errors_and_the_estimate_adds_open_flags(doc):
    first = doc.segments.get(index=0)
    _auto_flag(first)
    figures = compute_document_scores(doc)
    # No reviewer error yet: the score rests on the one approved row with a translation and is
    # perfect; the open flag only lowers the estimate, which rests on the three translated rows.
    assert figures["mqm"] == 100.0 and figures["reviewed_segments"] == 1 and figures["penalty"] == 0
    assert figures["mqm_estimate"] < 100.0 and figures["penalty_estimate"] == 5 and figures["segments"] == 3
    # The approved gap row counts neither as approved nor as a row: 1 of 3, not 2 of 4.
    assert figures["approved_share"] == round(1 / 3, 4)
    assert figures["post_edit_segments"] == 1 and figures["chrf"] == 100.0


def test_nothing_reviewed_means_no_penalty_on_no_rows_and_an_estimate(doc):
    doc.segments.update(state="draft")
    _auto_flag(doc.segments.get(index=0))
    figures = compute_document_scores(doc)
    assert isinstance(figures["mqm"], float)  # the contract's type
    assert figures["mqm"] == 100.0 and figures["reviewed_segments"] == 0 and figures["mqm_estimate"] < 100


def test_confirm_over_the_api_turns_a_flag_into_a_reviewer_error(
    doc, users, django_capture_on_commit_callbacks
):
    first = doc.segments.get(index=0)
    flag = _auto_flag(first)
    recompute_document_scores(document_id=doc.pk)
    reviewer = client_for(users["reviewer"])
    before = reviewer.get(f"/api/documents/{doc.pk}/scores/").json()
    assert before["mqm"] == 100.0 and before["reviewed_segments"] == 1
    assert client_for(users["translator"]).post(f"/api/flags/{flag.pk}/confirm/").status_code == 403
    with django_capture_on_commit_callbacks(execute=True):
        r = reviewer.post(f"/api/flags/{flag.pk}/confirm/")
    assert r.status_code == 200
    assert r.json()["status"] == "confirmed" and r.json()["code"] == "number-mismatch"
    assert r.json()["origin"] == "reviewer"
    after = reviewer.get(f"/api/documents/{doc.pk}/scores/").json()
    # The confirmed row is reviewed now: two rows, one major error; the estimate did not move.
    assert after["reviewed_segments"] == 2 and after["penalty"] == 5 and after["mqm"] < 100
    assert after["mqm_estimate"] == before["mqm_estimate"]
    assert Revision.objects.filter(segment=first, action="confirm-flag").exists()
    assert reviewer.post("/api/flags/999999/confirm/").status_code == 404


def test_a_recheck_leaves_a_confirmed_flag_alone_and_adds_no_twin(doc, users):
    first = doc.segments.get(index=0)
    first.target_text = "今日、北京で大雪が降った。3"
    first.save()
    checks.recheck_segment(first)
    found = first.flags.filter(status=Flag.Status.OPEN).first()
    assert found is not None  # a stray digit after the 。 is flagged
    segments.confirm_flag(flag=found, user=users["reviewer"])
    checks.recheck_segment(first)
    same = first.flags.filter(code=found.code, start=found.start, end=found.end)
    assert [f.status for f in same] == ["confirmed"]


def test_log_an_error_on_a_span_of_either_side(doc, users):
    reviewer = client_for(users["reviewer"])
    row = doc.segments.get(index=3)
    r = reviewer.post(
        f"/api/segments/{row.pk}/issues/",
        {
            "category": "mistranslation",
            "severity": "minor",
            "start": 0,
            "end": 2,
            "suggestion": "翌日",
            "message": "「明日」では日付がずれる",
        },
        format="json",
    )
    assert r.status_code == 201 and r.json()["status"] == "confirmed" and r.json()["fix"] == "翌日"
    omission = reviewer.post(
        f"/api/segments/{row.pk}/issues/",
        {"category": "omission", "severity": "major", "start": 2, "end": 4, "on_source": True},
        format="json",
    )
    assert omission.status_code == 201 and omission.json()["on_source"] is True
    assert omission.json()["fix"] is None
    # A span outside the text, an unknown category: 400 with a message, nothing stored.
    bad = reviewer.post(
        f"/api/segments/{row.pk}/issues/",
        {"category": "omission", "severity": "major", "start": 3, "end": 40},
        format="json",
    )
    assert bad.status_code == 400 and "span" in bad.json()["detail"]
    assert (
        reviewer.post(
            f"/api/segments/{row.pk}/issues/", {"category": "style", "severity": "major"}, format="json"
        ).status_code
        == 400
    )
    assert row.flags.count() == 2
    figures = compute_document_scores(doc)
    assert figures["penalty"] == 6 and figures["reviewed_segments"] == 2


def test_approving_a_row_with_an_open_major_flag_asks_first(doc, users):
    row = doc.segments.get(index=0)
    _auto_flag(row, "minor")
    flag = _auto_flag(row, "major")
    reviewer = client_for(users["reviewer"])
    asked = reviewer.post(f"/api/segments/{row.pk}/approve/", {"version": row.version}, format="json")
    assert asked.status_code == 409 and asked.json()["blocking"] is False
    assert [f["id"] for f in asked.json()["open_flags"]] == [flag.pk]  # the minor one does not hold it
    row.refresh_from_db()
    assert row.state == "draft"
    ok = reviewer.post(
        f"/api/segments/{row.pk}/approve/", {"version": row.version, "acknowledged": True}, format="json"
    )
    assert ok.status_code == 200 and ok.json()["state"] == "approved"


def test_a_blocking_project_refuses_until_the_flag_is_handled(doc, users):
    doc.project.approval_check = ApprovalCheck.BLOCK
    doc.project.save()
    row = doc.segments.get(index=0)
    flag = _auto_flag(row, "critical")
    reviewer = client_for(users["reviewer"])
    refused = reviewer.post(
        f"/api/segments/{row.pk}/approve/", {"version": row.version, "acknowledged": True}, format="json"
    )
    assert refused.status_code == 409 and refused.json()["blocking"] is True
    assert reviewer.post(f"/api/flags/{flag.pk}/confirm/").status_code == 200
    ok = reviewer.post(f"/api/segments/{row.pk}/approve/", {"version": row.version}, format="json")
    assert ok.status_code == 200


def test_a_stale_approval_is_a_version_conflict_before_anything_else(doc, users):
    row = doc.segments.get(index=0)
    _auto_flag(row, "major")
    stale = client_for(users["reviewer"]).post(
        f"/api/segments/{row.pk}/approve/", {"version": row.version + 5}, format="json"
    )
    assert stale.status_code == 409 and "current" in stale.json()


def test_the_stored_scores_are_what_was_computed(doc):
    _auto_flag(doc.segments.get(index=0))
    score = recompute_document_scores(document_id=doc.pk)
    assert isinstance(score, DocumentScore)
    computed = compute_document_scores(doc)
    assert score.mqm_estimate == computed["mqm_estimate"] and score.reviewed_segments == 1


def test_the_project_page_counts_rows_with_a_translation_and_links_the_dashboard_for_reviewers(
    doc, users, client
):
    client.force_login(users["translator"])
    page = client.get(reverse("project", args=[doc.project.slug])).content.decode()
    assert reverse("dashboard", args=[doc.project.slug]) not in page  # it would answer 404
    assert "1 / 3" in page  # the approved gap row counts neither way
    client.force_login(users["reviewer"])
    assert (
        reverse("dashboard", args=[doc.project.slug])
        in client.get(reverse("project", args=[doc.project.slug])).content.decode()
    )


def test_the_dashboard_says_which_score_rests_on_what(doc, users, client):
    _auto_flag(doc.segments.get(index=0))
    client.force_login(users["reviewer"])
    page = client.get(reverse("dashboard", args=[doc.project.slug])).content.decode()
    assert "MQM estimate" in page
    assert "over 1 row reviewed" in page and "over 3 rows checked" in page


def test_a_manager_chooses_whether_approval_warns_or_is_refused(doc, users, client):
    url = reverse("project-settings", args=[doc.project.slug])
    client.force_login(users["manager"])
    client.post(url, {"action": "approval_check", "approval_check": "block"})
    doc.project.refresh_from_db()
    assert doc.project.approval_check == "block"
    response = client.post(url, {"action": "approval_check", "approval_check": "never"}, follow=True)
    doc.project.refresh_from_db()
    assert doc.project.approval_check == "block" and "warns or is refused" in response.content.decode()


def test_a_confirmation_is_undone_by_reopening(doc, users):
    flag = _auto_flag(doc.segments.get(index=0))
    segments.confirm_flag(flag=flag, user=users["reviewer"])
    segments.reopen_flag(flag=flag, user=users["reviewer"])
    flag.refresh_from_db()
    assert (flag.status, flag.origin) == ("open", "auto")  # the check's again: re-checks manage it
    assert list(Revision.objects.filter(segment=flag.segment).values_list("action", flat=True)[:2]) == [
        "reopen-flag",
        "confirm-flag",
    ]


def test_an_unlinked_row_does_not_keep_the_aligners_confidence(doc, users):
    for i, (zh, ja, _) in enumerate(SNOW_ROWS):
        Sentence.objects.create(document=doc.source, index=i, text=zh, start=0, end=len(zh))
        Sentence.objects.create(document=doc, index=i, text=ja, start=0, end=len(ja))
    row = doc.segments.get(index=0)
    row.confidence = 0.99
    row.save()
    source_only, target_only = alignment_edits.unlink(
        segment=row, user=users["translator"], version=row.version
    )
    assert (source_only.link_type, target_only.link_type) == ("1-0", "0-1")
    assert source_only.confidence == target_only.confidence == alignment_edits.BY_HAND
