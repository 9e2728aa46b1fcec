"""The open archive: an officer publishes an answered request the requester agreed to share, without personal data."""

from __future__ import annotations

import pytest
from helpers.ppid import VALID_NIK, answered_request, at, intake_data, portal_data

pytestmark = pytest.mark.django_db

QUESTION = "Saya Budi Santoso (NIK 3321014501900001, HP 0812000111, budi@example.id) minta daftar penerima bansos 2025"


def _answered(offices, ppid, *, consent=True):
    return answered_request(
        offices["demak"],
        ppid,
        notified_at=at(2026, 3, 27),
        information=QUESTION,
        publish_consent=consent,
    )


def _publish(client, req, **overrides):
    data = {"action": "publish", "question": QUESTION, "answer": "Daftar terlampir.", "category": "setiap_saat"}
    data.update(overrides)
    return client.post(f"/ppid/permohonan/{req.pk}/arsip/", data)


def _published(login, offices, ppid):
    req = _answered(offices, ppid)
    _publish(login(ppid), req)
    return req.archive_entry


def test_public_form_asks_for_consent_unchecked_and_stores_it(client, offices):
    from sigap.ppid.models import InformationRequest

    page = client.get("/layanan/demak/permohonan/").content.decode()
    assert "Saya setuju pertanyaan dan jawaban atas permohonan ini dipublikasikan tanpa data pribadi saya" in page
    assert 'name="publish_consent"' in page and 'name="publish_consent" checked' not in page
    client.post("/layanan/demak/permohonan/", portal_data(publish_consent="on"))
    assert InformationRequest.objects.get().publish_consent is True


def test_officer_intake_records_consent(login, offices, ppid):
    from sigap.ppid.models import InformationRequest

    login(ppid).post("/ppid/permohonan/baru/", intake_data(offices["demak"], publish_consent="on"))
    assert InformationRequest.objects.get().publish_consent is True


def test_publish_is_refused_without_consent(login, offices, ppid):
    from sigap.ppid.models import ArchiveEntry

    req = _answered(offices, ppid, consent=False)
    response = _publish(login(ppid), req)
    assert response.status_code == 302
    assert not ArchiveEntry.objects.exists()
    page = login(ppid).get(f"/ppid/permohonan/{req.pk}/").content.decode()
    assert "Pemohon tidak menyetujui publikasi" in page


def test_officer_sees_a_redacted_preview(login, offices, ppid):
    req = _answered(offices, ppid)
    page = login(ppid).get(f"/ppid/permohonan/{req.pk}/arsip/").content.decode()
    assert "minta daftar penerima bansos 2025" in page
    assert VALID_NIK not in page.split('id="redaction-hint"')[1]
    assert "[data pribadi dihapus]" in page


def test_published_entry_shows_no_personal_data(client, login, offices, ppid):
    entry = _published(login, offices, ppid)
    page = client.get(f"/layanan/arsip/{entry.pk}/").content.decode()
    assert "minta daftar penerima bansos 2025" in page and "Daftar terlampir." in page
    for personal in (VALID_NIK, "0812000111", "budi@example.id", "Budi Santoso", "Budi", "Desa Bintoro"):
        assert personal not in page
    assert entry.request.tracking_code not in page
    assert "27 Mar 2026" in page and "Keputusan</dt><dd>Diterima" in page


def test_publishing_is_audited(login, offices, ppid):
    from sigap.core.models import AuditEvent

    entry = _published(login, offices, ppid)
    assert AuditEvent.objects.filter(action="ppid_request.published", target_id=str(entry.request_id)).exists()


def test_search_finds_a_published_answer(client, login, offices, ppid):
    entry = _published(login, offices, ppid)
    found = client.get("/layanan/arsip/", {"q": "penerima bansos"}).content.decode()
    assert f"/layanan/arsip/{entry.pk}/" in found
    missed = client.get("/layanan/demak/arsip/", {"q": "anggaran jalan"}).content.decode()
    assert f"/layanan/arsip/{entry.pk}/" not in missed


def test_feed_lists_a_published_answer(client, login, offices, ppid):
    entry = _published(login, offices, ppid)
    response = client.get("/layanan/demak/arsip/atom.xml")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert f"/layanan/arsip/{entry.pk}/" in response.content.decode()
    assert VALID_NIK not in response.content.decode()


def test_unpublished_request_is_not_public(client, login, offices, ppid):
    entry = _published(login, offices, ppid)
    login(ppid).post(f"/ppid/permohonan/{entry.request_id}/arsip/", {"action": "unpublish"})
    client.logout()
    assert client.get(f"/layanan/arsip/{entry.pk}/").status_code == 404
    assert f"/layanan/arsip/{entry.pk}/" not in client.get("/layanan/arsip/").content.decode()


def test_outsider_office_staff_cannot_publish(login, offices, ppid, outsider_ppid):
    req = _answered(offices, ppid)
    assert _publish(login(outsider_ppid), req).status_code == 404


def test_analyst_of_the_office_may_not_publish(login, offices, ppid, analyst):
    req = _answered(offices, ppid)
    assert _publish(login(analyst), req).status_code == 403
