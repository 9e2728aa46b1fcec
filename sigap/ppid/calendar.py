"""The office's working-day calendar: the ``holidays`` seed + the ``Holiday`` table + the office policy.

Pure maths lives in :mod:`sigap.lib.workdays`; this module only gathers the inputs from the
database (docs/workdays.md: deadlines are computed, never typed).
"""

from __future__ import annotations

from datetime import date, datetime

from django.utils import timezone

from sigap.core.calendar import office_calendar
from sigap.core.models import Office
from sigap.lib.workdays import (
    Calendar,
    Deadline,
    add_working_days,
    resolve_zone,
    working_days_between,
)

# The submodule, not the package: the request models import this module while the package loads.
from .models.regulation import Regulation


def calendar_for(office: Office, years, regulation=None) -> Calendar:
    reg = regulation or Regulation.for_office(office)
    return office_calendar(office, years, cuti_bersama_off=reg.cuti_bersama_off, saturday_off=reg.saturday_off)


def _years(start: datetime | date, days: int) -> range:
    year = start.year
    return range(year, year + days // 200 + 2)


def deadline(
    office: Office, start: datetime | date, days: int, *, extension_days: int = 0, regulation=None
) -> Deadline:
    """``days`` working days after ``start`` (day 0) in the office's calendar and time zone."""
    reg = regulation or Regulation.for_office(office)
    local = timezone.localtime(start, timezone=office_zone(office)) if isinstance(start, datetime) else start
    cal = calendar_for(office, _years(local, days), reg)
    return add_working_days(
        cal, local, days, office.time_zone or "Asia/Jakarta", cutoff=reg.cutoff, extension_days=extension_days
    )


def working_days_left(office: Office, due: date, now: datetime | None = None) -> int:
    """Working days from today (office time) up to the due date; negative once it has passed."""
    now = now or timezone.now()
    today = timezone.localtime(now, timezone=office_zone(office)).date()
    years = range(min(today.year, due.year), max(today.year, due.year) + 1)
    cal = calendar_for(office, years)
    return working_days_between(cal, today, due, tz=office.time_zone or "Asia/Jakarta")


def office_zone(office: Office):
    """The office's time zone (WIB when it has none)."""
    return resolve_zone(office.time_zone or "Asia/Jakarta")


def public_deadline(
    received: datetime | date,
    days: int,
    tz: str = "Asia/Jakarta",
    *,
    cuti_bersama_off: bool = True,
    saturday_off: bool = True,
) -> Deadline:
    """The public calculator: the national calendar (seed + nationwide Holiday rows) under a chosen policy."""
    cal = office_calendar(None, _years(received, days), cuti_bersama_off=cuti_bersama_off, saturday_off=saturday_off)
    return add_working_days(cal, received, days, tz)
