"""“Waiting for you”: something a named person has to act on (a message to approve, a task, a PPID
request near or past its legal due date, an objection to decide).

The domain apps choose the people (by their own access rules) and call `notify_waiting` when the
thing starts waiting and `resolve_waiting` when it is done. No alert rule is involved, so this works
in an office that has configured none. Each waiting item is one rule-less `Alert` per thing and
state (`subject` carries both, e.g. "crisis_message:42:v3"), with one in-app `Notification` and
one e-mail `Delivery` per person: running a job again or submitting again never duplicates them
(unique keys, savepoints). E-mails go out through the ordinary delivery log and retries.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Alert, Delivery, DeliveryChannel, Notification, WaitingKind
from .tasks import send_delivery_task

log = logging.getLogger("sigap.alerts")


def notify_waiting(
    kind: WaitingKind | str,
    *,
    office_id: int,
    subject: str,
    users: Iterable,
    title: str,
    url: str,
    summary: str = "",
    now: datetime | None = None,
    email: bool = True,
) -> int:
    """Tell each of ``users`` (users or ids) in-app and, with ``email``, by e-mail that ``subject``
    waits for them. Returns how many people were newly told. A resolved item that starts waiting
    again (the same version sent for review once more) is shown unread again, without a second e-mail.
    """
    now = now or timezone.now()
    ids = {getattr(user, "pk", user) for user in users if user is not None}
    people = dict(
        get_user_model().objects.filter(pk__in=ids, is_active=True).values_list("pk", "email")
    )  # a deactivated account is told nothing
    if not people:
        return 0
    told = 0
    to_send: list[int] = []
    with transaction.atomic():
        alert, created = _waiting_alert(kind, office_id, subject, title, url, summary, now)
        if not created and alert.resolved_at is not None:
            Alert.objects.filter(pk=alert.pk).update(resolved_at=None, last_seen_at=now)
            alert.notifications.filter(user_id__in=people).update(read_at=None)
        for user_id, address in sorted(people.items()):
            if not _new_notification(alert, user_id, now):
                continue
            told += 1
            if email and address:
                to_send.append(_email_delivery(alert, user_id, address, now).pk)
    if to_send:
        transaction.on_commit(lambda: _enqueue(to_send))
    return told


def resolve_waiting(*subjects: str, prefix: str = "", now: datetime | None = None) -> int:
    """The thing is done: its waiting items are resolved and their notifications marked read.

    ``subjects`` name exact items; ``prefix`` (ending in ":") every state of one thing."""
    now = now or timezone.now()
    alerts = Alert.objects.filter(kind__in=WaitingKind.values, resolved_at__isnull=True)
    if prefix:
        alerts = alerts.filter(subject__startswith=prefix)
    elif subjects:
        alerts = alerts.filter(subject__in=subjects)
    else:
        return 0
    ids = list(alerts.values_list("pk", flat=True))
    if not ids:
        return 0
    Notification.objects.filter(alert_id__in=ids, read_at__isnull=True).update(read_at=now)
    return Alert.objects.filter(pk__in=ids, resolved_at__isnull=True).update(resolved_at=now)


def _waiting_alert(kind, office_id, subject, title, url, summary, now) -> tuple[Alert, bool]:
    key = {"kind": str(kind), "subject": subject[:200]}
    alert = Alert.objects.filter(**key).first()
    if alert is not None:
        return alert, False
    try:
        with transaction.atomic():  # a savepoint: a concurrent job or click may have won the race
            return (
                Alert.objects.create(
                    **key,
                    office_id=office_id,
                    rule=None,
                    rule_name="",
                    title=title[:300],
                    summary=summary,
                    url=url[:500],
                    at=now,
                    created_at=now,
                    last_seen_at=now,
                ),
                True,
            )
    except IntegrityError:
        return Alert.objects.get(**key), False


def _new_notification(alert: Alert, user_id: int, now: datetime) -> bool:
    if Notification.objects.filter(alert=alert, user_id=user_id).exists():
        return False
    try:
        with transaction.atomic():
            Notification.objects.create(alert=alert, user_id=user_id, created_at=now)
    except IntegrityError:  # one notification per person and item (one_notification_per_user_alert)
        return False
    return True


def _email_delivery(alert: Alert, user_id: int, address: str, now: datetime) -> Delivery:
    """A personal delivery (owner = the person): only they see it in the delivery log."""
    delivery = Delivery.objects.create(
        rule=None,
        office_id=alert.office_id,
        owner_id=user_id,
        channel=DeliveryChannel.EMAIL,
        target=address,
        status=Delivery.Status.PENDING,
        next_attempt_at=now + Delivery.LEASE,
        created_at=now,
    )
    delivery.alerts.add(alert)
    return delivery


def _enqueue(delivery_ids: list[int]) -> None:
    for delivery_id in delivery_ids:
        try:
            send_delivery_task.enqueue(delivery_id)
        except Exception:  # the queue is down: the scheduler picks the row up when its lease ends
            log.exception("could not queue delivery %s; the scheduler will retry it", delivery_id)
