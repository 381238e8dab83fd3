"""Deleting a document: its rows and history go, approved work stays in the translation memory,
and the renderings of a deleted source keep their Japanese."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.workbench.conftest import client_for
from tests.workbench.services.test_pairing import _import, _invariant, filled_gap
from workbench.models import Document, TranslationUnit
from workbench.permissions import PermissionDenied
from workbench.services import segments as review
from workbench.services.documents import delete_document, deletion_summary
from workbench.services.errors import InvalidInput


def test_deleting_a_source_leaves_its_renderings_their_japanese(
    project, users, django_capture_on_commit_callbacks
):
    _import(project, users["manager"], django_capture_on_commit_callbacks, "000", "002")
    doc = Document.objects.get(project=project, name__startswith="000")
    source = doc.source
    row = doc.segments.filter(kind="content", link_type="1-1").order_by("index")[2]
    row = review.update_target_text(
        segment=row, user=users["translator"], target_text="手直し。", version=row.version
    )
    review.approve(segment=row, user=users["reviewer"], version=row.version, acknowledged=True)
    assert deletion_summary(source)["renderings"] == 1
    assert deletion_summary(doc) | {"rows": 0} == {"rows": 0, "edited": 1, "approved": 1, "renderings": 0}

    with pytest.raises(PermissionDenied):
        delete_document(document=source, user=users["reviewer"])
    delete_document(document=source, user=users["manager"])
    doc.refresh_from_db()
    assert doc.source_id is None and not Document.objects.filter(pk=source.pk).exists()
    _invariant(doc)
    kept = doc.segments.get(pk=row.pk)
    assert kept.target_text == "手直し。" and kept.source_text == ""

    delete_document(document=doc, user=users["manager"])
    assert not Document.objects.filter(project=project).exists()
    # The approved translation outlives its row in the translation memory.
    assert TranslationUnit.objects.filter(project=project, target_text="手直し。").exists()


def test_a_manager_deletes_a_document_from_the_project_page_or_the_api(rendering, users):
    project = rendering.project
    url = f"/projects/{project.slug}/documents/{rendering.pk}/delete/"
    manager = Client()
    manager.force_login(users["manager"])
    assert url in manager.get(f"/projects/{project.slug}/").text
    confirm = manager.get(url)
    assert (
        confirm.status_code == 200 and "Delete for good" in confirm.text and "rows go with it" in confirm.text
    )
    reviewer = Client()
    reviewer.force_login(users["reviewer"])
    assert url not in reviewer.get(f"/projects/{project.slug}/").text
    assert reviewer.get(url).status_code == 403 and reviewer.post(url).status_code == 403
    done = manager.post(url, follow=True)
    assert "is deleted" in done.text and not Document.objects.filter(pk=rendering.pk).exists()
    assert manager.get(f"/documents/{rendering.pk}/").status_code == 404

    other = Document.objects.get(project=project, name__startswith="004")
    assert client_for(users["reviewer"]).delete(f"/api/documents/{other.pk}/").status_code == 403
    assert client_for(users["outsider"]).delete(f"/api/documents/{other.pk}/").status_code == 404
    assert client_for(users["manager"]).delete(f"/api/documents/{other.pk}/").status_code == 204
    assert not Document.objects.filter(pk=other.pk).exists()


def test_deleting_a_source_is_refused_where_a_rendering_would_lose_work(
    project, users, django_capture_on_commit_callbacks
):
    doc, gap = filled_gap(project, users, django_capture_on_commit_callbacks)
    with pytest.raises(InvalidInput, match=f"row {gap.index + 1}: "):
        delete_document(document=doc.source, user=users["manager"])
    assert Document.objects.filter(pk=doc.source_id).exists()
    assert doc.segments.get(pk=gap.pk).target_text == "補訳。"
