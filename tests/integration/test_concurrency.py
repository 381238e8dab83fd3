"""Two people editing one segment at once on PostgreSQL: one wins, the other is told, nothing is lost."""

from __future__ import annotations

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection

from tests.workbench.conftest import seed_files
from workbench.models import Document, Membership, Project, Revision, Segment
from workbench.services import segments as review
from workbench.services.imports import create_import_job
from workbench.services.pairing import set_source

pytestmark = pytest.mark.integration


@pytest.fixture
def segment(on_postgres):
    User = get_user_model()
    project = Project.objects.create(name="p", slug="p")
    users = []
    for i in range(4):
        user = User.objects.create_user(f"t{i}")
        Membership.objects.create(user=user, project=project, role="translator")
        users.append(user)
    doc = Document.objects.create(
        project=project, name="ja.txt", lang="ja", encoding="utf-8", sha256="x", text="訳"
    )
    seg = Segment.objects.create(document=doc, index=0, link_type="0-1", target_text="", mt_text="")
    return seg, users


def run_threads(target, n):
    barrier = threading.Barrier(n)
    results: list = [None] * n

    def worker(k):
        try:
            barrier.wait()
            results[k] = target(k)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_same_version_two_writers_exactly_one_wins(segment):
    seg, users = segment

    def write(k):
        fresh = Segment.objects.select_related("document__project").get(pk=seg.pk)
        try:
            review.update_target_text(segment=fresh, user=users[k], target_text=f"writer {k}", version=1)
            return "won"
        except review.Conflict as exc:
            return exc.current.target_text

    results = run_threads(write, 2)
    assert sorted(r == "won" for r in results) == [False, True]
    final = Segment.objects.get(pk=seg.pk)
    assert final.version == 2
    loser_saw = next(r for r in results if r != "won")
    assert loser_saw == final.target_text  # the loser is shown the winner's text
    assert Revision.objects.filter(segment=seg, action="edit").count() == 1


def test_no_update_is_lost_under_contention(segment):
    seg, users = segment
    per_thread = 5

    def append(k):
        done = 0
        while done < per_thread:
            fresh = Segment.objects.select_related("document__project").get(pk=seg.pk)
            try:
                review.update_target_text(
                    segment=fresh,
                    user=users[k],
                    target_text=fresh.target_text + str(k),
                    version=fresh.version,
                )
                done += 1
            except review.Conflict:
                continue
        return done

    run_threads(append, 4)
    final = Segment.objects.get(pk=seg.pk)
    assert sorted(final.target_text) == sorted("0123" * per_thread)
    assert final.version == 1 + 4 * per_thread
    assert Revision.objects.filter(segment=seg, action="edit").count() == 4 * per_thread


def test_pairing_while_a_translator_edits_loses_no_edit(on_postgres):
    """A manager pairs a rendering with its source while a translator saves row after row of it:
    both finish (the services take their locks in one order: no deadlock), every save the
    translator was told succeeded is in the document, and each row still holds its sentences."""
    User = get_user_model()
    project = Project.objects.create(name="pairs", slug="pairs")
    manager, translator = User.objects.create_user("m"), User.objects.create_user("t")
    Membership.objects.create(user=manager, project=project, role="manager")
    Membership.objects.create(user=translator, project=project, role="translator")
    create_import_job(project=project, user=manager, files=seed_files("000", "002"))
    doc = Document.objects.get(project=project, name__startswith="000")
    source = doc.source
    set_source(document=doc, source=None, user=manager)  # a rendering waiting for its source
    targets = [s.pk for s in doc.segments.filter(kind="content").order_by("index")[:12]]

    def work(k):
        if k == 0:
            set_source(document=Document.objects.get(pk=doc.pk), source=source, user=manager)
            return []
        saved = []
        for n, pk in enumerate(targets):
            seg = Segment.objects.select_related("document__project").filter(pk=pk).first()
            if seg is None:
                continue  # realigned into another row before the translator got to it
            text = f"訂正{n}。"
            try:
                review.update_target_text(segment=seg, user=translator, target_text=text, version=seg.version)
                saved.append(text)
            except review.Conflict:
                continue
        return saved

    results = run_threads(work, 2)
    doc.refresh_from_db()
    assert doc.source_id == source.pk
    final = "".join(doc.segments.values_list("target_text", flat=True))
    assert results[1] and all(text in final for text in results[1])
    rows = list(doc.segments.order_by("index"))
    assert sorted(j for r in rows for j in r.target_sentences) == list(range(doc.sentences.count()))
    assert sorted(i for r in rows for i in r.source_sentences) == list(range(source.sentences.count()))
