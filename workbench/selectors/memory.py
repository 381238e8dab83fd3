"""Reads of the project's language resources: concordance over its translation memory and termbase."""

from __future__ import annotations

from django.db.models import Q

from alignment.bridge import to_kanji
from workbench.models import Project, Term, TranslationUnit

CONCORDANCE_LIMIT = 50


def _spans(text: str, needles: set[str]) -> list[tuple[int, int]]:
    out = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            out.append((at, at + len(needle)))
            at = text.find(needle, at + len(needle))
    return sorted(out)


def concordance(project: Project, query: str, limit: int = CONCORDANCE_LIMIT) -> dict:
    """How the project translated a word before: its termbase entries and translation-memory units
    whose Chinese holds the query, or whose Japanese holds it or its kanji form (外事 finds 外事弁公室
    too), newest first, with the spans to highlight. The translator's question "what did we call
    this last time?", answered from approved work only."""
    query = query.strip()
    if not query:
        return {"terms": [], "units": []}
    forms = {query, to_kanji(query)}
    in_target = Q()
    for form in forms:
        in_target |= Q(target_text__contains=form)
    units = []
    # Newest first; read a bounded number (a query such as の is in every unit), twice the limit for
    # the few that SQLite's LIKE finds in another letter case.
    matching = TranslationUnit.objects.filter(
        Q(project=project) & (Q(source_text__contains=query) | in_target)
    )
    for unit in matching[: 2 * limit]:
        # SQLite's LIKE ignores the case of Latin letters: keep what holds the query as written.
        source_spans, target_spans = _spans(unit.source_text, {query}), _spans(unit.target_text, forms)
        if not source_spans and not target_spans:
            continue
        units.append(
            {
                "source_text": unit.source_text,
                "target_text": unit.target_text,
                "source_spans": source_spans,
                "target_spans": target_spans,
                "origin": unit.origin,
                "document_name": unit.document_name or unit.import_name,
                "reviewer": unit.reviewer,
            }
        )
        if len(units) >= limit:
            break
    term_filter = Q(source__contains=query)
    for form in forms:
        term_filter |= Q(target__contains=form)
    terms = [
        {"source": t.source, "target": t.target, "forbidden": t.forbidden, "note": t.note}
        for t in Term.objects.filter(Q(project=project) & term_filter)[:limit]
        if query in t.source or any(form in t.target for form in forms)
    ]
    return {"terms": terms, "units": units}
