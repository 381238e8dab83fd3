"""Project list and project page: membership, role-dependent links, language from the browser."""

from __future__ import annotations

from django.test import Client


def logged_in(user, **headers) -> Client:
    client = Client(headers=headers)
    client.force_login(user)
    return client


def test_project_list_shows_only_the_users_projects(project, users):
    assert "Seeds" in logged_in(users["translator"]).get("/").content.decode()
    assert "Seeds" not in logged_in(users["outsider"]).get("/").content.decode()


def test_members_link_and_import_form_follow_the_role(rendering, users):
    url = f"/projects/{rendering.project.slug}/"
    manager = logged_in(users["manager"]).get(url).content.decode()
    translator = logged_in(users["translator"]).get(url).content.decode()
    assert "/settings/" in manager and "/settings/" not in translator
    assert 'id="import-strings"' in manager
    assert f'href="/documents/{rendering.pk}/"' in translator


def test_language_comes_from_the_browser_then_from_the_switch(project, users):
    client = logged_in(users["reviewer"], accept_language="ja,en;q=0.5")
    html = client.get("/").content.decode()
    assert '<html lang="ja">' in html and "あなたのプロジェクト" in html
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert '<html lang="en">' in client.get("/").content.decode()
