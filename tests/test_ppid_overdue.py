"""The scheduled jobs: overdue detection and reminders, each done once even when run again."""

from __future__ import annotations

import pytest
from freezegun import freeze_time
from helpers.ppid import make_request

from sigap.core.models import AuditEvent
from sigap.ppid.actions import mark_overdue, send_reminders

pytestmark = pytest.mark.django_db


def test_overdue_request_is_flagged_once_and_the_requester_told(
    ppid, offices, run_tasks, mailoutbox, django_capture_on_commit_callbacks
):
    with freeze_time("2026-03-16 03:00:00"):
        req = make_request(offices["demak"], ppid)  # due 7 April 23:59 WIB
    with freeze_time("2026-04-07 16:00:00"):  # 23:00 WIB: still on time
        assert mark_overdue() == 0
    with freeze_time("2026-04-07 17:30:00"):  # 00:30 WIB on 8 April
        with django_capture_on_commit_callbacks(execute=True):
            assert mark_overdue() == 1
        assert mark_overdue() == 0
        run_tasks()
    assert AuditEvent.objects.filter(action="ppid_request.overdue", target_id=str(req.pk)).count() == 1
    assert any("melewati batas waktu" in m.subject for m in mailoutbox if m.to == ["budi@example.id"])
    assert any("TERLAMBAT" in m.subject for m in mailoutbox if m.to == ["ppid@demakkab.go.id"])


def test_answered_request_is_never_overdue(ppid, offices):
    with freeze_time("2026-03-16 03:00:00"):
        req = make_request(offices["demak"], ppid)
        req.notify(ppid, "granted", notice_text="x")
    with freeze_time("2026-05-01 03:00:00"):
        assert mark_overdue() == 0


def test_reminder_two_working_days_before_the_due_date(ppid, offices):
    with freeze_time("2026-03-16 03:00:00"):
        make_request(offices["demak"], ppid)
        assert send_reminders() == 0
    with freeze_time("2026-04-02 03:00:00"):  # Thursday: 3 April is Good Friday, so 6 and 7 April remain
        assert send_reminders() == 1
        assert send_reminders() == 0


def test_an_overdue_request_alerts_the_office_through_its_alert_rule(ppid, offices):
    from sigap.alerts.models import AlertRule, Notification

    rule = AlertRule(office=offices["demak"], name="PPID terlambat", kind="ppid_overdue", recipient_roles=["ppid"])
    rule.full_clean()
    rule.save()
    with freeze_time("2026-03-16 03:00:00"):
        req = make_request(offices["demak"], ppid)
    with freeze_time("2026-04-07 17:30:00"):
        mark_overdue()
    notification = Notification.objects.get(user=ppid, alert__rule=rule)
    assert req.number in notification.alert.title


def test_the_overdue_alert_names_the_due_date_in_indonesian_and_links_to_the_request(ppid, offices):
    from sigap.alerts.models import AlertRule, Notification

    rule = AlertRule.objects.create(
        office=offices["demak"], name="PPID terlambat", kind="ppid_overdue", recipient_roles=["ppid"]
    )
    with freeze_time("2026-03-16 03:00:00"):
        req = make_request(offices["demak"], ppid)
    with freeze_time("2026-04-07 17:30:00"):
        mark_overdue()
    alert = Notification.objects.get(user=ppid, alert__rule=rule).alert
    assert (alert.title, alert.url) == (
        f"Permohonan {req.number} melewati jatuh tempo 7 Apr 2026",
        f"/ppid/permohonan/{req.pk}/",
    )
