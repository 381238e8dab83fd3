"""Round trip with CAT tools and spreadsheets: a document's rows out as XLIFF 1.2 or CSV, and the
reviewed file back in.

Every row carries its id and the version it had when exported (XLIFF: ``wb:version`` on the unit,
an attribute in our own namespace, which XLIFF 1.2 and 2.x both allow on units; CSV: a column). On
import a changed target goes through the same service as an edit on the review page (version check,
history, re-check); a row changed in the workbench since the export is reported as a conflict and
left as the workbench has it — the file never overwrites work it did not see.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db import transaction
from lxml import etree

from workbench.models import Document, Segment, SegmentState
from workbench.permissions import require
from workbench.services import exports, segments
from workbench.services.errors import InvalidInput
from workbench.services.tm_import import inline_text, parse_xml
from workbench.services.xml_stream import stream

WB_NS = "urn:zhja-workbench:bilingual"
XLIFF_12 = exports.XLIFF_12
XLIFF_2 = "urn:oasis:names:tc:xliff:document:2.0"
MAX_BYTES = 20 * 1024 * 1024


class BilingualError(InvalidInput):
    """The file cannot be read as a bilingual file of this document; nothing was changed."""


@dataclass(frozen=True)
class FileRow:
    """What the file says about one row: its id, the version it was exported at, its target."""

    id: str
    version: int | None
    target: str


@dataclass
class ImportOutcome:
    updated: int = 0
    unchanged: int = 0
    conflicts: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"updated": self.updated, "unchanged": self.unchanged, "conflicts": self.conflicts}


def _rows(document: Document):
    return document.segments.order_by("index")


def xliff(document: Document) -> Iterator[str]:
    """Every row of the document as one ``<trans-unit>``: approved rows ``approved="yes"`` with
    state ``final``, the others ``needs-review-translation`` (or ``new`` with no Japanese)."""

    def write(xf: etree.xmlfile) -> Iterator[None]:
        with xf.element(f"{{{XLIFF_12}}}xliff", nsmap={None: XLIFF_12, "wb": WB_NS}, version="1.2"):
            xf.write("\n  ")
            with exports.xliff_body(xf, document.name):
                for seg in _rows(document).iterator(chunk_size=500):
                    approved = seg.state == SegmentState.APPROVED
                    state = "final" if approved else "needs-review-translation" if seg.target_text else "new"
                    attrib = {
                        "id": str(seg.pk),
                        "resname": str(seg.index + 1),
                        f"{{{WB_NS}}}version": str(seg.version),
                    }
                    if approved:
                        attrib["approved"] = "yes"
                    if seg.kind == Segment.Kind.BOILERPLATE:
                        attrib["translate"] = "no"
                    xf.write("\n      ")
                    exports.trans_unit(xf, attrib, seg, state=state)
                    yield
            xf.write("\n")

    return stream(write)


def read_file(data: bytes) -> list[FileRow]:
    """The rows of an XLIFF 1.2 or 2.x file or of the side-by-side CSV (told apart by their first
    character)."""
    if len(data) > MAX_BYTES:
        raise BilingualError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<":
        return _read_xliff(data)
    return _read_csv(data)


def _version(raw: str | None) -> int | None:
    if raw is None or not str(raw).strip():
        return None
    try:
        return int(float(str(raw).strip()))  # spreadsheets may write 3 as 3.0
    except ValueError:
        raise BilingualError(f"version {raw!r} is not a number") from None


def _read_xliff(data: bytes) -> list[FileRow]:
    try:
        root = parse_xml(data)
    except etree.XMLSyntaxError as exc:
        raise BilingualError(f"not a valid XLIFF file: {exc}") from None
    namespace = etree.QName(root).namespace
    if etree.QName(root).localname != "xliff" or namespace not in (XLIFF_12, XLIFF_2):
        raise BilingualError("not an XLIFF 1.2 or 2.x file (no <xliff> root in their namespace)")
    unit_tag = "trans-unit" if namespace == XLIFF_12 else "unit"
    rows = []
    for unit in root.iter(f"{{{namespace}}}{unit_tag}"):
        targets = unit.findall(f".//{{{namespace}}}target")
        if not targets:
            continue  # a tool that drops empty targets: nothing to say about this row
        rows.append(
            FileRow(
                id=unit.get("id", ""),
                version=_version(unit.get(f"{{{WB_NS}}}version")),
                target="".join(inline_text(t) for t in targets),
            )
        )
    return rows


def _read_csv(data: bytes) -> list[FileRow]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BilingualError("the CSV file is not UTF-8") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = {"id", "final_ja"} - set(reader.fieldnames or ())
    if missing:
        raise BilingualError(f"the CSV file has no column {', '.join(sorted(missing))}")
    try:
        return [
            FileRow(
                id=(r["id"] or "").strip(), version=_version(r.get("version")), target=r["final_ja"] or ""
            )
            for r in reader
        ]
    except csv.Error as exc:
        raise BilingualError(f"not a valid CSV file: {exc}") from None


@transaction.atomic
def import_file(*, document: Document, user, data: bytes) -> ImportOutcome:
    """Apply the file's changed targets to the document's rows, each as the user's edit (action
    'import'). A row is a conflict, left untouched, when the file names no row of this document,
    or says nothing of the version it was exported at, or was exported at another version than
    the row has now. All or nothing when the file cannot be read."""
    require(user, "edit", document.project)
    file_rows = read_file(data)
    by_id = {str(seg.pk): seg for seg in _rows(document).select_related("document__project")}
    outcome = ImportOutcome()
    for row in file_rows:
        seg = by_id.get(row.id)
        if seg is None:
            outcome.conflicts.append({"segment": row.id, "reason": "no row of this document has this id"})
            continue
        if row.target.strip() == seg.target_text.strip():
            outcome.unchanged += 1
            continue
        reason = _stale(row, seg)
        if reason is None:
            try:
                by_id[row.id] = segments.update_target_text(
                    segment=seg, user=user, target_text=row.target, version=seg.version, action="import"
                )
                outcome.updated += 1
                continue
            except segments.Conflict:
                reason = "changed in the workbench while the file was imported"
        outcome.conflicts.append({"segment": seg.pk, "reason": reason})
    return outcome


def _stale(row: FileRow, seg: Segment) -> str | None:
    """Why the file's text may not replace the row's, or None if it may."""
    if row.version is None:
        return "the file does not say which version of the row it was exported from"
    if row.version != seg.version:
        return (
            f"changed in the workbench since the export (exported at version {row.version}, "
            f"now {seg.version}); the workbench's text is kept"
        )
    return None
