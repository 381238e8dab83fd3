"""Review actions on segments: edit, approve, reject, revert, flags, comments.

Every write is optimistic: the caller sends the version it saw, and a conditional UPDATE
(``WHERE id = … AND version = …``) makes exactly one of two concurrent writers win on SQLite and
PostgreSQL alike. The loser gets :class:`Conflict` with the current segment, and nothing of theirs
overwrites the winner's text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.db.models import F
from django.utils import timezone

from alignment.checks.fixes import apply_fixes
from alignment.types import CATEGORIES, SEVERITIES
from workbench.models import Comment, Document, Flag, Revision, Segment, SegmentState
from workbench.models.projects import ApprovalCheck
from workbench.permissions import require
from workbench.selectors.confidence import hidden, hidden_note, shown
from workbench.selectors.flags import (
    REVIEWER_CODE,
    alike_open_flags,
    confirmed_check,
    fixable_flags,
    unflagged_rows,
)
from workbench.selectors.projects import replaceable_rows
from workbench.services import memory
from workbench.services.checks import check_document, recheck_segment, schedule_project_recheck
from workbench.services.errors import Conflict, InvalidInput, NotFound, OpenFlags
from workbench.services.revisions import after_change, bump, record, snapshot
from workbench.services.transactions import atomic_with_retry

#: The longest translation an edit may give one segment. A sentence is a few hundred characters;
#: 100,000 pasted into one row were re-checked in the request for 28 s.
MAX_TARGET_CHARS = 10_000

#: Severities whose open flags hold an approval back.
BLOCKING_SEVERITIES = ("major", "critical")


def _conditional_update(segment: Segment, expected_version: int, user, **fields) -> Segment:
    updated = Segment.objects.filter(pk=segment.pk, version=expected_version).update(
        version=F("version") + 1,
        updated_by=user if user.is_authenticated else None,
        updated_at=timezone.now(),
        **fields,
    )
    if not updated:
        raise Conflict(_current(segment))
    return Segment.objects.select_related("document__project").get(pk=segment.pk)


def _current(segment: Segment) -> Segment:
    """The row as it is now — or, if it is gone (merged into its neighbour, or the document was
    paired and aligned anew meanwhile), the row that now holds its Japanese: what a writer whose
    change found nothing to change must see, and may overwrite."""
    rows = Segment.objects.select_related("document__project")
    fresh = rows.filter(pk=segment.pk).first()
    if fresh is not None:
        return fresh
    mine = set(segment.target_sentences)
    for row in rows.filter(document_id=segment.document_id).order_by("index"):
        if mine & set(row.target_sentences):
            return row
    raise NotFound(f"row {segment.index + 1} no longer exists")


def _edit_fields(segment: Segment, target_text: str) -> dict:
    """A changed text goes (back) to review: drafts, and approved or rejected rows alike."""
    fields: dict = {"target_text": target_text}
    if target_text != segment.target_text and segment.state in (
        SegmentState.APPROVED,
        SegmentState.REJECTED,
        SegmentState.DRAFT,
    ):
        fields["state"] = SegmentState.NEEDS_REVIEW
    return fields


@atomic_with_retry
def update_target_text(
    *, segment: Segment, user, target_text: str, version: int, action: str = "edit"
) -> Segment:
    """Save a post-edit; a translator's edit of an approved segment sends it back to review."""
    require(user, "edit", segment.document.project)
    if len(target_text) > MAX_TARGET_CHARS:
        raise InvalidInput(
            f"a segment's translation is at most {MAX_TARGET_CHARS:,} characters ({len(target_text):,} given); "
            "split the segment"
        )
    before = snapshot(segment)
    fields = _edit_fields(segment, target_text)
    fresh = _conditional_update(segment, version, user, **fields)
    record(
        document=fresh.document, segment=fresh, user=user, action=action, before=before, after=snapshot(fresh)
    )
    recheck_segment(fresh)
    after_change(fresh.document_id)
    _approvals_changed(before["state"], fresh)
    return fresh


def _approvals_changed(state_before: str, fresh: Segment) -> None:
    """A row entered or left the project's approved translations, which the other documents'
    consistency checks are held to: have them re-checked."""
    if (state_before == SegmentState.APPROVED) != (fresh.state == SegmentState.APPROVED):
        schedule_project_recheck(fresh.document.project_id)


@atomic_with_retry
def set_state(*, segment: Segment, user, state: str, version: int) -> Segment:
    """Approve or reject (reviewers and managers)."""
    return _set_state(segment, user, state, version)


def _set_state(segment: Segment, user, state: str, version: int, hidden: list[Flag] | None = None) -> Segment:
    require(user, "review", segment.document.project)
    before = snapshot(segment)
    fresh = _change_state(segment, user, state, version, hidden)
    after_change(fresh.document_id)
    _approvals_changed(before["state"], fresh)
    return fresh


def _change_state(
    segment: Segment, user, state: str, version: int, hidden: list[Flag] | None = None
) -> Segment:
    """The row's new state with its revision, and its TM entry when approved; what follows a
    change of the document (``after_change``) is the caller's, once per action. ``hidden``: the
    open flags below the project's threshold an approval let through, which the revision names."""
    before = snapshot(segment)
    extra = {"approved_at": timezone.now(), "approved_by": user} if state == SegmentState.APPROVED else {}
    fresh = _conditional_update(segment, version, user, state=state, **extra)
    action = (
        "approve"
        if state == SegmentState.APPROVED
        else "reject"
        if state == SegmentState.REJECTED
        else "state"
    )
    after = snapshot(fresh)
    if hidden:
        after["hidden_open_flags"] = hidden_note(hidden)
    record(document=fresh.document, segment=fresh, user=user, action=action, before=before, after=after)
    if state == SegmentState.APPROVED:
        memory.on_segment_approved(fresh)
    return fresh


@atomic_with_retry
def approve(*, segment: Segment, user, version: int, acknowledged: bool = False) -> Segment:
    """Approve, unless the row has open major or critical flags the review page shows: then
    :class:`OpenFlags`, which a project that warns (the default) lets the reviewer override with
    ``acknowledged``. Automatic flags below the project's ``flag_threshold`` are hidden from the
    reviewer, so they neither hold the approval back nor call for an acknowledgement of a reason the
    reviewer cannot see; the revision names them (``after.hidden_open_flags``) and the answer's
    flags still carry them with their confidence."""
    require(user, "review", segment.document.project)
    if segment.version != version:
        raise Conflict(_current(segment))  # a stale page hears of the change before of any flag
    threshold = segment.document.project.flag_threshold
    open_flags = list(segment.flags.filter(status=Flag.Status.OPEN).order_by("start", "id"))
    serious = [f for f in open_flags if f.severity in BLOCKING_SEVERITIES and shown(f, threshold)]
    if serious:
        blocking = segment.document.project.approval_check == ApprovalCheck.BLOCK
        if blocking or not acknowledged:
            raise OpenFlags(serious, blocking)
    return _set_state(segment, user, SegmentState.APPROVED, version, hidden(open_flags, threshold))


def reject(*, segment: Segment, user, version: int) -> Segment:
    return set_state(segment=segment, user=user, state=SegmentState.REJECTED, version=version)


@atomic_with_retry
def revert(*, segment: Segment, user, revision: Revision, version: int) -> Segment:
    """Restore the text the segment had before ``revision`` (recorded as a new revision)."""
    require(user, "edit", segment.document.project)
    if revision.segment_id != segment.pk or "target_text" not in revision.before:
        raise InvalidInput("this revision cannot be reverted on this segment")
    before = snapshot(segment)
    fresh = _conditional_update(
        segment, version, user, target_text=revision.before["target_text"], state=SegmentState.NEEDS_REVIEW
    )
    record(
        document=fresh.document,
        segment=fresh,
        user=user,
        action="revert",
        before=before,
        after={**snapshot(fresh), "reverted_revision": revision.pk},
    )
    recheck_segment(fresh)
    after_change(fresh.document_id)
    _approvals_changed(before["state"], fresh)
    return fresh


@atomic_with_retry
def apply_fix(*, flag: Flag, user, version: int) -> Segment:
    """A flag's mechanical correction (、 for ，), saved as the user's edit of the segment: history,
    re-check, and a 409 with the current text if the segment changed since the page showed it. The
    flag always belongs to the segment's current text (every edit replaces the flags), so its span
    is where the fix goes."""
    if not flag.has_fix or flag.start is None or flag.end is None:
        raise InvalidInput("this flag has no one-click fix")
    segment = Segment.objects.select_for_update().select_related("document__project").get(pk=flag.segment_id)
    if not Flag.objects.filter(pk=flag.pk, segment=segment, start=flag.start, end=flag.end).exists():
        raise Conflict(segment)  # re-checked since the flag was read: its span may have moved
    text = segment.target_text
    fixed = text[: flag.start] + flag.fix + text[flag.end :]
    return update_target_text(segment=segment, user=user, target_text=fixed, version=version, action="fix")


def fixed_text(text: str, flags: Iterable[Flag]) -> str:
    """The text with the flags' fixes applied (right to left; see ``alignment.checks.fixes``)."""
    return apply_fixes(text, flags)[0]  # type: ignore[type-var]  # Flag's fields satisfy Fixable at run time; the stubs type them differently


@atomic_with_retry
def apply_all_fixes(*, document: Document, user, codes: Iterable[str] | None = None) -> int:
    """The document's open one-click fixes of these checks, or else those that change only the
    form of the text (``selectors.flags.BATCH_CATEGORIES``): one 'fix' revision per row, then one
    re-check of the whole document. Approved rows are left alone: the reviewer accepted them as
    they are. A reviewer's action, since it changes many rows at once. Returns the number of rows
    changed."""
    require(user, "review", document.project)
    # Rows first (locked on PostgreSQL), then their flags: the spans read belong to the text read.
    ids = set(fixable_flags(document, codes).values_list("segment_id", flat=True))
    rows = _locked_rows(ids)
    by_segment: dict[int, list[Flag]] = {}
    for flag in fixable_flags(document, codes).filter(segment_id__in=ids):
        by_segment.setdefault(flag.segment_id, []).append(flag)
    return _edit_rows(
        document,
        user,
        rows,
        lambda row: fixed_text(row.target_text, by_segment.get(row.pk, ())),
        action="fix",
    )


def _locked_rows(ids: Iterable[int]) -> list[Segment]:
    """The rows, in order, locked until the transaction ends (PostgreSQL; SQLite takes no row locks,
    and the writes' version check stands in)."""
    return list(
        Segment.objects.select_for_update()
        .select_related("document__project")
        .filter(pk__in=ids)
        .order_by("index")
    )


def _edit_rows(
    document: Document, user, rows: list[Segment], edit: Callable[[Segment], str], *, action: str, **noted
) -> int:
    """Save ``edit(row)`` as the user's edit of each row it changes — a revision per row (``noted``
    added to what it records), back to review — then re-check the document once. A row edited
    meanwhile keeps its new text. Returns the number of rows changed."""
    changed = 0
    for segment in rows:
        text = edit(segment)
        if text == segment.target_text:
            continue
        before = snapshot(segment)
        try:
            fresh = _conditional_update(segment, segment.version, user, **_edit_fields(segment, text))
        except Conflict:
            continue  # edited meanwhile (SQLite takes no row locks): that row keeps its new text
        record(
            document=document,
            segment=fresh,
            user=user,
            action=action,
            before=before,
            after={**snapshot(fresh), **noted},
        )
        changed += 1
    if changed:
        check_document(document)
        after_change(document.pk)
    return changed


@atomic_with_retry
def replace_in_document(*, document: Document, user, find: str, replace: str) -> int:
    """Replace a text by another in every unapproved row of the document that holds it
    (``selectors.projects.replaceable_rows``): the translator's correction of a recurring word
    (コミュニティー → コミュニティ), saved as their edit of each row — a 'replace' revision per row,
    back to review, one re-check of the document. A row edited meanwhile keeps its new text.
    Returns the number of rows changed."""
    require(user, "edit", document.project)
    if not find:
        raise InvalidInput("give the text to find")
    if find == replace:
        raise InvalidInput("the replacement is the text itself")
    ids = [row.pk for row in replaceable_rows(document, find)]
    # Approved since they were found: the reviewer accepted them as they are.
    rows = [row for row in _locked_rows(ids) if row.state != SegmentState.APPROVED]
    return _edit_rows(
        document,
        user,
        rows,
        lambda row: row.target_text.replace(find, replace),
        action="replace",
        find=find,
        replace=replace,
    )


@atomic_with_retry
def approve_unflagged(*, document: Document, user, filters: dict | None = None) -> int:
    """Approve, in one reviewer's action, the rows of the document the checks found nothing in
    (``selectors.flags.unflagged_rows``), within the review page's filters: what a reviewer does
    after reading through a clean stretch. Each row gets its 'approve' revision and its TM entry as
    if approved alone; a row edited or flagged since it was counted is left as it is. Returns the
    number of rows approved."""
    require(user, "review", document.project)
    ids = list(unflagged_rows(document, **(filters or {})).values_list("pk", flat=True))
    rows = _locked_rows(ids)
    # Read again under the lock: a re-check may have flagged a row since the ids were read.
    still = set(unflagged_rows(document).filter(pk__in=ids).values_list("pk", flat=True))
    threshold = document.project.flag_threshold
    below: dict[int, list[Flag]] = {}
    for flag in Flag.objects.filter(segment_id__in=still, status=Flag.Status.OPEN).order_by("start", "id"):
        below.setdefault(flag.segment_id, []).append(flag)
    approved = 0
    for segment in rows:
        if segment.pk not in still:
            continue
        try:
            _change_state(
                segment,
                user,
                SegmentState.APPROVED,
                segment.version,
                hidden(below.get(segment.pk, ()), threshold),
            )
        except Conflict:
            continue  # edited meanwhile (SQLite takes no row locks): the edit stands, unapproved
        approved += 1
    if approved:
        after_change(document.pk)
        schedule_project_recheck(document.project_id)
    return approved


def _set_flag(flag: Flag, **fields) -> None:
    """Change a flag the caller read, or say that it is gone: a re-check (after an edit of its
    row, or of another row of its document) replaces a row's flags at any time."""
    if not Flag.objects.filter(pk=flag.pk).update(**fields):
        raise NotFound("this flag is gone: its row was checked again meanwhile; reload the page")
    for name, value in fields.items():
        setattr(flag, name, value)


def _lock_rows_of(flags: Iterable[Flag]) -> None:
    """The flags' rows, locked before the flags are written (the lock order of
    ``services.transactions``)."""
    ids = {flag.segment_id for flag in flags}
    list(
        Segment.objects.select_for_update()
        .filter(pk__in=ids)
        .order_by("document_id", "index")
        .values_list("pk")
    )


def _dismiss(flag: Flag, user, reason: str, **noted) -> None:
    _set_flag(
        flag,
        status=Flag.Status.DISMISSED,
        dismissed_by=user,
        dismissed_at=timezone.now(),
        dismiss_reason=reason,
    )
    record(
        document=flag.segment.document,
        segment=flag.segment,
        user=user,
        action="dismiss-flag",
        after={"flag": flag.pk, "code": flag.code, "reason": reason, **noted},
    )


def reason_given(reason: str) -> str:
    if not reason.strip():
        raise InvalidInput("a reason is required to dismiss a flag")
    return reason.strip()[:2000]


def dismiss_flags(flags: list[Flag], user, reason: str, **noted) -> int:
    """Dismiss these open flags for one reason, each with its history entry (``noted`` added to
    what it records); the documents they are in change once each. Returns the number dismissed."""
    _lock_rows_of(flags)
    for flag in flags:
        _dismiss(flag, user, reason, **noted)
    for document_id in sorted({flag.segment.document_id for flag in flags}):
        after_change(document_id)
    return len(flags)


@atomic_with_retry
def dismiss_flag(*, flag: Flag, user, reason: str) -> Flag:
    require(user, "review", flag.segment.document.project)
    _lock_rows_of([flag])
    _dismiss(flag, user, reason_given(reason))
    after_change(flag.segment.document_id)
    return flag


@atomic_with_retry
def dismiss_alike(*, flag: Flag, user, reason: str) -> int:
    """Dismiss the flag and the document's other open flags of the same check on the same text
    (``selectors.flags.alike_open_flags``) for one reason: a name the check does not know is
    flagged in every row that writes it, and the reviewer decides about it once. Each row gets its
    own history entry, naming the flag the decision was taken on. Returns the flags dismissed."""
    require(user, "review", flag.segment.document.project)
    reason = reason_given(reason)
    alike = list(alike_open_flags(flag))
    _lock_rows_of([flag, *alike])
    dismissed = 0
    if Flag.objects.filter(pk=flag.pk, status=Flag.Status.OPEN).exists():
        _dismiss(flag, user, reason)
        dismissed += 1
    for other in alike:
        _dismiss(other, user, reason, alike_of=flag.pk)
        dismissed += 1
    if dismissed:
        after_change(flag.segment.document_id)
    return dismissed


@atomic_with_retry
def reopen_flag(*, flag: Flag, user) -> Flag:
    """Undo a dismissal, or a confirmation: a confirmed check's flag is the check's again."""
    require(user, "review", flag.segment.document.project)
    _lock_rows_of([flag])
    # Reopening a confirmed check's flag undoes the confirmation: the flag is the check's again.
    origin = Flag.Origin.AUTO if confirmed_check(flag) else flag.origin
    _set_flag(
        flag, status=Flag.Status.OPEN, origin=origin, dismissed_by=None, dismissed_at=None, dismiss_reason=""
    )
    record(
        document=flag.segment.document,
        segment=flag.segment,
        user=user,
        action="reopen-flag",
        after={"flag": flag.pk},
    )
    after_change(flag.segment.document_id)
    return flag


@atomic_with_retry
def confirm_flag(*, flag: Flag, user) -> Flag:
    """A reviewer confirms an automatic flag: it becomes a reviewer error (keeping its check's code)
    that the MQM score counts and re-checking leaves alone."""
    require(user, "review", flag.segment.document.project)
    if flag.status == Flag.Status.CONFIRMED:
        return flag
    before = {"status": flag.status, "origin": flag.origin}
    flag.status, flag.origin = Flag.Status.CONFIRMED, Flag.Origin.REVIEWER
    flag.dismissed_by, flag.dismissed_at, flag.dismiss_reason = None, None, ""
    flag.created_by = flag.created_by or user
    flag.save(
        update_fields=["status", "origin", "dismissed_by", "dismissed_at", "dismiss_reason", "created_by"]
    )
    record(
        document=flag.segment.document,
        segment=flag.segment,
        user=user,
        action="confirm-flag",
        before={"flag": flag.pk, **before},
        after={"flag": flag.pk, "code": flag.code, "status": flag.status, "severity": flag.severity},
    )
    after_change(flag.segment.document_id)
    return flag


def _span(text: str, start: int | None, end: int | None) -> tuple[int | None, int | None]:
    """A span within ``text``, or none for an error on the whole row."""
    if start is None and end is None:
        return None, None
    if start is None or end is None or not 0 <= start < end <= len(text):
        raise InvalidInput(f"the span must lie within the text (0 to {len(text)} characters)")
    return start, end


@atomic_with_retry
def add_issue(
    *,
    segment: Segment,
    user,
    category: str,
    severity: str,
    message: str = "",
    start: int | None = None,
    end: int | None = None,
    on_source: bool = False,
    suggestion: str | None = None,
) -> Flag:
    """A reviewer-logged error on a span of the Japanese (or of the Chinese, ``on_source``, for an
    omission), with an optional comment and suggested correction: counts in the MQM score."""
    require(user, "review", segment.document.project)
    if category not in CATEGORIES or severity not in SEVERITIES:
        raise InvalidInput("unknown category or severity")
    start, end = _span(segment.source_text if on_source else segment.target_text, start, end)
    has_fix = suggestion is not None and not on_source and start is not None
    flag = Flag.objects.create(
        segment=segment,
        code=f"{REVIEWER_CODE}{category}",
        category=category,
        severity=severity,
        start=start,
        end=end,
        on_source=on_source,
        message=message.strip()[:2000],
        fix=(suggestion or "")[:200] if has_fix else "",
        has_fix=has_fix,
        status=Flag.Status.CONFIRMED,
        origin=Flag.Origin.REVIEWER,
        created_by=user,
    )
    record(
        document=segment.document,
        segment=segment,
        user=user,
        action="issue",
        after={"flag": flag.pk, "category": category, "severity": severity, "start": start, "end": end},
    )
    after_change(segment.document_id)
    return flag


@atomic_with_retry
def add_comment(*, segment: Segment, user, body: str) -> Comment:
    require(user, "edit", segment.document.project)
    if not body.strip():
        raise InvalidInput("an empty comment")
    comment = Comment.objects.create(segment=segment, author=user, body=body.strip()[:10000])
    record(
        document=segment.document, segment=segment, user=user, action="comment", after={"comment": comment.pk}
    )
    bump(segment.document_id)  # the score does not count comments
    return comment
