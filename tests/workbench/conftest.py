"""Shared fixtures: a project with the seed articles imported, and one user per role."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from rest_framework.test import APIClient

from workbench.models import Document, Membership, Project, Role
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
