"""Import: uploaded files → documents → sentences → aligned segments → flags.

The upload is stored first (``ImportFile`` rows) and processed by Celery tasks, so that a worker
on another machine can do the work and a redelivered task (the worker was killed) finds everything
it needs. One task plans the job on its locked row — decodes the files, pairs them, and splits them
into groups that share no document (a Chinese article with its renderings, or a lone file) — and
hands each group to a task of its own, so that the workers share a large upload. Each group is
imported in one transaction and is idempotent: a document appears with all its sentences, segments
and flags or not at all, and a repeated task adds nothing. The job succeeds when its last group is
done; a job that already succeeded is not run again.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import PurePosixPath

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import OperationalError, transaction
from django.db.models import F, Func, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from alignment.aligner import align_documents
from alignment.checks import CheckConfig
from alignment.documents import links_coverage, pair_documents
from alignment.errors import InputError
from alignment.text import load_document
from alignment.types import Document as LibDocument
from alignment.types import Link
from workbench.celery import app
from workbench.models import Document, ImportFile, ImportJob, Project, Segment, Sentence
from workbench.models.documents import UNKNOWN_ENGINE
from workbench.permissions import require
from workbench.services.checks import check_config_for, check_document
from workbench.services.errors import InvalidInput, Unavailable
from workbench.services.pairing import attach_source, segment_for_link, stored_document
from workbench.services.revisions import record

log = logging.getLogger(__name__)

_JUNK_PREFIXES = ("__MACOSX/", ".")
_TEXT_SUFFIXES = {".txt", ".text", ".htm", ".html", ".xhtml", ""}
MAX_ZIP_MEMBERS = 2000
_CHUNK = 1 << 16
# What pairing reads of a stored document (its sentences come from their own table).
_STORED = ("pk", "name", "text", "lang", "encoding")


class ImportRejected(InvalidInput):
    """The upload as a whole cannot be accepted (too large, nothing readable)."""


def _expand(name: str, data: bytes, budget: int) -> list[tuple[str, bytes]]:
    """Files of an upload: a zip is opened (nested folders kept in the names, junk skipped)."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        return [(name, data)]
    out: list[tuple[str, bytes]] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = [m for m in zf.infolist() if not m.is_dir()]
            if len(members) > MAX_ZIP_MEMBERS:
                raise ImportRejected(f"{name}: more than {MAX_ZIP_MEMBERS} files in the zip")
            total = 0
            for member in members:
                path = PurePosixPath(member.filename)
                junk = any(part.startswith(_JUNK_PREFIXES) and part != ".." for part in path.parts)
                if junk or path.name.startswith("._"):  # a ../ name is kept, to be counted as skipped
                    continue
                if path.suffix.lower() not in _TEXT_SUFFIXES:
                    continue
                data = _inflate(zf, member, min(settings.WORKBENCH_MAX_FILE_BYTES, budget - total), name)
                total += len(data)
                out.append((f"{name}/{member.filename}", data))
    except zipfile.BadZipFile as exc:
        raise ImportRejected(f"{name}: damaged zip file") from exc
    return out


def _inflate(zf: zipfile.ZipFile, member: zipfile.ZipInfo, limit: int, name: str) -> bytes:
    """A member's bytes, inflated a chunk at a time against ``limit``: the size a zip declares is the
    sender's word (a member declaring 100 bytes inflated to 1 GiB in one read, per worker)."""
    where = f"{name}: {member.filename}"
    if member.flag_bits & 0x1:
        raise ImportRejected(f"{where} is encrypted; zip it again without a password")
    data = bytearray()
    try:
        with zf.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                data += chunk
                if len(data) > limit:
                    raise ImportRejected(f"{name}: the zip unpacks to more than the upload limit")
    except NotImplementedError as exc:  # a compression method zipfile does not read
        raise ImportRejected(f"{where}: {exc}; zip it again with Deflate") from None
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise ImportRejected(f"{where} is damaged ({exc})") from None
    return bytes(data)


def check_sizes(sizes: list[tuple[str, int]]) -> None:
    """Refuse an upload by its files' sizes; a view calls it before it reads any of them (Django
    has spooled them to disk), so that a 500 MB upload is not read into memory to be refused."""
    if not sizes:
        raise ImportRejected("no files uploaded")
    total = sum(size for _, size in sizes)
    limit = settings.WORKBENCH_MAX_UPLOAD_BYTES
    if total > limit:
        raise ImportRejected(f"upload too large: {total / 1e6:.1f} MB > limit {limit / 1e6:.1f} MB")
    for name, size in sizes:
        if size > settings.WORKBENCH_MAX_FILE_BYTES:
            raise ImportRejected(
                f"{name}: file too large: {size / 1e6:.1f} MB > limit {settings.WORKBENCH_MAX_FILE_BYTES / 1e6:.1f} MB"
            )


def create_import_job(*, project: Project, user, files: list[tuple[str, bytes]]) -> ImportJob:
    """Store an upload and schedule its processing; raises ImportRejected for an unusable upload."""
    require(user, "import", project)
    check_sizes([(name, len(data)) for name, data in files])
    expanded: list[tuple[str, bytes]] = []
    for name, data in files:
        expanded.extend(_expand(name, data, settings.WORKBENCH_MAX_UPLOAD_BYTES))
    if not expanded:
        raise ImportRejected("the upload holds no text files")
    with transaction.atomic():
        job = ImportJob.objects.create(project=project, created_by=user if user.is_authenticated else None)
        ImportFile.objects.bulk_create(
            ImportFile(
                job=job, name=name[:500], data=data, size=len(data), sha256=hashlib.sha256(data).hexdigest()
            )
            for name, data in expanded
        )
        queued: list[bool] = []
        transaction.on_commit(lambda: queued.append(_schedule(job.pk)))
    job.refresh_from_db(fields=["status", "message"])
    if queued == [False]:  # the broker is down: nothing will import it
        raise Unavailable(job.message, extra={"job": job.pk})
    # In-process mode the job has run by now; a job that failed on its content (nothing importable)
    # is an answer about the upload, which the job's status and message give, not an outage.
    return job


def fail_job(job_id: int, message: str) -> None:
    """End a job that cannot finish, saying why; the documents it stored stay."""
    ImportJob.objects.filter(
        pk=job_id, status__in=(ImportJob.Status.PENDING, ImportJob.Status.RUNNING)
    ).update(status=ImportJob.Status.FAILED, message=message, finished_at=timezone.now())


def _schedule(job_id: int) -> bool:
    """Queue the job (True); if the broker cannot be reached, the job says so instead of staying
    pending (False)."""
    try:
        result = app.tasks["workbench.tasks.imports.run_import"].apply_async(
            (job_id,),
            retry=True,
            retry_policy={"max_retries": 3, "interval_start": 0.5, "interval_step": 1, "interval_max": 2},
        )
    except Exception as exc:
        if settings.CELERY_TASK_ALWAYS_EAGER:
            raise
        log.exception("could not queue import job %s", job_id)
        ImportJob.objects.filter(pk=job_id).update(
            status=ImportJob.Status.FAILED,
            finished_at=timezone.now(),
            message=f"the job could not be queued (task broker unreachable: {exc.__class__.__name__}); "
            "nothing was imported, upload again when the service is back",
        )
        return False
    ImportJob.objects.filter(pk=job_id, celery_task_id="").update(celery_task_id=result.id or "")
    return True


def run_import_job(
    *, job_id: int, progress: Callable[[int, str], None] | None = None, fan_out: bool = False
) -> ImportJob:
    """Process a stored upload: plan it, then import it group by group. Idempotent.

    Planning (decoding every file and pairing them) needs the whole upload at once; what follows —
    aligning and checking each source with its renderings — does not, and is most of the work. With
    ``fan_out`` the groups are handed to Celery tasks (a few groups each), so that every worker
    process takes a share of one large upload; otherwise they run here, one after the other. A finished job is
    returned as it is; a job that was planned already (its task was redelivered) is not planned
    again: its groups are handed out again and the ones already done are skipped."""
    report = progress or (lambda p, m: None)
    groups = _plan(job_id, report) or []
    total = sum(len(_group_files(g)) for g in groups)
    if fan_out:
        task = app.tasks["workbench.tasks.imports.import_groups"]
        # A few groups a task: enough tasks to keep every worker busy to the end, not so many that
        # queueing them and the per-task overhead become the work.
        size = max(1, min(8, len(groups) // 100))
        for k in range(0, len(groups), size):
            task.delay(job_id, groups[k : k + size], total)
    elif groups:
        import_groups(job_id=job_id, groups=groups, total=total)
    return ImportJob.objects.get(pk=job_id)


def _plan(job_id: int, report: Callable[[int, str], None]) -> list[dict] | None:
    """The job's groups (stored with the job), or None when the job has ended."""
    with transaction.atomic():
        job = ImportJob.objects.select_for_update(no_key=True).get(pk=job_id)
        if job.status == ImportJob.Status.SUCCEEDED:
            return None
        if job.status == ImportJob.Status.RUNNING and "plan" in job.result:
            return job.result["plan"]
        job.status = ImportJob.Status.RUNNING
        job.attempts += 1
        job.started_at = job.started_at or timezone.now()
        try:
            groups, skipped = _pair_files(job, report)
        except Exception as exc:  # the transaction rolls back: nothing half-done stays
            log.exception("import job %s failed", job_id)
            failed_message = str(exc).splitlines()[0][:500] if str(exc) else exc.__class__.__name__
            transaction.set_rollback(True)
            failure = exc
        else:
            if not groups:  # everything was imported before
                job.status = ImportJob.Status.SUCCEEDED
                job.progress = 100
                job.result = {"documents": [], "pairs": [], "unpaired": [], "skipped": skipped}
                job.message = _summary(job.result)
                job.finished_at = timezone.now()
                job.save()
                return None
            total = sum(len(_group_files(g)) for g in groups)
            job.result = {"plan": groups, "skipped": skipped}
            job.progress = 10
            job.message = f"aligning and checking {total} documents"
            job.save()
            return groups
    ImportJob.objects.filter(pk=job_id).update(
        status=ImportJob.Status.FAILED, message=failed_message, finished_at=timezone.now()
    )
    if not isinstance(failure, (ImportRejected, InputError)):
        raise failure
    return None


def _summary(result: dict) -> str:
    text = (
        f"{len(result['documents'])} new documents, {len(result['pairs'])} pairs, "
        f"{len(result['unpaired'])} without source, {len(result['skipped'])} skipped"
    )
    earlier = sum(1 for p in result["pairs"] if p.get("earlier"))
    if earlier == 1:
        text += "; 1 document imported earlier found its source"
    elif earlier:
        text += f"; {earlier} documents imported earlier found their source"
    failed = sum(1 for s in result["skipped"] if s.get("failed"))
    return text + (f" ({failed} failed)" if failed else "")


def _load(f: ImportFile) -> LibDocument:
    return load_document(bytes(f.data), name=f.name, max_bytes=settings.WORKBENCH_MAX_FILE_BYTES)


def _pair_files(job: ImportJob, report: Callable[[int, str], None]) -> tuple[list[dict], list[dict]]:
    """Decode the upload and pair it with the project's Chinese documents, into independent groups.

    A group is one Chinese document (new, or already in the project) with the new files that render
    it, or one new file that renders nothing and is rendered by nothing. No two groups write the
    same document, so they can run in parallel, each in its own transaction."""
    project = job.project
    skipped: list[dict] = []
    loaded: list[tuple[ImportFile, LibDocument]] = []
    files = list(job.files.all())
    existing = set(Document.objects.filter(project=project).values_list("sha256", flat=True))
    seen: set[str] = set()
    for n, f in enumerate(files, 1):
        if 8 * n // len(files) != 8 * (n - 1) // len(files):  # a state write per step, not per file
            report(8 * n // len(files), f"reading {f.name}")
        _fault_injection_pause()
        if ".." in PurePosixPath(f.name).parts:  # a zip member named ../x.txt: no document of ours
            skipped.append({"file": f.name, "reason": "a path that leaves the zip's folder"})
            continue
        if f.sha256 in existing or f.sha256 in seen:
            skipped.append({"file": f.name, "reason": "already imported"})
            continue
        try:
            doc = _load(f)
        except InputError as exc:
            skipped.append({"file": f.name, "reason": str(exc)})
            continue
        seen.add(f.sha256)
        loaded.append((f, doc))
    if not loaded:
        if skipped and all(s["reason"] == "already imported" for s in skipped):
            return [], skipped
        reasons = "; ".join(f"{s['file']}: {s['reason']}" for s in skipped[:3])
        raise ImportRejected(f"nothing importable ({reasons})")
    # Pair the new Japanese files against all Chinese documents of the project, old and new, and the
    # project's Japanese documents still without a source against the new Chinese files: a source
    # uploaded after its renderings finds them.
    old_sources = list(Document.objects.filter(project=project, lang=Document.Lang.ZH).only(*_STORED))
    waiting = (
        list(
            Document.objects.filter(project=project, lang=Document.Lang.JA, source__isnull=True).only(
                *_STORED
            )
        )
        if any(doc.lang == Document.Lang.ZH for _, doc in loaded)
        else []
    )
    lib_docs = [doc for _, doc in loaded]
    lib_docs += [stored_document(d, name=f"#{d.pk}") for d in old_sources]
    lib_docs += [stored_document(d, name=f"@{d.pk}") for d in waiting]
    report(9, "pairing documents")
    pairs, _ = pair_documents(lib_docs, measure_coverage=False)
    file_of = {doc.name: f.pk for f, doc in loaded}
    renderings: dict[str, list[dict]] = {}
    earlier: dict[str, list[dict]] = {}
    for pair in pairs:
        if pair.target in file_of:
            renderings.setdefault(pair.source, []).append({"file": file_of[pair.target], "score": pair.score})
        elif pair.target.startswith("@") and pair.source in file_of:
            earlier.setdefault(pair.source, []).append(
                {"document": int(pair.target[1:]), "score": pair.score}
            )
    groups = []
    for source, targets in renderings.items():
        ref = {"file": file_of[source]} if source in file_of else {"document": int(source[1:])}
        groups.append({"source": ref, "targets": targets, "earlier": earlier.pop(source, [])})
    grouped = {t["file"] for targets in renderings.values() for t in targets} | {
        file_of[s] for s in renderings if s in file_of
    }
    for f, doc in loaded:
        if f.pk in grouped:
            continue
        if doc.lang == Document.Lang.ZH:
            groups.append({"source": {"file": f.pk}, "targets": [], "earlier": earlier.pop(doc.name, [])})
        else:
            groups.append({"source": None, "targets": [{"file": f.pk, "score": None}]})  # type: ignore[dict-item]  # the list's type is inferred from the first append; a lone target has no source
    return groups, skipped


def _fault_injection_pause() -> None:
    """Integration tests slow the import down (WORKBENCH_IMPORT_STEP_DELAY) to kill a worker in it."""
    delay = float(os.environ.get("WORKBENCH_IMPORT_STEP_DELAY", "0"))
    if delay:
        time.sleep(delay)


def _group_files(group: dict) -> list[int]:
    source = group["source"] or {}
    return ([source["file"]] if "file" in source else []) + [t["file"] for t in group["targets"]]


def import_groups(*, job_id: int, groups: list[dict], total: int) -> None:
    """Import groups of a planned job, each in its own transaction: all its documents or none.

    Idempotent: a group's files are locked, and a group whose documents exist (or that failed
    before) is left alone, so a redelivered or repeated task adds nothing. A failure is recorded on
    the group's files and reported with the job instead of failing the other groups. ``total`` is
    the number of files the job's groups hold: the job ends when that many are done."""
    job = ImportJob.objects.select_related("project").get(pk=job_id)
    config: CheckConfig | None = None  # the project's termbase and settings, read once a task
    for group in groups:
        file_ids = _group_files(group)
        try:
            with transaction.atomic():
                rows = ImportFile.objects.select_for_update().filter(job_id=job_id, pk__in=file_ids)
                files = {f.pk: f for f in rows.order_by("pk")}
                shas = [f.sha256 for f in files.values()]
                done = any(f.error for f in files.values()) or (
                    Document.objects.filter(import_job_id=job_id, sha256__in=shas).exists()
                )
                if not done:
                    config = config or check_config_for(job.project)
                    _import_group(job, group, files, config)
        except OperationalError:
            raise  # the database went away: the task retries
        except SoftTimeLimitExceeded:
            raise  # the task fails the job and stops; caught below, the next group would run unbounded
        except Exception as exc:
            log.exception("import job %s: group %s failed", job_id, file_ids)
            reason = str(exc).splitlines()[0][:500] if str(exc) else exc.__class__.__name__
            ImportFile.objects.filter(pk__in=file_ids, error="").update(error=reason)
    _advance(job_id, total)


def _import_group(job: ImportJob, group: dict, files: dict[int, ImportFile], config: CheckConfig) -> None:
    project = job.project
    source = group["source"]
    src_row: Document | None = None
    src_doc: LibDocument | None = None
    if source and "file" in source:
        src_file = files[source["file"]]
        src_doc = _load(src_file)
        src_row = _create_document(project, job, src_file, src_doc)
    elif source:
        src_row = Document.objects.get(pk=source["document"], project=project)
        src_doc = stored_document(src_row)
    for target in group["targets"]:
        f = files[target["file"]]
        doc = _load(f)
        if src_row is not None and src_doc is not None:
            links = align_documents(src_doc, doc).links
            pairing = {
                "source": src_row,
                "pair_score": target["score"],
                "coverage": round(links_coverage(src_doc, links), 4),
            }
        else:
            links = [Link((), (s.index,), 1.0) for s in doc.sentences]
            pairing = {}
        row = _create_document(project, job, f, doc, **pairing)
        _fault_injection_pause()  # rows written, transaction open: where a killed worker hurts most
        check_document(row, created=_create_segments(row, src_doc, doc, links), config=config)
    for item in group.get("earlier", []):
        # A rendering imported before its source; still unpaired unless someone paired it meanwhile.
        waiting = Document.objects.get(pk=item["document"], project=project)
        attach_source(
            document=waiting, source=src_row, user=job.created_by, score=item["score"], unless_paired=True
        )


def _advance(job_id: int, files: int) -> None:
    """Progress after some groups; the task that completes the job writes its result."""
    counts = (
        ImportJob.objects.filter(pk=job_id)
        .annotate(
            created=_count(Document.objects.filter(import_job_id=job_id)),
            failed=_count(ImportFile.objects.filter(job_id=job_id).exclude(error="")),
        )
        .values_list("created", "failed", "progress")
        .first()
    )
    if counts is None:
        return
    created, failed, progress = counts
    done = created + failed
    if done < files:
        percent = 10 + int(89 * done / files)
        if percent != progress:  # a write per percent, not per group: the job row is everyone's
            ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.RUNNING).update(
                progress=percent, message=f"imported {done} of {files} documents"
            )
        return
    with transaction.atomic():
        job = ImportJob.objects.select_for_update(no_key=True).get(pk=job_id)
        if job.status != ImportJob.Status.RUNNING:
            return
        result = _result(job)
        job.result = result
        job.progress = 100
        job.finished_at = timezone.now()
        if result["documents"]:
            job.status = ImportJob.Status.SUCCEEDED
            job.message = _summary(result)
        else:
            job.status = ImportJob.Status.FAILED
            reasons = "; ".join(f"{s['file']}: {s['reason']}" for s in result["skipped"][:3])
            job.message = f"nothing could be imported ({reasons})"[:500]
        job.save()


def _count(rows) -> Coalesce:
    """COUNT(*) of ``rows`` as a subquery: the figures ``_advance`` needs in one round trip."""
    grouped = rows.order_by().values(one=Value(1)).annotate(n=Func(F("one"), function="COUNT")).values("n")
    return Coalesce(Subquery(grouped), 0)  # no rows: no group, NULL


def _result(job: ImportJob) -> dict:
    docs = list(
        Document.objects.filter(import_job=job)
        .select_related("source")
        .only("pk", "name", "lang", "origin", "pair_score", "coverage", "source__name")
        .order_by("origin", "pk")
    )
    failed = [
        {"file": name, "reason": f"import failed: {error}", "failed": True}
        for name, error in job.files.exclude(error="").values_list("name", "error")
    ]
    # Renderings imported earlier that found their source in this job.
    earlier = (
        Document.objects.filter(source__import_job=job)
        .exclude(import_job=job)
        .select_related("source")
        .only("pk", "name", "pair_score", "coverage", "source__name")
        .order_by("pk")
    )
    return {
        "documents": [{"id": d.pk, "name": d.name, "lang": d.lang} for d in docs],
        "pairs": [
            {"source": d.source.name, "target": d.name, "score": d.pair_score, "coverage": d.coverage}  # type: ignore[union-attr]  # filtered on source_id is not None
            for d in docs
            if d.source_id is not None
        ]
        + [
            {
                "source": d.source.name,  # type: ignore[union-attr]  # filtered on source_id is not None
                "target": d.name,
                "score": d.pair_score,
                "coverage": d.coverage,
                "earlier": True,
            }
            for d in earlier
        ],
        "unpaired": [d.name for d in docs if d.lang == Document.Lang.JA and d.source_id is None],
        "skipped": job.result.get("skipped", []) + failed,
    }


def _title(doc: LibDocument) -> str:
    for s in doc.sentences:
        if not s.is_boilerplate and len(s.text.strip("•· ")) >= 4:
            return s.text.strip("•· ")[:200]
    return doc.name


def _create_document(
    project: Project, job: ImportJob, f: ImportFile, doc: LibDocument, **pairing: object
) -> Document:
    row = Document.objects.create(
        **pairing,
        project=project,
        name=PurePosixPath(f.name).name[:500],
        title=_title(doc),
        lang=doc.lang,
        encoding=doc.encoding,
        origin=f.name,
        translator=UNKNOWN_ENGINE if doc.lang == Document.Lang.JA else "",
        sha256=f.sha256,
        text=doc.text,
        import_job=job,
    )
    Sentence.objects.bulk_create(
        Sentence(document=row, index=s.index, text=s.text, start=s.start, end=s.end, kind=s.kind)
        for s in doc.sentences
    )
    return row


def _create_segments(
    target: Document, source_doc: LibDocument | None, target_doc: LibDocument, links: list[Link]
) -> list[Segment]:
    """One segment per link of the alignment (or per sentence when there is no source)."""
    segments = [
        segment_for_link(target, source_doc, target_doc, link, index) for index, link in enumerate(links)
    ]
    created = Segment.objects.bulk_create(segments)
    record(
        document=target,
        segment=None,
        user=None,
        action="import",
        after={"segments": len(segments), "source": source_doc.name if source_doc else None},
    )
    return created
