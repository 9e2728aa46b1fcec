"""The one way Sigap writes a date or a moment for people: ``7 Des 2026 11.35 WIB``, ``7 Des 2026``.

Indonesian month abbreviations whatever the interface language, a dot between hours and minutes,
and the office zone's abbreviation (WIB / WITA / WIT). Official PPID letters write the month in
full (``7 Desember 2026``) with :func:`format_date_long`. Machines (API JSON, CSV) keep ISO 8601.

Pure: no Django.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from types import MappingProxyType
from typing import Final
from zoneinfo import ZoneInfo

__all__ = ["BULAN", "BULAN_SINGKAT", "format_date", "format_date_long", "format_datetime", "zone_abbreviation"]

BULAN: Final = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
BULAN_SINGKAT: Final = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")

ZONE_ABBREVIATIONS: Final = MappingProxyType(
    {
        "Asia/Jakarta": "WIB",
        "Asia/Pontianak": "WIB",
        "Asia/Makassar": "WITA",
        "Asia/Jayapura": "WIT",
    }
)


def zone_abbreviation(tz_name: str, moment: datetime | None = None) -> str:
    """``WIB`` for Asia/Jakarta, ``WITA`` for Asia/Makassar, ``WIT`` for Asia/Jayapura; else the zone's own."""
    if tz_name in ZONE_ABBREVIATIONS:
        return ZONE_ABBREVIATIONS[tz_name]
    name = (moment or datetime(2000, 1, 1, tzinfo=UTC)).astimezone(ZoneInfo(tz_name)).tzname()
    return name or tz_name


def _zone_name(zone: tzinfo | None) -> str | None:
    return getattr(zone, "key", None) or (str(zone) if zone is not None else None)


def _local(moment: datetime, tz_name: str | None) -> tuple[datetime, str | None]:
    """``moment`` on the wall clock of ``tz_name`` (a naive moment is already local there)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment, tz_name
    if tz_name:
        return moment.astimezone(ZoneInfo(tz_name)), tz_name
    return moment, _zone_name(moment.tzinfo)


def format_datetime(moment: datetime, tz_name: str | None = None) -> str:
    """``7 Des 2026 11.35 WIB``: ``moment`` in zone ``tz_name`` (default: the moment's own zone)."""
    local, zone = _local(moment, tz_name)
    text = f"{format_date(local.date())} {local:%H.%M}"
    if zone:
        text += " " + zone_abbreviation(zone, local)
    return text


def format_date(day: date, tz_name: str | None = None) -> str:
    """``7 Des 2026``; a datetime is first taken to its date in ``tz_name``."""
    if isinstance(day, datetime):
        day = _local(day, tz_name)[0].date()
    return f"{day.day} {BULAN_SINGKAT[day.month - 1]} {day.year}"


def format_date_long(day: date, tz_name: str | None = None) -> str:
    """``7 Desember 2026``, as Indonesian official letters write a date. Only for PPID letters."""
    if isinstance(day, datetime):
        day = _local(day, tz_name)[0].date()
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"
