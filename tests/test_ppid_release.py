"""Documents released to the requester: the officer attaches them to the written notice, the code holder downloads
them from the tracking page, and only a reviewed redacted copy ever reaches the public archive."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from helpers.ppid import PDF, VALID_NIK, answered_request, at, make_request

pytestmark = pytest.mark.django_db

CONTENT = PDF + b"% daftar penerima bansos\n"


def _answered(offices, ppid, **fields):
    return answered_request(offices["demak"], ppid, notified_at=at(2026, 3, 27), **fields)


def _release(client, req, content=CONTENT, name="daftar-penerima.pdf", **extra):
    return client.post(f"/ppid/permohonan/{req.pk}/dirilis/", {"file": SimpleUploadedFile(name, content), **extra})


def _released(login, offices, ppid, **fields):
    from sigap.ppid.models import ReleasedDocument

    req = _answered(offices, ppid, **fields)
    _release(login(ppid), req)
    return req, ReleasedDocument.objects.get(request=req)


def _body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_requester_downloads_a_released_document_with_the_tracking_code(client, login, offices, ppid):
    req, doc = _released(login, offices, ppid)
    client.logout()
    page = client.get(f"/layanan/lacak/{req.tracking_code}/").content.decode()
    assert "daftar-penerima.pdf" in page
    response = client.get(f"/layanan/lacak/{req.tracking_code}/dokumen/{doc.pk}/")
    assert response.status_code == 200 and _body(response) == CONTENT
    assert response["Cache-Control"].startswith("private") or "no-store" in response["Cache-Control"]


def test_a_wrong_tracking_code_is_404(client, login, offices, ppid):
    _, doc = _released(login, offices, ppid)
    other = make_request(offices["demak"], ppid)
    client.logout()
    assert client.get(f"/layanan/lacak/{other.tracking_code}/dokumen/{doc.pk}/").status_code == 404
    assert client.get(f"/layanan/lacak/ZZZZZZZZZZ/dokumen/{doc.pk}/").status_code == 404


def test_staff_of_another_office_get_404(login, offices, ppid, outsider_ppid):
    req, doc = _released(login, offices, ppid)
    client = login(outsider_ppid)
    assert client.get(f"/ppid/dirilis/{doc.pk}/").status_code == 404
    assert _release(client, req).status_code == 404


def test_an_analyst_of_the_office_gets_403(login, offices, ppid, analyst):
    req, doc = _released(login, offices, ppid)
    client = login(analyst)
    assert client.get(f"/ppid/dirilis/{doc.pk}/").status_code == 403
    assert client.get(f"/ppid/dirilis/{doc.pk}/publik/").status_code == 403


def test_release_before_the_written_notice_is_refused(login, offices, ppid):
    from sigap.ppid.models import ReleasedDocument

    req = make_request(offices["demak"], ppid)
    client = login(ppid)
    response = _release(client, req)
    assert response.status_code == 302 and not ReleasedDocument.objects.exists()


def test_release_checks_the_content_not_the_name(login, offices, ppid):
    from sigap.ppid.models import ReleasedDocument

    req = _answered(offices, ppid)
    _release(login(ppid), req, content=b"MZ\x90\x00 not a pdf", name="surat.pdf")
    assert not ReleasedDocument.objects.exists()


def test_release_is_audited_in_indonesian(login, offices, ppid):
    from sigap.core.models import AuditEvent

    _released(login, offices, ppid)
    event = AuditEvent.objects.get(action="ppid_request.document_released")
    page = login(ppid).get(f"/ppid/permohonan/{event.target_id}/").content.decode()
    assert "Dokumen dirilis ke pemohon" in page


def _nik_pdf() -> bytes:
    from weasyprint import HTML

    return HTML(string=f"<p>Daftar penerima bansos 2025</p><p>NIK pemohon {VALID_NIK}</p>").write_pdf()


def _archived(login, offices, ppid):
    from sigap.ppid.models import ReleasedDocument

    req = _answered(offices, ppid, publish_consent=True)
    client = login(ppid)
    _release(client, req, content=_nik_pdf(), for_archive="on")
    client.post(
        f"/ppid/permohonan/{req.pk}/arsip/",
        {"action": "publish", "question": "Daftar penerima", "answer": "Terlampir.", "category": "setiap_saat"},
    )
    doc = ReleasedDocument.objects.get(request=req)
    client.post(f"/ppid/dirilis/{doc.pk}/publik/", {"action": "redact", "boxes": ""})
    return client, req, ReleasedDocument.objects.get(pk=doc.pk)


def test_the_archive_serves_only_the_published_redacted_copy(client, login, offices, ppid):
    import pypdfium2 as pdfium

    officer, req, doc = _archived(login, offices, ppid)
    entry = req.archive_entry
    url = f"/layanan/arsip/{entry.pk}/dokumen/{doc.pk}/"
    assert client.get(url).status_code == 404  # made but not yet reviewed and published
    officer.post(f"/ppid/dirilis/{doc.pk}/publik/", {"action": "publish"})
    client.logout()
    assert f"/layanan/arsip/{entry.pk}/dokumen/{doc.pk}/" in client.get(f"/layanan/arsip/{entry.pk}/").content.decode()
    served = _body(client.get(url))
    with doc.file.open("rb") as fh:
        assert served != fh.read()
    pdf = pdfium.PdfDocument(io.BytesIO(served))
    assert pdf[0].get_textpage().get_text_range().strip() == ""


def test_the_officer_reads_the_redacted_copy_before_publishing(login, offices, ppid):
    officer, _, doc = _archived(login, offices, ppid)
    page = officer.get(f"/ppid/dirilis/{doc.pk}/publik/").content.decode()
    assert f"/ppid/dirilis/{doc.pk}/?salinan=publik" in page
    assert officer.get(f"/ppid/dirilis/{doc.pk}/?salinan=publik")["Content-Type"] == "application/pdf"
    assert not doc.published


def test_officer_boxes_that_do_not_parse_are_refused(login, offices, ppid):
    officer, _, doc = _archived(login, offices, ppid)
    response = officer.post(f"/ppid/dirilis/{doc.pk}/publik/", {"action": "redact", "boxes": "halaman satu"})
    assert response.status_code == 200 and "Baris 1" in response.content.decode()
