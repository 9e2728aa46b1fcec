"""The public request form, tracking page and objection: bad input refused in Indonesian, no personal data shown."""

from __future__ import annotations

import pytest
from freezegun import freeze_time
from helpers.ppid import PDF, ktp, make_request, portal_data

from sigap.ppid.models import Attachment, InformationRequest

pytestmark = pytest.mark.django_db
URL = "/layanan/demak/permohonan/"


def test_form_page_renders_for_the_public(client, offices):
    page = client.get(URL).content.decode()
    assert 'name="nik"' in page and 'name="token"' in page and "2 MB" in page


@freeze_time("2026-03-16 03:00:00")
def test_valid_request_is_registered_with_tracking_code(client, offices):
    response = client.post(URL, portal_data())
    req = InformationRequest.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/layanan/terkirim/{req.tracking_code}/"
    page = client.get(response["Location"]).content.decode()
    assert req.number in page and req.tracking_code in page
    assert req.channel == "portal" and req.nik == "3321014501900001"
    assert Attachment.objects.get(request=req).kind == "ktp"


@pytest.mark.parametrize(
    "nik, message",
    [
        ("12345", "NIK terdiri atas tepat 16 digit."),
        ("9921014501900001", "Dua digit pertama NIK bukan kode provinsi."),
        ("3321019913900001", "Digit 7–12 NIK harus berupa tanggal lahir"),
    ],
)
def test_invalid_nik_is_refused_with_a_clear_message(client, offices, nik, message):
    response = client.post(URL, portal_data(nik=nik))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not InformationRequest.objects.exists()


def test_oversized_attachment_is_refused_with_the_limit(client, offices):
    big = ktp("ktp.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * (2 * 1024 * 1024 + 1))
    response = client.post(URL, portal_data(ktp=big))
    assert "batasnya 2 MB per berkas" in response.content.decode()
    assert not InformationRequest.objects.exists()


def test_wrong_type_attachment_is_refused_by_content(client, offices):
    fake = ktp("ktp.pdf", b"MZ\x90\x00 this is an executable, not a PDF")
    response = client.post(URL, portal_data(ktp=fake))
    assert "bukan berkas PDF, JPG atau PNG" in response.content.decode()
    assert not InformationRequest.objects.exists()


def test_pdf_attachment_is_accepted(client, offices):
    client.post(URL, portal_data(ktp=ktp("ktp.pdf", PDF)))
    assert Attachment.objects.get().content_type == "application/pdf"


def test_incomplete_form_gets_field_level_messages(client, offices):
    response = client.post(URL, portal_data(information="", purpose="", phone="", email="", delivery_method="pick_up"))
    page = response.content.decode()
    assert "Bidang ini tidak boleh kosong." in page
    assert "Isi nomor telepon atau alamat e-mail." in page
    assert not InformationRequest.objects.exists()


def test_double_submit_creates_one_request(client, offices):
    first = client.post(URL, portal_data(token="samesubmit01"))
    second = client.post(URL, portal_data(token="samesubmit01"))
    assert InformationRequest.objects.count() == 1
    assert first["Location"] == second["Location"]


@freeze_time("2026-03-16 03:00:00")
def test_tracking_page_never_shows_personal_data(client, offices):
    client.post(URL, portal_data())
    req = InformationRequest.objects.get()
    page = client.get(f"/layanan/lacak/{req.tracking_code}/").content.decode()
    assert req.number in page and "7 Apr 2026" in page
    for secret in ("3321014501900001", "Jl. Sultan Fatah", "siti@example.id", "081234567890", "ktp", "Siti Rahayu"):
        assert secret not in page


def test_tracking_form_refuses_unknown_code(client, offices):
    response = client.get("/layanan/lacak/", {"code": "ZZZZZZZZZZ"})
    assert "Tidak ada permohonan dengan kode pelacakan ini" in response.content.decode()


def test_unknown_tracking_code_is_404(client, offices):
    assert client.get("/layanan/lacak/NOPE123456/").status_code == 404


@freeze_time("2026-04-08 03:00:00")
def test_objection_from_an_overdue_request(client, offices, ppid):
    req = make_request(offices["demak"], ppid)  # due 7 April, no notice
    page = client.get(f"/layanan/lacak/{req.tracking_code}/keberatan/").content.decode()
    assert 'value="c"' in page and 'value="a"' not in page  # not answered, but nothing refused
    response = client.post(
        f"/layanan/lacak/{req.tracking_code}/keberatan/",
        {"token": "objtoken01", "grounds": ["c", "g"], "case_summary": "Belum ada jawaban", "proxy_name": ""},
    )
    assert response.status_code == 302
    objection = req.objections.get()
    assert objection.grounds == ["c", "g"] and objection.channel == "portal"
    client.post(
        f"/layanan/lacak/{req.tracking_code}/keberatan/",
        {"token": "objtoken01", "grounds": ["c"], "case_summary": "lagi", "proxy_name": ""},
    )
    assert req.objections.count() == 1


@freeze_time("2026-03-20 03:00:00")
def test_no_objection_while_the_request_is_still_within_time(client, offices, ppid):
    req = make_request(offices["demak"], ppid)
    assert "keberatan/" not in client.get(f"/layanan/lacak/{req.tracking_code}/").content.decode()
    client.post(
        f"/layanan/lacak/{req.tracking_code}/keberatan/", {"token": "t1", "grounds": ["c"], "case_summary": "x"}
    )
    assert not req.objections.exists()


def test_required_fields_are_marked_before_sending(client, offices):
    page = client.get(URL).content.decode()
    assert "Kolom bertanda * wajib diisi." in page
    assert 'for="id_name">Nama lengkap <span class="required-mark" aria-hidden="true">*</span>' in page
    assert 'name="name" maxlength="200" aria-required="true" required' in page


def test_optional_fields_carry_no_marker(client, offices):
    page = client.get(URL).content.decode()
    assert 'for="id_occupation">Pekerjaan</label>' in page


def test_the_page_says_what_the_ktp_scan_is_for_before_sending(client, offices):
    page = client.get(URL).content.decode()
    assert "Mengapa pindaian KTP: aturan PPID mewajibkan identitas pemohon (NIK pada KTP) diperiksa" in page
