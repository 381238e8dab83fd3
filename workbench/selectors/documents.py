"""The two reads every review page and segments API request makes before the cache answers.

A cached response costs a few milliseconds of CPU, and Django's ORM spent ~1.5 ms of them compiling
the review page's three-table join (document, the viewer's membership, project, source) that the
database answers in 0.1 ms: on two cores under a closed loop of 20 clients that was a fifth of the
page. These two lookups are therefore plain SQL, with the same rule as ``selectors.projects``:
nobody sees a document of a project they are not a member of (the membership join filters and, one
row per user and project, gives the role). Tests compare them with the ORM's answers.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import DEFERRED, QuerySet

from workbench.models import Document, Membership, Project, Segment, Sentence

_D = Document._meta.db_table
_M = Membership._meta.db_table
_P = Project._meta.db_table

_REVIEW_PAGE_SQL = f"""
SELECT d.id, d.name, d.title, d.lang, d.coverage, d.revision, d.created_at, d.project_id, d.source_id,
       m.role, p.name, p.slug, s.name, p.flag_threshold
FROM {_D} d
JOIN {_M} m ON m.project_id = d.project_id AND m.user_id = %s
JOIN {_P} p ON p.id = d.project_id
LEFT JOIN {_D} s ON s.id = d.source_id
WHERE d.id = %s
"""

_STAMP_SQL = f"""
SELECT d.id, d.project_id, d.revision, d.created_at
FROM {_D} d JOIN {_M} m ON m.project_id = d.project_id AND m.user_id = %s
WHERE d.id = %s
"""


def _instance(model, fields: tuple[str, ...], values) -> object:
    """A model instance as the ORM makes one from a row (what is not read stays deferred: reading
    it later costs a query instead of giving a wrong default)."""
    by_name = dict(zip(fields, values, strict=True))
    names = [f.attname for f in model._meta.concrete_fields]
    return model.from_db("default", names, [by_name.get(n, DEFERRED) for n in names])


def _row(sql: str, user, pk: int) -> tuple | None:
    if not user.is_authenticated:
        return None
    with connection.cursor() as cursor:
        cursor.execute(sql, [user.pk, pk])
        return cursor.fetchone()


def review_page_document(user, pk: int) -> Document | None:
    """What the review page shows of a document: names, language, coverage, revision, its project's
    and source's names, the project's flag confidence threshold, and the viewer's role (``viewer_role``); None for a non-member. The whole
    texts stay in the database."""
    row = _row(_REVIEW_PAGE_SQL, user, pk)
    if row is None:
        return None
    fields = ("id", "name", "title", "lang", "coverage", "revision", "created_at", "project_id", "source_id")
    document = _instance(Document, fields, row[:9])
    role, project_name, slug, source_name, flag_threshold = row[9:]
    project_id, source_id = row[7], row[8]
    document.project = _instance(
        Project, ("id", "name", "slug", "flag_threshold"), (project_id, project_name, slug, flag_threshold)
    )
    document.source = _instance(Document, ("id", "name"), (source_id, source_name)) if source_id else None
    document.viewer_role = role
    return document


def document_stamp(user, pk: int) -> Document | None:
    """A member's document with only what a cache key and a query of its rows need (id, project,
    revision, creation time); None for a non-member."""
    row = _row(_STAMP_SQL, user, pk)
    if row is None:
        return None
    return _instance(Document, ("id", "project_id", "revision", "created_at"), row)


def document_sentences(document: Document) -> QuerySet[Sentence]:
    """The document's sentences in order, as the segmenter found them."""
    return document.sentences.order_by("index").only("index", "text", "kind")


def link_candidates(segment: Segment, window: int) -> dict:
    """What the alignment editor offers for linking a row's Chinese: its Chinese sentences, and the
    Japanese sentences of the content rows up to ``window`` rows away, with their texts."""
    document = segment.document
    rows = list(
        document.segments.filter(
            index__gte=segment.index - window, index__lte=segment.index + window, kind=Segment.Kind.CONTENT
        )
        .exclude(link_type__endswith="-0")  # rows with no Japanese
        .order_by("index")
        .only("id", "index", "target_sentences", "state")
    )
    wanted = {j for row in rows for j in row.target_sentences}
    japanese = dict(document.sentences.filter(index__in=wanted).values_list("index", "text"))
    chinese = dict(
        Sentence.objects.filter(
            document_id=document.source_id, index__in=segment.source_sentences
        ).values_list("index", "text")
    )
    return {
        "source": [{"index": i, "text": chinese.get(i, "")} for i in segment.source_sentences],
        "rows": [
            {
                "id": row.pk,
                "index": row.index,
                "state": row.state,
                "target": [{"index": j, "text": japanese.get(j, "")} for j in row.target_sentences],
            }
            for row in rows
        ],
    }
