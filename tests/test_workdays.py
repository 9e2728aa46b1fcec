"""Legal deadlines over real 2025-2027 calendars (sigap.lib.workdays, sigap.lib.tenggat_cli).

Every expected date below was counted by hand on a paper calendar from the SKB 3 Menteri
lists (day of receipt = day 0, then N working days; ppid.md §3), not produced by the code.
Pure Python: runs without Django (pytest -p no:django).
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time, timedelta

import pytest

from sigap.lib import tenggat_cli
from sigap.lib.workdays import (
    Calendar,
    CalendarRangeError,
    Holiday,
    Kind,
    Override,
    UnknownTimeZone,
    add_working_days,
    extend,
    format_date,
    working_days_between,
)

D = date.fromisoformat
N, C = Kind.LIBUR_NASIONAL, Kind.CUTI_BERSAMA

# ---------------------------------------------------------------- the official lists
# SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB on libur nasional and cuti
# bersama 2025 (10 cuti bersama days, plus Monday 18 August 2025 added in August 2025) and
# 2026 (8 cuti bersama days).
SKB_2025 = {
    "2025-01-01": N, "2025-01-27": N, "2025-01-28": C, "2025-01-29": N, "2025-03-28": C,
    "2025-03-29": N, "2025-03-31": N, "2025-04-01": N, "2025-04-02": C, "2025-04-03": C,
    "2025-04-04": C, "2025-04-07": C, "2025-04-18": N, "2025-04-20": N, "2025-05-01": N,
    "2025-05-12": N, "2025-05-13": C, "2025-05-29": N, "2025-05-30": C, "2025-06-01": N,
    "2025-06-06": N, "2025-06-09": C, "2025-06-27": N, "2025-08-17": N, "2025-08-18": C,
    "2025-09-05": N, "2025-12-25": N, "2025-12-26": C,
}  # fmt: skip
SKB_2026 = {
    "2026-01-01": N, "2026-01-16": N, "2026-02-16": C, "2026-02-17": N, "2026-03-18": C,
    "2026-03-19": N, "2026-03-20": C, "2026-03-21": N, "2026-03-22": N, "2026-03-23": C,
    "2026-03-24": C, "2026-04-03": N, "2026-04-05": N, "2026-05-01": N, "2026-05-14": N,
    "2026-05-15": C, "2026-05-27": N, "2026-05-28": C, "2026-05-31": N, "2026-06-01": N,
    "2026-06-16": N, "2026-08-17": N, "2026-08-25": N, "2026-12-24": C, "2026-12-25": N,
}  # fmt: skip
# 2027: what holidays 0.109 carries (it cites the SKB 2027 on setneg.go.id). Not checked
# against the SKB text by hand; Idul Fitri and Idul Adha are still labelled "(perkiraan)".
PACKAGE_2027 = {
    "2027-01-01": N, "2027-01-05": N, "2027-02-05": C, "2027-02-06": N, "2027-03-08": N,
    "2027-03-09": C, "2027-03-10": N, "2027-03-11": N, "2027-03-12": C, "2027-03-15": C,
    "2027-03-25": C, "2027-03-26": N, "2027-03-28": N, "2027-05-01": N, "2027-05-06": N,
    "2027-05-17": N, "2027-05-18": C, "2027-05-19": C, "2027-05-20": N, "2027-06-01": N,
    "2027-06-06": N, "2027-08-15": N, "2027-08-17": N, "2027-12-24": C, "2027-12-25": N,
    "2027-12-26": N,
}  # fmt: skip


@pytest.fixture(scope="module")
def cal() -> Calendar:
    return Calendar.from_holidays(range(2025, 2029))


def _seed_kinds(cal: Calendar, year: int) -> dict[str, Kind]:
    out: dict[str, Kind] = {}
    for day, entries in cal.entries.items():
        if day.year == year:
            kinds = {h.kind for h in entries}
            assert len(kinds) == 1, (day, entries)
            out[day.isoformat()] = kinds.pop()
    return out


@pytest.mark.parametrize("year, expected", [(2025, SKB_2025), (2026, SKB_2026), (2027, PACKAGE_2027)])
def test_seed_matches_the_official_list(cal, year, expected):
    assert _seed_kinds(cal, year) == expected


# ---------------------------------------------------------------- deadline table
# (case, received (office-local unless it has an offset), working days, zone, options, due)
WIB, WITA, WIT = "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"
CASES = [
    # plain weekends: Thu 9 Oct 2025 (no holiday in October 2025)
    ("weekends", "2025-10-09T10:00", 10, WIB, {}, "2025-10-23"),
    ("saturday is a working day", "2025-10-13T10:00", 10, WIB, {"saturday_off": False},
     "2025-10-24"),
    # Idul Fitri 1446 H: cuti bersama Fri 28 Mar (Nyepi), 2-4 and 7 Apr; Nyepi Sat 29 Mar,
    # Idul Fitri Mon 31 Mar + Tue 1 Apr
    ("idul fitri 2025, cuti bersama off", "2025-03-24T09:00", 10, WIB, {}, "2025-04-16"),
    ("idul fitri 2025, cuti bersama worked", "2025-03-24T09:00", 10, WIB,
     {"cuti_bersama_off": False}, "2025-04-09"),
    # ppid.md §3 example: Nyepi Thu 19 Mar 2026, Idul Fitri Sat 21 + Sun 22, cuti bersama
    # 18, 20, 23, 24 Mar, Wafat Yesus Kristus Fri 3 Apr
    ("nyepi + idul fitri 2026", "2026-03-16T09:00", 10, WIB, {}, "2026-04-07"),
    ("nyepi + idul fitri 2026, cuti worked", "2026-03-16T09:00", 10, WIB,
     {"cuti_bersama_off": False}, "2026-03-31"),
    ("17 days, cuti off", "2026-03-16T09:00", 17, WIB, {}, "2026-04-16"),
    ("17 days, cuti worked", "2026-03-16T09:00", 17, WIB, {"cuti_bersama_off": False},
     "2026-04-10"),
    # Nyepi Mon 8 Mar 2027, cuti 9, 12, 15 Mar, Idul Fitri 10-11 Mar, cuti 25 Mar,
    # Wafat Fri 26 Mar (package's 2027 list)
    ("nyepi + idul fitri 2027", "2027-03-05T09:00", 10, WIB, {}, "2027-03-31"),
    # Natal Thu 25 Dec 2025 + cuti Fri 26 Dec, Tahun Baru Thu 1 Jan 2026
    ("natal 2025 across the new year", "2025-12-22T09:00", 10, WIB, {}, "2026-01-08"),
    # cuti Thu 24 Dec 2026 + Natal Fri 25, Tahun Baru Fri 1 Jan, Isra Mikraj Tue 5 Jan 2027
    ("natal 2026 across the new year", "2026-12-21T09:00", 10, WIB, {}, "2027-01-08"),
    # received on a day off: the next working day is day 1
    ("received on idul fitri (saturday)", "2026-03-21T10:00", 10, WIB, {}, "2026-04-08"),
    ("received on 17 agustus 2026 (monday)", "2026-08-17T10:00", 10, WIB, {}, "2026-09-01"),
    ("received on a sunday", "2025-10-12T10:00", 10, WIB, {}, "2025-10-24"),
    ("received on a friday", "2025-10-10T10:00", 10, WIB, {}, "2025-10-24"),
    # after office hours: no cut-off by default; with one, the next day is day 0
    ("after hours, no cut-off", "2025-10-13T17:30", 10, WIB, {}, "2025-10-27"),
    ("after hours, cut-off 16:00", "2025-10-13T17:30", 10, WIB, {"cutoff": time(16)},
     "2025-10-28"),
    ("before the cut-off", "2025-10-13T15:59", 10, WIB, {"cutoff": time(16)}, "2025-10-27"),
    ("friday after hours", "2025-10-10T17:00", 10, WIB, {"cutoff": time(16)}, "2025-10-24"),
    # time zones: 23:30 WIB on Mon 16 Mar 2026 is already Tue 17 Mar in WITA and WIT
    ("wib evening, wib office", "2026-03-16T23:30+07:00", 10, WIB, {}, "2026-04-07"),
    ("wib evening, wit office", "2026-03-16T23:30+07:00", 10, WIT, {}, "2026-04-08"),
    ("utc input, wita office", "2026-03-16T16:30+00:00", 10, WITA, {}, "2026-04-08"),
    ("utc input, wib office", "2026-03-16T16:30+00:00", 10, WIB, {}, "2026-04-07"),
    # Kenaikan Thu 14 May 2026 + cuti Fri 15 May
    ("kenaikan 2026", "2026-05-04T09:00", 10, WIB, {}, "2026-05-20"),
    # 18 Aug 2025 is cuti bersama in the package
    ("18 agustus 2025, cuti worked", "2025-08-11T09:00", 10, WIB, {"cuti_bersama_off": False},
     "2025-08-25"),
    ("18 agustus 2025, cuti off", "2025-08-11T09:00", 10, WIB, {}, "2025-08-26"),
    ("zero days", "2025-10-13T09:00", 0, WIB, {}, "2025-10-13"),
]  # fmt: skip


@pytest.mark.parametrize(
    "received, days, tz, options, due",
    [pytest.param(*c[1:], id=c[0]) for c in CASES],
)
def test_deadline_table(cal, received, days, tz, options, due):
    cutoff = options.pop("cutoff", None)
    calendar = cal.with_policy(**options) if options else cal
    deadline = add_working_days(calendar, datetime.fromisoformat(received), days, tz, cutoff=cutoff)
    assert deadline.due == D(due)
    assert deadline.due_at.date() == D(due)
    assert deadline.due_at.utcoffset() == deadline.received_at.utcoffset()
    assert (deadline.due_at + timedelta(microseconds=1)).time() == time(0)
    assert working_days_between(calendar, deadline.counted_from, deadline.due) == days


def test_due_at_is_the_end_of_the_day_in_the_office_zone(cal):
    d = add_working_days(cal, datetime(2026, 3, 16, 9), 10, WITA)
    assert d.due_at.isoformat() == "2026-04-07T23:59:59.999999+08:00"
    assert d.tz == WITA
    assert add_working_days(cal, datetime(2026, 3, 16, 9), 10, "WIT").tz == WIT


def test_skipped_days_with_reasons(cal):
    d = add_working_days(cal, datetime(2026, 3, 16, 9), 10, WIB)
    lines = [s.line() for s in d.skipped]
    assert lines == [
        "2026-03-18 Rabu: cuti bersama: Cuti Bersama Hari Suci Nyepi",
        "2026-03-19 Kamis: libur nasional: Hari Suci Nyepi",
        "2026-03-20 Jumat: cuti bersama: Cuti Bersama Hari Raya Idul Fitri",
        "2026-03-21 Sabtu: akhir pekan; libur nasional: Hari Raya Idul Fitri",
        "2026-03-22 Minggu: akhir pekan; libur nasional: Hari kedua dari Hari Raya Idul Fitri",
        "2026-03-23 Senin: cuti bersama: Cuti Bersama Hari Raya Idul Fitri",
        "2026-03-24 Selasa: cuti bersama: Cuti Bersama Hari Raya Idul Fitri",
        "2026-03-28 Sabtu: akhir pekan",
        "2026-03-29 Minggu: akhir pekan",
        "2026-04-03 Jumat: libur nasional: Wafat Yesus Kristus",
        "2026-04-04 Sabtu: akhir pekan",
        "2026-04-05 Minggu: akhir pekan; libur nasional: Kebangkitan Yesus Kristus",
    ]


def test_cuti_bersama_worked_is_not_skipped(cal):
    d = add_working_days(cal.with_policy(cuti_bersama_off=False), datetime(2026, 3, 16), 10, WIB)
    assert [s.date for s in d.skipped] == [
        D("2026-03-19"), D("2026-03-21"), D("2026-03-22"), D("2026-03-28"), D("2026-03-29"),
    ]  # fmt: skip


def test_explain(cal):
    d = add_working_days(cal, datetime(2026, 3, 16, 9), 10, WIB)
    text = d.explain()
    assert text.startswith(
        "Jatuh tempo Selasa, 7 April 2026 pukul 23.59 WIB = diterima Senin, 16 Maret 2026 "
        "pukul 09.00 WIB + 10 hari kerja, tidak termasuk: Rabu, 18 Maret 2026 (cuti bersama: "
        "Cuti Bersama Hari Suci Nyepi); Kamis, 19 Maret 2026 (libur nasional: Hari Suci Nyepi);"
    )
    assert text.endswith("Jumat, 3 April 2026 (libur nasional: Wafat Yesus Kristus); "
                         "Minggu, 5 April 2026 (akhir pekan; libur nasional: Kebangkitan Yesus "
                         "Kristus); 3 hari akhir pekan.")  # fmt: skip
    plain = add_working_days(cal, datetime(2025, 10, 13, 9), 3, WITA).explain()
    assert plain == (
        "Jatuh tempo Kamis, 16 Oktober 2025 pukul 23.59 WITA = diterima Senin, 13 Oktober 2025 "
        "pukul 09.00 WITA + 3 hari kerja, tidak termasuk: tidak ada hari libur yang dilewati."
    )


def test_explain_mentions_holiday_receipt_and_cutoff(cal):
    text = add_working_days(cal, datetime(2026, 3, 21, 10), 10, WIB).explain()
    assert "Sabtu, 21 Maret 2026 bukan hari kerja" in text
    assert "hari ke-1" in text
    text = add_working_days(cal, datetime(2025, 10, 13, 17, 30), 10, WIB, cutoff=time(16)).explain()
    assert "setelah jam layanan (pukul 16.00), dianggap diterima Selasa, 14 Oktober 2025" in text


# ---------------------------------------------------------------- extension
def test_extension_across_idul_adha_waisak_and_pancasila(cal):
    # 10 HK from Mon 4 May 2026 = Wed 20 May; +7 skips Idul Adha Wed 27 May, cuti Thu 28,
    # Waisak Sun 31 May and Pancasila Mon 1 Jun: Wed 3 Jun.
    d = add_working_days(cal, datetime(2026, 5, 4, 9), 10, WIB)
    e = extend(cal, d)
    assert (d.due, e.due) == (D("2026-05-20"), D("2026-06-03"))
    assert (e.days, e.base_days, e.extension_days) == (17, 10, 7)
    assert "+ 10 hari kerja + perpanjangan 7 hari kerja" in e.explain()
    # the same as counting 7 working days from the old due date
    assert add_working_days(cal, d.due, 7, WIB).due == e.due


def test_extension_of_the_ppid_md_example(cal):
    d = add_working_days(cal, datetime(2026, 3, 16, 9), 10, WIB)
    assert extend(cal, d).due == D("2026-04-16")


# ---------------------------------------------------------------- calendar edited mid-request
def test_override_added_mid_request_moves_the_due_date_and_the_version(cal):
    received = datetime(2026, 3, 2, 9)
    before = add_working_days(cal, received, 10, WIB)
    assert before.due == D("2026-03-16")
    edited = cal.with_overrides(
        Override(D("2026-03-10"), "Hari Jadi Kota", Kind.LIBUR_DAERAH, "Perda No. 1 Tahun 2026")
    )
    after = add_working_days(edited, received, 10, WIB)
    assert after.due == D("2026-03-17")
    assert after.calendar_version != before.calendar_version
    assert edited.reasons(D("2026-03-10")) == ("libur daerah: Hari Jadi Kota",)
    assert edited.holidays_on(D("2026-03-10"))[0].basis == "Perda No. 1 Tahun 2026"
    # removing the row again restores the original calendar
    restored = edited.with_overrides(Override(D("2026-03-10"), remove=True))
    assert add_working_days(restored, received, 10, WIB) == before
    assert restored.version == cal.version


def test_override_that_changes_no_date_keeps_the_version(cal):
    renamed = cal.with_overrides(
        Override(D("2026-03-22"), "Idul Fitri hari kedua", Kind.LIBUR_NASIONAL),  # a Sunday
        Override(D("2026-03-01"), "Hari libur di hari Minggu", Kind.LIBUR_DAERAH),
    )
    assert renamed.version == cal.version
    assert renamed.version_for([2025]) == cal.version_for([2025])


def test_version_covers_only_the_years_used(cal):
    d = add_working_days(cal, datetime(2026, 3, 16), 10, WIB)
    assert d.calendar_version == cal.version_for([2026])
    edited_2027 = cal.with_overrides(Override(D("2027-07-01"), "Libur", Kind.LAINNYA))
    assert add_working_days(edited_2027, datetime(2026, 3, 16), 10, WIB) == d
    assert edited_2027.version != cal.version
    across = add_working_days(cal, datetime(2025, 12, 22), 10, WIB)
    assert across.calendar_version == cal.version_for([2025, 2026])


def test_version_is_stable_and_follows_policy(cal):
    again = Calendar.from_holidays([2028, 2027, 2026, 2025, 2025])
    assert again.version == cal.version
    assert cal.version.startswith("wd1-")
    assert cal.with_policy(cuti_bersama_off=False).version != cal.version
    assert cal.with_policy(saturday_off=False).version != cal.version


def test_removed_cuti_bersama_becomes_a_working_day(cal):
    # an office told to open on Thu 24 Dec 2026 (cuti bersama withdrawn)
    edited = cal.with_overrides(Override(D("2026-12-24"), remove=True))
    assert edited.is_working_day(D("2026-12-24"))
    assert add_working_days(edited, datetime(2026, 12, 21), 10, WIB).due == D("2027-01-07")


# ---------------------------------------------------------------- fixing the package
def test_override_reclassifies_18_agustus_2025(cal):
    """Some announcements called Mon 18 Aug 2025 a "hari libur"; the package files it as cuti
    bersama. An office that works cuti bersama but reads it as a holiday fixes it with a row."""
    worked = cal.with_policy(cuti_bersama_off=False)
    assert add_working_days(worked, datetime(2025, 8, 11), 10, WIB).due == D("2025-08-25")
    fixed = worked.with_overrides(
        Override(
            D("2025-08-18"),
            "Hari libur 18 Agustus 2025",
            Kind.LIBUR_NASIONAL,
            "SKB 3 Menteri perubahan 2025",
        )
    )
    assert add_working_days(fixed, datetime(2025, 8, 11), 10, WIB).due == D("2025-08-26")


def test_override_supplies_missing_cuti_bersama_2028(cal):
    # holidays 0.109 has no cuti bersama for 2028: a deadline over New Year 2028 says so
    d = add_working_days(cal, datetime(2027, 12, 20, 9), 10, WIB)
    assert d.due == D("2028-01-04")
    assert any("2028 belum memuat cuti bersama" in n for n in d.notes)
    # with the 2028 list entered from the SKB (here a made-up cuti bersama on Mon 3 Jan 2028)
    fixed = cal.with_overrides(Override(D("2028-01-03"), "Cuti Bersama Tahun Baru", Kind.CUTI_BERSAMA, "SKB 2028"))
    d2 = add_working_days(fixed, datetime(2027, 12, 20, 9), 10, WIB)
    assert d2.due == D("2028-01-05")
    assert not any("cuti bersama" in n for n in d2.notes)


def test_override_confirms_estimated_idul_fitri_2027(cal):
    d = add_working_days(cal, datetime(2027, 3, 5, 9), 10, WIB)
    assert any("perkiraan" in n for n in d.notes)
    confirmed = cal.with_overrides(
        Override(D("2027-03-10"), "Hari Raya Idul Fitri 1448 H", Kind.LIBUR_NASIONAL, "SKB 2027"),
        Override(D("2027-03-11"), "Hari Raya Idul Fitri 1448 H", Kind.LIBUR_NASIONAL, "SKB 2027"),
    )
    d2 = add_working_days(confirmed, datetime(2027, 3, 5, 9), 10, WIB)
    assert d2.due == d.due == D("2027-03-31")
    assert d2.calendar_version == d.calendar_version  # same dates, same version
    assert not any("perkiraan" in n for n in d2.notes)


# ---------------------------------------------------------------- hand-built calendars
def test_calendar_without_the_package():
    seed = {D("2026-03-19"): (Holiday(D("2026-03-19"), "Nyepi", Kind.LIBUR_NASIONAL),)}
    cal = Calendar(years=(2026,), seed=seed)
    assert add_working_days(cal, datetime(2026, 3, 16), 4, WIB).due == D("2026-03-23")
    assert add_working_days(cal, datetime(2026, 3, 16), 4, WIB).notes == ()


def test_regional_holiday_only_in_its_calendar(cal):
    bali = cal.with_overrides(Override(D("2026-03-25"), "Hari Raya Galungan", Kind.LIBUR_DAERAH, "SE Gubernur Bali"))
    assert add_working_days(cal, datetime(2026, 3, 24), 1, WIB).due == D("2026-03-25")
    assert add_working_days(bali, datetime(2026, 3, 24), 1, "WITA").due == D("2026-03-26")


# ---------------------------------------------------------------- working_days_between
@pytest.mark.parametrize(
    "start, end, expected",
    [
        ("2026-03-16", "2026-04-07", 10),
        ("2026-03-16", "2026-03-16", 0),
        ("2026-03-21", "2026-03-25", 1),  # received on Idul Fitri, answered day 1
        ("2026-03-21", "2026-03-24", 0),
        ("2026-04-07", "2026-03-16", -10),
        ("2025-12-22", "2026-01-08", 10),
    ],
)
def test_working_days_between(cal, start, end, expected):
    assert working_days_between(cal, D(start), D(end)) == expected


def test_working_days_between_datetimes(cal):
    start = datetime(2026, 3, 16, 16, 30, tzinfo=UTC)  # Tue 17 Mar in WIT
    end = datetime(2026, 4, 7, 10, tzinfo=UTC)
    assert working_days_between(cal, start, end, tz=WIB) == 10
    assert working_days_between(cal, start, end, tz=WIT) == 9
    late = datetime(2025, 10, 13, 17, 30)
    assert working_days_between(cal, late, D("2025-10-27")) == 10
    assert working_days_between(cal, late, D("2025-10-27"), cutoff=time(16)) == 9


# ---------------------------------------------------------------- bad input
def test_bad_input(cal):
    with pytest.raises(ValueError, match="negatif"):
        add_working_days(cal, datetime(2026, 3, 16), -1, WIB)
    with pytest.raises(UnknownTimeZone, match="Zona waktu tidak dikenal"):
        add_working_days(cal, datetime(2026, 3, 16), 10, "Asia/Atlantis")
    with pytest.raises(TypeError):
        add_working_days(cal, datetime(2026, 3, 16), 1.5, WIB)  # type: ignore[arg-type]
    with pytest.raises(CalendarRangeError, match="tahun 2024"):
        add_working_days(cal, datetime(2024, 12, 20), 10, WIB)
    short = Calendar.from_holidays([2026])
    with pytest.raises(CalendarRangeError, match="tahun 2027"):
        add_working_days(short, datetime(2026, 12, 21), 10, WIB)


def test_format_date():
    assert format_date(D("2026-08-17")) == "Senin, 17 Agustus 2026"


# ---------------------------------------------------------------- the command line
def run(*argv: str) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = tenggat_cli.main(list(argv), stdout=out)
    return code, out.getvalue().splitlines()


def test_cli_ppid_md_example():
    code, lines = run("--diterima", "2026-03-16T09:00", "--hari", "10")
    assert code == 0
    assert lines[-1] == "2026-04-07"
    assert lines[0] == "2026-03-18 Rabu: cuti bersama: Cuti Bersama Hari Suci Nyepi"
    assert len(lines) == 13  # 12 skipped days, then the date


@pytest.mark.parametrize(
    "argv, due",
    [
        (["--cuti-bersama-kerja"], "2026-03-31"),
        (["--cuti-bersama-libur"], "2026-04-07"),
        (["--zona", "Asia/Makassar"], "2026-04-07"),
        (["--hari", "17"], "2026-04-16"),
        (["--sabtu-kerja", "--cuti-bersama-kerja"], "2026-03-30"),  # Sat 21 is Idul Fitri
        (["--libur", "2026-03-25:daerah:Hari Jadi"], "2026-04-08"),
        (["--bukan-libur", "2026-03-18"], "2026-04-06"),
        (["--jelaskan"], "2026-04-07"),
    ],
)
def test_cli_options(argv, due):
    base = ["--diterima", "2026-03-16T09:00", "--hari", "10"]
    code, lines = run(*base, *argv)
    assert (code, lines[-1]) == (0, due)


def test_cli_zone_and_cutoff():
    code, lines = run("--diterima", "2026-03-16T23:30+07:00", "--hari", "10", "--zona", "WIT")
    assert (code, lines[-1]) == (0, "2026-04-08")
    code, lines = run("--diterima", "2025-10-13T17:30", "--hari", "10", "--jam-tutup", "16:00")
    assert (code, lines[-1]) == (0, "2025-10-28")
    assert any(line.startswith("catatan: Diterima setelah jam layanan") for line in lines)


def test_cli_explain_line():
    code, lines = run("--diterima", "2026-03-16T09:00", "--hari", "10", "--jelaskan")
    assert any(line.startswith("Jatuh tempo Selasa, 7 April 2026") for line in lines)
    assert any(line.startswith("versi kalender: wd1-") for line in lines)


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--diterima", "16-03-2026", "--hari", "10"], "tanggal/waktu diterima tidak sah"),
        (["--diterima", "2026-02-30T09:00", "--hari", "10"], "tidak sah"),
        (["--diterima", "2026-03-16", "--hari", "-1"], "tidak boleh negatif"),
        (["--diterima", "2026-03-16", "--hari", "sepuluh"], "bilangan bulat"),
        (["--diterima", "2026-03-16", "--hari", "5000"], "paling banyak"),
        (["--diterima", "2026-03-16", "--hari", "10", "--zona", "Mars/Olympus"],
         "Zona waktu tidak dikenal"),
        (["--hari", "10"], "argumen wajib belum diisi: --diterima"),
        (["--diterima", "2026-03-16", "--hari", "10", "--cuti-bersama-kerja",
          "--cuti-bersama-libur"], "tidak boleh dipakai bersama"),
        (["--diterima", "2026-03-16", "--hari", "10", "--jam-tutup", "25:00"], "jam tidak sah"),
        (["--diterima", "2026-03-16", "--hari", "10", "--libur", "2026-03-25:pesta"],
         "jenis hari libur tidak dikenal"),
        (["--diterima", "", "--hari", "10"], "tidak sah"),
    ],
)  # fmt: skip
def test_cli_bad_input_exits_2(capsys, argv, message):
    code, lines = run(*argv)
    assert code == 2
    assert lines == []
    err = capsys.readouterr().err
    assert message in err
    assert "galat" in err


def test_cli_help_exits_0(capsys):
    code, _ = run("--help")
    assert code == 0
    assert "jatuh tempo" in capsys.readouterr().out
