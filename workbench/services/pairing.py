"""Pairing after the import: a Japanese document gets its Chinese source later — uploaded after it,
or chosen by a manager where the automatic pairing found none or the wrong one — or loses it.

The document is aligned anew with its new source (without one, each sentence is a row of its own)
and its rows are reconciled with the new links so that nothing anybody did to them is lost:

* a row whose Japanese sentences are exactly those of a new link keeps its identity — text,
  history, comments, flags a reviewer raised — and only takes the link's Chinese sentences;
* rows nobody touched (no edit, approval, comment, dismissal, alignment fix) are replaced by the
  new links, which may group their sentences differently (two monolingual rows becoming one 1-2);
* where the new links would regroup sentences of a touched row, the rows keep their grouping and
  each link's Chinese sentences go to the row holding the link's first Japanese sentence;
* a source-only row a translator filled in or commented on would have no place under another
  source: the change is refused, naming the row, rather than dropping that work.

A row whose Chinese side changed and that was approved goes back to review: it was approved
against another source, or none. The document is then checked again as a whole.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q

from alignment.aligner import align_documents
from alignment.documents import links_coverage, pair_documents
from alignment.types import Document as LibDocument
from alignment.types import Link
from alignment.types import Sentence as LibSentence
from workbench.models import Comment, Document, Flag, Revision, Segment, SegmentState
from workbench.permissions import require
from workbench.services.checks import check_document, schedule_project_recheck
from workbench.services.errors import InvalidInput
from workbench.services.revisions import after_change, record, snapshot


class PairingRefused(InvalidInput):
    """The requested pairing would lose work or makes no sense (not a Chinese document of the
    project); the message says which and why."""


def stored_document(document: Document, *, name: str | None = None) -> LibDocument:
    """The library's view of a stored document, from its stored sentences: rows refer to these
    indices, so the text is not split again (a newer splitter could number the sentences
    differently from the rows)."""
    rows = document.sentences.order_by("index").values_list("index", "text", "start", "end", "kind")
    return LibDocument(
        name=name or document.name,
        text=document.text,
        lang=document.lang,
        encoding=document.encoding,
        sentences=[LibSentence(i, text, start, end, kind) for i, text, start, end, kind in rows],
    )


def _touched(segments: list[Segment]) -> set[int]:
    """Rows somebody worked on: edited, approved or rejected, commented, flagged by a reviewer,
    a flag dismissed, or any change in their history (a merge, a split, a revert)."""
    ids = [s.pk for s in segments]
    out = {s.pk for s in segments if s.target_text != s.mt_text or s.state != SegmentState.DRAFT}
    out |= set(Revision.objects.filter(segment_id__in=ids).values_list("segment_id", flat=True))
    out |= set(Comment.objects.filter(segment_id__in=ids).values_list("segment_id", flat=True))
    worked = Q(origin=Flag.Origin.REVIEWER) | ~Q(status=Flag.Status.OPEN)
    out |= set(Flag.objects.filter(worked, segment_id__in=ids).values_list("segment_id", flat=True))
    return out


def _blocks(old: list[Segment], links: list[Link]) -> list[tuple[list[Segment], list[int]]]:
    """Old rows and new links (by position) grouped by the Japanese sentences they share: each
    group holds the same sentences on both sides. Links without Japanese are left out."""
    row_of = {j: s for s in old for j in s.target_sentences}
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for k, link in enumerate(links):
        for j in link.tgt:
            if j in row_of:
                parent[find(("row", row_of[j].pk))] = find(("link", k))
    groups: dict[tuple[str, int], tuple[list[Segment], list[int]]] = {}
    for k, link in enumerate(links):
        if link.tgt:
            groups.setdefault(find(("link", k)), ([], []))[1].append(k)
    for s in old:
        if s.target_sentences:
            groups.setdefault(find(("row", s.pk)), ([], []))[0].append(s)
    return list(groups.values())


def _texts(doc: LibDocument | None, indices: list[int] | tuple[int, ...]) -> str:
    return "".join(doc.sentences[i].text for i in indices) if doc is not None else ""


def segment_for_link(
    document: Document, source: LibDocument | None, target: LibDocument, link: Link, index: int = 0
) -> Segment:
    """The (unsaved) row of one link of the alignment: its texts, and page chrome when all its
    sentences are."""
    text = _texts(target, link.tgt)
    members = [source.sentences[i] for i in link.src] if source is not None else []
    members += [target.sentences[j] for j in link.tgt]
    chrome = bool(members) and all(s.is_boilerplate for s in members)
    return Segment(
        document=document,
        index=index,
        source_sentences=list(link.src),
        target_sentences=list(link.tgt),
        source_text=_texts(source, link.src),
        mt_text=text,
        target_text=text,
        link_type=link.kind,
        confidence=link.score,
        kind=Segment.Kind.BOILERPLATE if chrome else Segment.Kind.CONTENT,
    )


def _refuse_lost_rows(document: Document, old: list[Segment], touched: set[int], kept: set[int]) -> None:
    """Source-only rows go with their source (unless ``kept``: the same source leaves the same
    sentences unrendered); refuse if one carries someone's work."""
    for s in old:
        if s.target_sentences or s.pk not in touched or s.pk in kept:
            continue
        if (
            s.target_text.strip()
            or s.comments.exists()
            or s.flags.filter(origin=Flag.Origin.REVIEWER).exists()
        ):
            raise PairingRefused(
                f"{document.name}, row {s.index + 1}: it holds a translation, comment or issue for a "
                "sentence of the current source, which the new pairing has no place for; move it to "
                "another row or clear it first"
            )


def _reconcile(
    document: Document,
    old: list[Segment],
    touched: set[int],
    links: list[Link],
    source: LibDocument | None,
    target: LibDocument,
    gaps: dict[tuple[int, ...], Segment],
) -> list[Segment]:
    """The document's rows for the new links, in order: old rows kept (their pairing fields set,
    not saved) and new ones (unsaved), as the module's rules say; ``gaps``: old source-only rows
    that stay for the source-only links with their sentences."""
    placed: list[tuple[int, Segment]] = []  # (position of its first link, row), to be sorted
    absorbed: set[int] = set()
    for rows, group in _blocks(old, links):
        if len(rows) == 1 and len(group) == 1:
            row, link = rows[0], links[group[0]]
            row.source_sentences = list(link.src)
            row.confidence = link.score
            row.kind = segment_for_link(document, source, target, link).kind
            placed.append((group[0], row))
        elif not any(r.pk in touched for r in rows):
            placed += [(k, segment_for_link(document, source, target, links[k])) for k in group]
        else:
            # Keep the rows' grouping; a link's Chinese goes to the row holding its first Japanese
            # sentence, a source-only link inside the span to the row before it.
            holder = {j: r for r in rows for j in r.target_sentences}
            given: dict[int, list[Link]] = {r.pk: [] for r in rows}
            row = rows[0]
            for k in range(group[0], group[-1] + 1):
                row = holder[min(links[k].tgt)] if links[k].tgt else row
                given[row.pk].append(links[k])
                absorbed.add(k)
            for r in rows:
                r.source_sentences = sorted(i for link in given[r.pk] for i in link.src)
                r.confidence = min((link.score for link in given[r.pk]), default=1.0)
                placed.append((group[0], r))
    placed += [
        (k, gaps.get(link.src) or segment_for_link(document, source, target, link))
        for k, link in enumerate(links)
        if not link.tgt and k not in absorbed
    ]
    placed.sort(key=lambda item: (item[0], min(item[1].target_sentences, default=-1)))
    return [row for _, row in placed]


def _require_pairable(document: Document, source: Document | None) -> None:
    if source is not None and (source.lang != Document.Lang.ZH or source.project_id != document.project_id):
        raise PairingRefused("the source must be a Chinese document of the same project")


@transaction.atomic
def attach_source(
    *,
    document: Document,
    source: Document | None,
    user,
    score: float | None = None,
    unless_paired: bool = False,
) -> Document:
    """Align ``document`` with ``source`` (None: no source) and reconcile its rows (see the module).

    No permission check: the import calls it for documents it pairs with a Chinese article it has
    just created (``unless_paired``: leave a document someone paired meanwhile as it is); people go
    through :func:`set_source`."""
    # Locks in the order every writer takes them (``revisions.bump``): the rows, then the document.
    old = list(Segment.objects.select_for_update().filter(document_id=document.pk).order_by("index"))
    document = Document.objects.select_for_update().get(pk=document.pk)
    if unless_paired and document.source_id is not None:
        return document
    _require_pairable(document, source)
    if document.lang != Document.Lang.JA:
        raise PairingRefused("only Japanese documents have a source")
    before = {s.pk: snapshot(s) for s in old}
    same_source = document.source_id == (source.pk if source is not None else None)
    touched = _touched(old)
    target = stored_document(document)
    lib_source = stored_document(source) if source is not None else None
    if lib_source is not None:
        links = align_documents(lib_source, target).links
    else:
        links = [Link((), (s.index,), 1.0) for s in target.sentences]
    # Aligned anew with the same source, a sentence left unrendered again keeps its row.
    unrendered = {link.src for link in links if not link.tgt} if same_source else set()
    gaps = {tuple(s.source_sentences): s for s in old if not s.target_sentences}
    gaps = {src: row for src, row in gaps.items() if src in unrendered}
    _refuse_lost_rows(document, old, touched, {row.pk for row in gaps.values()})

    placed = _reconcile(document, old, touched, links, lib_source, target, gaps)

    kept = [row for row in placed if row.pk is not None]
    Segment.objects.filter(document=document).exclude(pk__in=[row.pk for row in kept]).delete()
    changed: list[Segment] = []
    for index, row in enumerate(placed):
        row.index = index
        if row.pk is None:
            continue
        row.source_text = _texts(lib_source, row.source_sentences)
        row.link_type = f"{len(row.source_sentences)}-{len(row.target_sentences)}"
        was = before[row.pk]
        # The same indices of another document are other sentences.
        moved = row.source_sentences != was["source_sentences"]
        if moved or (not same_source and (row.source_sentences or was["source_sentences"])):
            if row.state == SegmentState.APPROVED:
                row.state = SegmentState.NEEDS_REVIEW
            row.version += 1
            row.updated_by = user if getattr(user, "is_authenticated", False) else None
            changed.append(row)
    fields = ["index", "source_sentences", "source_text", "link_type", "confidence", "kind", "state"]
    Segment.objects.bulk_update(kept, [*fields, "version", "updated_by"])
    Segment.objects.bulk_create([row for row in placed if row.pk is None])
    for row in changed:
        if row.pk in touched:
            record(
                document=document,
                segment=row,
                user=user,
                action="pair",
                before=before[row.pk],
                after=snapshot(row),
            )

    previous = document.source.name if document.source_id else None  # type: ignore[union-attr]  # guarded by source_id
    document.source = source
    document.pair_score = score
    document.coverage = round(links_coverage(lib_source, links), 4) if lib_source is not None else None
    document.save(update_fields=["source", "pair_score", "coverage", "updated_at"])
    record(
        document=document,
        segment=None,
        user=user,
        action="pair",
        before={"source": previous, "segments": len(old)},
        after={"source": source.name if source else None, "segments": len(placed), "kept": len(kept)},
    )
    check_document(document)
    after_change(document.pk)
    if any(before[row.pk]["state"] == SegmentState.APPROVED != row.state for row in changed):
        schedule_project_recheck(document.project_id)  # its approved renderings changed
    return document


def pairing_score(document: Document, source: Document) -> float | None:
    """The automatic pairing's score for these two documents (the containment of the Japanese in
    the Chinese); None when it would not pair them — a choice worth a second look."""
    pairs, _ = pair_documents(
        [stored_document(source, name="source"), stored_document(document, name="target")],
        measure_coverage=False,
    )
    return next((p.score for p in pairs if (p.source, p.target) == ("source", "target")), None)


def set_source(*, document: Document, source: Document | None, user) -> Document:
    """A manager pairs a Japanese document with a Chinese document of its project, or unpairs it.
    The choice is the manager's: a pair the automatic pairing would not make is made all the same,
    with no ``pair_score``, so that the page can say so."""
    require(user, "import", document.project)
    if source is not None and source.pk == document.source_id:
        return document
    _require_pairable(document, source)
    score = pairing_score(document, source) if source is not None else None
    return attach_source(document=document, source=source, user=user, score=score)
