"""Analysts take the document search and the issue list out as CSV or XLSX: the rows the page
shows them (same filters, same access), Indonesian headers, real dates and numbers, audited."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook

from sigap.core.models import AuditEvent
from sigap.monitoring import exports
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records

PERIOD = {"start": "2026-03-01", "end": "2026-03-02"}
# 16:30 UTC on 1 March is 23:30 in Demak (WIB).
LATE = datetime(2026, 3, 1, 16, 30, tzinfo=UTC)


@pytest.fixture
def posts(source):
    store_records(
        source,
        [
            Record("1", "x", "Banjir di Karanganyar, warga mengungsi", LATE, author="wargademak", likes=12, views=300),
            Record("2", "x", "Harga cabai naik di pasar Bintoro", datetime(2026, 3, 1, 3, 0, tzinfo=UTC)),
        ],
    )


def _csv(response) -> list[list[str]]:
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def _sheet(response):
    assert response.status_code == 200
    assert response["Content-Type"] == exports.FORMATS["xlsx"]
    return load_workbook(io.BytesIO(b"".join(response.streaming_content))).active


def test_csv_export_holds_the_documents_the_search_finds(login, analyst, posts):
    rows = _csv(login(analyst).get("/dokumen/ekspor.csv", {**PERIOD, "q": "banjir"}))
    assert rows[0] == exports.DOCUMENT_COLUMNS
    assert [r[rows[0].index("Cuplikan teks")] for r in rows[1:]] == ["Banjir di Karanganyar, warga mengungsi"]


def test_csv_export_gives_an_outsider_nothing_of_another_office(login, outsider, posts):
    rows = _csv(login(outsider).get("/dokumen/ekspor.csv", PERIOD))
    assert rows == [exports.DOCUMENT_COLUMNS]


def test_csv_export_writes_moments_in_office_time(login, analyst, posts):
    rows = _csv(login(analyst).get("/dokumen/ekspor.csv", {**PERIOD, "q": "banjir"}))
    assert rows[1][rows[0].index("Terbit")] == "2026-03-01 23:30"


def test_xlsx_export_has_real_dates_and_numbers(login, analyst, posts):
    sheet = _sheet(login(analyst).get("/dokumen/ekspor.xlsx", {**PERIOD, "q": "banjir"}))
    header = [c.value for c in sheet[1]]
    row = sheet[2]
    published = row[header.index("Terbit")]
    assert published.is_date and published.value == datetime(2026, 3, 1, 23, 30)
    assert row[header.index("Suka")].value == 12 and row[header.index("Dilihat")].value == 300


def test_export_is_audited_with_its_format_and_rows(login, analyst, posts):
    _csv(login(analyst).get("/dokumen/ekspor.csv", PERIOD))
    event = AuditEvent.objects.get(action="document.exported")
    assert event.actor == analyst and event.data["format"] == "csv" and event.data["rows"] == 2


def test_export_past_the_cap_ends_with_a_note(login, analyst, posts, monkeypatch):
    monkeypatch.setattr(exports, "EXPORT_LIMIT", 1)
    rows = _csv(login(analyst).get("/dokumen/ekspor.csv", PERIOD))
    assert len(rows) == 3  # header, the newest document, the note
    assert rows[2][0].startswith("Catatan: berkas ini hanya memuat 1 baris terbaru dari 2")


def test_search_with_an_error_is_not_exported(login, analyst, posts):
    response = login(analyst).get("/dokumen/ekspor.csv", {"q": "banjir AND"})
    assert response.status_code == 302 and response["Location"].startswith("/dokumen/?")
    assert not AuditEvent.objects.filter(action="document.exported").exists()


def test_document_list_offers_both_exports_with_its_filters(login, analyst, posts):
    page = login(analyst).get("/dokumen/", {"q": "banjir"}).content.decode()
    assert 'href="/dokumen/ekspor.csv?q=banjir"' in page and 'href="/dokumen/ekspor.xlsx?q=banjir"' in page


def test_issue_list_csv_export_holds_the_listed_issues(login, analyst, flood_issue):
    rows = _csv(login(analyst).get("/isu/ekspor.csv", {"level": "krisis"}))
    assert rows[0][0] == "Judul" and [r[0] for r in rows[1:]] == [flood_issue.title]


def test_issue_list_export_respects_its_filters(login, analyst, flood_issue):
    rows = _csv(login(analyst).get("/isu/ekspor.csv", {"level": "isu"}))
    assert len(rows) == 1


def test_issue_list_export_gives_an_outsider_nothing_of_another_office(login, outsider, flood_issue):
    assert len(_csv(login(outsider).get("/isu/ekspor.csv"))) == 1


def test_issue_list_xlsx_has_real_dates(login, analyst, flood_issue):
    sheet = _sheet(login(analyst).get("/isu/ekspor.xlsx"))
    header = [c.value for c in sheet[1]]
    last = sheet[2][header.index("Dokumen terakhir")]
    assert last.is_date and sheet[2][header.index("Jumlah dokumen")].value == 12
    assert AuditEvent.objects.filter(action="issue.exported", actor=analyst).exists()
