"""Editable letter texts and the office letterhead: what the officer writes is what the PDF says."""

from __future__ import annotations

import io

import pytest
from freezegun import freeze_time
from helpers.ppid import make_request

from sigap.core.models import AuditEvent
from sigap.ppid.models import Letterhead, LetterTemplate

pytestmark = pytest.mark.django_db


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 40), (200, 0, 0)).save(out, "PNG")
    return out.getvalue()


BODY = (
    "Yth. {nama_pemohon},\nPermohonan Anda bernomor {nomor_pendaftaran} kami terima pada {tanggal_diterima}.\n"
    "Jawaban paling lambat {jatuh_tempo}. Ditandatangani {nama_pejabat}."
)


@freeze_time("2026-03-16 03:00:00")
def test_edited_receipt_text_and_letterhead_appear_in_the_pdf(login, ppid, offices):
    from django.core.files.uploadedfile import SimpleUploadedFile

    demak = offices["demak"]
    req = make_request(demak, ppid, name="Budi <b>Santoso</b>")
    client = login(ppid)
    response = client.post(
        f"/ppid/surat/{demak.pk}/kop/",
        {
            "name_lines": "PEMERINTAH KABUPATEN DEMAK\nDINAS KOMUNIKASI DAN INFORMATIKA",
            "address": "Jl. Kyai Singkil No. 7, Demak 59511",
            "place": "Demak",
            "signatory_name": "Drs. Agus Wibowo",
            "signatory_position": "PPID Utama",
            "signatory_id": "197001011990031001",
            "logo": SimpleUploadedFile("logo.png", _png(), content_type="image/png"),
        },
    )
    assert response.status_code == 302
    assert Letterhead.objects.get(office=demak).logo
    assert client.post(f"/ppid/surat/{demak.pk}/receipt/", {"body": BODY}).status_code == 302

    text = _pdf_text(client.get(f"/ppid/permohonan/{req.pk}/dokumen/receipt.pdf").content)
    flat = " ".join(text.split())
    assert "Yth. Budi <b>Santoso</b>," in flat  # values are escaped, not interpreted
    assert "Permohonan Anda bernomor 001/PPID/DEMAK/2026 kami terima pada 16 Maret 2026." in flat
    assert "Jawaban paling lambat 7 April 2026. Ditandatangani Drs. Agus Wibowo." in flat
    assert "DINAS KOMUNIKASI DAN INFORMATIKA" in flat and "Jl. Kyai Singkil No. 7" in flat
    assert "PPID Utama" in flat and "NIP 197001011990031001" in flat
    assert AuditEvent.objects.filter(action="ppid_letter_template.created", office=demak).count() == 1
    assert AuditEvent.objects.filter(action="ppid_letterhead.created", office=demak).count() == 1


@freeze_time("2026-03-30 03:00:00")
def test_every_letter_kind_uses_the_office_text_and_the_default_returns_after_reset(login, ppid, offices):
    from sigap.ppid.actions import file_objection

    demak = offices["demak"]
    req = make_request(demak, ppid)
    req.extend(ppid, "Data tersebar di 14 kecamatan")
    client = login(ppid)
    client.post(f"/ppid/surat/{demak.pk}/extension/", {"body": "Diperpanjang karena: {alasan}. Baru: {jatuh_tempo}."})
    flat = " ".join(_pdf_text(client.get(f"/ppid/permohonan/{req.pk}/dokumen/extension.pdf").content).split())
    assert "Diperpanjang karena: Data tersebar di 14 kecamatan. Baru: 16 April 2026." in flat

    client.post(f"/ppid/surat/{demak.pk}/extension/", {"body": "Teks kedua {nomor_pendaftaran}"})
    assert LetterTemplate.objects.get(office=demak, kind="extension").body == "Teks kedua {nomor_pendaftaran}"
    assert AuditEvent.objects.filter(action="ppid_letter_template.changed").count() == 1

    client.post(f"/ppid/surat/{demak.pk}/extension/", {"reset": "1"})
    assert not LetterTemplate.objects.filter(office=demak).exists()
    assert AuditEvent.objects.filter(action="ppid_letter_template.reset").count() == 1
    flat = " ".join(_pdf_text(client.get(f"/ppid/permohonan/{req.pk}/dokumen/extension.pdf").content).split())
    assert "PEMBERITAHUAN PERPANJANGAN JANGKA WAKTU" in flat and "Teks kedua" not in flat

    req.notify(ppid, "refused", refusal_ground="h", consequence_test=_test(demak))
    obj, _ = file_objection(req, {"grounds": ["a"], "case_summary": "Data bansos seharusnya terbuka"})
    client.post(f"/ppid/surat/{demak.pk}/refusal/", {"body": "Ditolak: {alasan}"})
    client.post(f"/ppid/surat/{demak.pk}/objection_receipt/", {"body": "Keberatan {nomor_keberatan}: {alasan}"})
    flat = " ".join(_pdf_text(client.get(f"/ppid/permohonan/{req.pk}/dokumen/refusal.pdf").content).split())
    assert "Ditolak: UU 14/2008 Pasal 17 huruf h" in flat and "UU 27/2022" in flat
    flat = " ".join(_pdf_text(client.get(f"/ppid/keberatan/{obj.pk}/tanda-bukti.pdf").content).split())
    assert "Keberatan KEB-001/PPID/DEMAK/2026: a. penolakan berdasarkan Pasal 17" in flat


def test_unknown_placeholder_is_refused_with_the_allowed_list(login, ppid, offices):
    demak = offices["demak"]
    response = login(ppid).post(f"/ppid/surat/{demak.pk}/notice/", {"body": "NIK Anda {nik} dan {user.password}"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Tempat isian tidak dikenal: {nik}, {user.password}." in page
    assert "Tempat isian yang boleh dipakai: {nomor_pendaftaran}, {tanggal_diterima}" in page
    assert not LetterTemplate.objects.exists()


def test_django_template_syntax_is_not_a_placeholder(login, ppid, offices):
    response = login(ppid).post(f"/ppid/surat/{offices['demak'].pk}/notice/", {"body": "{% debug %} {{ settings }}"})
    assert response.status_code == 200 and not LetterTemplate.objects.exists()
    assert "Tempat isian tidak dikenal" in response.content.decode()


def test_form_starts_from_the_starter_text(login, ppid, offices):
    page = login(ppid).get(f"/ppid/surat/{offices['demak'].pk}/receipt/").content.decode()
    assert "{nomor_pendaftaran}" in page and "Tanda bukti permohonan" in page


def test_outsiders_get_404(login, outsider_ppid, analyst, leader, offices):
    demak = offices["demak"]
    for user in (outsider_ppid, analyst, leader):
        client = login(user)
        assert client.get(f"/ppid/surat/{demak.pk}/receipt/").status_code == 404
        assert client.post(f"/ppid/surat/{demak.pk}/receipt/", {"body": "x"}).status_code == 404
        assert client.post(f"/ppid/surat/{demak.pk}/kop/", {"name_lines": "X"}).status_code == 404
    assert not LetterTemplate.objects.exists() and not Letterhead.objects.exists()
    assert login(analyst).get("/ppid/surat/").status_code == 404


def test_the_letters_page_lists_only_own_offices(login, ppid, offices):
    page = login(ppid).get("/ppid/surat/").content.decode()
    assert "Pemkab Demak" in page and "Kementerian Sosial" not in page


def _test(office):
    from datetime import date

    from sigap.ppid.models import ConsequenceTest

    return ConsequenceTest.objects.create(
        office=office,
        document="Data penerima bansos",
        information="NIK",
        ground="h",
        legal_basis="UU 27/2022 Pelindungan Data Pribadi",
        consequence="Membuka data pribadi",
        decided_on=date(2026, 1, 5),
        exempt_until=date(2031, 1, 5),
    )
