"""A file uploaded in the page is imported in the background, with progress, counts and rejected records."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sigap.monitoring.models import Document, ImportJob

LINES = [
    {
        "id": "t1",
        "text": "Banjir Demak, warga butuh perahu karet",
        "published_at": "2026-03-02T08:00:00+07:00",
        "author": "warga_demak",
    },
    {
        "id": "t2",
        "text": "Posko pengungsian di Balai Desa Wonoagung",
        "published_at": "2026-03-02T09:00:00+07:00",
        "likes": 12,
    },
    {"id": "t3", "text": "Tanggal rusak", "published_at": "32-13-2025"},
]


def jsonl(lines, extra=b""):
    return b"\n".join(json.dumps(line).encode() for line in lines) + b"\n" + extra


def upload(client, source, content, name="unggahan.jsonl", fmt="auto"):
    return client.post(
        reverse("monitoring:source_import", args=[source.pk]),
        {"file": SimpleUploadedFile(name, content), "format": fmt},
    )


def test_upload_runs_in_background_and_reports_counts(
    login, analyst, source, run_tasks, django_capture_on_commit_callbacks
):
    client = login(analyst)
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, source, jsonl(LINES, b'{"id": "t4", "text": "terpotong'))
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("monitoring:import_detail", args=[job.pk])
    run_tasks()
    job.refresh_from_db()
    assert (job.status, job.read, job.stored, job.duplicate, job.rejected) == ("done", 4, 2, 0, 2)
    page = client.get(reverse("monitoring:import_detail", args=[job.pk])).content.decode()
    assert "published_at" in page  # the reason of the rejected date is shown
    assert Document.objects.filter(source=source).count() == 2


def test_progress_fragment_polls_until_done(login, analyst, source, django_capture_on_commit_callbacks):
    client = login(analyst)
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, source, jsonl(LINES))
    job = ImportJob.objects.get()
    fragment = client.get(
        reverse("monitoring:import_detail", args=[job.pk]), headers={"HX-Request": "true"}
    ).content.decode()
    assert 'hx-trigger="every 1s"' in fragment and "<html" not in fragment


def test_finished_import_reloads_the_page_once_to_show_rejected_records(
    login, analyst, source, run_tasks, django_capture_on_commit_callbacks
):
    client = login(analyst)
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, source, jsonl(LINES))
    run_tasks()
    job = ImportJob.objects.get()
    response = client.get(reverse("monitoring:import_detail", args=[job.pk]), headers={"HX-Request": "true"})
    assert response["HX-Refresh"] == "true" and "hx-trigger" not in response.content.decode()


def test_reimporting_the_same_file_stores_nothing_twice(
    login, analyst, source, run_tasks, django_capture_on_commit_callbacks
):
    client = login(analyst)
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            upload(client, source, jsonl(LINES[:2]))
        run_tasks()
    second = ImportJob.objects.order_by("id").last()
    assert (second.stored, second.duplicate) == (0, 2)
    assert Document.objects.filter(source=source).count() == 2


def test_empty_file_is_refused_with_a_message(login, analyst, source):
    response = upload(login(analyst), source, b"")
    assert response.status_code == 302
    follow = login(analyst).get(response["Location"]).content.decode()
    assert "kosong" in follow and not ImportJob.objects.exists()


def test_file_in_wrong_encoding_keeps_going(login, analyst, source, run_tasks, django_capture_on_commit_callbacks):
    good = json.dumps(LINES[0]).encode()
    latin = '{"id": "x9", "text": "Pengungsi di Demak butuh bantuan caf\xe9", "published_at": "2026-03-02T10:00:00+07:00"}'.encode(
        "latin-1"
    )
    with django_capture_on_commit_callbacks(execute=True):
        upload(login(analyst), source, good + b"\n" + latin + b"\n", fmt="sigap-jsonl")
    run_tasks()
    job = ImportJob.objects.get()
    assert job.status == "done" and job.read == 2 and job.stored + job.rejected == 2 and job.stored >= 1


def test_leader_cannot_upload(login, leader, source):
    response = upload(login(leader), source, jsonl(LINES))
    assert response.status_code == 403 and not ImportJob.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_sigap_worker_command_runs_queued_imports(client, offices):
    from django.core.management import call_command
    from helpers.users import make_user

    from sigap.core.models import Role
    from sigap.monitoring.models import Source

    user = make_user("analis.worker", offices["demak"], Role.ANALIS)
    source = Source.objects.create(office=offices["demak"], name="X Demak", kind="import", channel="x")
    client.force_login(user)
    upload(client, source, jsonl(LINES[:2]))
    assert ImportJob.objects.get().status == "queued"
    call_command("worker", "--batch")
    assert ImportJob.objects.get().status == "done"
