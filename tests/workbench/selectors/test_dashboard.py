"""The dashboard's figures and chart geometry, without a browser."""

from __future__ import annotations

import datetime
from collections import Counter

from workbench.models import Document
from workbench.selectors import dashboard


def test_bars_are_sorted_by_count_and_scaled_to_the_longest():
    chart = dashboard.bar_chart(
        Counter({"style": 1, "omission": 4, "terminology": 2}), lambda c: f"/qa/?category={c}"
    )
    bars = chart["bars"]
    assert [(b["category"], b["count"], b["width"], b["y"]) for b in bars] == [
        ("omission", 4, 360, 0),
        ("terminology", 2, 180, 24),
        ("style", 1, 90, 48),
    ]
    assert bars[0]["href"] == "/qa/?category=omission" and bars[0]["label"]
    assert chart["height"] == 3 * 24 + 4


def test_no_defect_is_an_empty_chart_not_a_division_by_zero():
    assert dashboard.bar_chart(Counter(), str) == {"bars": [], "height": 4}
    assert dashboard.bar_chart(Counter({"style": 0}), str)["bars"][0]["width"] == 0


def test_the_line_spans_the_plot_with_100_on_top_and_the_lowest_score_at_the_bottom():
    day = datetime.date(2026, 12, 1)
    points = [(day, 100.0), (day + datetime.timedelta(1), 80.0), (day + datetime.timedelta(2), 90.0)]
    chart = dashboard.line_chart(points)
    assert chart["points"] == "20.0,10.0 250.0,150.0 480.0,80.0"
    assert chart["low"] == 80.0
    assert chart["dots"][1] == {"x": 250.0, "y": 150.0, "label": "2026-12-02: 80.0"}


def test_scores_close_to_100_keep_the_axis_down_to_90():
    day = datetime.date(2026, 12, 1)
    chart = dashboard.line_chart([(day, 99.0)])
    assert chart["low"] == 90.0
    # A single point sits at the left edge, a tenth of the way down from 100 to 90.
    assert chart["points"] == "20.0,24.0"


def test_no_snapshot_no_line():
    assert dashboard.line_chart([]) == {"points": "", "labels": []}


def test_documents_without_a_figure_sort_after_the_others(project, monkeypatch):
    for name in ("a.txt", "b.txt", "c.txt"):
        Document.objects.create(
            project=project, name=name, lang="ja", encoding="utf-8", title=name, sha256=name, text=""
        )
    mqm = {"a.txt": 95.0, "b.txt": None, "c.txt": 80.0}
    real = dashboard.document_scores

    def scores(document):
        return {**real(document), "mqm": mqm[document.name]}

    monkeypatch.setattr(dashboard, "document_scores", scores)
    user = project.memberships.get(role="manager").user
    names = [r["name"] for r in dashboard.document_rows(user, project, "mqm")]
    assert names == ["c.txt", "a.txt", "b.txt"]
    assert [r["name"] for r in dashboard.document_rows(user, project, "-mqm")] == ["b.txt", "a.txt", "c.txt"]
    assert [r["name"] for r in dashboard.document_rows(user, project, "-bogus")] == [
        "a.txt",
        "b.txt",
        "c.txt",
    ]
