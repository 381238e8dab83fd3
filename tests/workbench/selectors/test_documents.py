"""The review page's and the segments API's document lookups (plain SQL) agree with the ORM."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser

from workbench.models import Document, Membership
from workbench.selectors.documents import document_stamp, review_page_document


def test_the_lookups_give_what_the_orm_gives_and_nothing_to_non_members(imported, users):
    documents = list(Document.objects.filter(project=imported).select_related("project", "source"))
    assert any(d.source_id for d in documents) and any(d.source_id is None for d in documents)
    for name, user in users.items():
        role = Membership.objects.filter(user=user, project=imported).values_list("role", flat=True).first()
        for expected in documents:
            found, stamp = review_page_document(user, expected.pk), document_stamp(user, expected.pk)
            if role is None:
                assert found is None and stamp is None, name
                continue
            assert found.viewer_role == role
            for field in ("pk", "name", "title", "lang", "coverage", "revision", "project_id", "source_id"):
                assert getattr(found, field) == getattr(expected, field), field
            assert (found.project.name, found.project.slug) == (expected.project.name, expected.project.slug)
            assert (found.source.name if found.source else None) == (
                expected.source.name if expected.source else None
            )
            assert (stamp.pk, stamp.project_id, stamp.revision) == (expected.pk, expected.project_id, 0)
            assert str(stamp.created_at) == str(found.created_at)
            assert found.text == expected.text  # not read by the lookup: loaded when asked for
    assert review_page_document(AnonymousUser(), documents[0].pk) is None
    assert document_stamp(users["reviewer"], 10**9) is None
