"""Project list and project page: membership, role-dependent links, language from the browser."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from workbench.models import Document, TranslationUnit


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


def test_a_manager_changes_a_documents_source_from_the_project_page(rendering, users):
    source = rendering.source
    url = f"/projects/{rendering.project.slug}/documents/{rendering.pk}/source/"
    manager = logged_in(users["manager"])
    page = manager.get(f"/projects/{rendering.project.slug}/").content.decode()
    assert f'action="{url}"' in page and f'<option value="{source.pk}" selected>' in page
    assert (
        f'action="{url}"' not in logged_in(users["reviewer"]).get(f"/projects/{rendering.project.slug}/").text
    )
    assert logged_in(users["reviewer"]).post(url, {"source": ""}).status_code == 403
    assert logged_in(users["outsider"]).post(url, {"source": ""}).status_code == 404
    assert manager.post(url, {"source": "x"}).status_code == 404
    assert manager.get(url).status_code == 405

    done = manager.post(url, {"source": ""}, follow=True).content.decode()
    assert "has no source now" in done
    rendering.refresh_from_db()
    assert rendering.source_id is None
    done = manager.post(url, {"source": str(source.pk)}, follow=True).content.decode()
    assert "is paired with" in done and "rows people worked on kept" in done
    rendering.refresh_from_db()
    assert rendering.source_id == source.pk


def test_a_source_the_pairing_would_not_choose_is_paired_with_a_warning(imported, users):
    unrelated = Document.objects.get(project=imported, name__startswith="004")
    chinese = Document.objects.get(project=imported, lang="zh")
    url = f"/projects/{imported.slug}/documents/{unrelated.pk}/source/"
    page = logged_in(users["manager"]).post(url, {"source": str(chinese.pk)}, follow=True).content.decode()
    assert 'class="warning"' in page and "share little" in page
    unrelated.refresh_from_db()
    assert unrelated.source_id == chinese.pk and unrelated.pair_score is None


def test_the_review_page_of_a_document_without_source_points_managers_to_the_pairing(imported, users):
    lone = Document.objects.get(project=imported, name__startswith="004")
    hint = "choose one on the project page"
    assert hint in logged_in(users["manager"]).get(f"/documents/{lone.pk}/").text
    assert hint not in logged_in(users["reviewer"]).get(f"/documents/{lone.pk}/").text


def test_japanese_project_pages_say_what_they_mean(rendering, users):
    slug = rendering.project.slug
    client = logged_in(users["manager"], accept_language="ja")
    page = client.get(f"/projects/{slug}/").content.decode()
    assert "承認済みセグメントを書き出す" in page and "（TMX）" not in page  # whatever the format
    assert "承認日（この日から）" in page and "承認日（この日まで）" in page
    assert ">ダウンロード</button>" in page and "CSVをダウンロード</button>" not in page
    assert "<td>マネージャー</td>" in client.get("/").content.decode()
    assert "機械翻訳（エンジン不明）" in client.get(f"/projects/{slug}/dashboard/").content.decode()
    review = client.get(f"/documents/{rendering.pk}/").content.decode()
    assert 'data-role="manager">マネージャー</strong>' in review


def test_translators_see_no_link_to_the_dashboard(rendering, users):
    page = logged_in(users["translator"]).get(f"/projects/{rendering.project.slug}/").content.decode()
    assert "/dashboard/" not in page and "/qa/" not in page
    assert "/qa/" in logged_in(users["reviewer"]).get(f"/projects/{rendering.project.slug}/").content.decode()


def test_a_manager_imports_a_tmx_from_the_project_page(rendering, users):
    slug = rendering.project.slug
    tmx = (
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="zh-CN"/><body>'
        '<tu><tuv xml:lang="zh-CN"><seg>友好城市</seg></tuv><tuv xml:lang="ja-JP"><seg>友好都市</seg></tuv></tu>'
        "</body></tmx>"
    ).encode()
    manager = logged_in(users["manager"])
    assert 'id="tm-import"' in manager.get(f"/projects/{slug}/").content.decode()
    res = manager.post(
        f"/projects/{slug}/tm/import/", {"file": SimpleUploadedFile("old.tmx", tmx)}, follow=True
    )
    assert "1 translation units imported from old.tmx." in res.content.decode()
    assert TranslationUnit.objects.filter(project=rendering.project, target_text="友好都市").exists()
    bad = manager.post(
        f"/projects/{slug}/tm/import/", {"file": SimpleUploadedFile("x.tmx", b"<x")}, follow=True
    )
    assert "not a valid TMX file" in bad.content.decode()
    reviewer = logged_in(users["reviewer"])
    assert 'id="tm-import"' not in reviewer.get(f"/projects/{slug}/").content.decode()
    assert reviewer.post(f"/projects/{slug}/tm/import/", {}).status_code == 403
