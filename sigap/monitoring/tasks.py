"""Background tasks: thin wrappers that load rows by id and call the domain functions."""

from django_tasks import task

from .models import ImportJob, Source


@task(queue_name="import")
def run_import_task(job_id: int) -> dict:
    from .imports import run_import

    return run_import(ImportJob.objects.get(pk=job_id)).as_dict()


@task()
def poll_source_task(source_id: int) -> dict:
    from .polling import poll

    source = Source.objects.filter(pk=source_id, active=True).first()
    return poll(source).as_dict() if source else {}


@task()
def analyse_pending_task() -> int:
    from .analysis import analyse_pending

    return analyse_pending()


def enqueue_due_polls() -> int:
    from .polling import claim_due_sources

    claimed = claim_due_sources()
    for source_id in claimed:
        poll_source_task.enqueue(source_id)
    return len(claimed)
