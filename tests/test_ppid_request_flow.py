"""A request walked through the PPID desk pages: registration → extension → notice → delivery → closed."""

from __future__ import annotations

from datetime import date

import pytest
from freezegun import freeze_time
from helpers.ppid import intake_data, make_request

from sigap.core.models import AuditEvent
from sigap.ppid.models import InformationRequest

pytestmark = pytest.mark.django_db


def test_full_walk_through_with_due_dates(login, ppid, offices):
    client = login(ppid)
    with freeze_time("2026-03-16 03:00:00"):
        client.post("/ppid/permohonan/baru/", intake_data(offices["demak"]))
    req = InformationRequest.objects.get()
    assert (req.status, req.due_date) == ("registered", date(2026, 4, 7))
    with freeze_time("2026-03-30 03:00:00"):
        client = login(ppid)  # two weeks on: a new working day, a new sign-in (sessions end after 8 idle hours)
        client.post(f"/ppid/permohonan/{req.pk}/aksi/extend/", {"reason": "Dokumen tersebar di 14 kecamatan."})
    req.refresh_from_db()
    # 7 more working days after 7 April: 8, 9, 10, 13, 14, 15, 16 April.
    assert (req.status, req.due_date, req.extension_days) == ("extended", date(2026, 4, 16), 7)
    with freeze_time("2026-04-10 03:00:00"):
        client = login(ppid)
        client.post(
            f"/ppid/permohonan/{req.pk}/aksi/notify/",
            {
                "outcome": "granted",
                "notice_text": "Salinan daftar penerima (PDF).",
                "info_form": "softcopy",
                "cost": "0",
            },
        )
        client.post(f"/ppid/permohonan/{req.pk}/aksi/deliver/", {"channel": "email", "cost": "0"})
        client.post(f"/ppid/permohonan/{req.pk}/aksi/close/", {"reason": ""})
    req.refresh_from_db()
    assert req.status == "closed" and req.outcome == "granted" and not req.notice_late
    actions = list(
        AuditEvent.objects.filter(target_id=str(req.pk), target_type="ppid.informationrequest")
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == [
        "ppid_request.registered",
        "ppid_request.extended",
        "ppid_request.notified",
        "ppid_request.delivered",
        "ppid_request.closed",
    ]
    page = login(ppid).get(f"/ppid/permohonan/{req.pk}/").content.decode()
    assert "Permohonan diperpanjang" in page and "Dokumen tersebar di 14 kecamatan." in page


@freeze_time("2026-03-30 03:00:00")
def test_extension_allowed_only_once(login, ppid, offices):
    req = make_request(offices["demak"], ppid)
    client = login(ppid)
    client.post(f"/ppid/permohonan/{req.pk}/aksi/extend/", {"reason": "Alasan pertama"})
    response = client.post(f"/ppid/permohonan/{req.pk}/aksi/extend/", {"reason": "Alasan kedua"}, follow=True)
    req.refresh_from_db()
    assert req.due_date == date(2026, 4, 16)
    assert "hanya dapat diperpanjang satu kali" in response.content.decode()


@freeze_time("2026-03-30 03:00:00")
def test_extension_needs_a_written_reason(login, ppid, offices):
    req = make_request(offices["demak"], ppid)
    login(ppid).post(f"/ppid/permohonan/{req.pk}/aksi/extend/", {"reason": ""})
    req.refresh_from_db()
    assert req.status == "registered" and req.extension_days == 0


@freeze_time("2026-04-08 03:00:00")
def test_overdue_request_cannot_be_extended_and_is_shown_overdue(login, ppid, offices):
    req = make_request(offices["demak"], ppid)
    client = login(ppid)
    client.post(f"/ppid/permohonan/{req.pk}/aksi/extend/", {"reason": "Terlambat"})
    req.refresh_from_db()
    assert req.extension_days == 0 and req.is_overdue
    listing = client.get("/ppid/").content.decode()
    assert 'class="due-overdue"' in listing


@freeze_time("2026-04-06 03:00:00")
def test_request_due_within_two_working_days_is_amber(login, ppid, offices):
    make_request(offices["demak"], ppid)  # due Tuesday 7 April
    assert 'class="due-soon"' in login(ppid).get("/ppid/").content.decode()


@freeze_time("2026-03-20 03:00:00")
def test_refusal_needs_pasal_17_ground_and_consequence_test(login, ppid, offices):
    req = make_request(offices["demak"], ppid)
    response = login(ppid).post(
        f"/ppid/permohonan/{req.pk}/aksi/notify/", {"outcome": "refused", "cost": "0"}, follow=True
    )
    req.refresh_from_db()
    assert req.status == "registered"
    assert "Pasal 17" in response.content.decode()


@freeze_time("2026-03-20 03:00:00")
def test_not_held_notice_names_the_holder(login, ppid, offices):
    req = make_request(offices["demak"], ppid)
    login(ppid).post(
        f"/ppid/permohonan/{req.pk}/aksi/notify/",
        {"outcome": "not_held", "holder": "Dinas Sosial Provinsi Jawa Tengah", "cost": "0"},
    )
    req.refresh_from_db()
    assert (req.status, req.outcome, req.holder) == ("notified", "not_held", "Dinas Sosial Provinsi Jawa Tengah")


@freeze_time("2026-03-20 03:00:00")
def test_disposition_to_a_ppid_pelaksana_unit_with_internal_due_date(login, ppid, offices):
    from sigap.core.models import Office

    dinsos = Office.objects.create(
        name="Dinas Sosial Demak", slug="dinsos-demak", kind="ppid_pelaksana", parent=offices["demak"]
    )
    req = make_request(offices["demak"], ppid)
    login(ppid).post(
        f"/ppid/permohonan/{req.pk}/aksi/dispose/",
        {"unit": dinsos.pk, "internal_due": "2026-04-01", "note": "Mohon disiapkan"},
    )
    req.refresh_from_db()
    assert (req.status, req.assigned_unit, req.internal_due_date) == ("in_process", dinsos, date(2026, 4, 1))


@freeze_time("2026-03-20 03:00:00")
def test_pimpinan_reads_but_cannot_act(login, leader, ppid, offices):
    req = make_request(offices["demak"], ppid)
    client = login(leader)
    assert client.get(f"/ppid/permohonan/{req.pk}/").status_code == 200
    assert client.post(f"/ppid/permohonan/{req.pk}/aksi/extend/", {"reason": "x"}).status_code == 403
    assert client.get("/ppid/permohonan/baru/").status_code == 403
    req.refresh_from_db()
    assert req.status == "registered"


@freeze_time("2026-03-20 03:00:00")
def test_receipt_email_goes_to_the_requester_with_the_pdf(
    ppid, offices, run_tasks, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_request(offices["demak"], ppid)
    run_tasks()
    to_requester = [m for m in mailoutbox if m.to == ["budi@example.id"]]
    assert to_requester and "001/PPID/DEMAK/2026" in to_requester[0].subject
    assert to_requester[0].attachments[0][2] == "application/pdf"
    assert any(m.to == ["ppid@demakkab.go.id"] for m in mailoutbox)
