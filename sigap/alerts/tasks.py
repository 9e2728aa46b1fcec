"""Background tasks: thin wrappers that take ids and call the delivery functions."""

from django_tasks import task

from sigap.core.jobs import ALERTS

from .delivery import claim_due, deliver


@task(queue_name=ALERTS)
def send_delivery_task(delivery_id: int) -> str:
    return deliver(delivery_id)


def enqueue_due_deliveries(now=None) -> int:
    """Scheduler job (AlertsConfig.scheduled_jobs): held digests whose quiet hours or window ended, due
    retries and expired leases are claimed with a conditional UPDATE and queued."""
    claimed = claim_due(now)
    for delivery_id in claimed:
        send_delivery_task.enqueue(delivery_id)
    return len(claimed)
