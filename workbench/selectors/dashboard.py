"""What the managers' quality dashboard shows: a row of figures per Japanese document, and the
geometry of its two charts (open defects by category, the project's MQM day by day).

The charts are drawn in SVG by the template from the numbers here, so that the page needs no
script and the geometry (bar widths, axis scale, point coordinates) is tested without a browser.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Callable, Sequence

from workbench.flag_labels import category_label
from workbench.models import Document, Project, ScoreSnapshot
from workbench.selectors.projects import documents_with_progress
from workbench.selectors.scores import document_scores

#: The columns the table can be sorted on (``?sort=name``, ``?sort=-mqm``…).
SORT_KEYS = frozenset({"name", "mqm", "mqm_estimate", "chrf", "ter", "approved_share", "open_flags"})

#: Bar chart: the longest bar's width and each bar's height (SVG user units).
BAR_WIDTH = 360
BAR_STEP = 24
#: Line chart: the plot area's left edge and width, top edge and height.
LINE_LEFT, LINE_WIDTH = 20, 460
LINE_TOP, LINE_HEIGHT = 10, 140
#: The lowest MQM the line chart's axis shows at least down to, so that a project scoring 99 and
#: 98 does not look like a collapse.
LINE_FLOOR = 90.0


def document_rows(user, project: Project, sort: str = "name") -> list[dict]:
    """One row per Japanese document the user sees, with its cached figures, sorted on ``sort``
    (a key of ``SORT_KEYS``, "-" first for descending; anything else sorts by name). Documents
    without the figure sort after the others, so before them in descending order."""
    rows = []
    for d in documents_with_progress(user, project).filter(lang=Document.Lang.JA):
        s = document_scores(d)
        rows.append(
            {
                "id": d.pk,
                "name": d.name,
                "title": d.title,
                "translator": d.translator_label(),
                "mqm": s["mqm"],
                "reviewed_segments": s["reviewed_segments"],
                "mqm_estimate": s["mqm_estimate"],
                "checked_segments": s["segments"],
                "chrf": s["chrf"],
                "ter": s["ter"],
                "post_edit_segments": s["post_edit_segments"],
                "penalty": s["penalty"],
                "reviewed_chars": s["reviewed_chars"],
                "penalty_estimate": s["penalty_estimate"],
                "source_chars": s["source_chars"],
                "approved_share": s["approved_share"],
                "open_flags": sum(s["flags_by_category"].values()),
                "by_category": s["flags_by_category"],
                "segments": d.n_segments,
                "approved": d.n_approved,
            }
        )
    key = sort if sort.lstrip("-") in SORT_KEYS else "name"
    column = key.lstrip("-")
    rows.sort(
        key=lambda r: (r[column] is None, r[column] or 0) if column != "name" else (False, r["name"]),
        reverse=key.startswith("-"),
    )
    return rows


def bar_chart(counts: Counter[str], link: Callable[[str], str]) -> dict:
    """Horizontal bars, the most frequent category on top, the longest ``BAR_WIDTH`` wide and
    the others in proportion; ``link(category)`` is where a bar leads."""
    peak = max(counts.values(), default=0) or 1
    bars = [
        {
            "category": c,
            "label": category_label(c),
            "count": n,
            "width": round(BAR_WIDTH * n / peak),
            "y": BAR_STEP * i,
            "href": link(c),
        }
        for i, (c, n) in enumerate(counts.most_common())
    ]
    return {"bars": bars, "height": BAR_STEP * len(bars) + 4}


def daily_mqm(project: Project) -> list[tuple[datetime.date, float]]:
    """The project's MQM day by day: the mean of the documents' snapshots taken that day."""
    snaps = (
        ScoreSnapshot.objects.filter(document__project=project, mqm__isnull=False)
        .order_by("computed_at")
        .values_list("computed_at", "mqm")
    )
    by_day: dict[datetime.date, list[float]] = {}
    for at, mqm in snaps:
        by_day.setdefault(at.date(), []).append(mqm)
    return sorted((day, sum(v) / len(v)) for day, v in by_day.items())


def line_chart(points: Sequence[tuple[datetime.date, float]]) -> dict:
    """A polyline of (day, MQM) points, evenly spaced left to right, 100 at the top and the
    lowest score (``LINE_FLOOR`` at least) at the bottom."""
    if not points:
        return {"points": "", "labels": []}
    lo = min(min(p for _, p in points), LINE_FLOOR)
    span = max(1e-6, 100.0 - lo)
    n = len(points)
    coords = [
        (LINE_LEFT + (LINE_WIDTH * k / max(1, n - 1)), LINE_TOP + LINE_HEIGHT * (100.0 - v) / span)
        for k, (_, v) in enumerate(points)
    ]
    return {
        "points": " ".join(f"{x:.1f},{y:.1f}" for x, y in coords),
        "dots": [
            {"x": round(x, 1), "y": round(y, 1), "label": f"{d}: {v:.1f}"}
            for (x, y), (d, v) in zip(coords, points, strict=True)
        ],
        "low": round(lo, 1),
    }
