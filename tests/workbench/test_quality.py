"""Exports (TMX valid against the DTD, readable by translate-toolkit), TM round trip, dashboard, demo."""

from pathlib import Path

import pytest
from django.core.management import call_command
from lxml import etree

from tests.workbench.conftest import client_for
from workbench.models import Segment, SegmentState
from workbench.services import segments as review
from workbench.services.memory import suggestions

DTD = Path(__file__).resolve().parents[1] / "fixtures" / "tmx14.dtd"


def approve_some(rendering, users, n=3):
    done = []
    for seg in (
        Segment.objects.filter(document=rendering, kind="content")
        .exclude(source_text="")
        .exclude(target_text="")[:n]
    ):
        done.append(review.approve(segment=seg, user=users["reviewer"], version=seg.version))
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
    from translate.storage import tmx

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
    csv_text = client.get(f"/projects/{rendering.project.slug}/dashboard.csv").content.decode()
    assert csv_text.startswith("document,translator,mqm")


@pytest.mark.django_db
def test_demo_command_twice(tmp_path, settings):
    call_command("demo", "--no-serve")
    from workbench.models import Document, Project

    count = Document.objects.count()
    call_command("demo", "--no-serve")
    assert Document.objects.count() == count == 5
    assert Project.objects.get(slug="demo").memberships.count() == 3
    assert Segment.objects.filter(state=SegmentState.DRAFT).exists()
