"""Bad input through the upload API: clear answers, nothing lost, never a 500."""

from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.workbench.conftest import client_for
from workbench.models import Document, ImportJob, Segment

ZH = "长宁区与明斯克市正式结为友城。今年6月10日，长宁区国际投资促进对接会召开。"
JA = "長寧区とミンスク市は正式に友好都市となった。今年6月10日、長寧区国際投資促進会議が開催された。"


def upload(client, project, *files):
    data = {"files": [SimpleUploadedFile(name, content) for name, content in files]}
    return client.post(f"/api/projects/{project.pk}/imports/", data, format="multipart")


def test_a_50_mb_file_is_refused_with_a_clear_message(project, users):
    big = ("長寧区の外事弁公室です。" * 1_500_000).encode()[: 50 * 1024 * 1024]
    response = upload(client_for(users["manager"]), project, ("big.txt", big))
    assert response.status_code == 400 and "too large" in response.json()["detail"]
    assert not ImportJob.objects.exists()


def test_html_pages_two_chinese_files_control_characters_and_long_lines(
    project, users, django_capture_on_commit_callbacks
):
    html = f"<html><head><script>x()</script></head><body><p>{JA}</p><p>{JA}</p></body></html>".encode()
    zh2 = ("今年" + "长宁区外事办积极开展活动，" * 400 + "。\x07\x0b").encode()
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(
            client_for(users["manager"]),
            project,
            ("a.html", html),
            ("zh1.txt", ZH.encode("gb18030")),
            ("zh2.txt", zh2),
        )
    assert response.status_code == 202
    job = ImportJob.objects.get()
    assert job.status == "succeeded", job.message
    ja = Document.objects.get(lang="ja")
    assert "x()" not in ja.text and ja.source.name == "zh1.txt"
    assert Document.objects.filter(lang="zh").count() == 2


def test_only_chinese_files_import_without_pairs(project, users, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        upload(
            client_for(users["manager"]), project, ("a.txt", ZH.encode()), ("b.txt", ("另外" + ZH).encode())
        )
    job = ImportJob.objects.get()
    assert job.status == "succeeded" and job.result["pairs"] == [] and not Segment.objects.exists()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-8")))
def test_fuzzed_uploads_never_fail_with_a_server_error(project, users, data):
    response = upload(client_for(users["manager"]), project, ("f.txt", data))
    assert response.status_code in (202, 400)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.dictionaries(
        st.sampled_from(["target_text", "version", "x"]),
        st.one_of(st.text(max_size=30), st.integers(-5, 10**12), st.none(), st.lists(st.integers())),
    )
)
def test_fuzzed_segment_patch_bodies(rendering, users, body):
    seg = Segment.objects.filter(document=rendering).first()
    response = client_for(users["translator"]).patch(f"/api/segments/{seg.pk}/", body, format="json")
    assert response.status_code in (200, 400, 409)


def test_an_upload_with_no_article_is_an_answer_not_an_outage(transactional_db, project, users):
    """In-process mode the job runs as the request commits; a job that fails on its content is
    reported by the job (202, failed, saying why), not as a broker outage (503)."""
    response = upload(client_for(users["manager"]), project, ("menu.txt", b"Home | News | Contact"))
    assert response.status_code == 202, response.content
    job = ImportJob.objects.get(pk=response.json()["id"])
    assert job.status == "failed" and "no Chinese or Japanese" in job.message
