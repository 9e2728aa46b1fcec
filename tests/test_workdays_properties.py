"""Properties of the working-day calendar (sigap.lib.workdays), checked with hypothesis over
the real 2025-2027 calendars under every policy and over random hand-built calendars.
Pure Python: runs without Django (pytest -p no:django)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from sigap.lib.workdays import (
    Calendar,
    Holiday,
    Kind,
    Override,
    add_working_days,
    working_days_between,
)

YEARS = (2025, 2026, 2027)
REAL = Calendar.from_holidays(YEARS)
CALENDARS = [
    REAL,
    REAL.with_policy(cuti_bersama_off=False),
    REAL.with_policy(saturday_off=False),
    REAL.with_policy(cuti_bersama_off=False, saturday_off=False),
]
ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]


@st.composite
def random_calendars(draw) -> Calendar:
    """A calendar with up to 120 random days off of random kinds and a random policy."""
    days = draw(st.lists(st.dates(date(2025, 1, 1), date(2027, 12, 31)), max_size=120, unique=True))
    kinds = st.sampled_from(list(Kind))
    seed = {d: (Holiday(d, f"libur {i}", draw(kinds)),) for i, d in enumerate(days)}
    return Calendar(
        years=YEARS,
        seed=seed,
        cuti_bersama_off=draw(st.booleans()),
        saturday_off=draw(st.booleans()),
    )


calendars = st.one_of(st.sampled_from(CALENDARS), random_calendars())
# received between 2025 and late 2026, so 120 working days stay inside 2027
moments = st.datetimes(datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59))
counts = st.integers(min_value=0, max_value=120)
zones = st.sampled_from(ZONES)
cutoffs = st.one_of(st.none(), st.times(time(12), time(20)))

PROPS = settings(max_examples=150, deadline=None)


@PROPS
@given(calendars, moments, st.integers(1, 120), zones, cutoffs)
def test_due_date_is_a_working_day(cal, received, days, tz, cutoff):
    d = add_working_days(cal, received, days, tz, cutoff=cutoff)
    assert cal.is_working_day(d.due)
    assert d.due > d.counted_from
    assert d.due_at.date() == d.due


@PROPS
@given(calendars, moments, counts, zones)
def test_skipped_days_are_exactly_the_days_off_in_between(cal, received, days, tz):
    d = add_working_days(cal, received, days, tz)
    for s in d.skipped:
        assert not cal.is_working_day(s.date)
        assert s.reasons == cal.reasons(s.date) != ()
    between = [d.counted_from + timedelta(n) for n in range(1, (d.due - d.counted_from).days)]
    assert [s.date for s in d.skipped] == [x for x in between if not cal.is_working_day(x)]
    assert len(between) + 1 - len(d.skipped) == days or days == 0


@PROPS
@given(calendars, moments, counts, counts, zones)
def test_adding_n_then_m_equals_adding_n_plus_m(cal, received, n, m, tz):
    first = add_working_days(cal, received, n, tz)
    # first.due is a working day (or day 0 when n == 0): count m more from it
    then = add_working_days(cal, first.due if n else first.counted_from, m, tz)
    assert then.due == add_working_days(cal, received, n + m, tz).due


@PROPS
@given(calendars, moments, moments, counts, zones, cutoffs)
def test_monotonic_in_received_time(cal, t1, t2, days, tz, cutoff):
    t1, t2 = sorted((t1, t2))
    d1 = add_working_days(cal, t1, days, tz, cutoff=cutoff)
    d2 = add_working_days(cal, t2, days, tz, cutoff=cutoff)
    assert d1.due <= d2.due


@PROPS
@given(calendars, moments, st.integers(0, 119), zones)
def test_monotonic_in_days(cal, received, days, tz):
    assert add_working_days(cal, received, days, tz).due < add_working_days(cal, received, days + 1, tz).due


@PROPS
@given(calendars, moments, counts, zones, cutoffs)
def test_working_days_between_inverts_add_working_days(cal, received, days, tz, cutoff):
    d = add_working_days(cal, received, days, tz, cutoff=cutoff)
    assert working_days_between(cal, received, d.due, tz=tz, cutoff=cutoff) == days
    assert working_days_between(cal, d.counted_from, d.due_at, tz=tz) == days


@PROPS
@given(calendars, st.dates(date(2025, 1, 1), date(2027, 12, 31)),
       st.dates(date(2025, 1, 1), date(2027, 12, 31)))  # fmt: skip
def test_working_days_between_is_antisymmetric(cal, a, b):
    assert working_days_between(cal, a, b) == -working_days_between(cal, b, a)


@PROPS
@given(calendars, st.datetimes(datetime(2025, 1, 2), datetime(2026, 6, 30)), counts, zones)
def test_aware_and_local_inputs_agree(cal, local, days, tz):
    from zoneinfo import ZoneInfo

    aware = local.replace(tzinfo=ZoneInfo(tz)).astimezone(UTC)
    assert add_working_days(cal, aware, days, tz) == add_working_days(cal, local, days, tz)


@PROPS
@given(calendars, st.dates(date(2025, 1, 1), date(2027, 12, 31)), st.sampled_from(list(Kind)))
def test_an_override_changes_the_version_iff_it_changes_a_day(cal, day, kind):
    edited = cal.with_overrides(Override(day, "uji", kind))
    changed = edited.is_working_day(day) != cal.is_working_day(day)
    assert (edited.version != cal.version) == changed
    assert (edited.version_for([day.year]) != cal.version_for([day.year])) == changed
    # removing it restores every date except possibly the removed one's seed
    removed = edited.with_overrides(Override(day, remove=True))
    assert removed.is_working_day(day) == (day.weekday() < 5 or (day.weekday() == 5 and not cal.saturday_off))


@PROPS
@given(calendars, moments, st.integers(1, 60), zones, st.dates(date(2025, 1, 1), date(2027, 6, 30)))
def test_adding_a_day_off_never_brings_the_deadline_forward(cal, received, days, tz, day):
    before = add_working_days(cal, received, days, tz)
    after = add_working_days(cal.with_overrides(Override(day, "tambahan", Kind.LIBUR_DAERAH)), received, days, tz)
    assert after.due >= before.due
    if before.counted_from < day <= before.due and cal.is_working_day(day):
        assert after.due > before.due
        assert after.calendar_version != before.calendar_version
    elif not before.counted_from <= day <= after.due:
        assert after.due == before.due


@settings(max_examples=50, deadline=None)
@given(random_calendars())
def test_version_is_a_function_of_the_days_off(cal):
    rebuilt = Calendar(
        years=tuple(reversed(cal.years)),
        seed=dict(reversed(list(cal.seed.items()))),
        cuti_bersama_off=cal.cuti_bersama_off,
        saturday_off=cal.saturday_off,
    )
    assert rebuilt.version == cal.version
