"""File imports: save the upload, run it in the background, report progress and counts."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import cast

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from sigap.core import jobs
from sigap.core.models import AuditEvent
from sigap.core.transitions import TransitionError
from sigap.monitoring.connectors.base import sniff_encoding
from sigap.monitoring.connectors.registry import detect_format, parse

from .ingest import Counts, refresh_statistics, store_records
from .models import ImportJob, Source

LARGE_IMPORT = 50_000  # rows; above this the query planner's statistics are refreshed
#: Records stored per task run; the rest is queued again, so a long import holds the ingest
#: queue (and, on one worker, alerts and analysis) for one chunk at most.
CHUNK = 25_000


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
            _(
                "The file cannot be read as text: it is not UTF-8 or UTF-16 with a byte-order mark (BOM), or it "
                "is a binary file such as an Excel workbook. Save it as “CSV UTF-8” or JSONL and upload it again."
            )
        )
    if fmt == "auto":
        fmt = detect_format(head, upload.name) or ""
        if not fmt:
            path.unlink()
            raise ImportRefused(
                _(
                    "The file format was not recognised. Choose the format by hand "
                    "(Sigap JSONL/CSV, twarc2, YouTube, Facebook, Instagram)."
                )
            )
    job = ImportJob.objects.create(
        source=source,
        office_id=source.office_id,
        created_by=user if user and user.is_authenticated else None,
        file_name=Path(upload.name).name[:255],
        file_path=str(path),
        file_size=upload.size,
        format=fmt,
    )
    AuditEvent.record(actor=user, action="import.created", target=job, office=source.office, to_state=job.status)
    from .tasks import run_import_task  # tasks imports this module

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


class _Stopped(Exception):
    """The import was cancelled or taken over by another worker: undo the batch and stop."""


def _counts(job: ImportJob) -> Counts:
    return Counts(job.read, job.stored, job.duplicate, job.rejected)


def claim(job_id: int) -> ImportJob | None:
    """Make the job this worker's, or return None when it is not to be run here.

    A queued job is started through the kernel; a running one is taken when it is free (between
    chunks) or its holder's lease has run out (the worker stopped). Conditional UPDATEs, so of two
    workers given the same job one runs it."""
    job = ImportJob.objects.filter(pk=job_id).first()
    if job is None:
        return None
    if job.status == ImportJob.Status.QUEUED:
        try:
            job.transition(ImportJob.Status.RUNNING)
        except TransitionError:  # cancelled, or another worker started it a moment ago
            pass
    now = timezone.now()
    free = Q(holder="") | Q(lease_until__isnull=True) | Q(lease_until__lt=now)
    taken = ImportJob.objects.filter(free, pk=job_id, status=ImportJob.Status.RUNNING).update(
        holder=jobs.holder(), lease_until=now + jobs.lease()
    )
    return ImportJob.objects.select_related("source").get(pk=job_id) if taken else None


def run_import(job: ImportJob) -> Counts:
    """Run the next chunk of an import: skip the records stored by earlier runs, store at most
    CHUNK more, then queue the rest as a new task so other work on the queue gets its turn."""
    mine = claim(job.pk)
    if mine is None:
        job.refresh_from_db()
        return _counts(job)
    job = mine
    base = _counts(job)
    me = jobs.holder()
    try:
        with open(job.file_path, "rb") as stream:

            def progress(counts: Counts) -> None:
                # Inside the batch's transaction: the counts are the resume point; a lost lease
                # (cancelled, or taken over after this worker stalled) undoes the batch.
                total = base + counts
                if not ImportJob.objects.filter(pk=job.pk, status=ImportJob.Status.RUNNING, holder=me).update(
                    bytes_read=stream.tell(), lease_until=timezone.now() + jobs.lease(), **total.as_dict()
                ):
                    raise _Stopped

            records = parse(stream, job.format, default_channel=job.source.channel, filename=job.file_name)
            for _skipped in islice(records, base.read):
                pass
            store_records(job.source, islice(records, CHUNK), job=job, on_batch=progress)
            more = next(records, None) is not None
    except _Stopped:
        job.refresh_from_db()
        return _counts(job)
    except Exception as exc:  # the job must end visibly failed, with what was stored kept
        job.refresh_from_db()
        job.transition(
            ImportJob.Status.FAILED, reason=_("The import stopped because of an error: %(error)s") % {"error": exc}
        )
        raise
    job.refresh_from_db()
    if more:
        # Free for the next run (this or another worker); the lease covers the time until it starts.
        if ImportJob.objects.filter(pk=job.pk, status=ImportJob.Status.RUNNING, holder=me).update(
            holder="", lease_until=timezone.now() + jobs.lease()
        ):
            from .tasks import run_import_task  # tasks imports this module

            transaction.on_commit(lambda: run_import_task.enqueue(job.pk))
        return _counts(job)
    if job.stored >= LARGE_IMPORT:
        refresh_statistics()
    ImportJob.objects.filter(pk=job.pk).update(bytes_read=job.file_size)
    job.bytes_read = job.file_size
    job.transition(ImportJob.Status.DONE)
    return _counts(job)


def reclaim_stale() -> int:
    """Scheduler job: an import whose worker stopped (lease run out) is queued again and resumes
    after its last stored record; after MAX_ATTEMPTS takeovers it is failed instead."""
    now = timezone.now()
    reclaimed = 0
    stale = ImportJob.objects.filter(status=ImportJob.Status.RUNNING, lease_until__lt=now)
    for job in stale.select_related("office"):
        if job.takeovers + 1 >= jobs.MAX_ATTEMPTS:
            try:
                job.transition(
                    ImportJob.Status.FAILED,
                    reason=_(
                        "The import was stopped %(n)d times because the worker running it stopped. Check the "
                        "file and the worker's log, then retry."
                    )
                    % {"n": job.takeovers + 1},
                )
            except TransitionError:
                pass
            continue
        with transaction.atomic():
            if not ImportJob.objects.filter(
                pk=job.pk, status=ImportJob.Status.RUNNING, lease_until=job.lease_until
            ).update(holder="", lease_until=now + jobs.lease(), takeovers=F("takeovers") + 1):
                continue
            AuditEvent.record(
                actor=None,
                action="import.reclaimed",
                target=job,
                office=job.office,
                data={"worker": job.holder, "read": job.read},
            )
            from .tasks import run_import_task  # tasks imports this module

            transaction.on_commit(cast("Callable[[], object]", lambda pk=job.pk: run_import_task.enqueue(pk)))
        reclaimed += 1
    return reclaimed
