"""Uploaded import files are deleted SIGAP_IMPORT_RETENTION_DAYS after the import finished;
the job row, its counts and rejected records stay, and the import page says so."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from sigap.core.models import AuditEvent
from sigap.monitoring.actions import remove_old_import_files
from sigap.monitoring.imports import copy_file_for_import, run_import
from sigap.monitoring.models import ImportJob


@pytest.fixture
def finished_job(source, settings, tmp_path):
    settings.IMPORT_DIR = tmp_path / "imports"
    settings.IMPORT_RETENTION_DAYS = 30
    path = tmp_path / "unggahan.jsonl"
    path.write_text(
        '{"id": "t1", "text": "Banjir Demak", "published_at": "2026-03-02T08:00:00+07:00"}\n'
        '{"id": "t2", "text": "Tanggal rusak", "published_at": "32-13-2025"}\n'
    )
    job = copy_file_for_import(source, path)
    run_import(job)
    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE and Path(job.file_path).exists()
    return job


def _age(job, days):
    ImportJob.objects.filter(pk=job.pk).update(finished_at=timezone.now() - timedelta(days=days))


def test_recent_import_keeps_its_file(finished_job):
    _age(finished_job, 29)
    assert remove_old_import_files() == 0
    assert Path(finished_job.file_path).exists()


def test_old_import_loses_its_file_but_keeps_counts_and_rejected_lines(finished_job, login, analyst):
    _age(finished_job, 31)
    assert remove_old_import_files() == 1
    assert remove_old_import_files() == 0  # the next tick finds nothing to do
    job = ImportJob.objects.get(pk=finished_job.pk)
    assert not Path(job.file_path).exists()
    assert job.file_removed_at is not None
    assert (job.read, job.stored, job.rejected) == (2, 1, 1)
    assert job.rejected_records.count() == 1
    assert AuditEvent.objects.filter(action="import.file_removed").count() == 1
    page = login(analyst).get(reverse("monitoring:import_detail", args=[job.pk])).content.decode()
    assert "Berkas unggahan telah dihapus setelah 30 hari" in page
    assert "32-13-2025" in page  # the rejected line is still shown


def test_retention_days_are_configurable(finished_job, settings):
    settings.IMPORT_RETENTION_DAYS = 7
    _age(finished_job, 8)
    assert remove_old_import_files() == 1


def test_unfinished_import_and_files_outside_the_import_folder_are_left_alone(finished_job, tmp_path):
    outside = tmp_path / "bukan-impor.txt"
    outside.write_text("jangan dihapus")
    ImportJob.objects.filter(pk=finished_job.pk).update(file_path=str(outside))
    _age(finished_job, 90)
    queued = ImportJob.objects.create(
        source=finished_job.source,
        office=finished_job.office,
        file_name="q.jsonl",
        file_path=str(Path(finished_job.file_path)),
        format="sigap-jsonl",
    )
    assert remove_old_import_files() == 0
    assert outside.exists() and Path(queued.file_path).exists()


def test_the_scheduler_runs_the_task():
    from sigap.core.jobs import scheduled_jobs
    from sigap.monitoring.actions import remove_old_import_files

    assert remove_old_import_files in scheduled_jobs()
