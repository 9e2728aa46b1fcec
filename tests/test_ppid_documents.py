"""Registers (XLSX, PDF), generated letters and the report: real files with the right content."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from freezegun import freeze_time
from helpers.ppid import make_request

pytestmark = pytest.mark.django_db


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@freeze_time("2026-04-10 03:00:00")
def test_request_register_xlsx_has_one_row_per_request(login, ppid, offices):
    from openpyxl import load_workbook

    first = make_request(offices["demak"], ppid)
    make_request(offices["demak"], ppid, name="Ani", information="Data stunting")
    make_request(offices["kemensos"], None, name="Orang lain")
    first.notify(ppid, "granted", notice_text="Salinan", cost=0)
    response = login(ppid).get("/ppid/register/permohonan/", {"format": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("No. pendaftaran", "Tanggal", "Nama")
    assert [r[0] for r in rows[1:]] == ["001/PPID/DEMAK/2026", "002/PPID/DEMAK/2026"]
    assert rows[1][11] == "Diterima" and rows[1][13] == datetime(2026, 4, 10)
    assert rows[2][2] == "Ani"


@freeze_time("2026-04-10 03:00:00")
def test_request_register_pdf_contains_the_registration_number(login, ppid, offices):
    make_request(offices["demak"], ppid)
    response = login(ppid).get("/ppid/register/permohonan/", {"format": "pdf"})
    assert response["Content-Type"] == "application/pdf"
    assert "001/PPID/DEMAK/2026" in _pdf_text(response.content)


@freeze_time("2026-04-20 03:00:00")
def test_objection_register_xlsx(login, ppid, offices):
    from openpyxl import load_workbook

    from sigap.ppid.actions import file_objection

    req = make_request(offices["demak"], ppid)
    file_objection(req, {"grounds": ["c", "g"], "case_summary": "Tidak dijawab"})
    sheet = load_workbook(io.BytesIO(login(ppid).get("/ppid/register/keberatan/", {"format": "xlsx"}).content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][0] == "KEB-001/PPID/DEMAK/2026" and rows[1][3] == "001/PPID/DEMAK/2026"
    assert "c. permintaan informasi tidak ditanggapi" in rows[1][6]


@freeze_time("2026-03-30 03:00:00")
@pytest.mark.parametrize("kind", ["receipt", "extension", "notice"])
def test_letters_are_real_pdfs_with_the_number(login, ppid, offices, kind):
    req = make_request(offices["demak"], ppid)
    req.extend(ppid, "Data di 14 kecamatan")
    req.notify(
        ppid, "partly_granted", redaction_notes="NIK penerima dihitamkan (Pasal 17 huruf h)", notice_text="Daftar"
    )
    text = _pdf_text(login(ppid).get(f"/ppid/permohonan/{req.pk}/dokumen/{kind}.pdf").content)
    assert "001/PPID/DEMAK/2026" in text and "Pemkab Demak".upper() in text.upper()


@freeze_time("2026-03-30 03:00:00")
def test_refusal_decision_cites_pasal_17_and_the_consequence_test(login, ppid, offices):
    from sigap.ppid.models import ConsequenceTest

    test = ConsequenceTest.objects.create(
        office=offices["demak"],
        document="Data penerima bansos",
        information="NIK",
        ground="h",
        legal_basis="UU 27/2022 Pelindungan Data Pribadi",
        consequence="Membuka data pribadi penerima",
        decided_on=date(2026, 1, 5),
        exempt_until=date(2031, 1, 5),
    )
    req = make_request(offices["demak"], ppid)
    req.notify(ppid, "refused", refusal_ground="h", consequence_test=test)
    text = _pdf_text(login(ppid).get(f"/ppid/permohonan/{req.pk}/dokumen/refusal.pdf").content)
    assert "Pasal 17 huruf h" in text and "UU 27/2022" in text and "5 Januari 2031" in text


@freeze_time("2026-12-30 03:00:00")
def test_annual_report_statistics_and_exports(login, ppid, offices):
    from docx import Document

    from sigap.ppid.models import ServiceReport

    a = make_request(offices["demak"], ppid)  # received 16 March
    a.notify(ppid, "granted", notice_text="x", notified_at=_at(2026, 3, 27))  # 4 working days later (cuti bersama)
    b = make_request(offices["demak"], ppid)
    b.notify(ppid, "refused", refusal_ground="h", consequence_test=_ct(offices["demak"]), notified_at=_at(2026, 4, 14))
    report = ServiceReport.objects.create(
        office=offices["demak"],
        title="Laporan Layanan Informasi Publik 2026",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
        obstacles="Jaringan internet di kecamatan",
    )
    client = login(ppid)
    page = client.get(f"/ppid/laporan/{report.pk}/").content.decode()
    assert 'Jumlah permohonan</td><td class="num">2' in page
    stats = page  # median of 4 and 15 working days
    assert "9.5 / 15" in stats or "9,5 / 15" in stats
    text = _pdf_text(client.get(f"/ppid/laporan/{report.pk}/unduh.pdf").content)
    assert "Jaringan internet di kecamatan" in text
    doc = Document(io.BytesIO(client.get(f"/ppid/laporan/{report.pk}/unduh.docx").content))
    assert any("Kendala eksternal" in p.text for p in doc.paragraphs)


def _at(y, m, d):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime(y, m, d, 10, tzinfo=ZoneInfo("Asia/Jakarta"))


def _ct(office):
    from sigap.ppid.models import ConsequenceTest

    return ConsequenceTest.objects.create(
        office=office,
        document="d",
        information="i",
        ground="h",
        legal_basis="UU",
        consequence="c",
        decided_on=date(2026, 1, 1),
        exempt_until=date(2030, 1, 1),
    )
