"""Brakes on the public portal: submissions per client address, receipts per e-mail address.

Counts live in the database (``Throttle``) so they hold across web processes and restarts.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from sigap.core import clientip

from .models import Throttle

SUBMISSION = "submission"
RECEIPT = "receipt"
# Following a request by e-mail: sign-ups per client address, confirmation e-mails per address.
FOLLOW = "follow"
FOLLOW_MAIL = "follow_mail"


def limits() -> dict[str, tuple[int, timedelta]]:
    return {
        SUBMISSION: (settings.PORTAL_SUBMISSIONS_PER_IP, timedelta(minutes=10)),
        RECEIPT: (settings.PORTAL_RECEIPTS_PER_EMAIL, timedelta(hours=1)),
        FOLLOW: (settings.PORTAL_SUBMISSIONS_PER_IP, timedelta(minutes=10)),
        FOLLOW_MAIL: (settings.PORTAL_RECEIPTS_PER_EMAIL, timedelta(hours=1)),
    }


def client_ip(request) -> str:
    # X-Forwarded-For is believed only from SIGAP_TRUSTED_PROXIES (sigap/core/clientip.py).
    return clientip.client_ip(request) or "unknown"


def _key(kind: str, value: str) -> str:
    secret = settings.SECRET_KEY.encode()
    return hmac.new(secret, f"{kind}:{value.strip().lower()}".encode(), hashlib.sha256).hexdigest()


def allowed(kind: str, value: str) -> bool:
    """True while ``value`` is under its limit for ``kind`` in the current window."""
    limit, window = limits()[kind]
    since = timezone.now() - window
    return Throttle.objects.filter(kind=kind, key=_key(kind, value), at__gte=since).count() < limit


def record(kind: str, value: str) -> None:
    now = timezone.now()
    with transaction.atomic():
        Throttle.objects.create(kind=kind, key=_key(kind, value), at=now)
        # Old rows are useless once outside every window; prune as we go instead of a cron job.
        Throttle.objects.filter(at__lt=now - timedelta(days=1)).delete()


def take(kind: str, value: str) -> bool:
    """Count one event if under the limit; False (nothing counted) when the limit is reached."""
    if not allowed(kind, value):
        return False
    record(kind, value)
    return True
