"""The settings page's flag confidence threshold, the QA report page's low-confidence toggle, the
review page's approval in one go and the issue list, which the threshold applies to."""

from __future__ import annotations

import csv
import io

from django.test import Client

from alignment.checks.confidence import confidence, default_threshold
from tests.workbench.selectors.test_flag_confidence import HIGH, LOW, make_flag
from workbench.models import Flag, Project, Revision


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_manager_sets_the_threshold_on_the_settings_page(doc, users):
    client = logged_in(users["manager"])
    url = f"/projects/{doc.project.slug}/settings/"
    page = client.get(url).content.decode()
    assert 'name="flag_threshold"' in page and f"{default_threshold():.2f}" in page
    answer = client.post(url, {"action": "flag_threshold", "flag_threshold": "0.3"})
    assert answer.status_code == 302
    assert Project.objects.get(pk=doc.project_id).flag_threshold == 0.3
    assert Revision.objects.filter(document=doc, action="flag_threshold").exists()
    client.post(url, {"action": "flag_threshold", "flag_threshold": "7"})
    assert Project.objects.get(pk=doc.project_id).flag_threshold == 0.3


def test_the_qa_report_lists_low_flags_only_when_asked(doc, users):
    first = doc.segments.order_by("index").first()
    make_flag(first, HIGH)
    make_flag(first, LOW)
    client = logged_in(users["reviewer"])
    url = f"/projects/{doc.project.slug}/qa/"
    default = client.get(url).content.decode()
    assert f"<code>{HIGH[0]}</code>" in default and f"<code>{LOW[0]}</code>" not in default
    every = client.get(url, {"low_flags": "1"}).content.decode()
    assert f"<code>{LOW[0]}</code>" in every


def test_a_row_redrawn_after_an_action_hides_the_same_flags(doc, users):
    first = doc.segments.order_by("index").first()
    high, low = make_flag(first, HIGH), make_flag(first, LOW)
    client = logged_in(users["reviewer"])
    url = f"/documents/{doc.pk}/rows/"
    default = client.get(url, {"ids": first.pk}).content.decode()
    assert f'data-flag="{high.pk}"' in default and f'data-flag="{low.pk}"' not in default
    every = client.get(url, {"ids": first.pk, "low_flags": "1"}).content.decode()
    assert f'data-flag="{low.pk}"' in every
    assert "low-flag" in every.split(f'data-flag="{low.pk}"')[0].rsplit("<li", 1)[1]


def test_the_review_page_offers_to_approve_a_row_whose_only_flag_is_hidden(doc, users):
    first, _, _, last = doc.segments.order_by("index")
    make_flag(first, LOW)
    make_flag(last, HIGH)
    page = logged_in(users["reviewer"]).get(f"/documents/{doc.pk}/").content.decode()
    assert 'id="approve-all"' in page and 'data-n="1"' in page
    assert "confidence threshold); approved" in page


def test_the_issue_list_gives_each_flag_its_confidence_and_hides_low_ones_unless_asked(doc, users):
    first = doc.segments.order_by("index").first()
    high, low = make_flag(first, HIGH), make_flag(first, LOW)
    mine = make_flag(
        first, ("reviewer-terminology", "terminology"), origin=Flag.Origin.REVIEWER, status="confirmed"
    )
    client = logged_in(users["reviewer"])
    url = f"/projects/{doc.project.slug}/issues.csv"

    def lines(**query) -> dict[str, str]:
        body = b"".join(client.get(url, query).streaming_content).decode("utf-8").lstrip("\ufeff")
        return {line["check"]: line["confidence"] for line in csv.DictReader(io.StringIO(body))}

    assert lines() == {high.code: f"{confidence(*HIGH):.2f}", mine.code: ""}
    every = lines(low_flags="1")
    assert every == {
        high.code: f"{confidence(*HIGH):.2f}",
        low.code: f"{confidence(*LOW):.2f}",
        mine.code: "",
    }


def test_the_dashboard_links_the_issue_list_with_and_without_low_flags(doc, users):
    page = logged_in(users["manager"]).get(f"/projects/{doc.project.slug}/dashboard/").content.decode()
    url = f"/projects/{doc.project.slug}/issues.csv"
    assert f'href="{url}"' in page and f'href="{url}?low_flags=1"' in page
