"""The public DIP page: entries by UU KIP category, their documents to download, honest "not updated
since", and the DIK as a list with its consequence test, never a document."""

from __future__ import annotations

from datetime import date

import pytest
from freezegun import freeze_time
from helpers.ppid import PDF, make_dik_entry, make_dip_entry

pytestmark = pytest.mark.django_db
PAGE = "/layanan/demak/dip/"


def _section(page: str, anchor: str) -> str:
    """The HTML of one category's section of the page."""
    start = page.index(f'<section class="card" id="{anchor}"')
    return page[start : page.index("</section>", start)]


def test_entries_are_grouped_under_their_category(client, offices):
    make_dip_entry(offices["demak"], "Laporan keuangan tahunan", category="berkala")
    make_dip_entry(offices["demak"], "SK penetapan penerima bansos", category="setiap_saat")
    page = client.get(PAGE).content.decode()
    assert "Laporan keuangan tahunan" in _section(page, "dip-berkala")
    assert "SK penetapan penerima bansos" in _section(page, "dip-setiap_saat")
    assert "SK penetapan penerima bansos" not in _section(page, "dip-berkala")


def test_the_category_filter_shows_only_that_category(client, offices):
    make_dip_entry(offices["demak"], "Laporan keuangan tahunan", category="berkala")
    make_dip_entry(offices["demak"], "SK penetapan penerima bansos", category="setiap_saat")
    page = client.get(PAGE, {"kategori": "setiap_saat"}).content.decode()
    assert "SK penetapan penerima bansos" in page and "Laporan keuangan tahunan" not in page
    assert 'id="dip-berkala"' not in page and 'id="dip-dikecualikan"' not in page


def test_a_visitor_downloads_the_document_of_a_published_entry(client, offices):
    from django.core.files.base import ContentFile

    entry = make_dip_entry(offices["demak"], document_content_type="application/pdf", document_name="lk.pdf")
    entry.document.save("lk.pdf", ContentFile(PDF))
    page = client.get(PAGE).content.decode()
    link = f"/layanan/demak/dip/{entry.pk}/dokumen/"
    assert f'href="{link}"' in page and "Unduh (PDF)" in page
    response = client.get(link)
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF


def test_the_document_of_an_unpublished_entry_is_not_served(client, offices):
    from django.core.files.base import ContentFile

    entry = make_dip_entry(offices["demak"], published=False, document_content_type="application/pdf")
    entry.document.save("draft.pdf", ContentFile(PDF))
    assert client.get(f"/layanan/demak/dip/{entry.pk}/dokumen/").status_code == 404


def test_the_dik_is_listed_with_its_consequence_test_and_no_document(client, offices):
    make_dik_entry(offices["demak"], "Berkas penyidikan dugaan korupsi", document="BAP-2026-001.pdf")
    section = _section(client.get(PAGE).content.decode(), "dip-dikecualikan")
    assert (
        "Berkas penyidikan dugaan korupsi" in section and "Membuka informasi menghambat proses penyidikan." in section
    )
    assert "SK SK-PPID/01/2026" in section
    assert "BAP-2026-001.pdf" not in section and "<a " not in section


@freeze_time("2026-03-16 03:00:00")
def test_an_entry_past_its_interval_says_since_when_it_was_not_updated(client, offices):
    make_dip_entry(offices["demak"], "Laporan keuangan 2024", last_reviewed_on=date(2025, 1, 15))
    make_dip_entry(offices["demak"], "Laporan keuangan 2025", last_reviewed_on=date(2026, 2, 1))
    page = client.get(PAGE).content.decode()
    stale = page[page.index("Laporan keuangan 2024") : page.index("</tr>", page.index("Laporan keuangan 2024"))]
    fresh = page[page.index("Laporan keuangan 2025") : page.index("</tr>", page.index("Laporan keuangan 2025"))]
    assert "Belum diperbarui sejak 15 Januari 2025" in stale
    assert "Belum diperbarui" not in fresh
