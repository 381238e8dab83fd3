"""The project's ignore list: dismiss a check on a text everywhere, keep it dismissed, undo it."""

from __future__ import annotations

from tests.workbench.conftest import client_for
from workbench.models import Flag, Revision
from workbench.selectors.flags import flagged_text
from workbench.services.checks import check_document


def _spanned_flag(project) -> Flag:
    flags = Flag.objects.filter(
        segment__document__project=project, status="open", origin="auto", start__isnull=False
    ).select_related("segment__document")
    return next(f for f in flags if flagged_text(f))


def test_ignore_everywhere_then_remove(imported, users):
    flag = _spanned_flag(imported)
    text = flagged_text(flag)
    twins = [
        f
        for f in Flag.objects.filter(segment__document__project=imported, code=flag.code, status="open")
        if flagged_text(f) == text
    ]
    res = client_for(users["reviewer"]).post(
        f"/api/flags/{flag.pk}/ignore/", {"reason": "社名として正しい"}, format="json"
    )
    assert res.status_code == 200 and res.json() == {"dismissed": len(twins)}
    assert not Flag.objects.filter(pk__in=[f.pk for f in twins], status="open").exists()
    assert Revision.objects.filter(action="dismiss-flag", after__ignore_list=True).count() == len(twins)

    # Checked anew (its flags gone and found again): the finding comes back dismissed.
    document = flag.segment.document
    Flag.objects.filter(segment__document=document, origin="auto").delete()
    check_document(document)
    again = [
        f for f in Flag.objects.filter(segment__document=document, code=flag.code) if flagged_text(f) == text
    ]
    assert again and all(f.status == "dismissed" and f.dismiss_reason == "社名として正しい" for f in again)

    listed = client_for(users["translator"]).get(f"/api/projects/{imported.pk}/ignore/").json()
    assert [(e["code"], e["text"], e["by"]) for e in listed] == [(flag.code, text, "reviewer")]
    key = listed[0]["key"]
    url = f"/api/projects/{imported.pk}/ignore/?key={key}"
    assert client_for(users["reviewer"]).delete(url).status_code == 403
    res = client_for(users["manager"]).delete(url)
    assert res.status_code == 200 and res.json()["reopened"] >= len(again)
    assert all(f.status == "open" for f in Flag.objects.filter(pk__in=[f.pk for f in again]))
    assert client_for(users["manager"]).get(f"/api/projects/{imported.pk}/ignore/").json() == []
    assert client_for(users["manager"]).delete(url).status_code == 400


def test_who_may_ignore(imported, users):
    flag = _spanned_flag(imported)
    url = f"/api/flags/{flag.pk}/ignore/"
    assert client_for(users["translator"]).post(url, {"reason": "x"}, format="json").status_code == 403
    assert client_for(users["outsider"]).post(url, {"reason": "x"}, format="json").status_code == 404
    assert client_for(users["reviewer"]).post(url, {"reason": " "}, format="json").status_code == 400
    # A body that is no object (a JSON array) is refused, not a 500.
    assert client_for(users["reviewer"]).post(url, ["x"], format="json").status_code == 400
    assert Flag.objects.get(pk=flag.pk).status == "open"
