"""TMX, XLIFF and TBX written by lxml's incremental writer: well-formed whatever the text holds,
valid TMX, and handed out unit by unit."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from workbench.models import Project, Segment, SegmentState, Term
from workbench.services import exports
from workbench.services.termbase import export_tbx, parse_tbx
from workbench.services.xml_stream import XML_LANG

DTD = etree.DTD(str(Path(__file__).resolve().parents[2] / "fixtures" / "tmx14.dtd"))
# Markup, an entity, a CDATA end and control characters (a form feed pasted from a PDF).
HOSTILE = "预算<b>&amp; ]]> \x0c\x01为\t一亿"
KEPT = "预算<b>&amp; ]]> 为\t一亿"


@pytest.fixture
def approved(rendering, users) -> list[Segment]:
    rows = list(Segment.objects.filter(document=rendering, kind="content").exclude(source_text="")[:3])
    for row in rows:
        row.target_text = f"予算{row.index}&<i>\x0c"
        row.state = SegmentState.APPROVED
        row.approved_by = users["reviewer"]
    rows[0].source_text = HOSTILE
    Segment.objects.bulk_update(rows, ["source_text", "target_text", "state", "approved_by"])
    return rows


def test_tmx_is_valid_and_keeps_the_text(approved):
    chunks = list(exports.tmx(exports.approved_segments(project=approved[0].document.project)))
    assert len(chunks) > len(approved)  # streamed: something is sent after every unit
    tree = etree.fromstring("".join(chunks).encode())
    assert DTD.validate(tree), DTD.error_log
    sources = [tuv.findtext("seg") for tuv in tree.iter("tuv") if tuv.get(XML_LANG) == "zh-CN"]
    assert sources[0] == KEPT and len(sources) == len(approved)


def test_xliff_is_well_formed_and_keeps_the_text(approved):
    text = "".join(exports.xliff(exports.approved_segments(project=approved[0].document.project)))
    root = etree.fromstring(text.encode())
    units = root.findall(".//{urn:oasis:names:tc:xliff:document:1.2}trans-unit")
    assert len(units) == len(approved) and units[0].findtext("{*}source") == KEPT
    assert units[0].find("{*}target").get("state") == "final" and "ns0:" not in text


def test_tbx_with_control_characters_reads_back(db):
    project = Project.objects.create(name="T", slug="t")
    Term.objects.create(project=project, source="外交部\x0c", target="外務省<&>", forbidden=["外交部\x01"])
    assert parse_tbx("".join(export_tbx(project)).encode()) == [
        {"source": "外交部", "target": "外務省<&>", "forbidden": ["外交部"], "note": ""}
    ]
