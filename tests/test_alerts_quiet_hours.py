"""Quiet hours (office time zone) and digests: held messages go out as one digest afterwards;
crisis-level alerts always go out at once; repeats go to the digest."""

import json
from datetime import UTC, datetime, time, timedelta

from helpers.alerts import make_event, make_rule

from sigap.alerts.actions import raise_events
from sigap.alerts.models import Delivery, Notification
from sigap.alerts.tasks import enqueue_due_deliveries

NIGHT = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)  # 23:00 WIB
MORNING = datetime(2026, 3, 2, 23, 1, tzinfo=UTC)  # 06:01 WIB the next day


def quiet_rule(offices, receiver):
    return make_rule(
        offices["demak"],
        min_level="isu",
        notify_webhook=True,
        webhook_url=receiver.url,
        quiet_start=time(22, 0),
        quiet_end=time(6, 0),
    )


def test_alerts_in_quiet_hours_are_held_and_sent_as_one_digest(
    offices, analyst, webhook_receiver, run_tasks, django_capture_on_commit_callbacks
):
    quiet_rule(offices, webhook_receiver)
    with django_capture_on_commit_callbacks(execute=True):
        raise_events(
            [make_event(offices["demak"], subject="issue:1"), make_event(offices["demak"], subject="issue:2")],
            now=NIGHT,
        )
    run_tasks()
    assert webhook_receiver.requests == []
    digest = Delivery.objects.get()
    assert digest.status == Delivery.Status.HELD and digest.is_digest
    assert digest.next_attempt_at == datetime(2026, 3, 2, 23, 0, tzinfo=UTC)  # 06:00 WIB
    assert Notification.objects.filter(user=analyst).count() == 2  # in-app is never held

    assert enqueue_due_deliveries(now=NIGHT + timedelta(hours=3)) == 0
    assert enqueue_due_deliveries(now=MORNING) == 1
    run_tasks()
    [request] = webhook_receiver.requests
    payload = json.loads(request["body"])
    assert payload["type"] == "digest"
    assert {a["subject"] for a in payload["alerts"]} == {"issue:1", "issue:2"}


def test_crisis_alert_goes_out_during_quiet_hours(
    offices, analyst, webhook_receiver, run_tasks, django_capture_on_commit_callbacks
):
    quiet_rule(offices, webhook_receiver)
    with django_capture_on_commit_callbacks(execute=True):
        raise_events([make_event(offices["demak"], level="krisis")], now=NIGHT)
    run_tasks()
    [request] = webhook_receiver.requests
    assert json.loads(request["body"])["alert"]["level"] == "krisis"


def test_outside_quiet_hours_alerts_go_out_at_once(
    offices, analyst, webhook_receiver, run_tasks, django_capture_on_commit_callbacks
):
    quiet_rule(offices, webhook_receiver)
    with django_capture_on_commit_callbacks(execute=True):
        raise_events([make_event(offices["demak"])], now=datetime(2026, 3, 2, 3, 0, tzinfo=UTC))  # 10:00 WIB
    run_tasks()
    assert len(webhook_receiver.requests) == 1


def test_quiet_hours_follow_the_office_time_zone(offices, webhook_receiver):
    office = offices["demak"]
    office.time_zone = "Asia/Jayapura"  # WIT, UTC+9
    office.save()
    rule = quiet_rule(offices, webhook_receiver)
    assert rule.in_quiet_hours(datetime(2026, 3, 2, 13, 30, tzinfo=UTC))  # 22:30 WIT
    assert not rule.in_quiet_hours(NIGHT.replace(hour=21, minute=30))  # 06:30 WIT


def test_repeats_go_to_one_digest(offices, analyst, webhook_receiver, run_tasks, django_capture_on_commit_callbacks):
    make_rule(offices["demak"], notify_webhook=True, webhook_url=webhook_receiver.url)
    noon = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)
    with django_capture_on_commit_callbacks(execute=True):
        for minute in range(3):
            raise_events([make_event(offices["demak"])], now=noon + timedelta(minutes=minute))
    run_tasks()
    assert len(webhook_receiver.requests) == 1  # the first one
    digest = Delivery.objects.get(is_digest=True)
    assert digest.status == Delivery.Status.HELD
    enqueue_due_deliveries(now=noon + timedelta(hours=1))
    run_tasks()
    assert len(webhook_receiver.requests) == 2
    payload = json.loads(webhook_receiver.requests[1]["body"])
    assert payload["type"] == "digest" and payload["alerts"][0]["repeat_count"] == 2


def test_held_emails_arrive_as_one_digest_message(
    offices, analyst, smtp_server, run_tasks, django_capture_on_commit_callbacks
):
    analyst.email = "analis@demakkab.go.id"
    analyst.save(update_fields=["email"])
    make_rule(offices["demak"], min_level="isu", notify_email=True, quiet_start=time(22, 0), quiet_end=time(6, 0))
    with django_capture_on_commit_callbacks(execute=True):
        raise_events(
            [
                make_event(offices["demak"], subject="issue:1"),
                make_event(offices["demak"], subject="issue:2", level="isu"),
            ],
            now=NIGHT,
        )
    run_tasks()
    assert smtp_server.messages == []
    enqueue_due_deliveries(now=MORNING)
    run_tasks()
    [message] = smtp_server.messages
    content = message.content.decode()
    assert "Ringkasan" in content and "Isu banjir Demak naik ke kasus" in content and "naik ke isu" in content
