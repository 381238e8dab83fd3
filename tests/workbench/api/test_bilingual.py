"""Round trip with CAT tools: export a document's rows, edit them elsewhere, import them back."""

from __future__ import annotations

import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from lxml import etree

from tests.workbench.conftest import client_for
from workbench.models import Revision, Segment
from workbench.services import segments
from workbench.services.bilingual import WB_NS, XLIFF_12

NS = {"x": XLIFF_12}


def _upload(client, document, data: bytes, name="reviewed.xlf"):
    return client.post(
        f"/api/documents/{document.pk}/bilingual/",
        {"file": SimpleUploadedFile(name, data)},
        format="multipart",
    )


def _export(client, document, fmt="xliff") -> bytes:
    res = client.get(f"/api/documents/{document.pk}/bilingual/?format={fmt}")
    assert res.status_code == 200
    return b"".join(res.streaming_content)


def _two_rows(document) -> tuple[Segment, Segment]:
    rows = list(Segment.objects.filter(document=document, kind="content").exclude(target_text="")[:2])
    return rows[0], rows[1]


def test_xliff_round_trip_updates_and_reports_conflicts(rendering, users):
    client = client_for(users["translator"])
    root = etree.fromstring(_export(client, rendering))
    units = root.findall(".//x:trans-unit", NS)
    assert len(units) == rendering.segments.count()  # every row, page chrome included
    mine, theirs = _two_rows(rendering)
    by_id = {u.get("id"): u for u in units}
    assert by_id[str(mine.pk)].get(f"{{{WB_NS}}}version") == str(mine.version)
    by_id[str(mine.pk)].find("x:target", NS).text = "外部ツールで直した訳文。"
    by_id[str(theirs.pk)].find("x:target", NS).text = "外部ツールの古い訳文。"
    # Meanwhile someone edits the other row in the workbench.
    segments.update_target_text(
        segment=theirs,
        user=users["reviewer"],
        target_text="ワークベンチの新しい訳文。",
        version=theirs.version,
    )
    res = _upload(client, rendering, etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    assert res.status_code == 200, res.content
    body = res.json()
    assert body["updated"] == 1
    assert body["unchanged"] == len(units) - 2
    assert [c["segment"] for c in body["conflicts"]] == [theirs.pk]
    assert "since the export" in body["conflicts"][0]["reason"]
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert mine.target_text == "外部ツールで直した訳文。" and mine.state == "needs_review"
    assert theirs.target_text == "ワークベンチの新しい訳文。"
    assert Revision.objects.filter(segment=mine, action="import").count() == 1
    # Importing the same file again changes nothing: the updated row is unchanged now, the other
    # still a conflict.
    again = _upload(client, rendering, etree.tostring(root)).json()
    assert again["updated"] == 0 and len(again["conflicts"]) == 1


def test_xliff_2_import(rendering, users):
    mine, _ = _two_rows(rendering)
    data = f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:wb="{WB_NS}" version="2.1" srcLang="zh-CN" trgLang="ja-JP">
 <file id="f1"><unit id="{mine.pk}" wb:version="{mine.version}">
  <segment><source>x</source><target>前半、</target></segment>
  <segment><source>y</source><target>後半<ph id="1"/>です。</target></segment>
 </unit></file></xliff>""".encode()
    res = _upload(client_for(users["translator"]), rendering, data)
    assert res.json() == {"updated": 1, "unchanged": 0, "conflicts": []}
    mine.refresh_from_db()
    assert mine.target_text == "前半、後半です。"


def test_csv_round_trip(rendering, users):
    client = client_for(users["translator"])
    text = _export(client, rendering, "csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == rendering.segments.count()
    mine, _ = _two_rows(rendering)
    row = next(r for r in rows if r["id"] == str(mine.pk))
    row["final_ja"] = "表計算ソフトで直した訳文。"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    res = _upload(client, rendering, out.getvalue().encode("utf-8-sig"), "sheet.csv")
    assert res.json()["updated"] == 1 and res.json()["conflicts"] == []
    mine.refresh_from_db()
    assert mine.target_text == "表計算ソフトで直した訳文。"


def test_rows_the_file_cannot_vouch_for_are_conflicts(rendering, users):
    mine, _ = _two_rows(rendering)
    data = f"id,final_ja\n{mine.pk},版のない訳文。\n999999,どこにもない行。\n".encode()
    body = _upload(client_for(users["translator"]), rendering, data, "sheet.csv").json()
    assert body["updated"] == 0
    assert [c["segment"] for c in body["conflicts"]] == [mine.pk, "999999"]
    assert Segment.objects.get(pk=mine.pk).target_text == mine.target_text


def test_bad_files_are_400_and_change_nothing(rendering, users):
    client = client_for(users["translator"])
    before = list(Segment.objects.filter(document=rendering).values_list("version", flat=True))
    for data, name in (
        (b"<xliff><unclosed>", "bad.xlf"),
        (b'<?xml version="1.0"?><tmx version="1.4"/>', "tm.tmx"),
        (b"row,text\n1,x\n", "sheet.csv"),
        ("id,final_ja\n1,x\n".encode("shift_jis") + b"\x82\xa0", "sjis.csv"),
    ):
        res = _upload(client, rendering, data, name)
        assert res.status_code == 400, (name, res.content)
        assert res.json()["detail"]
    assert client.post(f"/api/documents/{rendering.pk}/bilingual/", {}, format="multipart").status_code == 400
    assert client.get(f"/api/documents/{rendering.pk}/bilingual/?format=doc").status_code == 400
    assert list(Segment.objects.filter(document=rendering).values_list("version", flat=True)) == before


def test_outsiders_see_no_document(rendering, users):
    outsider = client_for(users["outsider"])
    assert outsider.get(f"/api/documents/{rendering.pk}/bilingual/").status_code == 404
    assert _upload(outsider, rendering, b"id,final_ja\n").status_code == 404
