"""Writes that span a save and its audit trail, shared by the pages and the API."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sigap.core.access import member_office_ids
from sigap.core.models import AuditEvent, Office, save_with_audit
from sigap.core.transitions import TransitionError

from .forms import SavedSearchForm, SourceForm, WatchlistForm
from .models import ImportJob, SavedSearch, Source, Watchlist
from .tasks import run_import_task

log = logging.getLogger(__name__)


@transaction.atomic
def save_source(form: SourceForm, user, *, via: str = "web") -> Source:
    source = form.save(commit=False)
    if source.is_polled and (source.pk is None or {"url", "kind", "active"} & set(form.changed_data)):
        source.next_poll_at = timezone.now()  # fetch a new or changed source at the next tick
    save_with_audit(source, user, "source", office=source.office, data={"changed": form.changed_data, "via": via})
    return source


@transaction.atomic
def save_watchlist(form: WatchlistForm, user, *, via: str = "web") -> Watchlist:
    watchlist = form.save(commit=False)
    if watchlist.pk is None:
        watchlist.created_by = user
    save_with_audit(watchlist, user, "watchlist", office=watchlist.office, data={"query": watchlist.query, "via": via})
    return watchlist


@transaction.atomic
def delete_watchlist(watchlist: Watchlist, user, *, via: str = "web") -> None:
    AuditEvent.record(
        actor=user,
        action="watchlist.deleted",
        target=watchlist,
        office=watchlist.office,
        data={"query": watchlist.query, "via": via},
    )
    watchlist.delete()


@transaction.atomic
def save_search(form: SavedSearchForm, user) -> SavedSearch:
    search = form.save(commit=False)
    search.user = user
    save_with_audit(search, user, "saved_search", office=search.office, data={"query": search.query})
    return search


@transaction.atomic
def delete_search(search: SavedSearch, user) -> None:
    AuditEvent.record(
        actor=user, action="saved_search.deleted", target=search, office=search.office, data={"query": search.query}
    )
    search.delete()


@transaction.atomic
def record_document_export(user, fmt: str, rows: int, filters: str) -> None:
    """Who took which documents out of Sigap, and how many: as the PPID registers' exports are."""
    office = Office.objects.filter(id__in=member_office_ids(user)).order_by("id").first()
    AuditEvent.record(
        actor=user,
        action="document.exported",
        target=office or user,
        office=office,
        data={"format": fmt, "rows": rows, "filters": filters},
    )


def remove_old_import_files() -> int:
    """Scheduled: delete the uploaded file of imports finished more than
    SIGAP_IMPORT_RETENTION_DAYS ago. The job row, its counts and rejected lines stay."""
    days = settings.IMPORT_RETENTION_DAYS
    cutoff = timezone.now() - timedelta(days=days)
    folder = Path(settings.IMPORT_DIR).resolve()
    removed = 0
    jobs = ImportJob.objects.filter(
        status__in=[ImportJob.Status.DONE, ImportJob.Status.FAILED],
        finished_at__lt=cutoff,
        file_removed_at__isnull=True,
    ).values_list("pk", "file_path")
    for pk, file_path in jobs:
        path = Path(file_path).resolve()
        # Never delete outside the import folder, whatever a row says; nor claim a removal not made.
        if not file_path or not path.is_relative_to(folder):
            log.warning("import %s: file %s is outside %s; left in place", pk, file_path, folder)
            continue
        try:
            path.unlink(missing_ok=True)  # idempotent: another scheduler may have got there first
        except OSError:
            log.exception("import %s: could not delete %s; retried next tick", pk, path)
            continue
        with transaction.atomic():
            # Claim: of several schedulers, one marks the row and writes the audit event.
            if not ImportJob.objects.filter(pk=pk, file_removed_at__isnull=True).update(file_removed_at=timezone.now()):
                continue
            job = ImportJob.objects.get(pk=pk)
            AuditEvent.record(
                actor=None,
                action="import.file_removed",
                target=job,
                office=job.office,
                data={"days": days, "file": job.file_name},
            )
        removed += 1
    return removed


def cancel_import(job: ImportJob, user) -> ImportJob:
    """Stop a queued or running import; what it stored stays. A running worker stops at its next batch."""
    job.transition(ImportJob.Status.CANCELLED, actor=user)
    return job


def retry_import(job: ImportJob, user) -> ImportJob:
    """Queue a failed or cancelled import again; it resumes after the last stored record."""
    if job.file_removed_at is not None or not Path(job.file_path).exists():
        raise TransitionError(
            _("The uploaded file is no longer kept, so this import cannot be retried. Upload the file again.")
        )
    with transaction.atomic():
        job.transition(ImportJob.Status.QUEUED, actor=user)
        transaction.on_commit(lambda: run_import_task.enqueue(job.pk))
    return job
