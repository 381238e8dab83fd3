"""Termbase: managers maintain source term → target term (and forbidden variants); CSV and TBX."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from django.db import transaction
from lxml import etree

from workbench.models import Project, Term
from workbench.permissions import require
from workbench.services.errors import InvalidInput
from workbench.services.exports import FORMULA_START, spreadsheet_cell
from workbench.services.xml_stream import XML_LANG, XML_NS, child, stream


@transaction.atomic
def save_term(
    *, project: Project, user, source: str, target: str, forbidden: list[str] | None = None, note: str = ""
) -> Term:
    require(user, "manage", project)
    if not source.strip() or not target.strip():
        raise InvalidInput("a term needs a source and a target")
    if any("\x00" in text for text in (source, target, note, *(forbidden or []))):
        raise InvalidInput("a term cannot hold a NUL character")
    longest = Term._meta.get_field("source").max_length
    if any(len(text.strip()) > longest for text in (source, target, *(forbidden or []))):  # type: ignore[operator]  # the model field declares max_length
        raise InvalidInput(f"a term, its target and its forbidden forms are at most {longest} characters")
    term, _ = Term.objects.update_or_create(
        project=project,
        source=source.strip(),
        defaults={
            "target": target.strip(),
            "forbidden": [f.strip() for f in forbidden or [] if f.strip()],
            "note": note,
        },
    )
    return term


@transaction.atomic
def delete_term(*, term: Term, user) -> None:
    require(user, "manage", term.project)
    term.delete()


def _as_written(cell: str) -> str:
    """A cell without the apostrophe export_csv put before a would-be formula."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell


def parse_csv(data: bytes) -> list[dict]:
    """Columns source,target[,forbidden separated by |[,note]]; a header row is optional."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput("a termbase CSV file must be UTF-8") from None
    rows = [[_as_written(c) for c in r] for r in csv.reader(io.StringIO(text))]
    if rows and [c.strip().lower() for c in rows[0][:2]] == ["source", "target"]:
        rows = rows[1:]
    return [
        {
            "source": r[0],
            "target": r[1],
            "forbidden": [f for f in (r[2].split("|") if len(r) > 2 else []) if f],
            "note": r[3] if len(r) > 3 else "",
        }
        for r in rows
        if len(r) >= 2 and r[0].strip()
    ]


def parse_tbx(data: bytes) -> list[dict]:
    """TBX (v2 termEntry/langSet/tig/term, or v3 conceptEntry/langSec/termSec/term)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InvalidInput(f"not a valid TBX file: {exc}") from None
    out = []
    for entry in root.iter("{*}termEntry", "termEntry", "{*}conceptEntry", "conceptEntry"):
        terms: dict[str, list[str]] = {}
        forbidden: list[str] = []
        for lang_set in entry.iter("{*}langSet", "langSet", "{*}langSec", "langSec"):
            lang = (lang_set.get(XML_LANG) or "").lower()
            for term_el in lang_set.iter("{*}term", "term"):
                status = " ".join(n.text or "" for n in term_el.getparent().iter("{*}termNote", "termNote"))
                if lang.startswith("ja") and "deprecated" in status.lower():
                    forbidden.append(term_el.text or "")
                else:
                    terms.setdefault(lang[:2], []).append(term_el.text or "")
        if terms.get("zh") and terms.get("ja"):
            out.append(
                {"source": terms["zh"][0], "target": terms["ja"][0], "forbidden": forbidden, "note": ""}
            )
    return out


@transaction.atomic
def import_terms(*, project: Project, user, data: bytes, name: str) -> int:
    require(user, "manage", project)
    rows = parse_tbx(data) if name.lower().endswith((".tbx", ".xml")) else parse_csv(data)
    for row in rows:
        save_term(project=project, user=user, **row)
    return len(rows)


def export_csv(project: Project) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["source", "target", "forbidden", "note"])
    for t in project.terms.order_by("source"):
        writer.writerow(
            [spreadsheet_cell(c) for c in (t.source, t.target, "|".join(t.forbidden or []), t.note)]
        )
    return buf.getvalue()


def export_tbx(project: Project) -> Iterator[str]:
    def write(xf: etree.xmlfile) -> Iterator[None]:
        # xmlfile names the xml: namespace of a start tag it writes only when told its prefix (the
        # declaration it then adds is a legal no-op).
        with xf.element("martif", {"type": "TBX", XML_LANG: "en"}, nsmap={"xml": XML_NS}):
            xf.write("\n  ", etree.fromstring(_TBX_HEADER), "\n  ")
            with xf.element("text"), xf.element("body"):
                for k, term in enumerate(project.terms.order_by("source"), 1):
                    xf.write("\n    ", _tbx_entry(f"t{k}", term))
                    yield
                xf.write("\n  ")
            xf.write("\n")

    return stream(write)


_TBX_HEADER = "<martifHeader><fileDesc><sourceDesc><p>zhja-workbench termbase</p></sourceDesc></fileDesc></martifHeader>"


def _tbx_entry(entry_id: str, term: Term) -> etree._Element:
    entry = etree.Element("termEntry", id=entry_id)
    child(etree.SubElement(etree.SubElement(entry, "langSet", {XML_LANG: "zh"}), "tig"), "term", term.source)
    target = etree.SubElement(entry, "langSet", {XML_LANG: "ja"})
    for text, status in [(term.target, "preferredTerm-admn-sts")] + [
        (bad, "deprecatedTerm-admn-sts") for bad in term.forbidden or []
    ]:
        tig = etree.SubElement(target, "tig")
        child(tig, "term", text)
        child(tig, "termNote", status, type="administrativeStatus")
    etree.indent(entry, space="  ", level=2)
    return entry
