"""The tracking page tells the requester's story: what happened, what comes next and by when, and the right to object."""

from __future__ import annotations

import pytest
from freezegun import freeze_time
from helpers.ppid import answered_request, at, make_request

pytestmark = pytest.mark.django_db


def _page(client, req, suffix=""):
    return client.get(f"/layanan/lacak/{req.tracking_code}/{suffix}").content.decode()


@freeze_time("2026-03-20 03:00:00")
def test_history_tells_the_receipt_in_a_sentence_with_the_house_date(client, offices, ppid):
    req = make_request(offices["demak"], ppid)
    page = _page(client, req)
    assert "16 Mar 2026 09.00 WIB" in page
    assert f"Permohonan diterima melalui Datang langsung dan dicatat dengan nomor {req.number}." in page


@freeze_time("2026-03-20 03:00:00")
def test_next_step_names_the_legal_deadline(client, offices, ppid):
    req = make_request(offices["demak"], ppid)  # received 16 March: day 10 skips Nyepi and the Lebaran leave
    assert "PPID wajib memberikan pemberitahuan tertulis kepada Anda paling lambat 7 Apr 2026" in _page(client, req)


@freeze_time("2026-03-20 03:00:00")
def test_extension_appears_in_the_history_with_the_new_due_date(client, offices, ppid):
    req = make_request(offices["demak"], ppid)
    req.extend(ppid, "Dokumen masih di arsip kecamatan")
    req.refresh_from_db()
    page = _page(client, req)
    assert "PPID memperpanjang jangka waktu 7 hari kerja, sampai 16 Apr 2026." in page
    assert "setelah perpanjangan" in page


@freeze_time("2026-03-25 03:00:00")
def test_written_notice_appears_in_the_history(client, offices, ppid):
    req = answered_request(offices["demak"], ppid, "refused", notified_at=at(2026, 3, 24))
    page = _page(client, req)
    assert "PPID memberikan pemberitahuan tertulis. Keputusan: Ditolak." in page


@freeze_time("2026-04-08 03:00:00")
def test_overdue_request_names_the_right_to_object_and_links_the_form(client, offices, ppid):
    req = make_request(offices["demak"], ppid)  # due 7 April, no notice
    page = _page(client, req)
    assert "Batas waktu pemberitahuan tertulis (7 Apr 2026) sudah lewat tanpa jawaban." in page
    assert "Hak Anda mengajukan keberatan" in page
    assert f'href="/layanan/lacak/{req.tracking_code}/keberatan/"' in page


@freeze_time("2026-03-20 03:00:00")
def test_objection_address_explains_why_it_is_not_open_yet(client, offices, ppid):
    req = make_request(offices["demak"], ppid)
    response = client.get(f"/layanan/lacak/{req.tracking_code}/keberatan/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Keberatan belum dapat diajukan" in page and 'name="grounds"' not in page


@freeze_time("2026-03-20 03:00:00")
def test_tracking_page_offers_no_document_before_one_is_released(client, offices, ppid):
    req = make_request(offices["demak"], ppid)
    page = _page(client, req)
    assert "/ppid/" not in page and ".pdf" not in page and "/dokumen/" not in page
    assert "Dokumen yang dirilis PPID melalui portal ini tampil di sini" in page


def test_mistyped_code_gets_a_friendly_page_with_the_form(client, offices):
    response = client.get("/layanan/lacak/ABCD1234XY/")
    page = response.content.decode()
    assert response.status_code == 404
    assert "Kode tidak ditemukan. Periksa kembali" in page
    assert 'name="code"' in page and 'action="/layanan/lacak/"' in page
    assert "tidak dibagikan kepada kantor Anda" not in page


def test_mistyped_code_on_the_objection_address_gets_the_same_friendly_page(client, offices):
    page = client.get("/layanan/lacak/ABCD1234XY/keberatan/").content.decode()
    assert "Kode tidak ditemukan. Periksa kembali" in page


@freeze_time("2026-03-20 03:00:00")
def test_history_never_names_the_officer(client, offices, ppid):
    req = make_request(offices["demak"], ppid)
    req.extend(ppid, "Dokumen masih di arsip kecamatan")
    assert ppid.username not in _page(client, req)
