"""Thin background tasks: take ids, load, call a domain function."""

from __future__ import annotations

from django_tasks import task

from sigap.core.jobs import ALERTS

from .following import send_confirmation, send_updates
from .notifications import notify


@task(queue_name=ALERTS)
def notify_task(request_id: int, event: str, to_requester: bool = True) -> int:
    return notify(request_id, event, to_requester=to_requester)


@task(queue_name=ALERTS)
def follow_update_task(request_id: int) -> int:
    return send_updates(request_id)


@task(queue_name=ALERTS)
def follow_confirm_task(follower_id: int) -> int:
    return send_confirmation(follower_id)
