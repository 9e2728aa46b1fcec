"""A complaint-channel document (e.g. an SP4N-LAPOR! import) becomes a formal information request."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time

from sigap.core.models import AuditEvent
from sigap.ppid.models import InformationRequest

pytestmark = pytest.mark.django_db
WIB = ZoneInfo("Asia/Jakarta")


def _document(office, channel="complaint", **fields):
    from sigap.monitoring.models import Document, Source

    source = Source.objects.create(
        office=office, name=f"LAPOR {office.slug} {channel}", kind=Source.Kind.IMPORT, channel=channel
    )
    data = {
        "external_id": f"LAP-{source.pk}",
        "content_hash": f"h{source.pk}",
        "url": "https://www.lapor.go.id/laporan/detil/123",
        "title": "Permintaan data bansos",
        "text": "Mohon salinan daftar penerima BLT Desa Bintoro tahun 2025.",
        "author": "warga123",
        "author_name": "Slamet Riyadi",
        "published_at": datetime(2026, 3, 16, 8, 30, tzinfo=WIB),
    }
    data.update(fields)
    return Document.objects.create(source=source, office=office, channel=channel, **data)


BUTTON = "Jadikan permohonan informasi"


def test_button_only_for_ppid_staff_and_complaint_documents(login, ppid, analyst, offices):
    complaint = _document(offices["demak"])
    news = _document(offices["demak"], channel="news")
    client = login(ppid)
    assert BUTTON in client.get(f"/dokumen/{complaint.pk}/").content.decode()
    assert BUTTON not in client.get(f"/dokumen/{news.pk}/").content.decode()
    page = login(analyst).get(f"/dokumen/{complaint.pk}/").content.decode()
    assert "Slamet Riyadi" in page and BUTTON not in page


@freeze_time("2026-03-20 03:00:00")
def test_conversion_prefills_and_creates_one_request_with_the_complaint_clock(login, ppid, offices):
    doc = _document(offices["demak"])
    client = login(ppid)
    page = client.get(f"/ppid/permohonan/dari-dokumen/{doc.pk}/").content.decode()
    assert 'value="Slamet Riyadi"' in page and 'value="2026-03-16T08:30"' in page
    assert "Mohon salinan daftar penerima BLT Desa Bintoro" in page
    assert '<option value="lapor" selected>' in page
    data = {
        "office": offices["demak"].pk,
        "channel": "lapor",
        "received_at": "2026-03-16T08:30",
        "requester_kind": "individual",
        "name": "Slamet Riyadi",
        "nik": "",
        "address": "",
        "phone": "",
        "email": "",
        "occupation": "",
        "information": doc.text,
        "purpose": "Pengawasan bansos",
        "obtain_method": "softcopy",
        "delivery_method": "pick_up",
    }
    response = client.post(f"/ppid/permohonan/dari-dokumen/{doc.pk}/", data)
    req = InformationRequest.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/ppid/permohonan/{req.pk}/"
    assert req.channel == "lapor" and req.source_document_id == doc.pk and req.source_url == doc.url
    assert req.received_at == datetime(2026, 3, 16, 8, 30, tzinfo=WIB)
    assert req.due_date.isoformat() == "2026-04-07"  # 10 HK from the complaint, not from the conversion
    event = AuditEvent.objects.get(action="ppid_request.converted_from_complaint")
    assert event.data["document"] == doc.pk and event.actor == ppid
    # converting again (a second click, a second tab) leads to the same request
    again = client.post(f"/ppid/permohonan/dari-dokumen/{doc.pk}/", data)
    assert again["Location"] == f"/ppid/permohonan/{req.pk}/" and InformationRequest.objects.count() == 1
    detail = client.get(f"/ppid/permohonan/{req.pk}/").content.decode()
    assert f"/dokumen/{doc.pk}/" in detail


def test_outsider_cannot_convert_a_document_they_cannot_see(login, outsider_ppid, offices):
    doc = _document(offices["demak"])
    client = login(outsider_ppid)
    assert client.get(f"/ppid/permohonan/dari-dokumen/{doc.pk}/").status_code == 404
    assert client.post(f"/ppid/permohonan/dari-dokumen/{doc.pk}/", {"name": "x"}).status_code == 404
    assert not InformationRequest.objects.exists()


def test_a_non_complaint_document_cannot_be_converted(login, ppid, analyst, offices):
    news = _document(offices["demak"], channel="news")
    assert login(ppid).get(f"/ppid/permohonan/dari-dokumen/{news.pk}/").status_code == 404
    assert login(analyst).get(f"/ppid/permohonan/dari-dokumen/{_document(offices['demak']).pk}/").status_code == 404
