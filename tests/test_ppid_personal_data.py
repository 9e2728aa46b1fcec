"""The full NIK is masked by default, shown on request to the PPID desk and audited; the notice is e-mailed."""

from __future__ import annotations

import pytest
from freezegun import freeze_time
from helpers.ppid import VALID_NIK, make_request

from sigap.core.models import AuditEvent

pytestmark = pytest.mark.django_db


def test_nik_is_masked_then_revealed_and_audited(login, ppid, offices):
    req = make_request(offices["demak"], ppid)
    client = login(ppid)
    page = client.get(f"/ppid/permohonan/{req.pk}/").content.decode()
    assert VALID_NIK not in page and "••••••••••••0001" in page and "Tampilkan NIK" in page
    page = client.post(f"/ppid/permohonan/{req.pk}/nik/").content.decode()
    assert VALID_NIK in page
    event = AuditEvent.objects.get(action="ppid_request.personal_data_viewed", target_id=str(req.pk))
    assert event.actor == ppid and event.data == {"field": "nik"}


def test_pimpinan_and_outsiders_cannot_reveal_the_nik(login, leader, outsider_ppid, offices, ppid):
    req = make_request(offices["demak"], ppid)
    page = login(leader).get(f"/ppid/permohonan/{req.pk}/").content.decode()
    assert "Tampilkan NIK" not in page and VALID_NIK not in page
    assert login(leader).post(f"/ppid/permohonan/{req.pk}/nik/").status_code == 404
    assert login(outsider_ppid).post(f"/ppid/permohonan/{req.pk}/nik/").status_code == 404
    assert login(ppid).get(f"/ppid/permohonan/{req.pk}/nik/").status_code == 405
    assert not AuditEvent.objects.filter(action="ppid_request.personal_data_viewed").exists()


@freeze_time("2026-03-20 03:00:00")
def test_requester_gets_the_written_notice_by_email(
    login, ppid, offices, run_tasks, mailoutbox, django_capture_on_commit_callbacks
):
    req = make_request(offices["demak"], ppid)
    run_tasks()
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        login(ppid).post(
            f"/ppid/permohonan/{req.pk}/aksi/notify/",
            {"outcome": "granted", "notice_text": "Salinan daftar", "cost": "0"},
        )
    run_tasks()
    mails = [m for m in mailoutbox if m.to == ["budi@example.id"]]
    assert len(mails) == 1 and mails[0].subject == f"Pemberitahuan tertulis atas permohonan {req.number}"
    assert mails[0].attachments[0][2] == "application/pdf"
