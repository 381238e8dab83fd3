"""Reads of quality scores: a document's cached figures and a project's totals, for the API, the
dashboard and the review page alike."""

from __future__ import annotations

from collections.abc import Iterable

from alignment.scoring import mqm_from_penalty
from workbench.models import Document, DocumentScore, Project, ScoreSnapshot
from workbench.services import scores


def per_kchar(counts: dict[str, int], source_chars: int) -> dict[str, float]:
    """Flags per 1,000 source characters, by category."""
    return {c: round(n * 1000 / source_chars, 2) for c, n in counts.items()} if source_chars else {}


def document_scores(document: Document) -> dict:
    """Cached figures; computed now only when there are none yet (small, fresh documents)."""
    score = DocumentScore.objects.filter(document=document).first()
    if score is None:
        score = scores.recompute_document_scores(document_id=document.pk)
    if score is None:  # deleted meanwhile
        return scores.compute_document_scores(document) | {"stale": True, "computed_at": None}
    figures = {k: getattr(score, k) for k in scores.STORED}
    return figures | {
        "flags_per_kchar": per_kchar(score.flags_by_category, score.source_chars),
        "stale": score.stale,
        "computed_at": score.computed_at,
    }


def pooled(rows: Iterable[dict]) -> dict:
    """A group of documents' MQM and estimate: their penalties over their pooled characters (not an
    average of document scores, which would let short documents dominate)."""
    group = list(rows)
    total = {
        k: sum(r[k] for r in group)
        for k in (
            "penalty",
            "reviewed_chars",
            "reviewed_segments",
            "penalty_estimate",
            "source_chars",
            "segments",
        )
    }
    return {
        "documents": len(group),
        **total,
        "mqm": mqm_from_penalty(total["penalty"], total["reviewed_chars"]).score,
        "mqm_estimate": mqm_from_penalty(total["penalty_estimate"], total["source_chars"]).score,
    }


def project_scores(project: Project) -> dict:
    """Every Japanese document's figures, the project's and each translator's pooled MQM, and the
    mean MQM of the week's computations."""
    rows = [
        {"document": d.pk, "name": d.name, "translator": d.translator, **document_scores(d)}
        for d in project.documents.filter(lang=Document.Lang.JA).order_by("name")
    ]
    by_translator: dict[str, list[dict]] = {}
    for r in rows:
        by_translator.setdefault(r["translator"] or "unknown", []).append(r)
    weeks: dict[str, list[float]] = {}
    snapshots = ScoreSnapshot.objects.filter(document__project=project, mqm__isnull=False)
    for at, value in snapshots.order_by("computed_at").values_list("computed_at", "mqm"):
        year, week, _ = at.isocalendar()
        weeks.setdefault(f"{year}-W{week:02d}", []).append(value)
    return {
        **pooled(rows),
        "documents": rows,
        "by_translator": {k: pooled(v) for k, v in sorted(by_translator.items())},
        "by_week": [
            {"week": w, "mqm": round(sum(v) / len(v), 2), "computations": len(v)}
            for w, v in sorted(weeks.items())
        ],
    }
