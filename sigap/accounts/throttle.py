"""Login throttling: too many wrong passwords for one account, or from one address, lock that
account or address for a while (SIGAP_LOGIN_* settings, docs/security.md)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from sigap.core import clientip

from . import actions
from .models import LoginFailure

#: Rows older than this are never looked at again; deleting them keeps the table small.
_KEEP = timedelta(days=1)


def client_ip(request: HttpRequest | None) -> str | None:
    # X-Forwarded-For only from SIGAP_TRUSTED_PROXIES: otherwise an attacker could pick a fresh
    # address for every attempt.
    return clientip.client_ip(request)


def _key(username: str) -> str:
    # Case-folded so "Admin" and "admin" share one counter.
    return (username or "").strip().lower()[:150]


def _window() -> timedelta:
    return timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES)


def _locked(failures: QuerySet, limit: int, now) -> bool:
    """Locked when the last `limit` failures all fell within one window and the newest of them
    is less than one window old: the lock lasts a full window after the failure that tripped it."""
    times = list(failures.order_by("-at").values_list("at", flat=True)[:limit])
    if len(times) < limit:
        return False
    return times[0] - times[-1] <= _window() and now < times[0] + _window()


def _locks(username: str, ip: str | None, now) -> set[str]:
    """Which of "account" and "address" are locked now."""
    recent = LoginFailure.objects.filter(at__gte=now - 2 * _window())
    locks = set()
    if _locked(recent.filter(username=_key(username)), settings.LOGIN_MAX_FAILURES_ACCOUNT, now):
        locks.add("account")
    if ip and _locked(recent.filter(ip=ip), settings.LOGIN_MAX_FAILURES_IP, now):
        locks.add("address")
    return locks


def is_locked(username: str, ip: str | None) -> bool:
    return bool(_locks(username, ip, timezone.now()))


def record_failure(username: str, ip: str | None) -> None:
    """Counts a wrong password or code; the failure that starts a lock is audited (once per lock)."""
    now = timezone.now()
    before = _locks(username, ip, now)
    LoginFailure.objects.create(username=_key(username), ip=ip, at=now)
    for scope in sorted(_locks(username, ip, now) - before):
        actions.record_locked_out(username, ip, scope)
    LoginFailure.objects.filter(at__lt=now - _KEEP).delete()


def clear_account(username: str) -> None:
    """After a successful sign-in or password reset the account starts afresh (the address
    keeps its count: one right password must not unlock guessing at other accounts)."""
    LoginFailure.objects.filter(username=_key(username)).delete()
