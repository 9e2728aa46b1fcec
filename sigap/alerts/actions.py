"""Writes that span models: raising alerts from events, saving rules, retrying deliveries.

`raise_events` is what the domain apps call. It only writes rows (alerts, notifications,
deliveries) and queues the sending tasks after commit: no network I/O, so ingestion and the
early-warning batch are never slowed or blocked by a mail server or a webhook.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from sigap.core.levels import Level
from sigap.core.models import AuditEvent, Membership, save_with_audit

from .events import Event
from .models import (
    DIGEST_WINDOW,
    Alert,
    AlertRule,
    Delivery,
    DeliveryChannel,
    Notification,
    new_webhook_secret,
    split_emails,
)
from .tasks import send_delivery_task

log = logging.getLogger("sigap.alerts")


def raise_events(events: Iterable[Event], *, now: datetime | None = None) -> int:
    """Match events against the active rules of each event's office (office-wide rules and
    the personal rules of that office's members), de-duplicate, notify and queue deliveries.

    Returns the number of alerts created (repeats of an existing alert are counted on that
    alert and go to the rule's digest instead)."""
    events = list(events)
    if not events:
        return 0
    now = now or timezone.now()
    office_ids = {event.office_id for event in events}
    rules = list(AlertRule.objects.active_for_offices(office_ids))
    if not rules:
        return 0
    members: dict[int, dict[int, set[str]]] = {}
    for office_id, user_id, role in Membership.objects.filter(office_id__in=office_ids).values_list(
        "office_id", "user_id", "role"
    ):
        members.setdefault(office_id, {}).setdefault(user_id, set()).add(role)
    emails = _emails_of({uid for roles in members.values() for uid in roles})

    created = 0
    to_send: list[int] = []
    with transaction.atomic():
        for event in events:
            for rule in rules:
                if not rule.matches(event):
                    continue
                recipients = rule.recipients(members.get(rule.office_id, {}))
                if rule.is_personal and not recipients:
                    continue  # the owner left the office: their rule stays silent
                alert, is_new = _record_alert(rule, event, now)
                if is_new:
                    created += 1
                    if rule.notify_in_app:
                        Notification.objects.bulk_create(
                            [Notification(user_id=uid, alert=alert, created_at=now) for uid in recipients],
                            ignore_conflicts=True,
                        )
                for channel, target in _targets(rule, recipients, emails):
                    if is_new and (event.level == Level.KRISIS or not rule.in_quiet_hours(now)):
                        to_send.append(_single_delivery(rule, alert, channel, target, now).pk)
                    else:
                        _add_to_digest(rule, alert, channel, target, now)
    if to_send:
        transaction.on_commit(lambda: _enqueue(to_send))
    return created


def _emails_of(user_ids: set[int]) -> dict[int, str]:
    from django.contrib.auth import get_user_model

    if not user_ids:
        return {}
    return dict(
        get_user_model().objects.filter(pk__in=user_ids, is_active=True).exclude(email="").values_list("pk", "email")
    )


def _targets(rule: AlertRule, recipients: list[int], emails: dict[int, str]) -> list[tuple[str, str]]:
    targets: list[tuple[str, str]] = []
    if rule.notify_email:
        addresses = [emails[uid] for uid in recipients if uid in emails] + split_emails(rule.extra_emails)
        seen = set()
        for address in addresses:
            if address.lower() not in seen:
                seen.add(address.lower())
                targets.append((DeliveryChannel.EMAIL, address))
    if rule.notify_webhook and rule.webhook_url:
        targets.append((DeliveryChannel.WEBHOOK, rule.webhook_url))
    return targets


def _record_alert(rule: AlertRule, event: Event, now: datetime) -> tuple[Alert, bool]:
    key = {"rule": rule, "subject": event.subject[:200], "kind": event.kind, "level": event.level}
    alert = Alert.objects.filter(**key).first()
    if alert is None:
        try:
            with transaction.atomic():  # a savepoint: a concurrent batch may have won the race
                alert = Alert.objects.create(
                    **key,
                    office_id=rule.office_id,
                    owner_id=rule.owner_id,
                    rule_name=rule.name,
                    title=event.title[:300],
                    summary=event.summary,
                    url=event.url[:500],
                    values=event.values or {},
                    at=event.at,
                    created_at=now,
                    last_seen_at=now,
                )
            return alert, True
        except IntegrityError:
            alert = Alert.objects.get(**key)
    Alert.objects.filter(pk=alert.pk).update(repeat_count=F("repeat_count") + 1, last_seen_at=now)
    alert.refresh_from_db(fields=["repeat_count", "last_seen_at"])
    return alert, False


def _single_delivery(rule, alert, channel, target, now) -> Delivery:
    delivery = Delivery.objects.create(
        rule=rule,
        office_id=rule.office_id,
        owner_id=rule.owner_id,
        channel=channel,
        target=target,
        status=Delivery.Status.PENDING,
        next_attempt_at=now + Delivery.LEASE,
        created_at=now,
    )
    delivery.alerts.add(alert)
    return delivery


def _add_to_digest(rule, alert, channel, target, now) -> Delivery:
    """Quiet hours and repeats: collect into the one held digest of this rule, channel and target."""
    digest = Delivery.objects.filter(
        rule=rule, channel=channel, target=target, is_digest=True, status=Delivery.Status.HELD
    ).first()
    if digest is None:
        release = rule.quiet_hours_end_after(now) if rule.in_quiet_hours(now) else now + _digest_window()
        digest = Delivery.objects.create(
            rule=rule,
            office_id=rule.office_id,
            owner_id=rule.owner_id,
            channel=channel,
            target=target,
            is_digest=True,
            status=Delivery.Status.HELD,
            next_attempt_at=release,
            created_at=now,
        )
    digest.alerts.add(alert)
    return digest


def _digest_window():
    return DIGEST_WINDOW


def _enqueue(delivery_ids: list[int]) -> None:
    for delivery_id in delivery_ids:
        try:
            send_delivery_task.enqueue(delivery_id)
        except Exception:  # the queue is down: the scheduler picks the row up when its lease ends
            log.exception("could not queue delivery %s; the scheduler will retry it", delivery_id)


@transaction.atomic
def save_rule(form, user, *, via: str = "web") -> AlertRule:
    rule = form.save(commit=False)
    if rule.pk is None:
        rule.created_by = user
    save_with_audit(
        rule,
        user,
        "alert_rule",
        office=rule.office,
        data={"changed": form.changed_data, "via": via, "personal": rule.is_personal},
    )
    return rule


@transaction.atomic
def delete_rule(rule: AlertRule, user, *, via: str = "web") -> None:
    AuditEvent.record(actor=user, action="alert_rule.deleted", target=rule, office=rule.office, data={"via": via})
    rule.delete()


@transaction.atomic
def regenerate_secret(rule: AlertRule, user) -> None:
    rule.webhook_secret = new_webhook_secret()
    rule.save(update_fields=["webhook_secret", "updated_at"])
    AuditEvent.record(actor=user, action="alert_rule.secret_regenerated", target=rule, office=rule.office)


def retry_delivery(delivery: Delivery, user, now: datetime | None = None) -> None:
    """The editor's "Kirim ulang": one transaction of the core kernel, which queues the send after commit."""
    delivery.retry_now(user, now, notify=[lambda: _enqueue([delivery.pk])])
