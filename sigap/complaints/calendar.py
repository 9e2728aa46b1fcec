"""The complaint clocks on the office's working-day calendar (sigap/lib/workdays.py + core's Holiday table).

The same inputs as the PPID deadlines: the ``holidays`` seed, the nationwide and the office's own
Holiday rows, and the office's policy on Saturdays and cuti bersama (here: ComplaintPolicy).
"""

from __future__ import annotations

from datetime import date, datetime

from django.utils import timezone

from sigap.core.calendar import office_calendar
from sigap.core.models import Office
from sigap.lib.workdays import Calendar, Deadline, add_working_days, resolve_zone

from .models.policy import ComplaintPolicy


def calendar_for(office: Office, years: tuple[int, ...], policy: ComplaintPolicy) -> Calendar:
    return office_calendar(office, years, cuti_bersama_off=policy.cuti_bersama_off, saturday_off=policy.saturday_off)


def deadline(office: Office, start: datetime | date, days: int, policy: ComplaintPolicy | None = None) -> Deadline:
    """``days`` working days after ``start`` (day 0) in the office's calendar and time zone."""
    policy = policy or ComplaintPolicy.for_office(office)
    tz = office.time_zone or "Asia/Jakarta"
    local = timezone.localtime(start, timezone=resolve_zone(tz)) if isinstance(start, datetime) else start
    years = tuple(range(local.year, local.year + days // 200 + 2))
    return add_working_days(calendar_for(office, years, policy), local, days, tz)
