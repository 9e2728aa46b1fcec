"""Signed webhooks to a real HTTP server on 127.0.0.1: signature, retries on 500 and timeouts, log."""

import hashlib
import hmac
import json
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from helpers.alerts import make_event, make_rule

from sigap.alerts.actions import raise_events
from sigap.alerts.models import Delivery
from sigap.alerts.tasks import enqueue_due_deliveries


def raise_one(offices, receiver, capture):
    rule = make_rule(offices["demak"], notify_webhook=True, webhook_url=receiver.url)
    with capture(execute=True):
        raise_events([make_event(offices["demak"], score=71.5)], now=timezone.now())
    return rule


def test_webhook_is_signed_over_the_raw_body(
    offices, analyst, webhook_receiver, run_tasks, django_capture_on_commit_callbacks
):
    rule = raise_one(offices, webhook_receiver, django_capture_on_commit_callbacks)
    run_tasks()
    [request] = webhook_receiver.requests
    expected = "sha256=" + hmac.new(rule.webhook_secret.encode(), request["body"], hashlib.sha256).hexdigest()
    assert hmac.compare_digest(request["headers"]["X-Sigap-Signature"], expected)
    delivery = Delivery.objects.get()
    assert request["headers"]["X-Sigap-Delivery"] == str(delivery.pk)
    assert request["headers"]["X-Sigap-Timestamp"].isdigit()
    payload = json.loads(request["body"])
    assert payload["type"] == "alert" and payload["office"]["slug"] == "demak"
    assert payload["alert"]["level"] == "kasus" and payload["alert"]["values"] == {"score": 71.5}
    assert payload["alert"]["url"] == "http://127.0.0.1:8000/isu/1/"
    assert delivery.status == Delivery.Status.SENT and delivery.last_status_code == 200


def test_server_error_is_retried_then_sent(
    login, offices, analyst, webhook_receiver, run_tasks, django_capture_on_commit_callbacks
):
    webhook_receiver.answers = [500]
    raise_one(offices, webhook_receiver, django_capture_on_commit_callbacks)
    run_tasks()
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.RETRYING and delivery.last_status_code == 500
    enqueue_due_deliveries(now=timezone.now() + timedelta(minutes=2))
    run_tasks()
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.SENT and delivery.attempts == 2
    assert len(webhook_receiver.requests) == 2
    # the receiver sees the same delivery id on both attempts, so it can ignore a duplicate
    assert {r["headers"]["X-Sigap-Delivery"] for r in webhook_receiver.requests} == {str(delivery.pk)}
    page = login(analyst).get(reverse("alerts:delivery_detail", args=[delivery.pk])).content.decode()
    assert "HTTP 500" in page and "berhasil" in page


def test_a_receiver_that_times_out_is_retried(
    offices, analyst, webhook_receiver, run_tasks, settings, django_capture_on_commit_callbacks
):
    settings.ALERTS_WEBHOOK_TIMEOUT = 0.3
    webhook_receiver.delay = 1.0
    raise_one(offices, webhook_receiver, django_capture_on_commit_callbacks)
    run_tasks()
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.RETRYING
    assert "0.3" in delivery.last_error
    assert delivery.log.get().ok is False


def test_a_client_error_is_not_retried_and_shows_its_status(
    offices, analyst, webhook_receiver, run_tasks, django_capture_on_commit_callbacks
):
    webhook_receiver.answers = [404]
    raise_one(offices, webhook_receiver, django_capture_on_commit_callbacks)
    run_tasks()
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.DEAD and delivery.last_status_code == 404
    assert enqueue_due_deliveries(now=timezone.now() + timedelta(days=1)) == 0


def test_too_many_failures_end_dead_but_listed(
    login, offices, analyst, webhook_receiver, run_tasks, django_capture_on_commit_callbacks
):
    webhook_receiver.answers = [503] * Delivery.MAX_ATTEMPTS
    raise_one(offices, webhook_receiver, django_capture_on_commit_callbacks)
    run_tasks()
    later = timezone.now()
    for _ in range(Delivery.MAX_ATTEMPTS - 1):
        later += timedelta(hours=2)
        enqueue_due_deliveries(now=later)
        run_tasks()
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.DEAD and delivery.attempts == Delivery.MAX_ATTEMPTS
    page = login(analyst).get(reverse("alerts:delivery_list")).content.decode()
    assert "gagal permanen" in page and "HTTP 503" in page


def test_backoff_doubles_up_to_an_hour():
    assert [Delivery.backoff(n).total_seconds() / 60 for n in range(1, 9)] == [1, 2, 4, 8, 16, 32, 60, 60]
