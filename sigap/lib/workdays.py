"""Working-day calendar for legal deadlines (pure Python, no Django).

Deadlines are computed, never typed: the rules and the user documentation are in
docs/workdays.md.

A :class:`Calendar` is an immutable set of days off for a range of years: the ``holidays``
package's Indonesian calendar (PUBLIC = libur nasional, GOVERNMENT = cuti bersama) as the
seed, then the office's overrides (added libur nasional / cuti bersama / libur daerah with
their legal basis, removed dates), then the office's policy (does cuti bersama count as a
day off? is Saturday a day off?). Its ``version`` is a stable hash of the effective days off,
so a stored deadline can say which calendar computed it.

Counting rule (ppid.md §3): the day of receipt is day 0 and the deadline is the N-th working
day after it. A request received on a day off therefore has the next working day as day 1.
Dates are taken in the office's time zone (WIB / WITA / WIT); the deadline runs to the end of
the due date in that zone. A request received at or after the office's closing time
(``cutoff``, off by default) counts as received on the next calendar day.

    >>> cal = Calendar.from_holidays(range(2026, 2027))
    >>> d = add_working_days(cal, datetime(2026, 3, 16, 9, 0), 10, "Asia/Jakarta")
    >>> d.due.isoformat()
    '2026-04-07'
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sigap.lib.waktu import BULAN, zone_abbreviation

__all__ = [
    "HARI",
    "BULAN",
    "ZONE_ALIASES",
    "Calendar",
    "CalendarRangeError",
    "Deadline",
    "Holiday",
    "Kind",
    "Override",
    "SkippedDay",
    "UnknownTimeZone",
    "add_working_days",
    "extend",
    "format_date",
    "resolve_zone",
    "working_days_between",
    "zone_abbreviation",
]

VERSION_SCHEME: Final = "wd1"
"""Prefix of every calendar version; bump it if the hashing input ever changes."""

HARI: Final = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

ZONE_ALIASES: Final[Mapping[str, str]] = MappingProxyType(
    {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
)


class Kind(StrEnum):
    """Kind of a day off; the values match the admin-editable ``Holiday`` table."""

    LIBUR_NASIONAL = "libur_nasional"
    CUTI_BERSAMA = "cuti_bersama"
    LIBUR_DAERAH = "libur_daerah"
    LAINNYA = "lainnya"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS: Final = {
    Kind.LIBUR_NASIONAL: "libur nasional",
    Kind.CUTI_BERSAMA: "cuti bersama",
    Kind.LIBUR_DAERAH: "libur daerah",
    Kind.LAINNYA: "hari libur lainnya",
}


class CalendarRangeError(ValueError):
    """A computation needs a year the calendar was not built for."""


class UnknownTimeZone(ValueError):
    """The office time zone is not a known IANA zone (nor WIB / WITA / WIT)."""


@dataclass(frozen=True)
class Holiday:
    """One named day off on one date."""

    date: date
    name: str
    kind: Kind
    basis: str = ""  # dasar hukum, e.g. "SKB 3 Menteri No. ... Tahun 2025"
    source: str = ""  # where the row came from: "holidays 0.109" or "override"

    @property
    def label(self) -> str:
        return f"{self.kind.label}: {self.name}" if self.name else self.kind.label


@dataclass(frozen=True)
class Override:
    """One row of the office's holiday table, applied on top of the seed.

    An added row (``remove=False``) replaces what the seed says about that date (several
    added rows on one date accumulate). A removed row (``remove=True``) deletes every entry
    on that date seen so far, so the date becomes a working day unless it is a weekend.
    Rows are applied in order.
    """

    date: date
    name: str = ""
    kind: Kind = Kind.LIBUR_NASIONAL
    basis: str = ""
    remove: bool = False


# --------------------------------------------------------------------------- calendar


@dataclass(frozen=True)
class Calendar:
    """Days off for the covered ``years`` under one office's overrides and policy."""

    years: tuple[int, ...]
    seed: Mapping[date, tuple[Holiday, ...]] = field(default_factory=dict, repr=False)
    overrides: tuple[Override, ...] = ()
    cuti_bersama_off: bool = True
    saturday_off: bool = True
    source: str = ""
    # derived, filled in __post_init__
    entries: Mapping[date, tuple[Holiday, ...]] = field(init=False, repr=False, compare=False)
    _off: frozenset[date] = field(init=False, repr=False, compare=False)
    _versions: dict[tuple[int, ...], str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        years = tuple(sorted({int(y) for y in self.years}))
        if not years:
            raise ValueError("Kalender harus mencakup paling sedikit satu tahun.")
        entries: dict[date, list[Holiday]] = {d: list(v) for d, v in self.seed.items()}
        touched: set[date] = set()  # dates an added override has taken over
        for o in self.overrides:
            if o.remove:
                entries.pop(o.date, None)
                touched.discard(o.date)
                continue
            if o.date not in touched:
                entries[o.date] = []
                touched.add(o.date)
            entries[o.date].append(Holiday(o.date, o.name, Kind(o.kind), o.basis, "override"))
        frozen = {d: tuple(v) for d, v in sorted(entries.items()) if v}
        object.__setattr__(self, "years", years)
        object.__setattr__(self, "seed", MappingProxyType(dict(self.seed)))
        object.__setattr__(self, "overrides", tuple(self.overrides))
        object.__setattr__(self, "entries", MappingProxyType(frozen))
        off = {d for d, hs in frozen.items() if d.year in years and any(self._counts_as_off(h.kind) for h in hs)}
        for y in years:
            day = date(y, 1, 1)
            while day.year == y:
                if self._is_weekend(day):
                    off.add(day)
                day += timedelta(days=1)
        object.__setattr__(self, "_off", frozenset(off))
        object.__setattr__(self, "_versions", {})

    # -- construction

    @classmethod
    def from_holidays(
        cls,
        years: Iterable[int],
        overrides: Iterable[Override] = (),
        *,
        cuti_bersama_off: bool = True,
        saturday_off: bool = True,
    ) -> Calendar:
        """Seed from the ``holidays`` package: ``holidays.ID`` PUBLIC + GOVERNMENT, in Indonesian."""
        import holidays  # imported here so that building a Calendar by hand needs no package

        years = tuple(sorted(set(years)))
        if not years:
            raise ValueError("Kalender harus mencakup paling sedikit satu tahun.")
        source = f"holidays {getattr(holidays, '__version__', '?')}"
        seed: dict[date, list[Holiday]] = {}
        for category, kind in ((holidays.PUBLIC, Kind.LIBUR_NASIONAL),
                               (holidays.GOVERNMENT, Kind.CUTI_BERSAMA)):  # fmt: skip
            table = holidays.country_holidays("ID", years=years, categories=(category,), language="id")
            for day in sorted(table):
                for name in table.get_list(day):
                    seed.setdefault(day, []).append(Holiday(day, name, kind, "", source))
        return cls(
            years=years,
            seed={d: tuple(v) for d, v in seed.items()},
            overrides=tuple(overrides),
            cuti_bersama_off=cuti_bersama_off,
            saturday_off=saturday_off,
            source=source,
        )

    def with_overrides(self, *overrides: Override) -> Calendar:
        """A new calendar with these rows applied after the existing ones."""
        return replace(self, overrides=self.overrides + tuple(overrides))

    def with_policy(self, *, cuti_bersama_off: bool | None = None, saturday_off: bool | None = None) -> Calendar:
        return replace(
            self,
            cuti_bersama_off=self.cuti_bersama_off if cuti_bersama_off is None else cuti_bersama_off,
            saturday_off=self.saturday_off if saturday_off is None else saturday_off,
        )

    # -- queries

    def covers(self, year: int) -> bool:
        return year in self.years

    def _check(self, day: date) -> None:
        if day.year not in self.years:
            raise CalendarRangeError(
                f"Kalender hari libur tahun {day.year} tidak dimuat (tersedia: {', '.join(map(str, self.years))})."
            )

    def _counts_as_off(self, kind: Kind) -> bool:
        return kind is not Kind.CUTI_BERSAMA or self.cuti_bersama_off

    def _is_weekend(self, day: date) -> bool:
        wd = day.weekday()
        return wd == 6 or (wd == 5 and self.saturday_off)

    def holidays_on(self, day: date) -> tuple[Holiday, ...]:
        """Every named entry on ``day``, including cuti bersama that the policy counts as work."""
        return self.entries.get(day, ())

    def is_working_day(self, day: date) -> bool:
        self._check(day)
        return day not in self._off

    def reasons(self, day: date) -> tuple[str, ...]:
        """Why ``day`` is not a working day, in Indonesian; empty for a working day."""
        self._check(day)
        out: list[str] = []
        if self._is_weekend(day):
            out.append("akhir pekan")
        out.extend(h.label for h in self.holidays_on(day) if self._counts_as_off(h.kind))
        return tuple(out)

    def days_off(self, year: int) -> tuple[date, ...]:
        self._check(date(year, 1, 1))
        return tuple(sorted(d for d in self._off if d.year == year))

    def caveats(self, first: date, last: date) -> tuple[str, ...]:
        """Warnings about the seed between two dates: estimated dates, missing cuti bersama."""
        out: list[str] = []
        if not self.source:
            return ()
        for y in range(first.year, last.year + 1):
            if y in self.years and not any(
                h.kind is Kind.CUTI_BERSAMA for d, hs in self.entries.items() if d.year == y for h in hs
            ):
                out.append(
                    f"Kalender tahun {y} belum memuat cuti bersama ({self.source}); "
                    "tambahkan dari SKB 3 Menteri lewat tabel hari libur."
                )
        estimated = [
            h
            for d, hs in self.entries.items()
            if first <= d <= last
            for h in hs
            if h.source != "override" and "perkiraan" in h.name.lower()
        ]
        if estimated:
            out.append(
                f"Tanggal masih perkiraan di {self.source}: "
                + "; ".join(f"{h.name} {h.date.isoformat()}" for h in estimated)
                + ". Periksa dengan SKB 3 Menteri."
            )
        return tuple(out)

    def version_for(self, years: Iterable[int]) -> str:
        """Stable hash of the effective days off in ``years`` (weekends included).

        Names, legal bases and overrides that do not change a date's status do not change
        the version; a policy switch or an added / removed day off does.
        """
        key = tuple(sorted(set(years)))
        cached = self._versions.get(key)
        if cached is not None:
            return cached
        h = hashlib.sha256(VERSION_SCHEME.encode())
        for y in key:
            h.update(f"\n{y}:".encode())
            h.update(",".join(d.isoformat() for d in self.days_off(y)).encode())
        version = f"{VERSION_SCHEME}-{h.hexdigest()[:16]}"
        self._versions[key] = version
        return version

    @property
    def version(self) -> str:
        """Version of the whole calendar (every covered year)."""
        return self.version_for(self.years)


# --------------------------------------------------------------------------- deadlines


@dataclass(frozen=True)
class SkippedDay:
    date: date
    reasons: tuple[str, ...]

    @property
    def weekend_only(self) -> bool:
        return all(r.startswith("akhir pekan") for r in self.reasons)

    def line(self) -> str:
        """``2026-03-18 Rabu: cuti bersama: Cuti Bersama Hari Suci Nyepi``"""
        return f"{self.date.isoformat()} {HARI[self.date.weekday()]}: {'; '.join(self.reasons)}"


@dataclass(frozen=True)
class Deadline:
    received_at: datetime  # aware, in the office zone
    counted_from: date  # day 0
    days: int  # total working days counted, extension included
    extension_days: int
    due: date
    due_at: datetime  # end of the due date in the office zone
    tz: str
    skipped: tuple[SkippedDay, ...]
    calendar_version: str
    cutoff: time | None = None
    notes: tuple[str, ...] = ()

    @property
    def base_days(self) -> int:
        return self.days - self.extension_days

    def explain(self) -> str:
        """The Indonesian sentence shown beside every deadline."""
        zone = zone_abbreviation(self.tz, self.received_at)
        due = f"{format_date(self.due)} pukul 23.59 {zone}"
        received = f"{format_date(self.received_at.date())} pukul {self.received_at:%H.%M} {zone}"
        counted = f"{self.base_days} hari kerja"
        if self.extension_days:
            counted += f" + perpanjangan {self.extension_days} hari kerja"
        named = [s for s in self.skipped if not s.weekend_only]
        weekends = len(self.skipped) - len(named)
        parts = [f"{format_date(s.date)} ({'; '.join(s.reasons)})" for s in named]
        if weekends:
            parts.append(f"{weekends} hari akhir pekan")
        excluded = "; ".join(parts) if parts else "tidak ada hari libur yang dilewati"
        text = f"Jatuh tempo {due} = diterima {received} + {counted}, tidak termasuk: {excluded}."
        for note in self.notes:
            text += " " + note
        return text


def format_date(day: date) -> str:
    """``Selasa, 7 April 2026``"""
    return f"{HARI[day.weekday()]}, {day.day} {BULAN[day.month - 1]} {day.year}"


def resolve_zone(tz: str) -> ZoneInfo:
    """An IANA zone, or one of the aliases WIB / WITA / WIT."""
    key = str(tz).strip()
    key = ZONE_ALIASES.get(key.upper(), key)
    try:
        if not key:
            raise ZoneInfoNotFoundError(tz)
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise UnknownTimeZone(
            f"Zona waktu tidak dikenal: {tz!r}. Gunakan Asia/Jakarta (WIB), "
            "Asia/Makassar (WITA) atau Asia/Jayapura (WIT)."
        ) from exc


def _localize(moment: datetime | date, zone: ZoneInfo) -> datetime:
    """A datetime in the office zone; naive datetimes (and dates) are office-local."""
    if not isinstance(moment, datetime):
        return datetime.combine(moment, time(), tzinfo=zone)
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def _day_zero(local: datetime, cutoff: time | None) -> date:
    if cutoff is not None and local.time() >= cutoff:
        return local.date() + timedelta(days=1)
    return local.date()


def add_working_days(
    calendar: Calendar,
    received_at: datetime | date,
    days: int,
    tz: str = "Asia/Jakarta",
    *,
    cutoff: time | None = None,
    extension_days: int = 0,
) -> Deadline:
    """Due date = the ``days``-th working day after the day of receipt (day 0).

    ``received_at``: an aware datetime (converted to ``tz``) or a naive one / a date (taken as
    office-local). ``cutoff``: office closing time; a request received at or after it counts
    as received the next calendar day (default ``None``: the hour does not matter).
    ``extension_days`` only labels how many of ``days`` are an extension (see :func:`extend`).
    """
    if isinstance(days, bool) or not isinstance(days, int):
        raise TypeError("Jumlah hari kerja harus bilangan bulat.")
    if days < 0:
        raise ValueError("Jumlah hari kerja tidak boleh negatif.")
    if not 0 <= extension_days <= days:
        raise ValueError("Hari perpanjangan harus antara 0 dan jumlah hari kerja.")
    zone = resolve_zone(tz)
    local = _localize(received_at, zone)
    start = _day_zero(local, cutoff)
    notes: list[str] = []
    if start != local.date():
        notes.append(f"Diterima setelah jam layanan (pukul {cutoff:%H.%M}), dianggap diterima {format_date(start)}.")
    if not calendar.is_working_day(start):
        notes.append(
            f"{format_date(start)} bukan hari kerja ({'; '.join(calendar.reasons(start))}); "
            "hari kerja berikutnya dihitung sebagai hari ke-1."
        )
    day = start
    counted = 0
    skipped: list[SkippedDay] = []
    while counted < days:
        day += timedelta(days=1)
        if calendar.is_working_day(day):
            counted += 1
        else:
            skipped.append(SkippedDay(day, calendar.reasons(day)))
    years = range(min(start.year, local.year), day.year + 1)
    notes.extend(calendar.caveats(start, day))
    return Deadline(
        received_at=local,
        counted_from=start,
        days=days,
        extension_days=extension_days,
        due=day,
        due_at=datetime.combine(day, time.max, tzinfo=zone),
        tz=zone.key,
        skipped=tuple(skipped),
        calendar_version=calendar.version_for(years),
        cutoff=cutoff,
        notes=tuple(notes),
    )


def extend(calendar: Calendar, deadline: Deadline, days: int = 7) -> Deadline:
    """The deadline after an extension of ``days`` working days (UU KIP Pasal 22(8): 7).

    Equal to counting ``days`` more working days from the old due date, recomputed from the
    receipt so that it also follows a calendar that was edited in the meantime.
    """
    if days < 0:
        raise ValueError("Jumlah hari perpanjangan tidak boleh negatif.")
    return add_working_days(
        calendar,
        deadline.received_at,
        deadline.days + days,
        deadline.tz,
        cutoff=deadline.cutoff,
        extension_days=deadline.extension_days + days,
    )


def working_days_between(
    calendar: Calendar,
    start: datetime | date,
    end: datetime | date,
    *,
    tz: str = "Asia/Jakarta",
    cutoff: time | None = None,
) -> int:
    """Working days after ``start`` (day 0) up to and including ``end``.

    The inverse of :func:`add_working_days`: for ``d = add_working_days(cal, t, n, tz)``,
    ``working_days_between(cal, t, d.due, tz=tz) == n``. Datetimes are taken in ``tz`` as in
    :func:`add_working_days`, and ``cutoff`` moves ``start`` the same way. Negative when
    ``end`` is before day 0.
    """
    zone = resolve_zone(tz)
    first = _day_zero(_localize(start, zone), cutoff)
    last = _localize(end, zone).date()
    sign = 1
    if last < first:
        first, last, sign = last, first, -1
    count = 0
    day = first
    while day < last:
        day += timedelta(days=1)
        if calendar.is_working_day(day):
            count += 1
    return sign * count
