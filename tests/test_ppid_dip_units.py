"""The PPID Utama sees its PPID Pelaksana units' DIP in one place, on the desk's list and on the public
page; another tree's office never sees the drafts, the public only published entries."""

from __future__ import annotations

from datetime import date

import pytest
from freezegun import freeze_time
from helpers.ppid import make_dip_entry

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen")]
LIST = "/ppid/dip/"
PUBLIC = "/layanan/demak/dip/"


@pytest.fixture
def frozen():
    with freeze_time("2026-03-16 03:00:00"):
        yield


@pytest.fixture
def unit_entries(offices, pelaksana_unit):
    """Demak's own entry, and the Dinas Pendidikan unit's: one overdue, one draft."""
    make_dip_entry(offices["demak"], "Laporan keuangan 2025", last_reviewed_on=date(2026, 2, 1))
    make_dip_entry(pelaksana_unit, "Data sekolah penerima BOS", last_reviewed_on=date(2025, 1, 15))
    make_dip_entry(pelaksana_unit, "Rencana rehab gedung sekolah", published=False)
    return pelaksana_unit


def _row(page: str, text: str) -> str:
    start = page.rindex("<tr", 0, page.index(text))
    return page[start : page.index("</tr>", start)]


def test_the_ppid_utama_lists_the_units_entries_with_the_unit_name(login, ppid, unit_entries):
    page = login(ppid).get(LIST).content.decode()
    assert "Dinas Pendidikan Demak" in _row(page, "Data sekolah penerima BOS")
    assert "Laporan keuangan 2025" in page and "Rencana rehab gedung sekolah" in page


def test_an_overdue_unit_entry_is_flagged_on_the_desk_list(login, ppid, unit_entries):
    page = login(ppid).get(LIST).content.decode()
    assert "perlu diperbarui" in _row(page, "Data sekolah penerima BOS").lower()
    assert "perlu diperbarui" not in _row(page, "Laporan keuangan 2025").lower()


def test_the_desk_list_filters_by_unit(login, ppid, unit_entries):
    page = login(ppid).get(LIST, {"kantor": unit_entries.pk}).content.decode()
    assert "Data sekolah penerima BOS" in page and "Laporan keuangan 2025" not in page


def test_an_officer_of_another_tree_gets_404_on_the_units_list(login, outsider_ppid, unit_entries):
    client = login(outsider_ppid)
    assert client.get(LIST, {"kantor": unit_entries.pk}).status_code == 404
    assert "Rencana rehab gedung sekolah" not in client.get(LIST).content.decode()


def test_the_unit_officer_does_not_see_the_utama_entries(login, unit_entries):
    page = login(unit_entries.officer).get(LIST).content.decode()
    assert "Data sekolah penerima BOS" in page and "Laporan keuangan 2025" not in page


def test_the_public_page_of_the_utama_lists_the_units_published_entries(client, unit_entries):
    page = client.get(PUBLIC).content.decode()
    assert "Dinas Pendidikan Demak" in _row(page, "Data sekolah penerima BOS")
    assert "Rencana rehab gedung sekolah" not in page


def test_the_public_sees_honestly_that_a_unit_entry_is_overdue(client, unit_entries):
    row = _row(client.get(PUBLIC).content.decode(), "Data sekolah penerima BOS")
    assert "Belum diperbarui sejak 15 Januari 2025" in row


def test_the_public_downloads_a_unit_entrys_document_from_the_utama_page(client, unit_entries):
    from django.core.files.base import ContentFile
    from helpers.ppid import PDF

    from sigap.ppid.models import DIPEntry

    entry = DIPEntry.objects.get(summary="Data sekolah penerima BOS")
    entry.document_content_type = "application/pdf"
    entry.document.save("bos.pdf", ContentFile(PDF))
    link = f"/layanan/demak-disdik/dip/{entry.pk}/dokumen/"
    assert f'href="{link}"' in client.get(PUBLIC).content.decode()
    assert client.get(link).status_code == 200


def test_the_category_filter_keeps_the_units_entries(client, unit_entries):
    assert "Data sekolah penerima BOS" in client.get(PUBLIC, {"kategori": "berkala"}).content.decode()
