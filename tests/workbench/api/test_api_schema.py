"""The OpenAPI schema and its Swagger UI: for logged-in users only, served offline, and true."""

from __future__ import annotations

import json
import re

import pytest
import yaml
from django.test import Client

from tests.workbench.conftest import client_for


@pytest.fixture
def schema(users) -> dict:
    r = client_for(users["outsider"]).get("/api/schema/")
    assert r.status_code == 200
    return yaml.safe_load(r.content)


def _body(operation: dict) -> dict:
    return operation["requestBody"]["content"]["application/json"]["schema"]


def _component(schema: dict, ref: dict) -> dict:
    return schema["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]


def test_anonymous_get_no_schema_and_are_sent_to_log_in_for_the_docs(db):
    anonymous = Client()
    assert anonymous.get("/api/schema/").status_code == 401
    docs = anonymous.get("/api/docs/")
    assert docs.status_code == 302 and docs["Location"].startswith("/accounts/login/")


def test_docs_load_swagger_ui_from_this_server_under_the_csp(users):
    browser = Client()
    browser.force_login(users["reviewer"])
    page = browser.get("/api/docs/")
    assert page.status_code == 200
    assert "script-src 'self'" in page["Content-Security-Policy"]
    html = page.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(not s.startswith(("http:", "https:", "//")) for s in sources), sources
    assert any("drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in s for s in sources)
    assert "<script>" not in html  # no inline script: the bootstrap is a file of its own
    script = browser.get("/api/docs/?script=")
    assert script.status_code == 200 and script["Content-Type"].startswith("application/javascript")
    assert "/api/schema/" in script.content.decode()


def test_terms_and_suggestions_are_arrays(schema):
    for path in ("/api/projects/{id}/terms/", "/api/segments/{id}/suggestions/"):
        ok = schema["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert ok["type"] == "array", path


def test_the_token_request_body_names_username_and_password(schema):
    operation = schema["paths"]["/api/auth/token/"]["post"]
    assert operation["requestBody"]["required"] is True
    body = _component(schema, _body(operation))
    assert set(body["required"]) == {"username", "password"}
    assert "401" not in operation["responses"]  # open to anyone: it is how one gets credentials


def test_patch_marks_the_fields_it_requires(schema):
    operation = schema["paths"]["/api/segments/{id}/"]["patch"]
    assert set(_component(schema, _body(operation))["required"]) == {"target_text", "version"}


def test_errors_are_documented(schema):
    approve = schema["paths"]["/api/segments/{id}/approve/"]["post"]["responses"]
    assert {"200", "400", "401", "403", "404", "409"} <= set(approve)
    current = _component(schema, approve["409"]["content"]["application/json"]["schema"])["properties"]
    assert "#/components/schemas/Segment" in json.dumps(current["current"])
    projects = schema["paths"]["/api/projects/"]["get"]["responses"]
    assert "409" not in projects and {"401", "403"} <= set(projects)


def test_exports_declare_their_content_types(schema):
    export = schema["paths"]["/api/projects/{id}/export/"]["get"]
    assert set(export["responses"]["200"]["content"]) == {
        "application/x-tmx+xml",
        "application/xliff+xml",
        "text/tab-separated-values",
    }
    assert {p["name"] for p in export["parameters"]} >= {"format", "since", "until", "document", "min_score"}
    terms = schema["paths"]["/api/projects/{id}/terms/export/"]["get"]["responses"]["200"]["content"]
    assert set(terms) == {"text/csv", "application/x-tbx+xml"}
