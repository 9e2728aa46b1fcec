"""File imports: save the upload, run it in the background, report progress and counts."""

from __future__ import annotations

import uuid
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from sigap.core.models import AuditEvent
from sigap.core.transitions import TransitionError
from sigap.monitoring.connectors.base import sniff_encoding
from sigap.monitoring.connectors.registry import detect_format, parse

from .ingest import Counts, refresh_statistics, store_records
from .models import ImportJob, Source

LARGE_IMPORT = 50_000  # rows; above this the query planner's statistics are refreshed


class ImportRefused(ValueError):
    """The upload cannot be imported; the message is for the user."""


def create_import(source: Source, upload, *, fmt: str = "auto", user=None) -> ImportJob:
    """Keep the uploaded file under var/imports and queue its import."""
    if upload.size == 0:
        raise ImportRefused(_("The file is empty: there is nothing to import."))
    if upload.size > settings.IMPORT_MAX_BYTES:
        raise ImportRefused(
            _("The file is too large (%(size)d MB); the limit is %(limit)d MB.")
            % {"size": upload.size // (1024 * 1024), "limit": settings.IMPORT_MAX_BYTES // (1024 * 1024)}
        )
    settings.IMPORT_DIR.mkdir(parents=True, exist_ok=True)
    path = settings.IMPORT_DIR / f"{uuid.uuid4().hex}{Path(upload.name).suffix[:10]}"
    with path.open("wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    with path.open("rb") as f:
        head = f.read(65536)
    if sniff_encoding(head) is None:
        path.unlink()
        raise ImportRefused(
            _("The file cannot be read as text: it is not UTF-8 or UTF-16 with a byte-order mark (BOM), or it "
              "is a binary file such as an Excel workbook. Save it as “CSV UTF-8” or JSONL and upload it again.")
        )
    if fmt == "auto":
        fmt = detect_format(head, upload.name) or ""
        if not fmt:
            path.unlink()
            raise ImportRefused(
                _("The file format was not recognised. Choose the format by hand "
                  "(Sigap JSONL/CSV, twarc2, YouTube, Facebook, Instagram).")
            )
    job = ImportJob.objects.create(
        source=source, office_id=source.office_id, created_by=user if user and user.is_authenticated else None,
        file_name=Path(upload.name).name[:255], file_path=str(path), file_size=upload.size, format=fmt,
    )
    AuditEvent.record(actor=user, action="import.created", target=job, office=source.office, to_state=job.status)
    from .tasks import run_import_task

    transaction.on_commit(lambda: run_import_task.enqueue(job.pk))
    return job


def copy_file_for_import(source: Source, path: Path, *, fmt: str = "auto", user=None) -> ImportJob:
    """Import a file already on disk (command line, demo) through the same path as an upload."""

    class _Upload:
        name = path.name
        size = path.stat().st_size

        def chunks(self):
            with path.open("rb") as f:
                while block := f.read(1 << 20):
                    yield block

    return create_import(source, _Upload(), fmt=fmt, user=user)


def run_import(job: ImportJob) -> Counts:
    if job.status != ImportJob.Status.QUEUED:
        return Counts(job.read, job.stored, job.duplicate, job.rejected)
    try:
        job.transition(ImportJob.Status.RUNNING)
    except TransitionError:  # another worker started it a moment ago: it is theirs
        return Counts(job.read, job.stored, job.duplicate, job.rejected)
    source = job.source
    try:
        with open(job.file_path, "rb") as stream:

            def progress(counts: Counts) -> None:
                ImportJob.objects.filter(pk=job.pk).update(bytes_read=stream.tell(), **counts.as_dict())

            records = parse(stream, job.format, default_channel=source.channel, filename=job.file_name)
            counts = store_records(source, records, job=job, on_batch=progress)
    except Exception as exc:  # the job must end visibly failed, with what was stored kept
        job.refresh_from_db()
        job.transition(ImportJob.Status.FAILED, reason=_("The import stopped because of an error: %(error)s") % {"error": exc})
        raise
    for name, value in counts.as_dict().items():
        setattr(job, name, value)
    if counts.stored >= LARGE_IMPORT:
        refresh_statistics()
    job.bytes_read = job.file_size
    job.save(update_fields=["read", "stored", "duplicate", "rejected", "bytes_read"])
    job.transition(ImportJob.Status.DONE)
    return counts

