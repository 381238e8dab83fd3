"""Import: uploaded files → documents → sentences → aligned segments → flags, in one transaction.

The upload is stored first (``ImportFile`` rows) and processed by a Celery task, so that a worker
on another machine can do the work and a redelivered task (the worker was killed) finds everything
it needs. The processing runs inside one transaction on a locked job row: it either creates all
documents of the upload or none, and a job that already succeeded is not run again.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import time
import zipfile
from collections.abc import Callable
from pathlib import PurePosixPath

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from alignment.aligner import align_documents
from alignment.documents import pair_documents
from alignment.errors import InputError
from alignment.text import load_document
from alignment.types import Document as LibDocument
from workbench.models import Document, ImportFile, ImportJob, Project, Segment, Sentence
from workbench.permissions import require
from workbench.services.checks import check_document
from workbench.services.revisions import record

log = logging.getLogger(__name__)

_JUNK_PREFIXES = ("__MACOSX/", ".")
_TEXT_SUFFIXES = {".txt", ".text", ".htm", ".html", ".xhtml", ""}
MAX_ZIP_MEMBERS = 2000


class ImportRejected(ValueError):
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
                if any(part.startswith(_JUNK_PREFIXES) for part in path.parts) or path.name.startswith("._"):
                    continue
                if path.suffix.lower() not in _TEXT_SUFFIXES:
                    continue
                total += member.file_size
                if member.file_size > settings.WORKBENCH_MAX_FILE_BYTES or total > budget:
                    raise ImportRejected(f"{name}: the zip unpacks to more than the upload limit")
                out.append((f"{name}/{member.filename}", zf.read(member)))
    except zipfile.BadZipFile as exc:
        raise ImportRejected(f"{name}: damaged zip file") from exc
    return out


def create_import_job(*, project: Project, user, files: list[tuple[str, bytes]]) -> ImportJob:
    """Store an upload and schedule its processing; raises ImportRejected for an unusable upload."""
    require(user, "import", project)
    if not files:
        raise ImportRejected("no files uploaded")
    total = sum(len(d) for _, d in files)
    limit = settings.WORKBENCH_MAX_UPLOAD_BYTES
    if total > limit:
        raise ImportRejected(f"upload too large: {total / 1e6:.1f} MB > limit {limit / 1e6:.1f} MB")
    expanded: list[tuple[str, bytes]] = []
    for name, data in files:
        if len(data) > settings.WORKBENCH_MAX_FILE_BYTES:
            raise ImportRejected(
                f"{name}: file too large: {len(data) / 1e6:.1f} MB > limit {settings.WORKBENCH_MAX_FILE_BYTES / 1e6:.1f} MB"
            )
        expanded.extend(_expand(name, data, limit))
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
        transaction.on_commit(lambda: _schedule(job.pk))
    return job


def _schedule(job_id: int) -> None:
    """Queue the job; if the broker cannot be reached, the job says so instead of staying pending."""
    from workbench.tasks.imports import run_import

    try:
        result = run_import.apply_async(
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
        return
    ImportJob.objects.filter(pk=job_id, celery_task_id="").update(celery_task_id=result.id or "")


def run_import_job(*, job_id: int, progress: Callable[[int, str], None] | None = None) -> ImportJob:
    """Process a stored upload. Idempotent: a finished job is returned as it is."""
    report = progress or (lambda p, m: None)
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().get(pk=job_id)
        if job.status == ImportJob.Status.SUCCEEDED:
            return job
        job.status = ImportJob.Status.RUNNING
        job.attempts += 1
        job.started_at = job.started_at or timezone.now()
        job.save(update_fields=["status", "attempts", "started_at"])
        try:
            result = _import_files(job, report)
        except Exception as exc:  # the transaction rolls back: nothing half-done stays
            log.exception("import job %s failed", job_id)
            failed_message = str(exc).splitlines()[0][:500] if str(exc) else exc.__class__.__name__
            transaction.set_rollback(True)
            failure = exc
        else:
            job.status = ImportJob.Status.SUCCEEDED
            job.progress = 100
            job.result = result
            job.message = _summary(result)
            job.finished_at = timezone.now()
            job.save()
            return job
    ImportJob.objects.filter(pk=job_id).update(
        status=ImportJob.Status.FAILED, message=failed_message, finished_at=timezone.now()
    )
    if not isinstance(failure, (ImportRejected, InputError)):
        raise failure
    return ImportJob.objects.get(pk=job_id)


def _summary(result: dict) -> str:
    return (
        f"{len(result['documents'])} new documents, {len(result['pairs'])} pairs, "
        f"{len(result['unpaired'])} without source, {len(result['skipped'])} skipped"
    )


def _import_files(job: ImportJob, report: Callable[[int, str], None]) -> dict:
    project = job.project
    skipped: list[dict] = []
    loaded: list[tuple[ImportFile, LibDocument]] = []
    files = list(job.files.all())
    existing = set(Document.objects.filter(project=project).values_list("sha256", flat=True))
    seen: set[str] = set()
    step_delay = float(os.environ.get("WORKBENCH_IMPORT_STEP_DELAY", "0"))  # fault-injection tests only
    for n, f in enumerate(files, 1):
        report(int(40 * n / max(1, len(files))), f"reading {f.name}")
        if step_delay:
            time.sleep(step_delay)
        if f.sha256 in existing or f.sha256 in seen:
            skipped.append({"file": f.name, "reason": "already imported"})
            continue
        try:
            doc = load_document(bytes(f.data), name=f.name, max_bytes=settings.WORKBENCH_MAX_FILE_BYTES)
        except InputError as exc:
            skipped.append({"file": f.name, "reason": str(exc)})
            continue
        seen.add(f.sha256)
        loaded.append((f, doc))
    if not loaded:
        if skipped and all(s["reason"] == "already imported" for s in skipped):
            return {"documents": [], "pairs": [], "unpaired": [], "skipped": skipped}
        reasons = "; ".join(f"{s['file']}: {s['reason']}" for s in skipped[:3])
        raise ImportRejected(f"nothing importable ({reasons})")
    # Pair the new Japanese files against all Chinese documents of the project, old and new.
    old_sources = [
        (d, load_document(d.text.encode("utf-8"), name=f"#{d.pk}"))
        for d in Document.objects.filter(project=project, lang="zh")
    ]
    lib_docs = [doc for _, doc in loaded] + [doc for _, doc in old_sources]
    report(50, "pairing documents")
    pairs, unpaired = pair_documents(lib_docs)
    rows: dict[str, Document] = {}
    for f, doc in loaded:
        rows[doc.name] = _create_document(project, job, f, doc)
    for model, doc in old_sources:
        rows[doc.name] = model
    by_name = {doc.name: doc for doc in lib_docs}
    new_names = {doc.name for _, doc in loaded}
    result_pairs = []
    for k, pair in enumerate(pairs, 1):
        report(50 + int(45 * k / max(1, len(pairs))), f"aligning {pair.target}")
        if pair.target not in new_names:
            continue
        target = rows[pair.target]
        target.source = rows[pair.source]
        target.pair_score, target.coverage = pair.score, pair.coverage
        target.save(update_fields=["source", "pair_score", "coverage"])
        _create_segments(target, by_name[pair.source], by_name[pair.target])
        result_pairs.append(
            {
                "source": rows[pair.source].name,
                "target": target.name,
                "score": pair.score,
                "coverage": pair.coverage,
            }
        )
    for name in unpaired:
        if name in new_names:
            _create_segments(rows[name], None, by_name[name])
    for doc in rows.values():
        if doc.lang == "ja" and doc.pk in {rows[n].pk for n in new_names}:
            check_document(doc)
    return {
        "documents": [
            {"id": rows[n].pk, "name": rows[n].name, "lang": rows[n].lang} for n in sorted(new_names)
        ],
        "pairs": result_pairs,
        "unpaired": [rows[n].name for n in unpaired if n in new_names],
        "skipped": skipped,
    }


def _title(doc: LibDocument) -> str:
    for s in doc.sentences:
        if not s.is_boilerplate and len(s.text.strip("•· ")) >= 4:
            return s.text.strip("•· ")[:200]
    return doc.name


def _create_document(project: Project, job: ImportJob, f: ImportFile, doc: LibDocument) -> Document:
    row = Document.objects.create(
        project=project,
        name=PurePosixPath(f.name).name[:500],
        title=_title(doc),
        lang=doc.lang,
        encoding=doc.encoding,
        origin=f.name,
        translator="machine translation (unknown engine)" if doc.lang == "ja" else "",
        sha256=f.sha256,
        text=doc.text,
        import_job=job,
    )
    Sentence.objects.bulk_create(
        Sentence(document=row, index=s.index, text=s.text, start=s.start, end=s.end, kind=s.kind)
        for s in doc.sentences
    )
    return row


def _create_segments(target: Document, source_doc: LibDocument | None, target_doc: LibDocument) -> None:
    """One segment per link of the alignment (or per sentence when there is no source)."""
    if source_doc is not None:
        links = align_documents(source_doc, target_doc).links
    else:
        from alignment.types import Link

        links = [Link((), (s.index,), 1.0) for s in target_doc.sentences]
    segments = []
    for index, link in enumerate(links):
        src_text = "".join(source_doc.sentences[i].text for i in link.src) if source_doc else ""
        tgt_text = "".join(target_doc.sentences[j].text for j in link.tgt)
        members = [source_doc.sentences[i] for i in link.src] if source_doc else []
        members += [target_doc.sentences[j] for j in link.tgt]
        boilerplate = bool(members) and all(s.is_boilerplate for s in members)
        segments.append(
            Segment(
                document=target,
                index=index,
                source_sentences=list(link.src),
                target_sentences=list(link.tgt),
                source_text=src_text,
                mt_text=tgt_text,
                target_text=tgt_text,
                link_type=link.kind,
                confidence=link.score,
                kind=Segment.Kind.BOILERPLATE if boilerplate else Segment.Kind.CONTENT,
            )
        )
    Segment.objects.bulk_create(segments)
    record(
        document=target,
        segment=None,
        user=None,
        action="import",
        after={"segments": len(segments), "source": source_doc.name if source_doc else None},
    )
