"""The hour of the daily brief e-mail: set on the brief page by the office's admins and analysts."""

from datetime import UTC, datetime

import pytest

from sigap.core.models import AuditEvent
from sigap.reports.models import BriefSchedule


def set_hour(client, office, hour):
    return client.post(f"/laporan/ringkasan/{office.pk}/jadwal/", {"hour": hour})


def test_an_analyst_changes_the_brief_hour_on_the_brief_page(login, analyst, offices):
    client = login(analyst)
    response = set_hour(client, offices["demak"], 9)
    page = client.get(response.url).content.decode()
    assert "Ringkasan harian akan dikirim lewat surel setiap hari pukul 09.00 WIB." in page
    assert "setiap hari pukul 09.00 WIB" in page.split('id="brief-schedule"')[1]
    event = AuditEvent.objects.get(action="brief_schedule.changed")
    assert (event.office, event.actor, event.data["hour"]) == (offices["demak"], analyst, 9)


def test_the_brief_goes_out_at_the_hour_set_on_the_page(login, analyst, offices):
    from sigap.reports.tasks import enqueue_daily_briefs

    set_hour(login(analyst), offices["demak"], 9)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.db.transaction.on_commit", lambda fn, *a, **k: None)
        assert enqueue_daily_briefs(datetime(2026, 11, 26, 1, 5, tzinfo=UTC)) == 0  # 08:05 WIB
        assert enqueue_daily_briefs(datetime(2026, 11, 26, 2, 5, tzinfo=UTC)) == 1  # 09:05 WIB


def test_an_hour_past_23_is_refused_in_indonesian(login, analyst, offices):
    client = login(analyst)
    page = client.get(set_hour(client, offices["demak"], 24).url).content.decode()
    assert "Isi jam antara 0 dan 23." in page
    assert not AuditEvent.objects.filter(action="brief_schedule.changed").exists()


def test_an_analyst_of_another_office_cannot_change_the_brief_hour(login, outsider, offices):
    assert set_hour(login(outsider), offices["demak"], 9).status_code == 404
    assert not BriefSchedule.objects.filter(office=offices["demak"], hour=9).exists()


def test_leadership_reads_the_brief_hour_but_cannot_change_it(login, leader, offices):
    client = login(leader)
    page = client.get(f"/laporan/ringkasan/?office={offices['demak'].pk}").content.decode()
    assert "setiap hari pukul 07.00 WIB" in page and "/jadwal/" not in page
    assert set_hour(client, offices["demak"], 9).status_code == 403
    assert not BriefSchedule.objects.filter(office=offices["demak"], hour=9).exists()
