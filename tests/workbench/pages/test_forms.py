"""The pages parse what is posted with Django forms: a post they cannot use is refused with a
message on the page, never a 500, and the views leave parsing to the forms and rules to the
services."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.test import Client

from workbench.models import Term
from workbench.pages.projects import views as project_views
from workbench.pages.quality import views as quality_views

PAGES = Path(__file__).resolve().parents[3] / "workbench" / "pages"


def logged_in(user) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def test_a_term_deleted_by_a_made_up_id_is_refused_with_a_message(project, users):
    Term.objects.create(project=project, source="外事办", target="外事弁公室")
    url = f"/projects/{project.slug}/terms/"
    manager = logged_in(users["manager"])
    for made_up in ("abc", "10000000", ""):
        page = manager.post(url, {"delete": made_up}, follow=True)
        assert page.status_code == 200 and "That term is not in the termbase" in page.text
    assert project.terms.count() == 1


def test_the_services_alone_refuse_what_a_role_does_not_allow(project, users, monkeypatch):
    """The pages leave the permission to the services: a reviewer's post reaches the service,
    which refuses it (403); a manager's goes through."""
    term = Term.objects.create(project=project, source="外事办", target="外事弁公室")
    for views in (project_views, quality_views):
        monkeypatch.setattr(views, "can", lambda *args: pytest.fail("a page checked the role itself"))
    reviewer, manager = logged_in(users["reviewer"]), logged_in(users["manager"])
    terms = f"/projects/{project.slug}/terms/"
    assert reviewer.post(terms, {"source": "视察", "target": "視察"}).status_code == 403
    assert reviewer.post(terms, {"delete": str(term.pk)}).status_code == 403
    assert list(project.terms.values_list("source", flat=True)) == ["外事办"]
    settings = f"/projects/{project.slug}/settings/"
    assert reviewer.post(settings, {"action": "recheck"}).status_code == 403
    assert manager.post(settings, {"action": "recheck"}).status_code == 302
    assert manager.post(terms, {"delete": str(term.pk)}).status_code == 302
    assert not project.terms.exists()


def test_settings_posts_the_page_cannot_use_are_refused_with_a_message(project, users):
    url = f"/projects/{project.slug}/settings/"
    manager = logged_in(users["manager"])
    page = manager.post(url, {"action": "checks", "severity-untranslated-hanzi": "fatal"}, follow=True)
    assert "unknown severity: fatal" in page.text
    assert "unknown action: rename" in manager.post(url, {"action": "rename"}, follow=True).text
    assert "unknown action" in manager.post(url, {}, follow=True).text
    page = manager.post(url, {"action": "member", "username": "outsider", "role": "owner"}, follow=True)
    assert page.status_code == 200 and 'class="error"' in page.text
    project.refresh_from_db()
    assert project.check_config == {} and not project.memberships.filter(user=users["outsider"]).exists()


def test_an_assignment_by_names_still_goes_through_the_form(rendering, users):
    url = f"/projects/{rendering.project.slug}/documents/{rendering.pk}/assign/"
    page = logged_in(users["manager"]).post(url, {"translator": "nobody"}, follow=True)
    assert page.status_code == 200 and 'class="error"' in page.text
    rendering.refresh_from_db()
    assert rendering.assigned_translator is None


def _imports(tree: ast.AST) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def _post_reads(tree: ast.AST) -> list[int]:
    """Lines reading ``request.POST`` by hand (``request.POST[...]``, ``request.POST.get(...)``…)
    rather than handing it to a form or asking whether a button was pressed."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript | ast.Attribute):
            inner = node.value
            if (
                isinstance(inner, ast.Attribute)
                and inner.attr == "POST"
                and isinstance(inner.value, ast.Name)
                and inner.value.id == "request"
            ):
                lines.append(node.lineno)
    return lines


def test_pages_import_nothing_from_the_api_and_read_posts_through_forms():
    offenders = {}
    for path in sorted(PAGES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        api = sorted(m for m in _imports(tree) if m.split(".")[:2] == ["workbench", "api"])
        reads = _post_reads(tree)
        if api or reads:
            offenders[str(path.relative_to(PAGES))] = (api, reads)
    assert offenders == {}
