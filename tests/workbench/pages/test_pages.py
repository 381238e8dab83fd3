from html import escape

from django.test import Client

from tests.workbench.conftest import seed_files
from tests.workbench.i18n import description_ja
from workbench.models import Document, Flag, Segment


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_review_page_shows_rows_flags_and_gaps(rendering, users):
    page = logged_in(users["reviewer"]).get(f"/documents/{rendering.pk}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert 'class="gap"' in html and "<mark" in html and "boilerplate" in html
    assert 'data-action="approve"' in html
    translator_html = logged_in(users["translator"]).get(f"/documents/{rendering.pk}/").content.decode()
    assert 'data-action="approve"' not in translator_html


def test_outsider_sees_nothing(rendering, users):
    client = logged_in(users["outsider"])
    assert client.get(f"/documents/{rendering.pk}/").status_code == 404
    assert client.get(f"/projects/{rendering.project.slug}/").status_code == 404
    assert rendering.project.name not in client.get("/").content.decode()


def test_script_in_a_document_is_rendered_as_text(rendering, users):
    seg = Segment.objects.filter(document=rendering, kind="content").first()
    Segment.objects.filter(pk=seg.pk).update(target_text="<script>alert('x')</script>です。")
    html = logged_in(users["reviewer"]).get(f"/documents/{rendering.pk}/").content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html


def test_filters_and_login_page(rendering, users):
    client = logged_in(users["reviewer"])
    html = client.get(f"/documents/{rendering.pk}/?category=number").content.decode()
    assert (
        html.count('class="row state-')
        == Segment.objects.filter(document=rendering, flags__category="number", flags__status="open")
        .distinct()
        .count()
    )
    assert Client().get(f"/documents/{rendering.pk}/").status_code == 302
    assert Client().get("/accounts/login/").status_code == 200


def test_japanese_interface(users, project):
    client = logged_in(users["reviewer"])
    client.post("/i18n/setlang/", {"language": "ja", "next": "/"})
    assert "プロジェクト" in client.get("/").content.decode()


def test_seed_files_fixture_is_complete():
    assert len(seed_files()) == 5 and Document is not None


def test_termbase_page(project, users):
    manager = logged_in(users["manager"])
    manager.post(
        f"/projects/{project.slug}/terms/",
        {"source": "外事办", "target": "外事弁公室", "forbidden": "外交部"},
    )
    html = logged_in(users["translator"]).get(f"/projects/{project.slug}/terms/").content.decode()
    assert "外事弁公室" in html and 'name="delete"' not in html
    assert project.terms.get().forbidden == ["外交部"]


def test_flags_read_in_japanese_on_a_japanese_page(rendering, users):
    client = logged_in(users["reviewer"])
    flag = Flag.objects.filter(segment__document=rendering, status="open", origin="auto").first()
    description = description_ja(flag.code)
    assert description not in client.get(f"/documents/{rendering.pk}/").content.decode()
    client.post("/i18n/setlang/", {"language": "ja", "next": "/"})
    html = client.get(f"/documents/{rendering.pk}/").content.decode()
    # What the check looks for, in Japanese, above its English evidence; the filters name the
    # categories and severities in Japanese too.
    assert f'<span class="why">{escape(description)}</span> <span class="detail" lang="en">' in html
    assert '<option value="named_entity">固有名詞</option>' in html
    assert '<option value="critical">致命的</option>' in html
    settings_html = logged_in(users["manager"])
    settings_html.post("/i18n/setlang/", {"language": "ja", "next": "/"})
    page = settings_html.get(f"/projects/{rendering.project.slug}/settings/").content.decode()
    assert escape(description_ja("grammar-double-object")) in page
