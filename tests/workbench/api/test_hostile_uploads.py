"""Zips that lie, hide or break: a clear 400 naming the member, bounded memory, nothing stored."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from tests.workbench.api.test_bad_input import JA, ZH, upload
from tests.workbench.conftest import client_for
from workbench.models import ImportJob
from workbench.services.imports import ImportRejected, create_import_job


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _patch_headers(data: bytes, **fields: int) -> bytes:
    """Rewrite fields of every local and central header (what a hostile zip tool writes)."""
    local = {"flags": (6, "<H"), "method": (8, "<H"), "size": (22, "<I")}
    central = {"flags": (8, "<H"), "method": (10, "<H"), "size": (24, "<I")}
    out = bytearray(data)
    for signature, offsets in ((b"PK\x03\x04", local), (b"PK\x01\x02", central)):
        at = out.find(signature)
        while at >= 0:
            for field, value in fields.items():
                offset, fmt = offsets[field]
                struct.pack_into(fmt, out, at + offset, value)
            at = out.find(signature, at + 4)
    return bytes(out)


def test_a_member_lying_about_its_size_is_inflated_a_chunk_at_a_time(project, users):
    bomb = _patch_headers(_zip({"a.txt": b"\0" * 20_000_000}), size=100)  # 20 MB declared as 100 bytes
    assert len(bomb) < 100_000
    tracemalloc.start()
    try:
        with pytest.raises(ImportRejected, match=r"a\.txt is damaged"):  # no longer than it said: CRC
            create_import_job(project=project, user=users["manager"], files=[("bomb.zip", bomb)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000, peak  # chunks, not the 20 MB the member inflates to in one read
    response = upload(client_for(users["manager"]), project, ("bomb.zip", bomb))
    assert response.status_code == 400 and "damaged" in response.json()["detail"]
    assert not ImportJob.objects.exists()


@override_settings(WORKBENCH_MAX_FILE_BYTES=1_000_000, WORKBENCH_MAX_UPLOAD_BYTES=2_000_000)
def test_members_are_held_to_the_limit_as_they_inflate(project, users):
    data = _zip({"a.txt": b"\0" * 900_000, "b.txt": b"\0" * 900_000, "c.txt": b"\0" * 900_000})
    with pytest.raises(ImportRejected, match="unpacks to more than the upload limit"):
        create_import_job(project=project, user=users["manager"], files=[("three.zip", data)])


@pytest.mark.parametrize(
    ("fields", "says"),
    [({"flags": 0x1}, "encrypted"), ({"method": 6}, "Deflate")],  # 6: implode, which zipfile cannot read
)
def test_encrypted_and_unsupported_members(project, users, fields, says):
    data = _patch_headers(_zip({"zh.txt": ZH.encode(), "ja.txt": JA.encode()}), **fields)
    response = upload(client_for(users["manager"]), project, ("batch.zip", data))
    assert response.status_code == 400
    assert says in response.json()["detail"] and "zh.txt" in response.json()["detail"]
    assert not ImportJob.objects.exists()


def test_a_damaged_member(project, users):
    data = bytearray(_zip({"zh.txt": (ZH * 50).encode()}))
    start = 30 + len("zh.txt")  # the compressed bytes follow the local header and the name
    data[start + 10 : start + 40] = b"\xff" * 30
    response = upload(client_for(users["manager"]), project, ("batch.zip", bytes(data)))
    assert response.status_code == 400 and "damaged" in response.json()["detail"]
    assert not ImportJob.objects.exists()


def test_members_named_outside_the_zip_are_counted_as_skipped(
    project, users, django_capture_on_commit_callbacks
):
    data = _zip(
        {"../evil.txt": JA.encode(), "docs/../../up.txt": ("另外" + ZH).encode(), "zh.txt": ZH.encode()}
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client_for(users["manager"]), project, ("batch.zip", data))
    assert response.status_code == 202
    job = ImportJob.objects.get()
    assert job.status == "succeeded", job.message
    skipped = {s["file"]: s["reason"] for s in job.result["skipped"]}
    assert set(skipped) == {"batch.zip/../evil.txt", "batch.zip/docs/../../up.txt"}
    assert all("leaves the zip" in reason for reason in skipped.values())


@override_settings(WORKBENCH_MAX_UPLOAD_BYTES=2_000_000, FILE_UPLOAD_MAX_MEMORY_SIZE=100_000)
def test_an_upload_over_the_limit_is_refused_before_it_is_read_into_memory(project, users):
    """Django spools the files to disk; the view refuses them by their size, without reading them."""
    body = encode_multipart(
        BOUNDARY, {"files": [SimpleUploadedFile(f"{k}.txt", b"x" * 3_000_000) for k in range(4)]}
    )
    client = client_for(users["manager"])
    tracemalloc.start()
    try:
        response = client.generic(
            "POST", f"/api/projects/{project.pk}/imports/", body, content_type=MULTIPART_CONTENT
        )
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert response.status_code == 400 and "too large" in response.json()["detail"]
    # The test client holds the 12 MB body (18 MB measured); reading the files added 12 MB more (29 MB).
    assert peak < 2 * len(body), (peak, len(body))
