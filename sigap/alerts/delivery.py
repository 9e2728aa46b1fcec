"""Sending deliveries (e-mail over SMTP, signed webhooks) and the scheduler's claim of due rows.

Called from background tasks only. Every attempt is written to the delivery log; a failure
is retried with back-off, never dropped. Webhook secrets are never logged.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import smtplib
import time as clock
from datetime import datetime

import httpx
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sigap.lib.netguard import Refused
from sigap.monitoring.connectors.http import post as guarded_post
from sigap.monitoring.urlguard import refusal_message

from .models import Delivery, DeliveryChannel

log = logging.getLogger("sigap.alerts")

#: Status codes worth another try: the receiver is overloaded or briefly broken.
RETRYABLE_STATUS = {408, 425, 429}


class DeliveryFailed(Exception):
    def __init__(self, message: str, *, status_code: int | None = None, retryable: bool = True):
        super().__init__(message)
        self.status_code = status_code
        self.retryable = retryable


def webhook_timeout() -> float:
    return float(getattr(settings, "ALERTS_WEBHOOK_TIMEOUT", 10))


def sign(secret: str, body: bytes) -> str:
    """The X-Sigap-Signature header value: sha256=<hex HMAC-SHA256 of the raw body>."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def payload(delivery: Delivery, now: datetime) -> dict:
    alerts = list(delivery.alerts.order_by("created_at", "id"))
    office = delivery.office
    data: dict[str, object] = {
        "type": "digest" if delivery.is_digest else "alert",
        "delivery": delivery.pk,
        "timestamp": now.isoformat(),
        "office": {"id": office.pk, "slug": office.slug, "name": office.name},
        "rule": {"id": delivery.rule_id, "name": alerts[0].rule_name if alerts else ""},
    }
    if delivery.is_digest:
        data["alerts"] = [alert.as_payload() for alert in alerts]
    else:
        data["alert"] = alerts[0].as_payload() if alerts else None
    return data


def send_webhook(delivery: Delivery, now: datetime) -> int:
    rule = delivery.rule
    if rule is None or not rule.webhook_secret:
        raise DeliveryFailed(_("The rule was deleted, so the webhook cannot be signed."), retryable=False)
    body = json.dumps(payload(delivery, now), ensure_ascii=False, separators=(",", ":")).encode()
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": "Sigap-Webhook/1",
        "X-Sigap-Signature": sign(rule.webhook_secret, body),
        "X-Sigap-Timestamp": str(int(now.timestamp())),
        "X-Sigap-Delivery": str(delivery.pk),
    }
    try:
        response = guarded_post(delivery.target, content=body, headers=headers, timeout=webhook_timeout())
    except Refused as exc:
        # An address no retry will change (the rule predates the guard, or DNS now points inside).
        raise DeliveryFailed(refusal_message(exc), retryable=False) from None
    except httpx.TimeoutException:
        raise DeliveryFailed(
            _("No answer within %(seconds)s seconds.") % {"seconds": f"{webhook_timeout():g}"}
        ) from None
    except httpx.HTTPError as exc:
        raise DeliveryFailed(_("Connection failed: %(error)s") % {"error": type(exc).__name__}) from None
    code = response.status_code
    if 200 <= code < 300:
        return code
    retryable = code >= 500 or code in RETRYABLE_STATUS
    raise DeliveryFailed(
        _("The receiver answered HTTP %(code)s.") % {"code": code}, status_code=code, retryable=retryable
    )


def email_message(delivery: Delivery) -> EmailMessage:
    alerts = list(delivery.alerts.order_by("created_at", "id"))
    if alerts and alerts[0].is_waiting:
        return waiting_email(delivery, alerts[0])
    rule_name = alerts[0].rule_name if alerts else ""
    if delivery.is_digest:
        subject = ngettext(
            "[Sigap] Digest: %(count)d alert — %(rule)s", "[Sigap] Digest: %(count)d alerts — %(rule)s", len(alerts)
        ) % {"count": len(alerts), "rule": rule_name}
    else:
        subject = "[Sigap] " + (alerts[0].title if alerts else rule_name)
    body = render_to_string(
        "alerts/email.txt",
        {
            "alerts": alerts,
            "digest": delivery.is_digest,
            "office": delivery.office,
            "rule_name": rule_name,
            "base_url": settings.BASE_URL,
        },
    )
    return EmailMessage(subject=subject.replace("\n", " ")[:250], body=body, to=[delivery.target])


def waiting_email(delivery: Delivery, alert) -> EmailMessage:
    """Something waits for the recipient (alerts/waiting.py): its title, office, time and link only."""
    body = render_to_string(
        "alerts/email_waiting.txt", {"alert": alert, "office": delivery.office, "base_url": settings.BASE_URL}
    )
    subject = "[Sigap] " + alert.title
    return EmailMessage(subject=subject.replace("\n", " ")[:250], body=body, to=[delivery.target])


def send_email(delivery: Delivery, now: datetime) -> None:
    message = email_message(delivery)
    try:
        message.send(fail_silently=False)
    except (smtplib.SMTPException, OSError) as exc:  # refused connection, timeout, server errors
        detail = str(exc).strip() or type(exc).__name__
        raise DeliveryFailed(
            _("The mail server could not be reached or refused the message: %(error)s") % {"error": detail[:300]},
            retryable=not isinstance(exc, smtplib.SMTPRecipientsRefused),
        ) from None


def deliver(delivery_id: int, now: datetime | None = None) -> str:
    """Claim one queued delivery and send it; record the outcome. Returns the new status."""
    now = now or timezone.now()
    delivery = Delivery.objects.select_related("office", "rule").filter(pk=delivery_id).first()
    if delivery is None or delivery.status != Delivery.Status.PENDING or not delivery.claim(now):
        return delivery.status if delivery else ""
    started = clock.monotonic()
    with translation.override(settings.LANGUAGE_CODE):
        try:
            code = None
            if delivery.channel == DeliveryChannel.WEBHOOK:
                code = send_webhook(delivery, now)
            else:
                send_email(delivery, now)
        except DeliveryFailed as exc:
            elapsed = int((clock.monotonic() - started) * 1000)
            delivery.record_failure(
                timezone.now(), str(exc), status_code=exc.status_code, retryable=exc.retryable, duration_ms=elapsed
            )
            log.warning("delivery %s (%s) failed: %s", delivery.pk, delivery.channel, exc)
        else:
            elapsed = int((clock.monotonic() - started) * 1000)
            delivery.record_success(timezone.now(), status_code=code, duration_ms=elapsed)
    return delivery.status


def claim_due(now: datetime | None = None) -> list[int]:
    """Move due rows (held digests, due retries, expired leases) to pending with a fresh lease,
    one conditional UPDATE each, so two schedulers never queue the same delivery twice."""
    now = now or timezone.now()
    claimed = []
    for delivery_id, status, previous in Delivery.objects.due(now).values_list("id", "status", "next_attempt_at")[:500]:
        if Delivery.objects.filter(pk=delivery_id, status=status, next_attempt_at=previous).update(
            status=Delivery.Status.PENDING, next_attempt_at=now + Delivery.LEASE
        ):
            claimed.append(delivery_id)
    return claimed
