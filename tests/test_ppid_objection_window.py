"""UU KIP Pasal 36(1): a keberatan within 30 working days after its ground arose (ppid.md D4).

Dates counted by hand on the 2026 calendar with cuti bersama as days off:
- refusal notice Fri 10-04-2026 (day 0) → 30 HK skip 1 May (Hari Buruh), 14 May (Kenaikan), 15 May (cuti
  bersama), 27 May (Idul Adha), 28 May (cuti bersama) and the weekends → last day Fri 29-05-2026;
- request received Mon 16-03-2026, due Tue 07-04-2026 unanswered (ground c, day 0 = the due date) →
  last day Fri 22-05-2026.
"""

from __future__ import annotations

from datetime import date

import pytest
from freezegun import freeze_time
from helpers.ppid import make_request

from sigap.ppid.models import Objection, TransitionError

pytestmark = pytest.mark.django_db


def _refused(office, ppid):
    from sigap.ppid.models import ConsequenceTest

    test = ConsequenceTest.objects.create(
        office=office,
        document="Data bansos",
        information="NIK",
        ground="h",
        legal_basis="UU 27/2022",
        consequence="Data pribadi",
        decided_on=date(2026, 1, 5),
        exempt_until=date(2031, 1, 5),
    )
    with freeze_time("2026-03-16 03:00:00"):
        req = make_request(office, ppid)
    with freeze_time("2026-04-10 03:00:00"):  # Fri 10 April, 10:00 WIB
        req.notify(ppid, "refused", refusal_ground="h", consequence_test=test)
    return req


def test_refusal_window_ends_on_the_hand_counted_day(ppid, offices):
    req = _refused(offices["demak"], ppid)
    window = req.objection_window("a")
    assert window.counted_from == date(2026, 4, 10) and window.due == date(2026, 5, 29)


def test_not_answered_window_counts_from_the_due_date(ppid, offices):
    with freeze_time("2026-03-16 03:00:00"):
        req = make_request(offices["demak"], ppid)
    with freeze_time("2026-04-08 03:00:00"):
        assert req.due_date == date(2026, 4, 7)
        assert req.objection_window("c").due == date(2026, 5, 22)
        assert req.objection_window("a") is None  # nothing refused: that ground has not arisen


@freeze_time("2026-06-01 03:00:00")  # Mon 1 June: one working day too late (and Hari Lahir Pancasila)
def test_portal_refuses_a_late_objection_and_names_the_last_day(client, ppid, offices):
    req = _refused(offices["demak"], ppid)
    response = client.post(
        f"/layanan/lacak/{req.tracking_code}/keberatan/",
        {"token": "late01", "grounds": ["a"], "case_summary": "Saya keberatan"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "paling lambat Jumat, 29 Mei 2026" in page and "30 hari kerja setelah Jumat, 10 April 2026" in page
    assert not Objection.objects.exists()


def test_portal_accepts_on_the_last_day(client, ppid, offices):
    req = _refused(offices["demak"], ppid)
    with freeze_time("2026-05-29 09:00:00"):  # 16:00 WIB on the last day
        page = client.get(f"/layanan/lacak/{req.tracking_code}/keberatan/").content.decode()
        assert "Jumat, 29 Mei 2026" in page  # the last day is shown beside the form
        response = client.post(
            f"/layanan/lacak/{req.tracking_code}/keberatan/",
            {"token": "ontime01", "grounds": ["a"], "case_summary": "Saya keberatan"},
        )
    assert response.status_code == 302 and Objection.objects.count() == 1


def test_officer_intake_refuses_a_late_not_answered_objection(login, ppid, offices):
    with freeze_time("2026-03-16 03:00:00"):
        req = make_request(offices["demak"], ppid)
    with freeze_time("2026-05-25 03:00:00"):  # Mon 25 May
        response = login(ppid).post(
            f"/ppid/permohonan/{req.pk}/keberatan/", {"grounds": ["c"], "case_summary": "Tidak dijawab"}, follow=True
        )
    assert "paling lambat Jumat, 22 Mei 2026" in response.content.decode()
    assert not Objection.objects.exists()


def test_officer_may_record_a_letter_received_in_time(login, ppid, offices):
    with freeze_time("2026-03-16 03:00:00"):
        req = make_request(offices["demak"], ppid)
    with freeze_time("2026-05-25 03:00:00"):
        response = login(ppid).post(
            f"/ppid/permohonan/{req.pk}/keberatan/",
            {"grounds": ["c"], "case_summary": "Surat keberatan", "received_at": "2026-05-22T14:00"},
        )
    assert response.status_code == 302
    assert Objection.objects.get().received_at.date() == date(2026, 5, 22)


def test_refusal_may_be_objected_to_at_once_without_waiting_17_days(client, ppid, offices):
    from sigap.ppid.models import ConsequenceTest

    test = ConsequenceTest.objects.create(
        office=offices["demak"],
        document="d",
        information="i",
        ground="h",
        legal_basis="UU 27/2022",
        consequence="c",
        decided_on=date(2026, 1, 5),
        exempt_until=date(2031, 1, 5),
    )
    with freeze_time("2026-03-16 03:00:00"):
        req = make_request(offices["demak"], ppid)
    with freeze_time("2026-03-17 03:00:00"):  # day 1 of the 10-day clock
        req.notify(ppid, "refused", refusal_ground="h", consequence_test=test)
        response = client.post(
            f"/layanan/lacak/{req.tracking_code}/keberatan/",
            {"token": "early01", "grounds": ["a"], "case_summary": "Ditolak"},
        )
    assert response.status_code == 302 and Objection.objects.get().grounds == ["a"]


def test_domain_guard_refuses_a_late_objection(ppid, offices):
    from sigap.ppid.actions import file_objection

    req = _refused(offices["demak"], ppid)
    with freeze_time("2026-06-02 03:00:00"), pytest.raises(TransitionError):
        file_objection(req, {"grounds": ["a"], "case_summary": "x"})
    assert not Objection.objects.exists()
