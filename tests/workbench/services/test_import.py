import io
import re
import zipfile

import pytest
from django.core.management import call_command
from django.db.models import F

from tests.workbench.conftest import seed_files
from workbench.models import Document, Flag, ImportJob, Revision, Segment, Sentence
from workbench.permissions import PermissionDenied
from workbench.services import checks, imports
from workbench.services.alignment_edits import merge_with_next
from workbench.services.errors import InvalidInput
from workbench.services.imports import ImportRejected, create_import_job, run_import_job
from workbench.services.segments import Conflict, apply_fix, dismiss_flag, update_target_text
from workbench.tasks import imports as tasks


def test_seed_import_pairs_aligns_and_flags(imported):
    docs = {d.name[:3]: d for d in Document.objects.filter(project=imported)}
    assert docs["000"].source == docs["002"] and docs["004"].source is None
    seg = Segment.objects.filter(document=docs["000"])
    # every sentence of both documents is in exactly one segment
    src = sorted(i for s in seg for i in s.source_sentences)
    tgt = sorted(j for s in seg for j in s.target_sentences)
    assert src == list(range(Sentence.objects.filter(document=docs["002"]).count()))
    assert tgt == list(range(Sentence.objects.filter(document=docs["000"]).count()))
    assert seg.filter(kind="boilerplate").exists()
    assert Segment.objects.filter(document=docs["004"], flags__code="entity-broken").exists()


def test_reimport_changes_nothing(imported, users, django_capture_on_commit_callbacks):
    before = (Document.objects.count(), Segment.objects.count())
    with django_capture_on_commit_callbacks(execute=True):
        job = create_import_job(
            project=imported, user=users["manager"], files=seed_files("000", "002", "004")
        )
    job.refresh_from_db()
    assert job.status == "succeeded" and len(job.result["skipped"]) == 3
    assert (Document.objects.count(), Segment.objects.count()) == before


def test_running_a_finished_job_again_is_a_no_op(imported):
    job = ImportJob.objects.get(project=imported)
    count = Segment.objects.count()
    assert run_import_job(job_id=job.pk).status == "succeeded"
    assert Segment.objects.count() == count


def test_legacy_encodings_and_a_bad_file(project, users, django_capture_on_commit_callbacks):
    zh = "长宁区与明斯克市正式结为友城。今年6月10日，长宁区国际投资促进对接会召开。".encode("gb18030")
    ja = "長寧区とミンスク市は正式に友好都市となった。今年6月10日、長寧区国際投資促進会議が開催された。".encode(
        "cp932"
    )
    with django_capture_on_commit_callbacks(execute=True):
        job = create_import_job(
            project=project,
            user=users["manager"],
            files=[("zh.txt", zh), ("ja.txt", ja), ("bin.txt", b"\x00\x01" * 50)],
        )
    job.refresh_from_db()
    assert job.status == "succeeded"
    assert {d.encoding for d in Document.objects.filter(project=project)} == {"gb18030", "shift_jis"}
    assert job.result["skipped"][0]["file"] == "bin.txt" and "binary" in job.result["skipped"][0]["reason"]
    assert len(job.result["pairs"]) == 1


def test_nothing_importable_fails_cleanly(project, users, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        job = create_import_job(project=project, user=users["manager"], files=[("empty.txt", b"")])
    job.refresh_from_db()
    assert job.status == "failed" and "empty" in job.message
    assert not Document.objects.exists()


def test_zip_with_nested_folders_and_junk(project, users, django_capture_on_commit_callbacks):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in seed_files("000", "002"):
            zf.writestr(f"articles/2021/{name}", data)
        zf.writestr("__MACOSX/._junk.txt", b"junk")
        zf.writestr("articles/photo.jpg", b"\xff\xd8")
    with django_capture_on_commit_callbacks(execute=True):
        job = create_import_job(project=project, user=users["manager"], files=[("batch.zip", buf.getvalue())])
    job.refresh_from_db()
    assert job.status == "succeeded" and len(job.result["pairs"]) == 1


def test_upload_limit(project, users, settings):
    settings.WORKBENCH_MAX_FILE_BYTES = 100
    with pytest.raises(ImportRejected, match="too large"):
        create_import_job(project=project, user=users["manager"], files=[("a.txt", b"x" * 101)])


def test_translators_cannot_import(project, users):
    with pytest.raises(PermissionDenied):
        create_import_job(project=project, user=users["translator"], files=seed_files("000"))


def test_a_planned_job_is_split_into_groups_that_can_run_twice(project, users, monkeypatch):
    """The plan's groups share no file; running every group twice (a redelivered task) adds nothing."""
    job = create_import_job(
        project=project, user=users["manager"], files=seed_files("000", "001", "002", "004")
    )
    queued: list[dict] = []
    monkeypatch.setattr(tasks.import_groups, "delay", lambda job_id, groups, total: queued.extend(groups))
    assert run_import_job(job_id=job.pk, fan_out=True).status == "running"
    files = [f for group in queued for f in imports._group_files(group)]
    assert len(files) == len(set(files)) == 4
    names = {f.pk: f.name[:3] for f in job.files.all()}
    rendered = next(g for g in queued if g["targets"] and g["source"])
    assert names[rendered["source"]["file"]] == "002"
    assert sorted(names[t["file"]] for t in rendered["targets"]) == ["000", "001"]
    for group in queued:
        imports.import_groups(job_id=job.pk, groups=[group], total=4)
    counts = (Document.objects.count(), Segment.objects.count(), Flag.objects.count())
    for group in queued:
        imports.import_groups(job_id=job.pk, groups=[group], total=4)
    assert (Document.objects.count(), Segment.objects.count(), Flag.objects.count()) == counts
    job.refresh_from_db()
    assert job.status == "succeeded" and job.progress == 100 and "plan" not in job.result
    assert len(job.result["documents"]) == 4 and len(job.result["pairs"]) == 2


def test_a_failing_group_is_reported_and_the_others_are_imported(
    project, users, monkeypatch, django_capture_on_commit_callbacks
):
    real = imports.check_document

    def check(document, **options):
        if document.name.startswith("004"):
            raise ValueError("checker crashed")
        real(document, **options)

    monkeypatch.setattr(imports, "check_document", check)
    with django_capture_on_commit_callbacks(execute=True):
        job = create_import_job(project=project, user=users["manager"], files=seed_files("000", "002", "004"))
    job.refresh_from_db()
    assert job.status == "succeeded" and "(1 failed)" in job.message
    assert sorted(d.name[:3] for d in Document.objects.filter(project=project)) == ["000", "002"]
    failed = [s for s in job.result["skipped"] if s.get("failed")]
    assert (
        len(failed) == 1 and failed[0]["file"].startswith("004") and "checker crashed" in failed[0]["reason"]
    )


def test_import_articles_command_imports_a_folder(tmp_path, db):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, data in seed_files("000", "002"):
        (folder / name).write_bytes(data)
    out = io.StringIO()
    call_command("import_articles", str(folder), "--project", "cli", "--create", stdout=out)
    assert "2 new documents, 1 pairs" in out.getvalue() and " renders " in out.getvalue()
    assert Document.objects.filter(project__slug="cli").count() == 2


def test_consistency_flags_name_the_row_the_review_page_shows(rendering):
    """Seed 000 renders 资源 as リソース and as 資源; the flag's "segment N" is row N of the page,
    chrome rows included."""
    flags = list(
        Flag.objects.filter(segment__document=rendering, code="terminology-consistency").select_related(
            "segment"
        )
    )
    assert any(re.search(r"is rendered \S+ in segment", f.message) for f in flags)
    assert Segment.objects.filter(document=rendering, kind=Segment.Kind.BOILERPLATE).exists()
    for flag in flags:
        if not re.search(r"is rendered \S+ in segment", flag.message):
            continue  # the same sentence translated twice, or a variant within one segment
        n = int(re.search(r"in segment (\d+)", flag.message).group(1))
        usual = re.search(r"is rendered (\S+) in segment", flag.message).group(1)
        row = Segment.objects.get(document=rendering, index=n - 1)
        assert usual.rstrip("ー") in row.target_text and row.pk != flag.segment_id


def test_an_edit_is_rechecked_in_the_context_of_its_document(rendering, users):
    """A post-edit that keeps a variant keeps its consistency flag; one that restores the usual
    rendering clears it (the other rows are untouched)."""
    flag = Flag.objects.filter(
        segment__document=rendering,
        code="terminology-consistency",
        message__regex=r"is rendered \S+ in segment",
    ).first()
    seg = flag.segment
    variant = seg.target_text[flag.start : flag.end]
    usual = re.search(r"is rendered (\S+) in segment", flag.message).group(1)
    others = Flag.objects.exclude(segment=seg).filter(segment__document=rendering).count()

    seg = update_target_text(
        segment=seg, user=users["reviewer"], target_text=seg.target_text + " ", version=seg.version
    )
    assert seg.flags.filter(code="terminology-consistency").exists()
    fixed = seg.target_text.replace(variant, usual)
    seg = update_target_text(segment=seg, user=users["reviewer"], target_text=fixed, version=seg.version)
    assert not seg.flags.filter(code="terminology-consistency", message=flag.message).exists()
    assert Flag.objects.exclude(segment=seg).filter(segment__document=rendering).count() == others


def _usual_rendering_flag(document: Document) -> Flag:
    return (
        Flag.objects.filter(
            segment__document=document,
            code="terminology-consistency",
            message__regex=r"is rendered \S+ in segment",
        )
        .select_related("segment")
        .first()
    )


def test_after_a_merge_other_rows_name_the_renumbered_row(
    rendering, users, django_capture_on_commit_callbacks
):
    """A merge above the row a consistency flag points at renumbers that row; once the edit commits
    the document is re-checked, the flag names the new number and keeps its dismissal."""
    flag = _usual_rendering_flag(rendering)
    n = int(re.search(r"in segment (\d+)", flag.message).group(1))
    top = min(n - 1, flag.segment.index)
    first = Segment.objects.filter(document=rendering, index__lt=top - 1).order_by("index").first()
    assert first is not None
    dismiss_flag(flag=flag, user=users["reviewer"], reason="house style")

    with django_capture_on_commit_callbacks(execute=True):
        merge_with_next(segment=first, user=users["reviewer"], version=first.version)

    flag.refresh_from_db()
    assert f"in segment {n - 1}" in flag.message
    assert flag.status == Flag.Status.DISMISSED
    usual = re.search(r"is rendered (\S+) in segment", flag.message).group(1)
    assert usual.rstrip("ー") in Segment.objects.get(document=rendering, index=n - 2).target_text


def test_a_document_edited_while_it_is_rechecked_is_checked_again(rendering, monkeypatch):
    """No flag is written for text that changed while the document was being checked: the check
    runs again on what is there now."""
    seg = next(
        s
        for s in Segment.objects.filter(document=rendering, kind=Segment.Kind.CONTENT).order_by("index")
        if s.source_text and "、" in s.target_text and not s.flags.filter(code="punctuation-chinese").exists()
    )
    edited = seg.target_text.replace("、", "，", 1)
    real = checks.run_document_checks
    calls: list[int] = []

    def edited_meanwhile(pairs, **kwargs):
        calls.append(len(pairs))
        if len(calls) == 1:  # a reviewer saves while the first check runs
            Segment.objects.filter(pk=seg.pk).update(target_text=edited, version=F("version") + 1)
        return real(pairs, **kwargs)

    monkeypatch.setattr(checks, "run_document_checks", edited_meanwhile)
    assert checks.recheck_document(document_id=rendering.pk)
    assert len(calls) == 2
    comma = seg.flags.get(code="punctuation-chinese")
    assert edited[comma.start : comma.end] == "，"


def test_a_document_that_keeps_changing_is_left_for_the_next_run(rendering, monkeypatch):
    seg = Segment.objects.filter(document=rendering, kind=Segment.Kind.CONTENT).first()
    real = checks.run_document_checks
    before = sorted(Flag.objects.filter(segment__document=rendering).values_list("pk", "message"))

    def always_edited(pairs, **kwargs):
        Segment.objects.filter(pk=seg.pk).update(version=F("version") + 1)
        return real(pairs, **kwargs)

    monkeypatch.setattr(checks, "run_document_checks", always_edited)
    assert not checks.recheck_document(document_id=rendering.pk)
    assert sorted(Flag.objects.filter(segment__document=rendering).values_list("pk", "message")) == before
    assert not checks.recheck_document(document_id=10**9)


def test_a_flag_fix_is_saved_as_an_edit_with_history(rendering, users):
    """Seed 000 renders 资源 as 資源 here and リソース there: the consistency flag's fix writes the
    usual rendering, records a 'fix' revision, and the flag is gone; a stale version is a conflict
    and changes nothing; a flag with no mechanical fix is refused."""
    flag = _usual_rendering_flag(rendering)
    seg = flag.segment
    usual = re.search(r"is rendered (\S+) in segment", flag.message).group(1)
    assert flag.has_fix and flag.fix == usual
    with pytest.raises(Conflict):
        apply_fix(flag=flag, user=users["translator"], version=seg.version - 1)
    seg.refresh_from_db()
    fixed = apply_fix(flag=flag, user=users["translator"], version=seg.version)
    assert fixed.target_text == seg.target_text[: flag.start] + usual + seg.target_text[flag.end :]
    assert not fixed.flags.filter(code="terminology-consistency", start=flag.start).exists()
    assert Revision.objects.filter(segment=seg, action="fix").count() == 1
    other = Flag.objects.filter(segment__document=rendering, has_fix=False, start__isnull=True).first()
    with pytest.raises(InvalidInput, match="no one-click fix"):
        apply_fix(flag=other, user=users["translator"], version=other.segment.version)
