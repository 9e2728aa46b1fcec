"""Exports are data, never code: text a requester typed stays text, dates are real dates."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time
from helpers.ppid import make_request, portal_data
from openpyxl import load_workbook  # before any test freezes time: openpyxl keys formats by class

from sigap.lib import spreadsheet
from sigap.ppid.models import InformationRequest

FORMULA = '=HYPERLINK("http://x","klik")'


def _sheet(content: bytes):
    xml = zipfile.ZipFile(io.BytesIO(content)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere in the file itself
    return load_workbook(io.BytesIO(content)).active


def _no_formulas(sheet) -> None:
    assert not [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]


@pytest.mark.django_db
@freeze_time("2026-03-16 03:00:00")
def test_portal_request_with_a_formula_is_plain_text_in_the_register(client, login, ppid, offices):
    response = client.post("/layanan/demak/permohonan/", portal_data(name=FORMULA, purpose=FORMULA))
    assert response.status_code == 302
    req = InformationRequest.objects.get()
    assert req.name == FORMULA and req.number

    response = login(ppid).get("/ppid/register/permohonan/", {"format": "xlsx"})
    sheet = _sheet(response.content)
    _no_formulas(sheet)
    header = [c.value for c in sheet[1]]
    row = sheet[2]
    name, purpose = row[header.index("Nama")], row[header.index("Tujuan penggunaan informasi")]
    assert (name.value, name.data_type) == (FORMULA, "s") and name.quotePrefix
    assert (purpose.value, purpose.data_type) == (FORMULA, "s")
    received = row[header.index("Tanggal")]
    # 03:00 UTC is 10:00 in Demak (WIB): a real date in the office's time, not an ISO string
    assert received.is_date and received.value == datetime(2026, 3, 16, 10, 0)
    assert received.number_format == spreadsheet.DATETIME_FORMAT
    due = row[header.index("Jatuh tempo")]
    assert due.is_date and due.value.date() == req.due_date


@pytest.mark.django_db
@freeze_time("2026-04-20 03:00:00")
def test_objection_register_keeps_formulas_as_text(login, ppid, offices):
    from sigap.ppid.actions import file_objection

    req = make_request(offices["demak"], ppid, name="@SUM(1+1)")
    file_objection(req, {"grounds": ["c"], "case_summary": "x", "purpose": " -2+3"})
    sheet = _sheet(login(ppid).get("/ppid/register/keberatan/", {"format": "xlsx"}).content)
    _no_formulas(sheet)
    row = [c.value for c in sheet[2]]
    assert row[2].startswith("@SUM(1+1)") and row[5] == " -2+3"
    assert isinstance(row[1], datetime) and row[1] == datetime(2026, 4, 20, 10, 0)


@pytest.mark.django_db
@freeze_time("2026-03-16 03:00:00")
def test_register_page_and_pdf_still_show_dates_as_text(login, ppid, offices):
    make_request(offices["demak"], ppid)
    page = login(ppid).get("/ppid/register/permohonan/").content.decode()
    assert "16 Mar 2026 09.00 WIB" in page and "None" not in page


@pytest.mark.parametrize(
    "text, dangerous",
    [
        ("=1+1", True),
        ("+62812", True),
        ("-5", True),
        ("@SUM(A1)", True),
        ("\tx", True),
        ("\r=1", True),
        ("  =1+1", True),
        ("\n=1", True),
        ("Budi", False),
        ("Rp 0", False),
        ("", False),
        ("a=b", False),
    ],
)
def test_formula_detection(text, dangerous):
    assert spreadsheet.looks_like_formula(text) is dangerous


def test_csv_neutralises_formulas_and_writes_local_dates():
    moment = datetime(2026, 3, 16, 3, 0, tzinfo=UTC)
    data = spreadsheet.csv_bytes(
        ["Nama", "Tanggal", "Jatuh tempo"], [[FORMULA, moment, date(2026, 4, 7)]], tz=ZoneInfo("Asia/Makassar")
    )
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[1] == ["'" + FORMULA, "2026-03-16 11:00", "2026-04-07"]


def test_xlsx_helper_writes_text_and_dates():
    moment = datetime(2026, 3, 16, 3, 0, tzinfo=UTC)
    data = spreadsheet.xlsx_bytes(
        "Uji", ["A", "B", "C"], [["=1+1", moment, "bad\x01char"]], tz=ZoneInfo("Asia/Jayapura")
    )
    sheet = _sheet(data)
    _no_formulas(sheet)
    assert [c.value for c in sheet[2]] == ["=1+1", datetime(2026, 3, 16, 12, 0), "badchar"]
