"""One date form for people: "7 Des 2026 11.35 WIB" / "7 Des 2026" (sigap/lib/waktu.py), on every page."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, date, datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from freezegun import freeze_time
from helpers.ppid import make_request
from openpyxl import load_workbook  # before any test freezes time: openpyxl keys formats by class

from sigap.lib.waktu import format_date, format_date_long, format_datetime

# 04:35 UTC on 7 December 2026 = 11.35 in Jakarta, 12.35 in Makassar, 13.35 in Jayapura.
MOMENT = datetime(2026, 12, 7, 4, 35, tzinfo=UTC)
#: "07-12-2026", "2026-12-07", "07/12/2026": the forms the house rule replaced.
NUMERIC_DATE = re.compile(r"\b\d{1,2}[-/]\d{1,2}[-/]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b")


def visible(page: str) -> str:
    """The text a reader sees: attributes (``<time datetime="...">``, links) keep ISO for machines."""
    page = re.sub(r"<(script|style)\b.*?</\1>", "", page, flags=re.S)
    return re.sub(r"<[^>]*>", " ", page)


@pytest.mark.parametrize(
    "zone, shown",
    [
        ("Asia/Jakarta", "7 Des 2026 11.35 WIB"),
        ("Asia/Makassar", "7 Des 2026 12.35 WITA"),
        ("Asia/Jayapura", "7 Des 2026 13.35 WIT"),
    ],
)
def test_a_moment_is_written_in_the_office_zone(zone, shown):
    assert format_datetime(MOMENT, zone) == shown


def test_midnight_belongs_to_the_new_day():
    assert format_datetime(datetime(2026, 12, 6, 17, 0, tzinfo=UTC), "Asia/Jakarta") == "7 Des 2026 00.00 WIB"


def test_a_naive_moment_is_already_office_time():
    assert format_datetime(datetime(2026, 3, 1, 8, 5), "Asia/Makassar") == "1 Mar 2026 08.05 WITA"


def test_single_digit_days_have_no_leading_zero():
    assert format_date(date(2026, 1, 5)) == "5 Jan 2026"


@pytest.mark.parametrize(
    "month, abbreviation",
    list(enumerate(["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"], start=1)),
)
def test_each_month_has_its_indonesian_abbreviation(month, abbreviation):
    assert format_date(date(2026, month, 17)) == f"17 {abbreviation} 2026"


def test_the_date_of_a_moment_is_the_date_in_the_office_zone():
    new_year_in_papua = datetime(2026, 12, 31, 16, 0, tzinfo=UTC)
    assert (format_date(new_year_in_papua, "Asia/Jakarta"), format_date(new_year_in_papua, "Asia/Jayapura")) == (
        "31 Des 2026",
        "1 Jan 2027",
    )


def test_letters_write_the_month_in_full():
    assert format_date_long(date(2026, 12, 7)) == "7 Desember 2026"
    assert format_date_long(date(2026, 8, 17)) == "17 Agustus 2026"


# ---------------------------------------------------------------- pages


@pytest.mark.django_db
@freeze_time("2026-03-16 03:00:00")
def test_the_ppid_request_page_shows_the_house_form(login, ppid, offices):
    req = make_request(offices["demak"], ppid)
    page = visible(login(ppid).get(reverse("ppid:request_detail", args=[req.pk])).content.decode())
    assert "16 Mar 2026 09.00 WIB" in page  # received
    assert "7 Apr 2026" in page  # due date
    assert not NUMERIC_DATE.findall(page)


@pytest.mark.django_db
@freeze_time("2026-03-16 03:00:00")
def test_the_public_tracking_page_uses_the_office_zone(client, offices):
    offices["demak"].time_zone = "Asia/Makassar"
    offices["demak"].save()
    req = make_request(offices["demak"])
    page = visible(client.get(reverse("portal:track_detail", args=[req.tracking_code])).content.decode())
    assert "16 Mar 2026 10.00 WITA" in page and not NUMERIC_DATE.findall(page)


@pytest.mark.django_db
def test_the_issue_page_shows_the_house_form(login, analyst, offices):
    from sigap.issues.models import Issue, LevelChange

    issue = Issue.objects.create(
        office=offices["demak"],
        title="Banjir Demak",
        level="kasus",
        score=33.1,
        components=[],
        first_at=MOMENT,
        last_at=MOMENT,
    )
    LevelChange.objects.create(
        issue=issue, at=MOMENT, from_level="pemantauan", to_level="kasus", score=33.1, reason="", components=[]
    )
    page = visible(login(analyst).get(f"/isu/{issue.pk}/").content.decode())
    assert "7 Des 2026 11.35 WIB" in page and not NUMERIC_DATE.findall(page)


@pytest.mark.django_db
@freeze_time("2026-12-07 04:35:00")
def test_the_import_page_shows_when_the_file_was_uploaded(
    login, analyst, source, run_tasks, django_capture_on_commit_callbacks
):
    from sigap.monitoring.models import ImportJob

    line = {"id": "d1", "text": "Banjir Demak, warga butuh perahu karet", "published_at": "2026-12-07T08:00:00+07:00"}
    client = login(analyst)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("monitoring:source_import", args=[source.pk]),
            {"file": SimpleUploadedFile("unggahan.jsonl", json.dumps(line).encode()), "format": "auto"},
        )
        run_tasks()
    job = ImportJob.objects.get()
    page = visible(client.get(reverse("monitoring:import_detail", args=[job.pk])).content.decode())
    assert "Diunggah 7 Des 2026 11.35 WIB" in page and not NUMERIC_DATE.findall(page)


@pytest.mark.django_db
@freeze_time("2026-03-16 03:00:00")
def test_the_register_spreadsheet_holds_dates_shown_the_indonesian_way(login, ppid, offices):
    make_request(offices["demak"], ppid)
    content = login(ppid).get("/ppid/register/permohonan/", {"format": "xlsx"}).content
    sheet = load_workbook(io.BytesIO(content)).active
    received = sheet[2][[c.value for c in sheet[1]].index("Tanggal")]
    assert received.is_date and received.value == datetime(2026, 3, 16, 9, 0)
    assert received.number_format == "[$-421]d mmm yyyy hh.mm"  # Indonesian month names in Excel/LibreOffice


@pytest.mark.django_db
@freeze_time("2026-03-16 03:00:00")
def test_the_register_page_writes_moments_with_the_zone(login, ppid, offices):
    make_request(offices["demak"], ppid)
    page = visible(login(ppid).get("/ppid/register/permohonan/").content.decode())
    assert "16 Mar 2026 09.00 WIB" in page and "7 Apr 2026" in page and not NUMERIC_DATE.findall(page)
