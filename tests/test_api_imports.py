"""A file uploaded through the API is imported by the worker through the same path as the page
(sigap.monitoring.imports.create_import), with progress, counts and the rejected records."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from sigap.api.models import ApiToken
from sigap.core.models import AuditEvent
from sigap.monitoring.models import Document, ImportJob

LINES = [
    {"id": "a1", "text": "Banjir Demak, warga butuh perahu karet", "published_at": "2026-03-02T08:00:00+07:00"},
    {
        "id": "a2",
        "text": "Posko pengungsian di Balai Desa Wonoagung",
        "published_at": "2026-03-02T09:00:00+07:00",
        "likes": 12,
    },
]
BAD_LINE = b'{"id": "a3", "text": "tanggal rusak", "published_at": "32-13-2025"}'
CONTENT = b"\n".join(json.dumps(line).encode() for line in LINES) + b"\n" + BAD_LINE + b"\n"


@pytest.fixture(autouse=True)
def import_dir(settings, tmp_path):
    settings.IMPORT_DIR = tmp_path / "imports"


@pytest.fixture
def auth(analyst):
    return {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(analyst, 'uji')[1]}"}


def upload(client, source, auth, content=CONTENT, name="ekspor.jsonl", **data):
    return client.post(
        f"/api/v1/sources/{source.pk}/imports", {"file": SimpleUploadedFile(name, content), **data}, **auth
    )


def test_upload_then_worker_reports_counts_and_rejects(
    client, auth, source, run_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, source, auth)
    assert response.status_code == 202, response.content
    job = response.json()
    assert (job["status"], job["format"], job["file_name"], job["source"]["id"]) == (
        "queued",
        "sigap-jsonl",
        "ekspor.jsonl",
        source.pk,
    )
    assert job["counts"] == {"read": 0, "stored": 0, "duplicate": 0, "rejected": 0} and job["finished"] is False

    run_tasks()

    done = client.get(f"/api/v1/imports/{job['id']}", **auth).json()
    assert (done["status"], done["progress_percent"], done["finished"]) == ("done", 100, True)
    assert done["counts"] == {"read": 3, "stored": 2, "duplicate": 0, "rejected": 1}
    assert Document.objects.filter(source=source).count() == 2

    rejected = client.get(f"/api/v1/imports/{job['id']}/rejected", **auth).json()
    assert rejected["count"] == 1
    record = rejected["items"][0]
    assert "published_at" in record["reason"] and "32-13-2025" in record["raw"] and record["position"]

    listed = client.get(f"/api/v1/sources/{source.pk}/imports", **auth).json()
    assert [item["id"] for item in listed["items"]] == [job["id"]]
    actions = list(
        AuditEvent.objects.filter(target_type="monitoring.importjob").order_by("id").values_list("action", flat=True)
    )
    assert actions == ["import.created", "import.running", "import.done"]
    assert AuditEvent.objects.get(action="import.created").actor.username == "analis.demak"


def test_reupload_counts_duplicates(client, auth, source, run_tasks, django_capture_on_commit_callbacks):
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            upload(client, source, auth, format="sigap-jsonl")
        run_tasks()
    second = ImportJob.objects.order_by("id").last()
    assert (second.read, second.stored, second.duplicate, second.rejected) == (3, 0, 2, 1)


def test_rejected_records_are_paginated(client, auth, source, run_tasks, django_capture_on_commit_callbacks):
    bad = b"\n".join(b'{"id": "b%d", "text": "x"}' % i for i in range(7)) + b"\n"
    with django_capture_on_commit_callbacks(execute=True):
        job = upload(client, source, auth, content=bad, format="sigap-jsonl").json()
    run_tasks()
    page = client.get(f"/api/v1/imports/{job['id']}/rejected", {"page": 2, "page_size": 5}, **auth).json()
    assert (page["count"], len(page["items"]), page["page"]) == (7, 2, 2)


@pytest.mark.parametrize(
    "content, name, data",
    [
        (b"", "kosong.jsonl", {}),  # empty file
        (b"\x00\x01 bukan format apa pun", "acak.bin", {}),  # format not recognised
        (CONTENT, "ekspor.jsonl", {"format": "excel"}),  # unknown format name
    ],
)
def test_refused_uploads_are_422_with_a_message(client, auth, source, content, name, data):
    response = upload(client, source, auth, content=content, name=name, **data)
    assert response.status_code == 422, response.content
    assert response.json()["detail"]
    assert not ImportJob.objects.exists()


def test_upload_needs_a_file(client, auth, source):
    response = client.post(f"/api/v1/sources/{source.pk}/imports", {}, **auth)
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "file"
