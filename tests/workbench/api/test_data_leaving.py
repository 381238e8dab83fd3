"""What leaves the workbench: spreadsheets that cannot run a cell, XML that parses, a manager kept."""

from __future__ import annotations

import csv
import io

from lxml import etree

from tests.workbench.conftest import client_for
from workbench.models import Membership, Segment, Term
from workbench.pages.spreadsheets import csv_response
from workbench.services.termbase import export_csv, export_tbx, import_terms, parse_csv, parse_tbx

FORMULAS = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


def test_every_csv_download_shows_would_be_formulas_as_text():
    response = csv_response("x.csv", ["a", "b"], [[*FORMULAS, "普通の文", 5, -2]])
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    cells = list(csv.reader(io.StringIO(body)))[1]
    assert cells[: len(FORMULAS)] == ["'" + f for f in FORMULAS]
    assert cells[len(FORMULAS) :] == ["普通の文", "5", "-2"]  # numbers stay numbers


def test_a_translation_that_is_a_formula_in_the_side_by_side_sheet(rendering, users, client):
    Segment.objects.filter(document=rendering).update(target_text='=HYPERLINK("http://evil.example","click")')
    client.force_login(users["reviewer"])
    body = b"".join(client.get(f"/documents/{rendering.pk}/bilingual.csv").streaming_content).decode(
        "utf-8-sig"
    )
    assert "'=HYPERLINK" in body and ",=HYPERLINK" not in body and '"=HYPERLINK' not in body


def test_the_termbase_csv_neutralises_formulas_and_reads_back_what_was_written(project, users):
    Term.objects.create(
        project=project, source="=长宁区", target="-長寧区", forbidden=["@長寧"], note="+note"
    )
    written = export_csv(project)
    assert "'=长宁区" in written and "'-長寧区" in written and "'@長寧" in written and "'+note" in written
    assert parse_csv(written.encode()) == [
        {"source": "=长宁区", "target": "-長寧区", "forbidden": ["@長寧"], "note": "+note"}
    ]


def test_the_tbx_export_drops_control_characters_and_imports_again(project, users):
    Term.objects.create(project=project, source="长宁\x0c区", target="長寧\x07区", forbidden=["長\x1b寧"])
    tbx = "".join(export_tbx(project)).encode()
    etree.fromstring(tbx)  # well-formed
    assert parse_tbx(tbx) == [{"source": "长宁区", "target": "長寧区", "forbidden": ["長寧"], "note": ""}]
    Term.objects.all().delete()
    assert import_terms(project=project, user=users["manager"], data=tbx, name="t.tbx") == 1


def test_the_only_manager_cannot_demote_themselves(project, users):
    response = client_for(users["manager"]).post(
        f"/api/projects/{project.pk}/members/", {"username": "manager", "role": "reviewer"}, format="json"
    )
    assert response.status_code == 400 and "manager" in response.json()["detail"]
    assert Membership.objects.get(project=project, user=users["manager"]).role == "manager"


def test_a_manager_can_step_down_when_another_one_remains(project, users):
    client = client_for(users["manager"])
    client.post(
        f"/api/projects/{project.pk}/members/", {"username": "reviewer", "role": "manager"}, format="json"
    )
    response = client.post(
        f"/api/projects/{project.pk}/members/", {"username": "manager", "role": "reviewer"}, format="json"
    )
    assert response.status_code == 200
    assert Membership.objects.get(project=project, user=users["manager"]).role == "reviewer"
