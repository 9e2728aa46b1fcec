"""PPID Pelaksana units set up by the office on Sigap's own pages, then offered in the disposition form."""

from __future__ import annotations

import pytest
from freezegun import freeze_time
from helpers.ppid import make_request

from sigap.core.models import AuditEvent, Membership, Office, OfficeKind, Role

pytestmark = pytest.mark.django_db


def _unit(parent, name="Dinas Pendidikan"):
    return Office.objects.create(
        name=name, slug=f"{parent.slug}-unit-{name.lower()[:6]}", kind=OfficeKind.PPID_PELAKSANA, parent=parent
    )


@freeze_time("2026-03-16 03:00:00")
def test_admin_adds_a_unit_with_an_officer_and_the_disposition_form_offers_it(login, office_admin, ppid, offices):
    demak = offices["demak"]
    req = make_request(demak, ppid)
    client = login(office_admin)
    response = client.post("/ppid/unit/baru/", {"parent": demak.pk, "name": "Dinas Pendidikan", "officers": [ppid.pk]})
    assert response.status_code == 302
    unit = Office.objects.get(name="Dinas Pendidikan")
    assert unit.parent == demak and unit.kind == OfficeKind.PPID_PELAKSANA
    assert Membership.objects.filter(user=ppid, office=unit, role=Role.PPID).exists()
    assert AuditEvent.objects.filter(action="ppid_unit.created", target_id=str(unit.pk)).exists()
    page = client.get(f"/ppid/permohonan/{req.pk}/").content.decode()
    assert f'<option value="{unit.pk}">Dinas Pendidikan</option>' in page


def test_admin_of_another_office_gets_404_on_the_unit(login, offices):
    from helpers.users import make_user

    unit = _unit(offices["demak"])
    other_admin = make_user("admin.kemensos", offices["kemensos"], Role.ADMIN)
    assert login(other_admin).get(f"/ppid/unit/{unit.pk}/").status_code == 404


def test_analyst_of_the_office_gets_403(login, analyst, offices):
    unit = _unit(offices["demak"])
    client = login(analyst)
    assert client.get("/ppid/unit/").status_code == 403
    assert client.post(f"/ppid/unit/{unit.pk}/", {"name": "Dinas Sosial"}).status_code == 403


def test_leader_reads_the_units_but_may_not_add_one(login, leader, offices):
    _unit(offices["demak"])
    client = login(leader)
    assert "Dinas Pendidikan" in client.get("/ppid/unit/").content.decode()
    assert client.get("/ppid/unit/baru/").status_code == 403


@freeze_time("2026-03-16 03:00:00")
def test_deactivated_unit_keeps_old_dispositions_readable_and_is_no_longer_offered(login, office_admin, ppid, offices):
    demak = offices["demak"]
    unit = _unit(demak)
    old = make_request(demak, ppid)
    old.dispose(ppid, unit, None)
    fresh = make_request(demak, ppid)
    client = login(office_admin)
    response = client.post(f"/ppid/unit/{unit.pk}/status/", {"active": "0", "reason": "Digabung ke Disdikbud"})
    assert response.status_code == 302
    assert Office.objects.filter(pk=unit.pk).exists()
    old_page = client.get(f"/ppid/permohonan/{old.pk}/").content.decode()
    assert "Dinas Pendidikan" in old_page
    assert "Dinas Pendidikan" not in client.get(f"/ppid/permohonan/{fresh.pk}/").content.decode()
    event = AuditEvent.objects.get(action="ppid_unit.deactivated")
    assert event.reason == "Digabung ke Disdikbud"


@freeze_time("2026-03-16 03:00:00")
def test_disposition_to_a_deactivated_unit_is_refused(login, office_admin, ppid, offices):
    demak = offices["demak"]
    unit = _unit(demak)
    req = make_request(demak, ppid)
    login(office_admin).post(f"/ppid/unit/{unit.pk}/status/", {"active": "0"})
    login(ppid).post(f"/ppid/permohonan/{req.pk}/aksi/dispose/", {"unit": unit.pk})
    req.refresh_from_db()
    assert req.assigned_unit is None


def test_unit_without_a_name_gets_a_clear_message(login, office_admin, offices):
    response = login(office_admin).post("/ppid/unit/baru/", {"parent": offices["demak"].pk, "name": ""})
    assert response.status_code == 200
    assert "Tulis nama unit" in response.content.decode()


def test_request_page_without_units_links_to_the_unit_page(login, ppid, offices):
    req = make_request(offices["demak"], ppid)
    page = login(ppid).get(f"/ppid/permohonan/{req.pk}/").content.decode()
    assert f"/ppid/unit/?kantor={offices['demak'].pk}" in page


def test_office_page_links_the_ppid_desk_to_its_units(login, office_admin, offices):
    page = login(office_admin).get("/kantor/").content.decode()
    assert f"/ppid/unit/?kantor={offices['demak'].pk}" in page
    assert f"/ppid/hari-libur/?kantor={offices['demak'].pk}" in page


def test_the_unit_form_chooses_the_only_office_the_admin_can_add_a_unit_to(login, office_admin, offices):
    page = login(office_admin).get("/ppid/unit/baru/").content.decode()
    assert f'<option value="{offices["demak"].pk}" selected>' in page
