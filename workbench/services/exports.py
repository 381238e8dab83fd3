"""Exports: approved segments as TMX 1.4b, XLIFF 1.2 and TSV, streamed row by row; a document's
corrected Japanese article as plain text, and its rows side by side for a client's review.

XLIFF 1.2 rather than 2.x: it is what translate-toolkit, OmegaT, Trados and memoQ all read, and
each approved pair maps onto one ``<trans-unit>`` with ``approved="yes"`` and ``state="final"``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, time
from itertools import groupby, pairwise

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from lxml import etree

from alignment import __version__
from alignment.diff import as_markup, diff
from workbench.flag_labels import category_label, explanation, severity_label, with_explanation
from workbench.models import Comment, Document, Flag, Segment, SegmentState
from workbench.services.xml_stream import XML_LANG, child, clean, stream

# What makes a spreadsheet program read a cell as a formula (a translator's =HYPERLINK(...) would
# run in the client's spreadsheet), a tab or carriage return before it included. Such a cell gets
# OWASP's leading apostrophe: spreadsheets show it as text; the termbase's CSV import takes it off.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value):
    """A CSV cell that a spreadsheet shows as the text it is."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def _tmx_date(dt: datetime | None) -> str:
    return (dt or timezone.now()).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def date_bound(raw: str, *, end: bool) -> datetime | None:
    """A filter bound from a date (the whole day counts: 00:00 for ``since``, 23:59:59 for ``until``,
    in UTC) or an ISO date-time (naive ones taken as UTC); None if it is neither."""
    try:  # a well-formed date that does not exist (2024-02-30) raises
        day = parse_date(raw) if len(raw) == 10 else None
        moment = datetime.combine(day, time.max if end else time.min) if day else parse_datetime(raw)
    except ValueError:
        return None
    if moment is None:
        return None
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment, UTC)


def approved_segments(
    *, project=None, document=None, since=None, until=None, min_score=None
) -> QuerySet[Segment]:
    qs = Segment.objects.filter(state=SegmentState.APPROVED).exclude(source_text="").exclude(target_text="")
    if project is not None:
        qs = qs.filter(document__project=project)
    if document is not None:
        qs = qs.filter(document=document)
    if since is not None:
        qs = qs.filter(approved_at__gte=since)
    if until is not None:
        qs = qs.filter(approved_at__lte=until)
    if min_score is not None:
        qs = qs.filter(document__score__mqm__gte=min_score)
    return qs.select_related("document", "approved_by", "updated_by", "document__score").order_by(
        "document_id", "index"
    )


def tmx(segments: QuerySet[Segment]) -> Iterator[str]:
    header = {
        "creationtool": "zhja-workbench",
        "creationtoolversion": __version__,
        "segtype": "sentence",
        "o-tmf": "zhja-workbench",
        "adminlang": "en",
        "srclang": "zh-CN",
        "datatype": "plaintext",
        "creationdate": _tmx_date(None),
    }

    def write(xf: etree.xmlfile) -> Iterator[None]:
        with xf.element("tmx", version="1.4"):
            xf.write("\n  ", etree.Element("header", header), "\n  ")
            with xf.element("body"):
                xf.write("\n")
                for seg in segments.iterator(chunk_size=500):
                    xf.write("    ", _tmx_unit(seg), "\n")
                    yield
            xf.write("\n")

    return stream(write, doctype='<!DOCTYPE tmx SYSTEM "tmx14.dtd">')


def _tmx_unit(seg: Segment) -> etree._Element:
    reviewer = seg.approved_by.get_username() if seg.approved_by else ""
    changer = seg.updated_by.get_username() if seg.updated_by else reviewer
    score = getattr(getattr(seg.document, "score", None), "mqm", None)
    tu = etree.Element(
        "tu",
        tuid=f"{seg.document_id}-{seg.index}",
        creationdate=_tmx_date(seg.approved_at),
        changedate=_tmx_date(seg.updated_at),
        creationid=clean(reviewer),
        changeid=clean(changer),
    )
    child(tu, "prop", seg.document.name, type="x-document")
    child(tu, "prop", reviewer, type="x-reviewer")
    if score is not None:
        child(tu, "prop", str(score), type="x-mqm-score")
    for lang, text in (("zh-CN", seg.source_text), ("ja-JP", seg.target_text)):
        child(etree.SubElement(tu, "tuv", {XML_LANG: lang}), "seg", text)
    etree.indent(tu, space="  ", level=2)
    return tu


XLIFF_12 = "urn:oasis:names:tc:xliff:document:1.2"


def xliff(segments: QuerySet[Segment]) -> Iterator[str]:
    def write(xf: etree.xmlfile) -> Iterator[None]:
        with xf.element(f"{{{XLIFF_12}}}xliff", nsmap={None: XLIFF_12}, version="1.2"):
            for document, rows in groupby(segments.iterator(chunk_size=500), key=lambda seg: seg.document):
                xf.write("\n  ")
                with xliff_body(xf, document.name):
                    for seg in rows:
                        xf.write("\n      ")
                        trans_unit(
                            xf,
                            {"id": f"{seg.document_id}-{seg.index}", "approved": "yes"},
                            seg,
                            state="final",
                        )
                        yield
            xf.write("\n")

    return stream(write)


@contextmanager
def xliff_body(xf: etree.xmlfile, name: str) -> Iterator[None]:
    """The ``<file>`` of one document and its ``<body>``, for the units written inside."""
    file = {
        "original": clean(name),
        "source-language": "zh-CN",
        "target-language": "ja-JP",
        "datatype": "plaintext",
    }
    with xf.element(f"{{{XLIFF_12}}}file", file), xf.element(f"{{{XLIFF_12}}}body"):
        yield
        xf.write("\n    ")


def trans_unit(xf: etree.xmlfile, attrib: dict[str, str], seg: Segment, *, state: str) -> None:
    """One XLIFF 1.2 ``<trans-unit>`` of a row, inside the ``<body>`` being written."""
    with xf.element(f"{{{XLIFF_12}}}trans-unit", attrib):
        with xf.element(f"{{{XLIFF_12}}}source"):
            xf.write(clean(seg.source_text))
        with xf.element(f"{{{XLIFF_12}}}target", state=state):
            xf.write(clean(seg.target_text))


def _tsv_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def tsv(segments: QuerySet[Segment]) -> Iterator[str]:
    yield "source\ttarget\tdocument\treviewer\tapproved_at\n"
    for seg in segments.iterator(chunk_size=500):
        reviewer = seg.approved_by.get_username() if seg.approved_by else ""
        yield (
            "\t".join(
                _tsv_cell(x)
                for x in (
                    seg.source_text,
                    seg.target_text,
                    seg.document.name,
                    reviewer,
                    seg.approved_at.isoformat() if seg.approved_at else "",
                )
            )
            + "\n"
        )


WRITERS = {"tmx": tmx, "xliff": xliff, "tsv": tsv}
CONTENT_TYPES = {
    "tmx": "application/x-tmx+xml",
    "xliff": "application/xliff+xml",
    "tsv": "text/tab-separated-values",
}


def download_name(document: Document, suffix: str) -> str:
    """A download named after the imported file: 000_x.txt → 000_x.corrected.txt."""
    stem = document.name.rsplit(".", 1)[0] if "." in document.name else document.name
    return f"{stem}.{suffix}"


@dataclass(frozen=True)
class CorrectedArticle:
    """The Japanese article as its rows now read, and how many of those rows nobody approved yet
    (a deliverable is only as final as its least reviewed sentence)."""

    text: str
    rows: int
    not_approved: int


def _gap_break(text: str, start: int, end: int) -> str:
    """What stood between two sentences of a file, reduced to what a reader sees: a paragraph break
    (two or more line ends, however many non-breaking spaces the web page put between them), a line
    break, a plain space between Latin words, or nothing — Japanese runs its sentences on."""
    gap = text[start:end]
    lines = gap.count("\n")
    if lines >= 2:
        return "\n\n"
    if lines == 1:
        return "\n"
    return " " if gap[:1] == " " or gap[-1:] == " " else ""


def _breaks(document: Document | None) -> dict[int, str]:
    """Sentence index → the break that preceded it in the file (nothing before the first)."""
    if document is None:
        return {}
    spans = list(document.sentences.order_by("index").values_list("index", "start", "end"))
    text = document.text
    out = {index: "" for index, _, _ in spans[:1]}
    for (_, _, prev_end), (index, start, _) in pairwise(spans):
        out[index] = _gap_break(text, prev_end, start)
    return out


def corrected_article(document: Document, *, changes: bool = False) -> CorrectedArticle:
    """The post-edited Japanese article, ready to publish: each content row's current text in the
    order of the rows, with the paragraph breaks of the imported file, page chrome left out (it was
    set aside at import and nobody reviewed it). A row the translator filled in where the MT had
    left a source sentence out (a 1-0 row) stands where the source has it, after the break the
    source has before it. With ``changes``, each row says what the post-edit did to the machine
    translation, ``[-deleted-]{+inserted+}`` (``alignment.diff``): the article with track changes."""
    rows = list(
        document.segments.filter(kind=Segment.Kind.CONTENT)
        .order_by("index")
        .values_list("target_sentences", "source_sentences", "target_text", "state", "mt_text")
    )
    target_breaks = _breaks(document)
    source_breaks = _breaks(document.source) if any(not t for t, *_ in rows) else {}
    parts: list[str] = []
    written = not_approved = 0
    for target_sentences, source_sentences, text, state, mt in rows:
        if not text.strip() and not (changes and mt.strip()):
            continue
        if target_sentences:
            gap = target_breaks.get(min(target_sentences), "")
        else:
            gap = source_breaks.get(min(source_sentences), "") if source_sentences else ""
        shown = as_markup(diff(mt.strip("\n"), text.strip("\n"))) if changes else text.strip("\n")
        parts.append((gap if parts else "") + shown)
        written += 1
        not_approved += state != SegmentState.APPROVED
    body = "".join(parts)
    return CorrectedArticle(text=body + "\n" if body else "", rows=written, not_approved=not_approved)


BILINGUAL_COLUMNS = (
    "row",
    "link",
    "state",
    "source_zh",
    "mt_ja",
    "final_ja",
    "edited",
    "open_flags",
    "comments",
    "approved_by",
    "changes",
    "id",
    "version",
)


def bilingual_rows(document: Document, *, boilerplate: bool = False) -> Iterator[tuple]:
    """Every content row of a document (and its page chrome, with ``boilerplate``) side by side, in
    :data:`BILINGUAL_COLUMNS` order: the sheet a client reviews offline — source, what the MT said,
    what the reviewers made of it, what is still open ("category/severity: message" per line, in
    the request's language: a Japanese sheet names the category and says what the check looks for
    before its English evidence) and what was said about it — and, last, the row's id and version,
    by which the edited sheet can be imported back (``services.bilingual``)."""
    rows = document.segments.select_related("approved_by").order_by("index")
    if not boilerplate:
        rows = rows.filter(kind=Segment.Kind.CONTENT)
    flags: dict[int, list[str]] = {}
    for segment_id, code, category, severity, message in (
        Flag.objects.filter(segment__document=document, status=Flag.Status.OPEN)
        .order_by("segment_id", "start", "id")
        .values_list("segment_id", "code", "category", "severity", "message")
    ):
        flags.setdefault(segment_id, []).append(
            f"{category_label(category)}/{severity_label(severity)}: {with_explanation(message, explanation(code))}"
        )
    comments: dict[int, list[str]] = {}
    for segment_id, author, body in (
        Comment.objects.filter(segment__document=document)
        .order_by("segment_id", "created_at", "id")
        .values_list("segment_id", "author__username", "body")
    ):
        comments.setdefault(segment_id, []).append(f"{author or '?'}: {body}")
    for seg in rows:
        yield (
            seg.index + 1,
            seg.link_type,
            seg.state,
            seg.source_text,
            seg.mt_text,
            seg.target_text,
            "yes" if seg.target_text != seg.mt_text else "",
            "\n".join(flags.get(seg.pk, [])),
            "\n".join(comments.get(seg.pk, [])),
            seg.approved_by.get_username() if seg.approved_by else "",
            as_markup(diff(seg.mt_text, seg.target_text)) if seg.target_text != seg.mt_text else "",
            seg.pk,
            seg.version,
        )
