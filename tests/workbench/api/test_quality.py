"""Exports (TMX valid against the DTD, readable by translate-toolkit), TM round trip, dashboard, demo."""

import csv
import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from lxml import etree
from translate.storage import tmx

from alignment.checks import run_checks
from tests.workbench.conftest import client_for
from tests.workbench.i18n import description_ja
from workbench.models import Document, Flag, Membership, Project, Segment, SegmentState, Term
from workbench.selectors.confidence import confident
from workbench.selectors.flags import check_feedback
from workbench.services import segments as review
from workbench.services.checks import check_config_for
from workbench.services.exports import _gap_break, corrected_article
from workbench.services.memory import suggestions
from workbench.services.segments import approve, dismiss_flag
from workbench.services.tm_import import import_tmx

DTD = Path(__file__).resolve().parents[2] / "fixtures" / "tmx14.dtd"


def approve_some(rendering, users, n=3):
    done = []
    for seg in (
        Segment.objects.filter(document=rendering, kind="content")
        .exclude(source_text="")
        .exclude(target_text="")[:n]
    ):
        done.append(
            review.approve(segment=seg, user=users["reviewer"], version=seg.version, acknowledged=True)
        )
    return done


def test_tmx_export_is_valid_and_readable(rendering, users, tmp_path):
    approved = approve_some(rendering, users)
    out = tmp_path / "tm.tmx"
    call_command("export_tm", "--format", "tmx", "--output", str(out), "--project", rendering.project.slug)
    tree = etree.parse(str(out))
    assert etree.DTD(str(DTD)).validate(tree), etree.DTD(str(DTD)).error_log
    header = tree.find("header")
    assert header.get("srclang") == "zh-CN" and header.get("segtype") == "sentence"
    assert len(tree.findall("body/tu")) == len(approved)
    store = tmx.tmxfile.parsefile(str(out))
    assert {u.source for u in store.units} == {s.source_text for s in approved}


def test_xliff_and_tsv_exports(rendering, users, tmp_path):
    approve_some(rendering, users, 2)
    for fmt in ("xliff", "tsv"):
        out = tmp_path / f"tm.{fmt}"
        call_command("export_tm", "--format", fmt, "--output", str(out))
        text = out.read_text(encoding="utf-8")
        if fmt == "xliff":
            assert len(etree.fromstring(text.encode()).findall(".//{*}trans-unit")) == 2
        else:
            assert len(text.strip().splitlines()) == 3 and text.startswith("source\ttarget")


def test_approved_segments_are_suggested_on_similar_new_segments(rendering, users):
    seg = approve_some(rendering, users, 1)[0]
    twin = Segment.objects.create(
        document=rendering,
        index=999,
        source_text=seg.source_text[:-1] + "。",
        link_type="1-1",
        target_text="",
        mt_text="",
    )
    found = suggestions(twin)
    assert found and found[0]["target_text"] == seg.target_text and found[0]["match"] >= 75


def test_dashboard_renders_svg_and_csv(rendering, users):
    client = client_for(users["manager"])
    client.force_login(users["manager"])
    page = client.get(f"/projects/{rendering.project.slug}/dashboard/")
    assert page.status_code == 200 and b"<svg" in page.content
    csv_text = client.get(f"/projects/{rendering.project.slug}/dashboard.csv").getvalue().decode()
    assert csv_text.startswith("\ufeffdocument,translator,mqm")


def test_the_issue_list_holds_every_flag_with_its_row_and_fate(rendering, users):
    """One CSV line per flag, document by document and row by row, with the marked text; a dismissal
    shows who and why; UTF-8 with a BOM for spreadsheets; reviewers and up only. The open automatic
    flags below the project's threshold only with ``low_flags`` (test_flag_threshold_page)."""
    flag = (
        Flag.objects.filter(segment__document=rendering, start__isnull=False)
        .select_related("segment")
        .first()
    )
    dismiss_flag(flag=flag, user=users["reviewer"], reason="固有名詞として正しい")
    reviewer = client_for(users["reviewer"])
    reviewer.force_login(users["reviewer"])
    response = reviewer.get(f"/projects/{rendering.project.slug}/issues.csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeffdocument,row,state")
    lines = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    project_flags = Flag.objects.filter(segment__document__project=rendering.project)
    assert len(lines) == project_flags.filter(confident(rendering.project.flag_threshold)).count()
    every = reviewer.get(f"/projects/{rendering.project.slug}/issues.csv", {"low_flags": "1"})
    every_text = b"".join(every.streaming_content).decode("utf-8").lstrip("\ufeff")
    assert len(list(csv.DictReader(io.StringIO(every_text)))) == project_flags.count()
    mine = next(line for line in lines if line["dismiss_reason"] == "固有名詞として正しい")
    assert mine["status"] == "dismissed" and mine["dismissed_by"] == "reviewer"
    assert mine["row"] == str(flag.segment.index + 1) and mine["check"] == flag.code
    assert mine["marked"] == flag.segment.target_text[flag.start : flag.end]
    keys = [(line["document"], int(line["row"])) for line in lines]
    assert keys == sorted(keys)
    translator = client_for(users["translator"])
    translator.force_login(users["translator"])
    assert translator.get(f"/projects/{rendering.project.slug}/issues.csv").status_code == 404


def test_concordance_finds_approved_work_and_termbase_entries(rendering, users):
    """A translator asks how the project rendered 外事: the termbase entry, and the approved rows
    holding it in their Chinese or its kanji form in their Japanese, with the spans to mark."""
    row = (
        Segment.objects.filter(document=rendering, source_text__contains="外事", target_text__contains="外事")
        .order_by("index")
        .first()
    )
    approve(segment=row, user=users["reviewer"], version=row.version, acknowledged=True)
    Term.objects.create(
        project=rendering.project, source="外事办", target="外事弁公室", forbidden=["外交弁公室"]
    )
    client = client_for(users["translator"])
    url = f"/api/projects/{rendering.project_id}/concordance/"

    found = client.get(url, {"q": "外事"}).json()
    assert [t["target"] for t in found["terms"]] == ["外事弁公室"]
    (unit,) = found["units"]
    assert unit["target_text"] == row.target_text and unit["document_name"] == rendering.name
    assert all(unit["source_text"][a:b] == "外事" for a, b in unit["source_spans"]) and unit["source_spans"]
    assert all(unit["target_text"][a:b] == "外事" for a, b in unit["target_spans"])

    by_kanji = client.get(url, {"q": "长宁"}).json()["units"]  # simplified query, 長寧 in the Japanese
    assert by_kanji and all(u["target_text"][a:b] == "長寧" for u in by_kanji for a, b in u["target_spans"])
    assert client.get(url, {"q": "  "}).json() == {"terms": [], "units": []}
    assert client.get(url, {"q": "火星"}).json() == {"terms": [], "units": []}
    assert client.get(url, {"q": "x" * 201}).status_code == 400
    assert client_for(users["outsider"]).get(url, {"q": "外事"}).status_code == 404


def test_dashboard_shows_which_checks_reviewers_dismiss(rendering, users):
    flags = Flag.objects.filter(segment__document=rendering, origin=Flag.Origin.AUTO)
    code = flags.values_list("code", flat=True).first()
    assert code, "the imported seed rendering has automatic flags"
    mine = list(flags.filter(code=code))
    review.dismiss_flag(flag=mine[0], user=users["reviewer"], reason="house style")
    rows = {r["code"]: r for r in check_feedback(rendering.project)}
    assert rows[code]["dismissed"] == 1 and rows[code]["open"] == len(mine) - 1
    assert rows[code]["dismissed_share"] == round(100 / len(mine))
    assert all(r["dismissed"] == 0 for c, r in rows.items() if c != code)
    assert next(iter(rows)) == code  # the most dismissed check first
    client = client_for(users["manager"])
    client.force_login(users["manager"])
    page = client.get(f"/projects/{rendering.project.slug}/dashboard/").content.decode()
    assert f"<code>{code}</code>" in page and "/settings/" in page


@pytest.mark.django_db
def test_demo_command_twice(tmp_path, settings):
    call_command("demo", "--no-serve")
    count = Document.objects.count()
    call_command("demo", "--no-serve")
    assert Document.objects.count() == count == 5
    assert Project.objects.get(slug="demo").memberships.count() == 3
    assert Segment.objects.filter(state=SegmentState.DRAFT).exists()


FOREIGN_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="SDL Trados" creationtoolversion="16" segtype="sentence" o-tmf="TW4Win"
 adminlang="EN-US" srclang="ZH-CN" datatype="rtf"/><body>
<tu><prop type="x-Origin">TM</prop><tuv xml:lang="ZH-CN"><seg>长宁区与明斯克市<ph>&lt;b&gt;</ph>正式结为友城。</seg></tuv>
<tuv xml:lang="JA"><seg>長寧区とミンスク市は<bpt i="1">&lt;b&gt;</bpt>正式に友好都市となった。</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>only English</seg></tuv></tu>
</body></tmx>"""


def test_foreign_tmx_import_strips_inline_tags(project, users):
    assert (
        import_tmx(project=project, user=users["manager"], data=FOREIGN_TMX.encode(), name="trados.tmx") == 1
    )
    unit = project.translation_units.get()
    assert (
        unit.source_text == "长宁区与明斯克市正式结为友城。"
        and unit.target_text == "長寧区とミンスク市は正式に友好都市となった。"
    )


def test_tmx_round_trip_into_a_fresh_project_gives_suggestions(rendering, users, tmp_path):
    seg = approve_some(rendering, users, 1)[0]
    out = tmp_path / "tm.tmx"
    call_command("export_tm", "--format", "tmx", "--output", str(out), "--project", rendering.project.slug)
    fresh = Project.objects.create(name="fresh", slug="fresh")
    Membership.objects.create(user=users["manager"], project=fresh, role="manager")
    call_command("import_tm", str(out), "--project", "fresh")
    doc = Document.objects.create(
        project=fresh, name="n.txt", lang="ja", encoding="utf-8", sha256="n", text=""
    )
    new = Segment.objects.create(document=doc, index=0, source_text=seg.source_text, link_type="1-1")
    client = client_for(users["manager"])
    found = client.get(f"/api/segments/{new.pk}/suggestions/").json()
    assert found[0]["match"] == 100 and found[0]["target_text"] == seg.target_text


def test_termbase_api_csv_tbx_round_trip_and_the_check_uses_it(project, users):
    manager, translator = client_for(users["manager"]), client_for(users["translator"])
    url = f"/api/projects/{project.pk}/terms/"
    body = {"source": "朋友圈", "target": "モーメンツ", "forbidden": ["仲間の輪"]}
    assert translator.post(url, body, format="json").status_code == 403
    assert manager.post(url, body, format="json").status_code == 201
    tbx = manager.get(f"/api/projects/{project.pk}/terms/export/?format=tbx").content
    csv_text = manager.get(f"/api/projects/{project.pk}/terms/export/?format=csv").content
    term_id = translator.get(url).json()[0]["id"]
    assert manager.delete(f"/api/terms/{term_id}/").status_code == 204
    r = manager.post(
        f"/api/projects/{project.pk}/terms/import/",
        {"file": SimpleUploadedFile("t.tbx", tbx)},
        format="multipart",
    )
    assert r.json() == {"terms": 1}
    assert translator.get(url).json()[0]["forbidden"] == ["仲間の輪"]
    r = manager.post(
        f"/api/projects/{project.pk}/terms/import/",
        {"file": SimpleUploadedFile("t.csv", csv_text)},
        format="multipart",
    )
    assert r.json() == {"terms": 1}
    flags = run_checks("扩大国际朋友圈。", "国際的な仲間の輪を広げる。", config=check_config_for(project))
    assert {f.category for f in flags} >= {"terminology"}


def test_project_scores_by_translator_and_week_and_segment_penalty(
    rendering, users, django_capture_on_commit_callbacks
):
    client = client_for(users["manager"])
    with django_capture_on_commit_callbacks(execute=True):
        approve_some(rendering, users, 1)
    data = client.get(f"/api/projects/{rendering.project_id}/scores/").json()
    assert {"mqm", "documents", "by_translator", "by_week"} <= set(data)
    assert sum(t["documents"] for t in data["by_translator"].values()) == len(data["documents"])
    assert data["by_week"] and data["by_week"][0]["week"].count("-W") == 1
    seg = client.get(f"/api/documents/{rendering.pk}/segments/?category=number").json()["results"][0]
    weights = {"minor": 1, "major": 5, "critical": 25}
    assert any(f["category"] == "number" for f in seg["flags"])
    assert seg["penalty"] == sum(weights[f["severity"]] for f in seg["flags"] if f["status"] == "open") >= 1


def test_export_filters_from_the_project_page(rendering, users):
    approve_some(rendering, users, 2)
    client = Client()
    client.force_login(users["reviewer"])
    page = client.get(f"/projects/{rendering.project.slug}/").content.decode()
    assert f'action="/api/projects/{rendering.project_id}/export/"' in page
    today = __import__("datetime").date.today().isoformat()
    tsv = b"".join(
        client.get(
            f"/api/projects/{rendering.project_id}/export/?format=tsv&since={today}&document={rendering.pk}"
        ).streaming_content
    ).decode()
    assert len(tsv.strip().splitlines()) == 3
    none = b"".join(
        client.get(
            f"/api/projects/{rendering.project_id}/export/?format=tsv&until=2000-01-01"
        ).streaming_content
    ).decode()
    assert len(none.strip().splitlines()) == 1


def test_corrected_article_reads_as_the_rows_now_do(rendering, users):
    rows = list(Segment.objects.filter(document=rendering).order_by("index"))
    content = [s for s in rows if s.kind == "content" and s.target_sentences]
    edited = review.update_target_text(
        segment=content[1], user=users["translator"], target_text="直した一文。", version=content[1].version
    )
    review.approve(segment=edited, user=users["reviewer"], version=edited.version, acknowledged=True)
    gap = next(
        s for s in rows if s.kind == "content" and not s.target_sentences and s.index > content[1].index
    )
    review.update_target_text(
        segment=gap, user=users["translator"], target_text="補った訳。", version=gap.version
    )

    article = corrected_article(rendering)
    text = article.text
    # The edit replaces the MT; the translator's rendering of a left-out sentence stands in its place.
    assert "直した一文。" in text and content[1].mt_text not in text
    assert text.index("直した一文。") < text.index("補った訳。")
    # The file's paragraphs stay paragraphs; the page chrome the import set aside stays out.
    assert text.startswith(content[0].target_text + "\n\n直した一文。")
    chrome = [s.target_text for s in rows if s.kind == "boilerplate" and s.target_text]
    assert chrome and not any(c in text for c in chrome)
    assert text.endswith("\n") and "\n\n\n" not in text
    assert article.rows == sum(1 for s in rows if s.kind == "content" and s.target_text) + 1
    assert article.not_approved == article.rows - 1


@pytest.mark.parametrize(
    ("gap", "shown"),
    [("\n\xa0\n\xa0\n", "\n\n"), ("\n", "\n"), ("", ""), ("\xa0", ""), (" ", " "), ("\n \n\n\n", "\n\n")],
)
def test_corrected_article_reduces_what_stood_between_sentences_to_a_break(gap, shown):
    text = "前。" + gap + "後。"
    assert _gap_break(text, 2, 2 + len(gap)) == shown


def test_corrected_article_download_for_reviewers(rendering, users):
    api = f"/api/documents/{rendering.pk}/corrected/"
    response = client_for(users["reviewer"]).get(api)
    assert response.status_code == 200 and response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{rendering.name[:-4]}.corrected.txt"'
    assert int(response["X-Rows-Not-Approved"]) == int(response["X-Rows"]) > 0
    assert response.content.decode().startswith("「6つの外交連携」")
    assert client_for(users["translator"]).get(api).status_code == 403
    assert client_for(users["outsider"]).get(api).status_code == 404
    source = rendering.source
    assert client_for(users["reviewer"]).get(f"/api/documents/{source.pk}/corrected/").status_code == 404

    browser = Client()
    browser.force_login(users["reviewer"])
    page = browser.get(f"/documents/{rendering.pk}/corrected.txt")
    assert page.status_code == 200 and page.content == response.content
    assert (
        f'href="/documents/{rendering.pk}/corrected.txt"' in browser.get(f"/documents/{rendering.pk}/").text
    )
    assert f'href="/documents/{rendering.pk}/corrected.txt"' in browser.get("/projects/seeds/").text
    browser.force_login(users["translator"])
    assert browser.get(f"/documents/{rendering.pk}/corrected.txt").status_code == 404
    assert "corrected.txt" not in browser.get(f"/documents/{rendering.pk}/").text


def test_the_bilingual_sheet_holds_every_row_with_its_flags_and_comments(rendering, users):
    seg = Segment.objects.filter(document=rendering, kind="content", flags__status="open").first()
    edited = review.update_target_text(
        segment=seg, user=users["translator"], target_text=seg.target_text + "（確認）", version=seg.version
    )
    review.add_comment(segment=edited, user=users["reviewer"], body="用語を確認")
    browser = Client()
    browser.force_login(users["reviewer"])
    response = browser.get(f"/documents/{rendering.pk}/bilingual.csv")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{rendering.name[:-4]}.bilingual.csv"'
    text = response.getvalue().decode("utf-8")
    assert text.startswith("\ufeffrow,link,state,source_zh,mt_ja,final_ja,edited,open_flags,comments")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == rendering.segments.filter(kind="content").count()
    mine = next(r for r in rows if r["row"] == str(edited.index + 1))
    assert mine["final_ja"].endswith("（確認）") and mine["edited"] == "yes" and mine["mt_ja"] == seg.mt_text
    assert "reviewer: 用語を確認" in mine["comments"]
    open_flags = edited.flags.filter(status="open")
    assert all(
        f"{f.category.replace('_', ' ')}/{f.severity}: {f.message}" in mine["open_flags"] for f in open_flags
    )
    # A Japanese reviewer's sheet names the category in Japanese and says what the check looks for.
    japanese = browser.get(f"/documents/{rendering.pk}/bilingual.csv", HTTP_ACCEPT_LANGUAGE="ja")
    rows_ja = list(csv.DictReader(io.StringIO(japanese.getvalue().decode("utf-8").lstrip("\ufeff"))))
    mine_ja = next(r for r in rows_ja if r["row"] == str(edited.index + 1))
    assert (
        all(f"{description_ja(f.code)} — {f.message}" in mine_ja["open_flags"] for f in open_flags)
        and open_flags
    )
    assert (
        f'href="/documents/{rendering.pk}/bilingual.csv"' in browser.get(f"/documents/{rendering.pk}/").text
    )
    browser.force_login(users["translator"])
    assert browser.get(f"/documents/{rendering.pk}/bilingual.csv").status_code == 404
