"""Background tasks: thin wrappers that load rows by id and call the domain functions."""

from django_tasks import task

from sigap.core.jobs import ANALYSIS, INGEST

from . import analysis, imports, polling
from .models import ImportJob, Source


@task(queue_name=INGEST)
def run_import_task(job_id: int) -> dict:
    return imports.run_import(ImportJob.objects.get(pk=job_id)).as_dict()


@task(queue_name=INGEST)
def poll_source_task(source_id: int) -> dict:
    source = Source.objects.filter(pk=source_id, active=True).first()
    return polling.poll(source).as_dict() if source else {}


@task(queue_name=ANALYSIS)
def analyse_pending_task() -> int:
    return analysis.analyse_chunk()


def enqueue_due_polls() -> int:
    claimed = polling.claim_due_sources()
    for source_id in claimed:
        poll_source_task.enqueue(source_id)
    return len(claimed)


def reclaim_stale_imports() -> int:
    return imports.reclaim_stale()


def resume_pending_analysis() -> int:
    return analysis.queue_if_pending()
