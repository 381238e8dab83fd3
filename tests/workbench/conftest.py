"""Shared fixtures: a project with the seed articles imported, and one user per role."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from rest_framework.test import APIClient

from workbench.models import Document, Membership, Project, Role, Segment
from workbench.services.imports import create_import_job

EXAMPLES = Path(__file__).resolve().parents[2] / "tests" / "alignment" / "fixtures"
ROLES = ("manager", "reviewer", "translator")


@pytest.fixture
def users(db):
    User = get_user_model()
    return {name: User.objects.create_user(name, password="pw-" + name) for name in (*ROLES, "outsider")}


@pytest.fixture
def project(users):
    project = Project.objects.create(name="Seeds", slug="seeds")
    for role in ROLES:
        Membership.objects.create(user=users[role], project=project, role=Role(role))
    return project


def seed_files(*prefixes: str) -> list[tuple[str, bytes]]:
    return [
        (p.name, p.read_bytes())
        for p in sorted(EXAMPLES.glob("*.txt"))
        if not prefixes or p.name[:3] in prefixes
    ]


@pytest.fixture
def imported(project, users, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        job = create_import_job(project=project, user=users["manager"], files=seed_files("000", "002", "004"))
    job.refresh_from_db()
    assert job.status == "succeeded", job.message
    return project


@pytest.fixture
def rendering(imported) -> Document:
    return Document.objects.get(project=imported, name__startswith="000")


def client_for(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


SNOW_ROWS = [
    # source, translation, state
    ("今天北京下了一场大雪。", "今日、北京で大雪が降った。", "draft"),
    ("市民在公园里堆雪人。", "市民は公園で雪だるまを作った。", "approved"),
    ("交通受到一定影响。", "", "approved"),  # a gap row: approving it must not count
    ("明天将继续降温。", "明日も気温が下がる見込みだ。", "draft"),
]


@pytest.fixture
def doc(project) -> Document:
    """A small document of our own with a Chinese source: four rows, one an approved gap row."""
    source = Document.objects.create(
        project=project, name="snow-zh.txt", lang="zh", encoding="utf-8", sha256="z", text=""
    )
    document = Document.objects.create(
        project=project, name="snow-ja.txt", lang="ja", encoding="utf-8", sha256="j", text="", source=source
    )
    for i, (zh, ja, state) in enumerate(SNOW_ROWS):
        Segment.objects.create(
            document=document,
            index=i,
            source_sentences=[i],
            target_sentences=[i] if ja else [],
            source_text=zh,
            mt_text=ja,
            target_text=ja,
            link_type="1-1" if ja else "1-0",
            state=state,
        )
    return document
