"""The office's working-day calendar: the ``holidays`` seed + the ``Holiday`` table + the office policy.

Pure maths lives in :mod:`sigap.lib.workdays`; this module only gathers the inputs from the
database (docs/workdays.md: deadlines are computed, never typed).
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from django.utils import timezone

from sigap.core.models import Holiday, Office
from sigap.lib.workdays import (
    Calendar,
    Deadline,
    Kind,
    Override,
    add_working_days,
    resolve_zone,
    working_days_between,
)

# The submodule, not the package: the request models import this module while the package loads.
from .models.regulation import Regulation, office_chain


@lru_cache(maxsize=32)
def _seed(years: tuple[int, ...]) -> Calendar:
    return Calendar.from_holidays(years)


def overrides_for(office: Office, years: tuple[int, ...]) -> list[Override]:
    rows = Holiday.objects.filter(active=True, date__year__in=years).filter(
        office__isnull=True
    ) | Holiday.objects.filter(active=True, date__year__in=years, office_id__in=office_chain(office))
    # National rows first, then regional ones, so an office's own row has the last word.
    ordered = sorted(rows, key=lambda h: (h.office_id is not None, h.date, h.pk))
    return [Override(h.date, h.name, Kind(h.kind), h.legal_basis, remove=not h.day_off) for h in ordered]


def calendar_for(office: Office, years, regulation=None) -> Calendar:
    reg = regulation or Regulation.for_office(office)
    key = tuple(sorted(set(years)))
    base = _seed(key)
    return base.with_overrides(*overrides_for(office, key)).with_policy(
        cuti_bersama_off=reg.cuti_bersama_off, saturday_off=reg.saturday_off
    )


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
    key = tuple(_years(received, days))
    rows = Holiday.objects.filter(active=True, office__isnull=True, date__year__in=key).order_by("date", "pk")
    overrides = [Override(h.date, h.name, Kind(h.kind), h.legal_basis, remove=not h.day_off) for h in rows]
    cal = (
        _seed(key).with_overrides(*overrides).with_policy(cuti_bersama_off=cuti_bersama_off, saturday_off=saturday_off)
    )
    return add_working_days(cal, received, days, tz)
