"""Thin background tasks: take ids, load, call a domain function."""

from __future__ import annotations

from django_tasks import task

from sigap.core.jobs import ALERTS

from .notifications import notify


@task(queue_name=ALERTS)
def notify_task(request_id: int, event: str, to_requester: bool = True) -> int:
    return notify(request_id, event, to_requester=to_requester)
