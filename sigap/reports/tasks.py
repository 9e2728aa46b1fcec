"""E-mail the daily brief at each office's hour (BriefSchedule.hour, office time)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import cast
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from sigap.core.jobs import SCHEDULER
from sigap.core.models import Membership, Office, Role
from sigap.lib.waktu import format_date

from . import brief as briefs
from .models import BriefSchedule
from .render import brief_context, brief_pdf

log = logging.getLogger(__name__)
READERS = (Role.ADMIN, Role.ANALIS, Role.TIM_KRISIS, Role.PIMPINAN)
#: Time the claiming worker has to send the brief before another takes the claim over.
BRIEF_LEASE = timedelta(minutes=10)


def recipient_users(office: Office) -> list:
    users = Membership.objects.filter(office=office, role__in=READERS).values("user_id")
    return list(get_user_model().objects.filter(id__in=users, is_active=True).exclude(email="").order_by("email"))


def send_brief(office: Office, day: date) -> int:
    """Send the brief to the office's readers; returns how many addresses it went to.

    Each reader gets the brief their roles allow (the PPID part only for the PPID desk and
    leadership); readers who may see the same get one e-mail together, so the PDF is made once.
    """
    groups: dict[frozenset[int], list] = {}
    for user in recipient_users(office):
        groups.setdefault(briefs.ppid_scope(office, user), []).append(user)
    sent = 0
    subject = _("Daily brief %(office)s, %(day)s") % {"office": office.name, "day": format_date(day)}
    for users in groups.values():
        to = sorted({user.email for user in users})
        brief = briefs.build(office, day, users[0])
        context = brief_context(brief)
        message = EmailMultiAlternatives(subject, render_to_string("reports/brief_email.txt", context), to=to)
        message.attach_alternative(render_to_string("reports/brief_pdf.html", context), "text/html")
        message.attach(f"ringkasan-{office.slug}-{day:%Y-%m-%d}.pdf", brief_pdf(brief), "application/pdf")
        message.send()
        sent += len(to)
    return sent


@task(queue_name=SCHEDULER)
def send_brief_task(office_id: int, day: str) -> int:
    office = Office.objects.get(pk=office_id)
    try:
        sent = send_brief(office, date.fromisoformat(day))
        BriefSchedule.objects.filter(office=office, sent_on=date.fromisoformat(day)).update(lease_until=None)
        return sent
    except Exception:
        # Not sent: let the scheduler claim it again on a later tick instead of losing it.
        BriefSchedule.objects.filter(office=office, sent_on=date.fromisoformat(day)).update(sent_on=None)
        log.exception("daily brief for %s not sent; will retry", office.slug)
        raise


def enqueue_daily_briefs(now: datetime | None = None) -> int:
    """Claim each office whose brief hour has come today (office time) and queue its brief."""
    now = now or timezone.now()
    queued = 0
    for office in Office.objects.filter(memberships__isnull=False).distinct():
        schedule = BriefSchedule.for_office(office.pk)
        local = now.astimezone(ZoneInfo(office.time_zone))
        today = local.date()
        abandoned = schedule.sent_on == today and schedule.lease_until is not None and schedule.lease_until < now
        if local.hour < schedule.hour or (schedule.sent_on == today and not abandoned):
            continue
        # Not yet sent today, or claimed by a worker that stopped before sending (lease ran out).
        due = Q(sent_on__isnull=True) | Q(sent_on__lt=today) | Q(sent_on=today, lease_until__lt=now)
        claimed = BriefSchedule.objects.filter(due, pk=schedule.pk).update(sent_on=today, lease_until=now + BRIEF_LEASE)
        if claimed:
            day = today.isoformat()
            transaction.on_commit(
                cast("Callable[[], object]", lambda o=office.pk, d=day: send_brief_task.enqueue(o, d))
            )
            queued += 1
    return queued
