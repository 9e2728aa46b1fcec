"""The office's working calendar on Sigap's own page: a day off added there moves the open PPID deadlines.

A request received Monday 16 March 2026 is due Tuesday 7 April 2026 (10 working days, cuti bersama off;
see tests/test_ppid_deadlines.py); a regional day off on Wednesday 1 April moves it to 8 April.
"""

from __future__ import annotations

from datetime import date

import pytest
from freezegun import freeze_time
from helpers.ppid import make_request

from sigap.core.models import AuditEvent, Holiday, HolidayKind, Role

pytestmark = pytest.mark.django_db


def _day(office, **overrides):
    data = {
        "office": office.pk,
        "date": "2026-04-01",
        "name": "Hari Jadi Kabupaten Demak",
        "kind": "libur_daerah",
        "day_off": "on",
        "legal_basis": "Keputusan Bupati Demak",
        "source_url": "",
    }
    data.update(overrides)
    return data


@freeze_time("2026-03-20 03:00:00")
def test_adding_a_day_off_moves_the_due_date_shown_on_the_request_page(login, office_admin, ppid, offices):
    demak = offices["demak"]
    req = make_request(demak, ppid)
    client = login(office_admin)
    response = client.post("/ppid/hari-libur/baru/", _day(demak))
    assert response.status_code == 302
    assert AuditEvent.objects.filter(action="holiday.created").exists()
    page = login(ppid).get(f"/ppid/permohonan/{req.pk}/").content.decode()
    assert "8 April 2026" in page
    assert "libur daerah: Hari Jadi Kabupaten Demak" in page


@freeze_time("2026-03-20 03:00:00")
def test_preview_lists_the_deadline_a_new_day_would_move_without_saving(login, office_admin, ppid, offices):
    demak = offices["demak"]
    req = make_request(demak, ppid)
    response = login(office_admin).post("/ppid/hari-libur/baru/", {**_day(demak), "preview": "1"})
    page = response.content.decode()
    assert response.status_code == 200
    assert req.number in page and "8 April 2026" in page
    assert not Holiday.objects.exists()
    req.refresh_from_db()
    assert req.due_date == date(2026, 4, 7)


@freeze_time("2026-03-20 03:00:00")
def test_removing_the_day_with_a_reason_moves_the_deadline_back(login, office_admin, ppid, offices):
    demak = offices["demak"]
    client = login(office_admin)
    client.post("/ppid/hari-libur/baru/", _day(demak))
    req = make_request(demak, ppid)
    assert req.due_date == date(2026, 4, 8)
    holiday = Holiday.objects.get()
    response = client.post(f"/ppid/hari-libur/{holiday.pk}/hapus/", {"reason": "Dibatalkan SE Bupati"})
    assert response.status_code == 302
    req.refresh_from_db()
    assert req.due_date == date(2026, 4, 7)
    assert AuditEvent.objects.get(action="holiday.deleted").reason == "Dibatalkan SE Bupati"


def test_the_same_date_twice_gets_a_clear_message(login, office_admin, offices):
    demak = offices["demak"]
    Holiday.objects.create(date=date(2026, 4, 1), name="Hari Jadi", kind=HolidayKind.LIBUR_DAERAH, office=demak)
    response = login(office_admin).post("/ppid/hari-libur/baru/", _day(demak))
    assert response.status_code == 200
    assert "sudah memuat" in response.content.decode()
    assert Holiday.objects.count() == 1


def test_a_day_without_a_name_gets_a_clear_message(login, office_admin, offices):
    response = login(office_admin).post("/ppid/hari-libur/baru/", _day(offices["demak"], name=""))
    assert response.status_code == 200
    assert "Tulis alasan kantor libur" in response.content.decode()
    assert not Holiday.objects.exists()


def test_admin_of_another_office_gets_404(login, offices):
    from helpers.users import make_user

    holiday = Holiday.objects.create(date=date(2026, 4, 1), name="Hari Jadi", office=offices["demak"])
    other_admin = make_user("admin.kemensos", offices["kemensos"], Role.ADMIN)
    client = login(other_admin)
    assert client.get(f"/ppid/hari-libur/{holiday.pk}/").status_code == 404
    assert client.get(f"/ppid/hari-libur/?kantor={offices['demak'].pk}").status_code == 404


def test_analyst_gets_403(login, analyst, offices):
    holiday = Holiday.objects.create(date=date(2026, 4, 1), name="Hari Jadi", office=offices["demak"])
    client = login(analyst)
    assert client.get("/ppid/hari-libur/").status_code == 403
    assert client.post(f"/ppid/hari-libur/{holiday.pk}/", _day(offices["demak"])).status_code == 403


def test_ppid_desk_reads_the_calendar_but_only_the_admin_changes_it(login, ppid, offices):
    client = login(ppid)
    page = client.get("/ppid/hari-libur/?tahun=2026").content.decode()
    assert "Cuti Bersama" in page
    assert client.get("/ppid/hari-libur/baru/").status_code == 403
