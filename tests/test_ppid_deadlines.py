"""Deadlines computed from the office calendar, explained, versioned and recomputed when the calendar changes.

Expected dates are counted by hand (day of receipt = day 0; ppid.md §3). March 2026: Nyepi 19 March and
Idul Fitri 21–22 March are libur nasional; 18, 20, 23 and 24 March are cuti bersama; 3 April is Good Friday.
"""

from __future__ import annotations

from datetime import date

import pytest
from freezegun import freeze_time
from helpers.ppid import intake_data, make_request

from sigap.core.models import AuditEvent
from sigap.ppid.models import InformationRequest, Regulation

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client, offices):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("root", "root@example.id", "kata-sandi-uji-123")
    client.force_login(admin)
    return client


@freeze_time("2026-03-16 03:00:00")  # 10:00 WIB
def test_walk_in_request_due_after_ten_working_days_skipping_cuti_bersama(login, ppid, offices):
    response = login(ppid).post("/ppid/permohonan/baru/", intake_data(offices["demak"]))
    req = InformationRequest.objects.get()
    assert response.status_code == 302
    assert req.number == "001/PPID/DEMAK/2026"
    assert req.due_date == date(2026, 4, 7)
    assert req.calendar_version.startswith("wd1-")
    page = login(ppid).get(f"/ppid/permohonan/{req.pk}/").content.decode()
    assert (
        "Jatuh tempo Selasa, 7 April 2026 pukul 23.59 WIB = diterima Senin, 16 Maret 2026 pukul 09.00 WIB + 10 hari kerja"
        in page
    )
    assert "Cuti Bersama" in page


@freeze_time("2026-03-16 03:00:00")
def test_office_that_counts_cuti_bersama_as_working_days(login, ppid, offices):
    Regulation.objects.create(office=offices["jateng"], cuti_bersama_off=False)  # inherited by Demak
    login(ppid).post("/ppid/permohonan/baru/", intake_data(offices["demak"]))
    assert InformationRequest.objects.get().due_date == date(2026, 3, 31)


@freeze_time("2026-03-16 03:00:00")
def test_saturday_as_working_day_shortens_the_clock(login, ppid, offices):
    Regulation.objects.create(office=offices["demak"], saturday_off=False)
    login(ppid).post("/ppid/permohonan/baru/", intake_data(offices["demak"]))
    # 17 (1), 25–27 (2–4), Saturday 28 (5), 30 March–2 April (6–9), Good Friday 3 April off,
    # Saturday 4 April (10). (21 March is a Saturday but also Idul Fitri.)
    assert InformationRequest.objects.get().due_date == date(2026, 4, 4)


@freeze_time("2026-03-20 03:00:00")
def test_regional_holiday_added_mid_request_moves_the_due_date_and_is_audited(superuser_client, offices, ppid):
    req = make_request(offices["demak"], ppid)
    old_version = req.calendar_version
    assert req.due_date == date(2026, 4, 7)
    response = superuser_client.post(
        "/admin/core/holiday/add/",
        {
            "date": "2026-04-01",
            "name": "Hari Jadi Kabupaten Demak",
            "kind": "libur_daerah",
            "day_off": "on",
            "office": offices["demak"].pk,
            "legal_basis": "Keputusan Bupati Demak",
            "source_url": "",
            "active": "on",
        },
    )
    assert response.status_code == 302
    req.refresh_from_db()
    assert req.due_date == date(2026, 4, 8)
    assert req.calendar_version != old_version
    event = AuditEvent.objects.get(action="informationrequest.deadline_recomputed")
    assert event.data["old_due"] == "2026-04-07" and event.data["due"] == "2026-04-08"
    assert AuditEvent.objects.filter(action="holiday.created").exists()
    assert "libur daerah: Hari Jadi Kabupaten Demak" in req.explain_deadline()


@freeze_time("2026-03-20 03:00:00")
def test_regional_holiday_of_another_office_leaves_the_deadline_alone(superuser_client, offices, ppid):
    req = make_request(offices["demak"], ppid)
    superuser_client.post(
        "/admin/core/holiday/add/",
        {
            "date": "2026-04-01",
            "name": "Hari Jadi",
            "kind": "libur_daerah",
            "day_off": "on",
            "office": offices["kemensos"].pk,
            "legal_basis": "",
            "source_url": "",
            "active": "on",
        },
    )
    req.refresh_from_db()
    assert req.due_date == date(2026, 4, 7)


@freeze_time("2026-03-17 03:00:00")
def test_cancelled_cuti_bersama_brings_the_due_date_forward(superuser_client, offices, ppid):
    req = make_request(offices["demak"], ppid)
    superuser_client.post(
        "/admin/core/holiday/add/",
        {
            "date": "2026-03-24",
            "name": "Cuti bersama dibatalkan",
            "kind": "cuti_bersama",
            "legal_basis": "Keppres (contoh)",
            "source_url": "",
            "active": "on",
        },
    )  # day_off unticked: the date becomes a working day
    req.refresh_from_db()
    assert req.due_date == date(2026, 4, 6)


@freeze_time("2026-04-20 03:00:00")
def test_closed_requests_keep_their_deadline(superuser_client, offices, ppid):
    req = make_request(offices["demak"], ppid)
    req.notify(ppid, "not_held", holder="Dinas Sosial Provinsi Jawa Tengah")
    superuser_client.post(
        "/admin/core/holiday/add/",
        {
            "date": "2026-04-01",
            "name": "Libur",
            "kind": "libur_daerah",
            "day_off": "on",
            "office": "",
            "legal_basis": "",
            "source_url": "",
            "active": "on",
        },
    )
    req.refresh_from_db()
    assert req.due_date == date(2026, 4, 7)


@freeze_time("2026-09-07 02:00:00")
def test_objection_answer_due_thirty_working_days_after_receipt(login, ppid, offices):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    req = make_request(offices["demak"], ppid, received_at=datetime(2026, 8, 3, 9, tzinfo=ZoneInfo("Asia/Jakarta")))
    req.notify(ppid, "refused", refusal_ground="h", dik_entry=None, consequence_test=_test(offices["demak"]))
    response = login(ppid).post(
        f"/ppid/permohonan/{req.pk}/keberatan/",
        {
            "grounds": ["a"],
            "case_summary": "Penolakan tidak beralasan",
            "proxy_name": "",
        },
    )
    objection = req.objections.get()
    assert response.status_code == 302
    assert objection.number == "KEB-001/PPID/DEMAK/2026"
    assert objection.due_date == date(2026, 10, 19)  # Monday 7 Sept + 30 working days, no holiday between


def _test(office):
    from sigap.ppid.models import ConsequenceTest

    return ConsequenceTest.objects.create(
        office=office,
        document="Data penerima bansos",
        information="NIK penerima",
        ground="h",
        legal_basis="UU 27/2022 tentang Pelindungan Data Pribadi",
        consequence="Membuka data pribadi",
        decided_on=date(2026, 1, 5),
        exempt_until=date(2031, 1, 5),
    )
