"""A worker that dies leaves no work stranded; imports run in chunks and can be cancelled and retried
(docs/background-jobs.md)."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from sigap.core.models import AuditEvent
from sigap.monitoring.models import Document, ImportJob

# Queued tasks are written on commit, and the worker run here reads them: real transactions.
pytestmark = pytest.mark.django_db(transaction=True)


def posts(n, start=0):
    return b"".join(
        json.dumps(
            {
                "id": f"p{i}",
                "text": f"Laporan warga nomor {i} tentang jalan rusak di Demak",
                "published_at": "2026-03-02T08:00:00+07:00",
            }
        ).encode()
        + b"\n"
        for i in range(start, start + n)
    )


def upload(client, source, content):
    client.post(
        reverse("monitoring:source_import", args=[source.pk]),
        {"file": SimpleUploadedFile("unggahan.jsonl", content), "format": "auto"},
    )
    return ImportJob.objects.latest("id")


def run_queued():
    call_command("worker", "--batch")


# --------------------------------------------------------------------------- a real worker killed


QUEUE = textwrap.dedent("""
    import django, json, sys
    django.setup()
    from pathlib import Path
    from sigap.core.models import Office
    from sigap.monitoring.imports import copy_file_for_import
    from sigap.monitoring.models import Source
    office = Office.objects.create(name="Pemkab Demak", slug="demak", kind="kabupaten")
    source = Source.objects.create(office=office, name="X Demak", kind="import", channel="x")
    print(copy_file_for_import(source, Path(sys.argv[1])).pk)
""")


def _job_row(db, job_id):
    with sqlite3.connect(db, timeout=30) as conn:
        return conn.execute(
            "SELECT status, read, stored, duplicate, takeovers FROM monitoring_importjob WHERE id = ?", (job_id,)
        ).fetchone()


def _wait(predicate, timeout=180):
    give_up = time.monotonic() + timeout
    while time.monotonic() < give_up:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("gave up waiting")


@pytest.mark.slow
def test_an_import_whose_worker_is_killed_is_taken_over_and_finished_with_nothing_lost_or_doubled(tmp_path):
    total = 60_000
    data = tmp_path / "besar.jsonl"
    data.write_bytes(posts(total))
    db = tmp_path / "sigap.sqlite3"
    env = {
        **os.environ,
        "SIGAP_DEBUG": "1",
        "SIGAP_TASKS_BACKEND": "db",
        "SIGAP_DATABASE_URL": f"sqlite:///{db}",
        "SIGAP_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "sigap.settings",
        "SIGAP_JOB_LEASE_SECONDS": "3",
        "SIGAP_SCHEDULER_TICK_SECONDS": "1",
    }
    sigap = [sys.executable, "-m", "sigap"]
    subprocess.run([*sigap, "migrate", "-v", "0"], env=env, check=True, timeout=300)
    job_id = int(
        subprocess.run(
            [sys.executable, "-c", QUEUE, str(data)], env=env, check=True, timeout=120, capture_output=True, text=True
        ).stdout.split()[-1]
    )

    first = subprocess.Popen(
        [*sigap, "worker", "--queues", "ingest", "--no-scheduler"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait(lambda: (row := _job_row(db, job_id)) and row[0] == "running" and row[1] > 0)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    status, read, *_ = _job_row(db, job_id)
    assert status == "running" and 0 < read < total  # stranded mid-import, as a crash leaves it

    second = subprocess.Popen(
        [*sigap, "worker", "--queues", "ingest,scheduler"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait(lambda: _job_row(db, job_id)[0] == "done")
    finally:
        second.terminate()
        second.wait(timeout=60)
    assert _job_row(db, job_id) == ("done", total, total, 0, 1)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT external_id) FROM monitoring_document").fetchone() == (
            total,
            total,
        )
        assert conn.execute("SELECT COUNT(*) FROM core_auditevent WHERE action = 'import.reclaimed'").fetchone() == (1,)


# --------------------------------------------------------------------------- leases, in process


def test_a_stale_import_is_queued_again_and_resumes_after_its_last_stored_record(client, analyst, source):
    client.force_login(analyst)
    job = upload(client, source, posts(10))
    ImportJob.objects.filter(pk=job.pk).update(
        status="running", holder="mati:1", read=4, stored=4, lease_until=timezone.now() - timedelta(seconds=1)
    )
    Document.objects.bulk_create(
        [  # the four the dead worker stored before it stopped
            Document(
                source=source,
                office=source.office,
                channel="x",
                external_id=f"p{i}",
                content_hash=f"h{i}",
                text="x",
                published_at=timezone.now(),
            )
            for i in range(4)
        ]
    )
    from sigap.monitoring.tasks import reclaim_stale_imports

    assert reclaim_stale_imports() == 1
    assert reclaim_stale_imports() == 0  # claimed: the next scheduler tick leaves it alone
    run_queued()
    job.refresh_from_db()
    assert (job.status, job.read, job.stored, job.duplicate, job.takeovers) == ("done", 10, 10, 0, 1)
    assert Document.objects.filter(source=source).count() == 10


def test_an_import_held_by_a_live_worker_is_left_alone(client, analyst, source):
    client.force_login(analyst)
    job = upload(client, source, posts(3))
    ImportJob.objects.filter(pk=job.pk).update(
        status="running", holder="hidup:1", lease_until=timezone.now() + timedelta(minutes=1)
    )
    from sigap.monitoring.tasks import reclaim_stale_imports

    assert reclaim_stale_imports() == 0
    run_queued()  # the queued task finds the job held by another worker and leaves it
    job.refresh_from_db()
    assert job.status == "running" and job.stored == 0


def test_an_import_that_keeps_killing_its_workers_is_failed_with_a_reason(client, analyst, source):
    client.force_login(analyst)
    job = upload(client, source, posts(3))
    ImportJob.objects.filter(pk=job.pk).update(
        status="running", holder="mati:1", takeovers=2, lease_until=timezone.now() - timedelta(seconds=1)
    )
    from sigap.monitoring.tasks import reclaim_stale_imports

    reclaim_stale_imports()
    job.refresh_from_db()
    assert job.status == "failed" and "3 times" in job.error or "3 kali" in job.error


def test_a_long_import_runs_in_chunks_each_a_task_of_its_own(client, analyst, source, monkeypatch):
    from django_tasks_db.models import DBTaskResult

    import sigap.monitoring.imports as imports

    monkeypatch.setattr(imports, "CHUNK", 4)
    client.force_login(analyst)
    job = upload(client, source, posts(10))
    run_queued()
    job.refresh_from_db()
    assert (job.status, job.read, job.stored) == ("done", 10, 10)
    import_tasks = DBTaskResult.objects.filter(task_path="sigap.monitoring.tasks.run_import_task")
    assert import_tasks.count() == 3 and set(import_tasks.values_list("queue_name", flat=True)) == {"ingest"}


def test_a_task_held_by_a_dead_worker_is_queued_again(offices):
    from django_tasks_db.models import DBTaskResult

    from sigap.core.jobs import requeue_abandoned_tasks
    from sigap.core.models import WorkerProcess
    from sigap.monitoring.tasks import analyse_pending_task

    long_ago = timezone.now() - timedelta(minutes=5)
    WorkerProcess.objects.create(worker_id="hidup", host="a", pid=1, queues="alerts", seen_at=timezone.now())
    dead, alive = analyse_pending_task.enqueue(), analyse_pending_task.enqueue()
    DBTaskResult.objects.filter(pk=dead.id).update(status="RUNNING", started_at=long_ago, worker_ids=["mati"])
    DBTaskResult.objects.filter(pk=alive.id).update(status="RUNNING", started_at=long_ago, worker_ids=["hidup"])
    assert requeue_abandoned_tasks() == 1
    assert DBTaskResult.objects.get(pk=dead.id).status == "READY"
    assert DBTaskResult.objects.get(pk=alive.id).status == "RUNNING"


def test_a_task_that_killed_its_worker_three_times_is_failed(offices):
    from django_tasks_db.models import DBTaskResult

    from sigap.core.jobs import requeue_abandoned_tasks
    from sigap.monitoring.tasks import analyse_pending_task

    task = analyse_pending_task.enqueue()
    DBTaskResult.objects.filter(pk=task.id).update(
        status="RUNNING", started_at=timezone.now() - timedelta(minutes=5), worker_ids=["a", "b", "c"]
    )
    assert requeue_abandoned_tasks() == 0
    assert DBTaskResult.objects.get(pk=task.id).status == "FAILED"


def test_pending_documents_left_by_a_dead_analysis_worker_are_queued_for_analysis(source):
    from django_tasks_db.models import DBTaskResult

    from sigap.monitoring.models import AnalysisState
    from sigap.monitoring.tasks import resume_pending_analysis

    Document.objects.create(
        source=source,
        office=source.office,
        channel="x",
        external_id="a",
        content_hash="h",
        text="Banjir di Demak",
        published_at=timezone.now(),
    )
    AnalysisState.objects.create(
        name="text-pipeline", holder="mati:1", lease_until=timezone.now() - timedelta(seconds=1)
    )
    assert resume_pending_analysis() == 1
    assert resume_pending_analysis() == 0  # queued once per lease
    assert (
        DBTaskResult.objects.filter(task_path="sigap.monitoring.tasks.analyse_pending_task", status="READY").count()
        == 1
    )


# --------------------------------------------------------------------------- cancel and retry on the page


def test_an_analyst_cancels_a_queued_import_and_the_worker_leaves_it(client, analyst, source):
    client.force_login(analyst)
    job = upload(client, source, posts(5))
    page = client.get(reverse("monitoring:import_detail", args=[job.pk])).content.decode()
    assert "Batalkan impor" in page
    client.post(reverse("monitoring:import_cancel", args=[job.pk]))
    run_queued()
    job.refresh_from_db()
    assert job.status == "cancelled" and job.stored == 0
    assert AuditEvent.objects.filter(action="import.cancelled", target_id=str(job.pk)).count() == 1


def test_cancelling_a_running_import_stops_it_at_the_next_batch_and_keeps_what_was_stored(
    client, analyst, source, monkeypatch
):
    import sigap.monitoring.imports as imports
    import sigap.monitoring.ingest as ingest

    client.force_login(analyst)
    job = upload(client, source, posts(12))
    real_parse = imports.parse

    def parse_then_cancel(*args, **kwargs):
        for i, record in enumerate(real_parse(*args, **kwargs)):
            if i == 5:  # the analyst clicks "Batalkan impor" while the worker is at record 6
                client.post(reverse("monitoring:import_cancel", args=[job.pk]))
            yield record

    monkeypatch.setattr(imports, "parse", parse_then_cancel)
    monkeypatch.setattr(ingest, "BATCH_SIZE", 5)
    monkeypatch.setattr(imports, "store_records", lambda *a, **k: ingest.store_records(*a, batch_size=5, **k))
    run_queued()
    job.refresh_from_db()
    assert (job.status, job.read, job.stored) == ("cancelled", 5, 5)
    assert Document.objects.filter(source=source).count() == 5


def test_a_cancelled_import_is_retried_and_continues_where_it_stopped(client, analyst, source):
    client.force_login(analyst)
    job = upload(client, source, posts(8))
    client.post(reverse("monitoring:import_cancel", args=[job.pk]))
    ImportJob.objects.filter(pk=job.pk).update(read=3, stored=3)
    Document.objects.bulk_create(
        [
            Document(
                source=source,
                office=source.office,
                channel="x",
                external_id=f"p{i}",
                content_hash=f"h{i}",
                text="x",
                published_at=timezone.now(),
            )
            for i in range(3)
        ]
    )
    page = client.get(reverse("monitoring:import_detail", args=[job.pk])).content.decode()
    assert "Ulangi impor" in page
    client.post(reverse("monitoring:import_retry", args=[job.pk]))
    run_queued()
    job.refresh_from_db()
    assert (job.status, job.read, job.stored, job.duplicate) == ("done", 8, 8, 0)


def test_an_import_whose_file_was_removed_cannot_be_retried_and_says_why(client, analyst, source):
    client.force_login(analyst)
    job = upload(client, source, posts(2))
    client.post(reverse("monitoring:import_cancel", args=[job.pk]))
    os.unlink(job.file_path)
    response = client.post(reverse("monitoring:import_retry", args=[job.pk]), follow=True)
    assert "tidak dapat diulang" in response.content.decode()
    job.refresh_from_db()
    assert job.status == "cancelled"


def test_another_office_cannot_cancel_or_retry_an_import(client, analyst, source, outsider):
    client.force_login(analyst)
    job = upload(client, source, posts(2))
    client.force_login(outsider)
    assert client.post(reverse("monitoring:import_cancel", args=[job.pk])).status_code == 404
    assert client.post(reverse("monitoring:import_retry", args=[job.pk])).status_code == 404
    job.refresh_from_db()
    assert job.status == "queued"


def test_leadership_sees_the_import_but_cannot_cancel_it(client, analyst, source, leader):
    client.force_login(analyst)
    job = upload(client, source, posts(2))
    client.force_login(leader)
    assert "Batalkan impor" not in client.get(reverse("monitoring:import_detail", args=[job.pk])).content.decode()
    assert client.post(reverse("monitoring:import_cancel", args=[job.pk])).status_code == 403


# --------------------------------------------------------------------------- queues


def test_the_worker_refuses_an_unknown_queue_in_indonesian(db):
    with pytest.raises(CommandError, match="Antrean tidak dikenal: impor"):
        call_command("worker", "--queues", "impor", "--batch")


def test_each_app_declares_its_periodic_jobs(db):
    from sigap.alerts.tasks import enqueue_due_deliveries
    from sigap.core.jobs import requeue_abandoned_tasks, scheduled_jobs
    from sigap.issues.tasks import enqueue_rescore
    from sigap.monitoring.tasks import (
        enqueue_due_polls,
        reclaim_stale_imports,
        resume_pending_analysis,
    )
    from sigap.reports.tasks import enqueue_daily_briefs

    jobs = scheduled_jobs()
    for job in (
        requeue_abandoned_tasks,
        enqueue_due_polls,
        reclaim_stale_imports,
        resume_pending_analysis,
        enqueue_rescore,
        enqueue_daily_briefs,
        enqueue_due_deliveries,
    ):
        assert job in jobs


def test_an_alert_delivery_is_not_queued_behind_imports(db):
    from sigap.alerts.tasks import send_delivery_task
    from sigap.issues.tasks import rescore_task
    from sigap.monitoring.tasks import analyse_pending_task, run_import_task

    assert run_import_task.queue_name == "ingest"
    assert analyse_pending_task.queue_name == "analysis"
    assert send_delivery_task.queue_name == rescore_task.queue_name == "alerts"


def test_a_flood_of_arrivals_queues_one_analysis_run_not_one_per_batch(source):
    from django_tasks_db.models import DBTaskResult

    from sigap.monitoring.connectors.base import Record
    from sigap.monitoring.ingest import store_records

    for i in range(3):  # three polls before the analysis worker gets to it
        store_records(source, [Record(f"b{i}", "x", "Banjir di Demak", timezone.now())])
    pending = DBTaskResult.objects.filter(task_path="sigap.monitoring.tasks.analyse_pending_task", status="READY")
    assert pending.count() == 1
    run_queued()
    assert not Document.objects.filter(analysed_at__isnull=True).exists()
    store_records(source, [Record("b9", "x", "Banjir lagi di Demak", timezone.now())])  # after the run started
    assert pending.count() == 1


@pytest.mark.slow
def test_sigap_worker_starts_a_process_per_queue_group_and_stops_them_all(tmp_path):
    db = tmp_path / "sigap.sqlite3"
    env = {
        **os.environ,
        "SIGAP_DEBUG": "1",
        "SIGAP_TASKS_BACKEND": "db",
        "SIGAP_DATABASE_URL": f"sqlite:///{db}",
        "SIGAP_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "sigap.settings",
    }
    subprocess.run([sys.executable, "-m", "sigap", "migrate", "-v", "0"], env=env, check=True, timeout=300)
    worker = subprocess.Popen(
        [sys.executable, "-m", "sigap", "worker"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:

        def beating():
            with sqlite3.connect(db, timeout=30) as conn:
                return sorted(q for (q,) in conn.execute("SELECT queues FROM core_workerprocess"))

        assert _wait(lambda: len(beating()) == 3 and beating(), timeout=120) == [
            "alerts,scheduler",
            "analysis",
            "ingest",
        ]
    finally:
        worker.terminate()
        assert worker.wait(timeout=90) is not None
    assert beating() == []  # each child said goodbye on its way out
