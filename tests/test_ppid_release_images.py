"""A scan released to the requester (a KTP photo, a scanned letter) goes to the public archive the same way
as a PDF: the officer's boxes painted black, the file saved again without its hidden data."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from helpers.ppid import answered_request, at
from PIL import Image

pytestmark = pytest.mark.django_db


def _scan() -> bytes:
    image = Image.new("RGB", (400, 200), "white")
    image.paste((90, 90, 90), (20, 20, 180, 40))  # the NIK line of Siti's KTP
    exif = Image.Exif()
    exif[0x010F] = "Kamera Kantor"
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


@pytest.fixture
def scan_released(login, offices, ppid):
    """Siti's KTP scan released by the Demak PPID officer, also for the archive."""
    from sigap.ppid.models import ReleasedDocument

    req = answered_request(offices["demak"], ppid, notified_at=at(2026, 3, 27), publish_consent=True)
    upload = SimpleUploadedFile("ktp-siti.jpg", _scan())
    login(ppid).post(f"/ppid/permohonan/{req.pk}/dirilis/", {"file": upload, "for_archive": "on"})
    return ReleasedDocument.objects.get(request=req)


def _redact(client, doc, boxes):
    return client.post(f"/ppid/dirilis/{doc.pk}/publik/", {"action": "redact", "boxes": boxes}, follow=True)


def test_an_image_may_go_to_the_archive(scan_released):
    assert scan_released.for_archive and scan_released.content_type == "image/jpeg"


def test_the_officer_blacks_out_the_nik_on_the_scan(login, ppid, scan_released):
    client = login(ppid)
    _redact(client, scan_released, "1, 0, 0, 50, 25")
    response = client.get(f"/ppid/dirilis/{scan_released.pk}/?salinan=publik")
    data = b"".join(response.streaming_content)
    image = Image.open(io.BytesIO(data))
    assert response["Content-Type"] == "image/jpeg"
    assert sum(image.convert("RGB").getpixel((100, 30))) < 30
    assert not dict(image.getexif()) and b"Kamera Kantor" not in data


def test_a_box_on_page_2_of_an_image_is_refused_in_indonesian(login, ppid, scan_released):
    page = _redact(login(ppid), scan_released, "2, 0, 0, 50, 25").content.decode()
    assert "Gambar hanya punya halaman 1" in page
    scan_released.refresh_from_db()
    assert not scan_released.redacted


def test_a_leader_may_not_make_the_redacted_copy(login, leader, scan_released):
    assert _redact(login(leader), scan_released, "1, 0, 0, 50, 25").status_code == 403


def test_an_officer_of_another_office_gets_404(login, outsider_ppid, scan_released):
    assert _redact(login(outsider_ppid), scan_released, "1, 0, 0, 50, 25").status_code == 404
