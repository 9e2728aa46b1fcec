"""The PPID desk keeps the DIP current: entries past their update interval are listed at
/ppid/dip/perlu-diperbarui/ (the PPID Utama sees its PPID Pelaksana units' entries there too), a new
document or "still current" starts the interval again."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from freezegun import freeze_time
from helpers.ppid import PDF, PNG, make_dip_entry

from sigap.core.models import AuditEvent

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen")]
REVIEW = "/ppid/dip/perlu-diperbarui/"


@pytest.fixture
def frozen():
    with freeze_time("2026-03-16 03:00:00"):
        yield


def test_an_entry_past_its_interval_is_listed_and_a_current_one_is_not(login, ppid, offices):
    make_dip_entry(offices["demak"], "Laporan keuangan 2024", last_reviewed_on=date(2025, 1, 15))
    make_dip_entry(offices["demak"], "Laporan keuangan 2025", last_reviewed_on=date(2026, 2, 1))
    page = login(ppid).get(REVIEW).content.decode()
    assert "Laporan keuangan 2024" in page and "Laporan keuangan 2025" not in page


def test_an_entry_available_at_any_time_is_due_after_twelve_months(login, ppid, offices):
    make_dip_entry(offices["demak"], "SOP layanan informasi", category="setiap_saat", last_reviewed_on=date(2025, 3, 1))
    make_dip_entry(offices["demak"], "Rencana kerja 2026", category="setiap_saat", last_reviewed_on=date(2025, 9, 1))
    page = login(ppid).get(REVIEW).content.decode()
    assert "SOP layanan informasi" in page and "Rencana kerja 2026" not in page


def test_immediate_information_not_yet_announced_is_listed(login, ppid, offices):
    make_dip_entry(offices["demak"], "Peringatan dini banjir", category="serta_merta", published=False)
    page = login(ppid).get(REVIEW).content.decode()
    assert "Peringatan dini banjir" in page and "belum diumumkan" in page


def test_the_ppid_utama_sees_its_units_entries_under_the_unit(login, ppid, offices, pelaksana_unit):
    make_dip_entry(pelaksana_unit, "Data sekolah penerima BOS", last_reviewed_on=date(2025, 1, 15))
    page = login(ppid).get(REVIEW).content.decode()
    section = page[page.index('id="dip-review-demak-disdik"') :]
    assert "Dinas Pendidikan Demak" in section and "Data sekolah penerima BOS" in section


def test_a_unit_officer_does_not_see_the_ppid_utama_entries(login, offices, pelaksana_unit):
    make_dip_entry(offices["demak"], "Laporan keuangan 2024", last_reviewed_on=date(2025, 1, 15))
    assert "Laporan keuangan 2024" not in login(pelaksana_unit.officer).get(REVIEW).content.decode()


def test_an_officer_of_another_office_does_not_see_the_entries(login, outsider_ppid, offices):
    make_dip_entry(offices["demak"], "Laporan keuangan 2024", last_reviewed_on=date(2025, 1, 15))
    assert "Laporan keuangan 2024" not in login(outsider_ppid).get(REVIEW).content.decode()


def test_an_outsider_gets_404_on_the_offices_list(login, outsider, ppid, offices):
    assert login(outsider).get(REVIEW, {"kantor": offices["demak"].pk}).status_code == 404


def test_a_signed_in_user_without_an_office_gets_404(login):
    from helpers.users import make_user

    assert login(make_user("tanpa.kantor")).get(REVIEW).status_code == 404


def test_an_analyst_of_the_office_gets_403(login, analyst, offices):
    client = login(analyst)
    assert client.get(REVIEW).status_code == 403
    assert client.get(REVIEW, {"kantor": offices["demak"].pk}).status_code == 403


def test_still_current_takes_the_entry_off_the_list_and_the_public_flag_away(client, login, ppid, offices):
    entry = make_dip_entry(offices["demak"], "Laporan keuangan 2024", last_reviewed_on=date(2025, 1, 15))
    staff = login(ppid)
    assert staff.post(f"/ppid/dip/{entry.pk}/masih-berlaku/").status_code == 302
    assert "Laporan keuangan 2024" not in staff.get(REVIEW).content.decode()
    assert "Belum diperbarui" not in client.get("/layanan/demak/dip/").content.decode()
    assert AuditEvent.objects.filter(action="dip_entry.changed", target_id=str(entry.pk)).exists()


def test_a_new_document_is_downloadable_by_the_public_and_counts_as_an_update(client, login, ppid, offices):
    entry = make_dip_entry(offices["demak"], "Laporan keuangan 2024", last_reviewed_on=date(2025, 1, 15))
    staff = login(ppid)
    upload = SimpleUploadedFile("laporan.pdf", PDF, content_type="application/pdf")
    assert staff.post(f"/ppid/dip/{entry.pk}/dokumen/", {"document": upload}).status_code == 302
    assert "Laporan keuangan 2024" not in staff.get(REVIEW).content.decode()
    client.logout()
    response = client.get(f"/layanan/demak/dip/{entry.pk}/dokumen/")
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF


def test_a_file_that_is_not_a_pdf_or_image_is_refused(login, ppid, offices):
    entry = make_dip_entry(offices["demak"])
    upload = SimpleUploadedFile("laporan.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = login(ppid).post(f"/ppid/dip/{entry.pk}/dokumen/", {"document": upload})
    assert response.status_code == 200 and "bukan berkas PDF, JPG atau PNG" in response.content.decode()


def test_a_leader_may_not_upload_a_document(login, leader, offices):
    entry = make_dip_entry(offices["demak"])
    upload = SimpleUploadedFile("foto.png", PNG, content_type="image/png")
    assert login(leader).post(f"/ppid/dip/{entry.pk}/dokumen/", {"document": upload}).status_code == 403


def test_periodic_information_cannot_be_set_to_update_less_often_than_every_6_months(login, ppid, offices):
    data = {
        "office": offices["demak"].pk,
        "summary": "Laporan kinerja",
        "holding_unit": "Bagian Organisasi",
        "responsible": "Kabag Organisasi",
        "made_when_where": "2026, Demak",
        "formats": "PDF",
        "retention": "5 tahun",
        "category": "berkala",
        "review_months": "12",
        "published": "on",
    }
    response = login(ppid).post("/ppid/dip/baru/", data)
    assert response.status_code == 200 and "paling lambat setiap 6 bulan" in response.content.decode()
