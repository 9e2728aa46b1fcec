"""An office's working-day calendar from the database: the ``holidays`` seed, the nationwide and
the office's own ``Holiday`` rows, and the office's policy on Saturdays and cuti bersama.

Pure maths lives in :mod:`sigap.lib.workdays`. PPID deadlines and complaint clocks both build their
calendar here, each with its own policy row (docs/workdays.md).
"""

from __future__ import annotations

from functools import lru_cache

from sigap.lib.workdays import Calendar, Kind, Override

from .models import Holiday, Office


def office_chain(office: Office) -> list[int]:
    """The office and every office above it, nearest first (a province's libur daerah applies to its
    regencies; a policy row is inherited downwards)."""
    ids, seen = [], set()
    current: Office | None = office
    while current is not None and current.pk not in seen:
        ids.append(current.pk)
        seen.add(current.pk)
        current = current.parent
    return ids


@lru_cache(maxsize=32)
def _seed(years: tuple[int, ...]) -> Calendar:
    return Calendar.from_holidays(years)


def holiday_overrides(office: Office | None, years: tuple[int, ...]) -> list[Override]:
    """The Holiday rows that apply: nationwide ones, and those of the office and the offices above it."""
    rows = Holiday.objects.filter(active=True, date__year__in=years, office__isnull=True)
    if office is not None:
        rows = rows | Holiday.objects.filter(active=True, date__year__in=years, office_id__in=office_chain(office))
    # National rows first, then regional ones, so an office's own row has the last word.
    ordered = sorted(rows, key=lambda h: (h.office_id is not None, h.date, h.pk))
    return [Override(h.date, h.name, Kind(h.kind), h.legal_basis, remove=not h.day_off) for h in ordered]


def office_calendar(office: Office | None, years, *, cuti_bersama_off: bool, saturday_off: bool) -> Calendar:
    """The office's calendar; with no office, the national one (seed + nationwide rows)."""
    key = tuple(sorted(set(years)))
    return (
        _seed(key)
        .with_overrides(*holiday_overrides(office, key))
        .with_policy(cuti_bersama_off=cuti_bersama_off, saturday_off=saturday_off)
    )
