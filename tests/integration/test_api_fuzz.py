"""schemathesis against the live API on PostgreSQL: every operation of the OpenAPI schema gets
generated requests (on real objects, and on ids drawn at random); no answer may be a 5xx, and each
must be one the schema lists, with its content type and body shape.

Bounded: ``WORKBENCH_FUZZ_EXAMPLES`` examples per operation and way of choosing ids (default 6, about
a thousand requests in a couple of minutes); raise it to look harder, e.g. before a release.
"""

from __future__ import annotations

import json
import os

import pytest
import schemathesis
from django.contrib.auth import get_user_model
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, Phase, given, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.workbench.conftest import seed_files
from workbench.models import Flag, Membership, Project, Role, Segment, Term
from workbench.services.imports import create_import_job

pytestmark = [pytest.mark.integration, pytest.mark.slow]

EXAMPLES = int(os.environ.get("WORKBENCH_FUZZ_EXAMPLES", "6"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def objects(on_postgres, django_capture_on_commit_callbacks) -> dict[str, int]:
    """One object of each kind the paths name by id, owned by a manager of the project."""
    manager = get_user_model().objects.create_user("manager", password="pw-manager")
    project = Project.objects.create(name="Fuzz", slug="fuzz")
    Membership.objects.create(user=manager, project=project, role=Role.MANAGER)
    with django_capture_on_commit_callbacks(execute=True):
        job = create_import_job(project=project, user=manager, files=seed_files("000"))
    job.refresh_from_db()
    assert job.status == "succeeded", job.message
    flag = Flag.objects.filter(segment__document__project=project).select_related("segment").first()
    term = Term.objects.create(project=project, source="外交部", target="外務省")
    return {
        "token": Token.objects.create(user=manager).key,
        "projects": project.pk,
        "imports": job.pk,
        "documents": flag.segment.document_id,
        "segments": Segment.objects.filter(document_id=flag.segment.document_id, kind="content").first().pk,
        "flags": flag.pk,
        "terms": term.pk,
    }


def _operations():
    """The schema as the running code generates it; deletions last, so that the other operations
    find their objects."""
    document = json.loads(json.dumps(SchemaGenerator().get_schema(request=None, public=True), default=str))
    operations = [result.ok() for result in schemathesis.openapi.from_dict(document).get_all_operations()]
    return sorted(operations, key=lambda op: (op.method.upper() == "DELETE", op.path, op.method))


def test_the_live_api_answers_every_generated_request_as_its_schema_says(live_server, objects):
    headers = {"Authorization": f"Token {objects['token']}"}
    failures: list[str] = []
    for operation in _operations():
        kind = operation.path.split("/")[2]
        choices = [{"id": objects[kind]}, None] if "{id}" in operation.path else [None]
        for path_parameters in choices:

            @given(case=operation.as_strategy(path_parameters=path_parameters))
            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                database=None,
                derandomize=True,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=list(HealthCheck),
            )
            def call(case):
                case.call_and_validate(base_url=live_server.url, headers=headers, checks=CHECKS, timeout=60)

            try:
                call()
            except (AssertionError, FailureGroup) as exc:  # every operation's findings, not the first
                failures.append(f"{operation.method.upper()} {operation.path} {path_parameters}:\n{exc}")
    assert not failures, "\n\n".join(failures)
