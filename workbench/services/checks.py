"""Running the library's defect checks on stored segments, keeping reviewers' dismissals.

A flag's fingerprint hashes the check code, the span and the texts it saw. Re-checking unchanged
text reproduces the fingerprint, so a dismissed flag stays dismissed; once the text changes, the
check's new finding is a new, open flag.
"""

from __future__ import annotations

import hashlib

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from alignment.checks import CHECKS, CheckConfig, Term, run_document_checks
from alignment.types import Flag as LibFlag
from workbench.models import Document, Flag, Project, Segment
from workbench.selectors.ignore_list import IgnoreList
from workbench.selectors.projects import approved_references
from workbench.services.revisions import after_change
from workbench.services.scheduling import enqueue_after_commit


def check_config_for(project: Project) -> CheckConfig:
    cfg = project.check_config or {}
    if cfg.get("enabled"):
        enabled = frozenset(cfg["enabled"])
    elif cfg.get("opt_in"):  # the defaults plus the opt-in checks a manager switched on
        enabled = frozenset(c for c, check in CHECKS.items() if check.default_enabled) | set(cfg["opt_in"])
    else:
        enabled = None
    return CheckConfig(
        enabled=enabled,
        ignored=frozenset(cfg.get("ignored") or ()),
        termbase=tuple(Term(t.source, t.target, tuple(t.forbidden or ())) for t in project.terms.all()),
        false_friends=cfg.get("false_friends") or {},
        severity_overrides=cfg.get("severity_overrides") or {},
    )


def fingerprint(segment: Segment, flag: LibFlag) -> str:
    raw = "\x1f".join([flag.code, str(flag.start), str(flag.end), segment.source_text, segment.target_text])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@transaction.atomic
def apply_flags(segment: Segment, found: list[LibFlag]) -> None:
    """Replace the segment's automatic flags by ``found``, carrying dismissals over by fingerprint
    (and leaving out what a reviewer confirmed: that flag is a reviewer error now)."""
    old = {f.fingerprint: f for f in segment.flags.filter(origin=Flag.Origin.AUTO)}
    confirmed = _confirmed(segment.flags.all())
    keep: set[int] = set()
    new_rows = []
    ignore = IgnoreList.of(segment.document.project)
    for lf in found:
        fp = fingerprint(segment, lf)
        if (segment.pk, fp) in confirmed:
            continue
        if fp in old:
            kept = old[fp]
            keep.add(kept.pk)
            if _shown(kept) != _shown_lib(lf):
                # same finding, new settings (a severity override) or wording: the dismissal stays
                Flag.objects.filter(pk=kept.pk).update(**_shown_fields(lf))
            continue
        new_rows.append(_new_flag(segment, lf, fp, ignore))
    segment.flags.filter(origin=Flag.Origin.AUTO).exclude(pk__in=keep).delete()
    Flag.objects.bulk_create(new_rows)


def _confirmed(flags: QuerySet[Flag]) -> set[tuple[int, str]]:
    """(segment, fingerprint) of the confirmed flags among ``flags``: a re-check finding one again
    must not add it a second time as an open flag."""
    return set(
        flags.filter(status=Flag.Status.CONFIRMED)
        .exclude(fingerprint="")
        .values_list("segment_id", "fingerprint")
    )


def _shown_fields(lf: LibFlag) -> dict:
    """What a kept flag may change on re-checking without losing its dismissal."""
    has_fix = lf.fix is not None and len(lf.fix) <= 200
    return {
        "severity": lf.severity,
        "category": lf.category,
        "message": lf.message,
        "fix": lf.fix if has_fix else "",
        "has_fix": has_fix,
    }


def _shown(flag: Flag) -> tuple:
    return (flag.severity, flag.category, flag.message, flag.fix, flag.has_fix)


def _shown_lib(lf: LibFlag) -> tuple:
    return tuple(_shown_fields(lf).values())


def _new_flag(segment: Segment, lf: LibFlag, fp: str, ignore: IgnoreList) -> Flag:
    """The finding as a flag; dismissed already where the project's ignore list names its check
    and text (``selectors.ignore_list``, read once per run by the caller)."""
    flag = Flag(
        segment=segment, code=lf.code, start=lf.start, end=lf.end, fingerprint=fp, **_shown_fields(lf)
    )
    marked = segment.target_text[lf.start : lf.end] if lf.start is not None and lf.end is not None else None
    reason = ignore.reason(lf.code, marked, lf.message)
    if reason is not None:
        flag.status, flag.dismiss_reason, flag.dismissed_at = Flag.Status.DISMISSED, reason, timezone.now()
    return flag


def untranslated_region(segments: list[Segment], k: int) -> bool:
    """Whether segment k is part of a run of source sentences the rendering does not cover at all.

    The Japanese articles we review often render only part of a longer Chinese one: a run of 1-0
    rows is a part left out on purpose, not an omission; a single 1-0 row between linked rows is."""
    if segments[k].target_text.strip() or not segments[k].source_text.strip():
        return False
    neighbours = [segments[i] for i in (k - 1, k + 1) if 0 <= i < len(segments)]
    return any(not n.target_text.strip() and n.source_text.strip() for n in neighbours) or len(neighbours) < 2


def check_document(
    document: Document, *, created: list[Segment] | None = None, config: CheckConfig | None = None
) -> None:
    """(Re)check every content segment of a document with document-level context.

    ``created``: the document was just created with these segments and has no flags yet, so neither
    needs reading back; ``config``: the project's, when the caller checks many documents of it."""
    if created is None:
        segments = list(document.segments.filter(kind=Segment.Kind.CONTENT).order_by("index"))
    else:
        segments = sorted((s for s in created if s.kind == Segment.Kind.CONTENT), key=lambda s: s.index)
    config = config or check_config_for(document.project)
    pairs = _document_pairs(segments)
    results = run_document_checks(pairs, config=config, references=approved_references(document))
    _apply_document_flags(document, segments, [results[s.index] for s in segments], new=created is not None)


def _document_pairs(segments: list[Segment]) -> list[tuple[str, str]]:
    """The document's (source, target) pairs at the rows' own positions, chrome rows and rows inside
    an untranslated region left empty: a finding's "segment N" is then the row number the review
    page shows."""
    skip = {s.index for k, s in enumerate(segments) if untranslated_region(segments, k)}
    pairs = [("", "")] * (max((s.index for s in segments), default=-1) + 1)
    for s in segments:
        if s.index not in skip:
            pairs[s.index] = (s.source_text, s.target_text)
    return pairs


@transaction.atomic(savepoint=False)
def _apply_document_flags(
    document: Document, segments: list[Segment], results: list[list[LibFlag]], *, new: bool = False
) -> bool:
    """``apply_flags`` for a whole document in three queries (four if settings changed what a kept
    flag says) instead of five per segment.

    An import checks every document it creates; per-segment round trips to the database were most of
    an import's time, and they hold the import's transaction open while the workers wait. True if
    any flag changed."""
    old: dict[int, dict[str, tuple[int, tuple]]] = {}
    rows = Flag.objects.filter(
        segment__document=document, segment__kind=Segment.Kind.CONTENT, origin=Flag.Origin.AUTO
    )
    fields = ("pk", "segment_id", "fingerprint", "severity", "category", "message", "fix", "has_fix")
    for pk, segment_id, fp, *shown in [] if new else rows.values_list(*fields):
        old.setdefault(segment_id, {})[fp] = (pk, tuple(shown))
    confirmed = set() if new else _confirmed(Flag.objects.filter(segment__document=document))
    keep: set[int] = set()
    changed: list[Flag] = []
    new_rows = []
    ignore = IgnoreList.of(document.project)
    for segment, found in zip(segments, results, strict=True):
        mine = old.get(segment.pk, {})
        for lf in found:
            fp = fingerprint(segment, lf)
            if (segment.pk, fp) in confirmed:
                continue
            if fp in mine:
                pk, shown = mine[fp]
                keep.add(pk)
                if shown != _shown_lib(lf):
                    # same finding, new settings (a severity override) or wording: dismissal kept
                    changed.append(Flag(pk=pk, **_shown_fields(lf)))
                continue
            new_rows.append(_new_flag(segment, lf, fp, ignore))
    stale = [pk for mine in old.values() for pk, _ in mine.values() if pk not in keep]
    if stale:
        Flag.objects.filter(pk__in=stale).delete()
    if changed:
        Flag.objects.bulk_update(changed, ["severity", "category", "message", "fix", "has_fix"])
    Flag.objects.bulk_create(new_rows)
    return bool(stale or changed or new_rows)


def recheck_segment(segment: Segment) -> None:
    """Re-run the checks on one segment after an edit, in the context of its document (its names,
    house style and renderings of repeated terms), and have the rest of the document re-checked
    in the background: what the other rows were told about this one (a rendering compared with
    it, a name written here, the "segment N" a merge or split renumbered) changes with it."""
    schedule_document_recheck(segment.document_id)
    if segment.kind != Segment.Kind.CONTENT:
        return
    config = check_config_for(segment.document.project)
    pairs = _document_pairs(
        list(segment.document.segments.filter(kind=Segment.Kind.CONTENT).order_by("index"))
    )
    references = approved_references(segment.document)
    found = run_document_checks(pairs, config=config, only=segment.index, references=references)
    apply_flags(segment, found[segment.index])


RECHECK_DEBOUNCE_SECONDS = 2


def schedule_document_recheck(document_id: int) -> None:
    """Once the edit commits: re-check the whole document, once for a burst of edits (a reviewer
    saving row after row), a few seconds later."""
    enqueue_after_commit(
        "workbench.tasks.quality.recheck_document",
        document_id,
        debounce=("workbench:recheck-scheduled", RECHECK_DEBOUNCE_SECONDS),
    )


def recheck_document(*, document_id: int, attempts: int = 3) -> bool:
    """Re-check every row of a document with what the others say now. The rows are locked while
    they are checked (PostgreSQL); where locks are not taken (SQLite) the rows' versions and
    positions are compared before writing, and a document edited meanwhile is checked again, so
    no flag is written for text that is no longer there. False if the document is gone or kept
    changing."""
    for _ in range(attempts):
        document = Document.objects.select_related("project").filter(pk=document_id).first()
        if document is None:
            return False
        with transaction.atomic():
            rows = document.segments.filter(kind=Segment.Kind.CONTENT).order_by("index")
            segments = list(rows.select_for_update())
            seen = [(s.pk, s.index, s.version) for s in segments]
            results = run_document_checks(
                _document_pairs(segments),
                config=check_config_for(document.project),
                references=approved_references(document),
            )
            if list(rows.values_list("pk", "index", "version")) != seen:
                continue
            if _apply_document_flags(document, segments, [results[s.index] for s in segments]):
                after_change(document.pk)
            return True
    return False


PROJECT_RECHECK_DEBOUNCE_SECONDS = 30


def schedule_project_recheck(project_id: int) -> None:
    """After approvals changed what the project settled on: re-check its documents against it, once
    for a burst of approvals (a reviewer approving row after row), half a minute later."""
    enqueue_after_commit(
        "workbench.tasks.quality.recheck_project",
        project_id,
        debounce=("workbench:project-recheck-scheduled", PROJECT_RECHECK_DEBOUNCE_SECONDS),
    )


def recheck_project(*, project_id: int) -> int:
    """Re-check every Japanese document of a project (after its check settings, termbase or approved
    translations changed);
    dismissals survive where the text is unchanged. Returns the number of documents checked."""
    documents = Document.objects.filter(project_id=project_id, lang=Document.Lang.JA).select_related(
        "project"
    )
    n = 0
    for document in documents:
        with transaction.atomic():
            check_document(document)
            after_change(document.pk)
        n += 1
    return n
