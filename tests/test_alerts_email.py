"""E-mail alerts through a real SMTP server on 127.0.0.1; a server that is down means retry, not loss."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from helpers.alerts import make_event, make_rule

from sigap.alerts.actions import raise_events
from sigap.alerts.models import Delivery
from sigap.alerts.tasks import enqueue_due_deliveries


def email_rule(office, analyst):
    analyst.email = "analis@demakkab.go.id"
    analyst.save(update_fields=["email"])
    return make_rule(office, notify_email=True, recipient_roles=["analis"])


def test_alert_email_reaches_the_smtp_server(
    offices, analyst, smtp_server, run_tasks, django_capture_on_commit_callbacks
):
    email_rule(offices["demak"], analyst)
    with django_capture_on_commit_callbacks(execute=True):
        raise_events([make_event(offices["demak"])], now=timezone.now())
    run_tasks()
    assert Delivery.objects.get().status == Delivery.Status.SENT
    [message] = smtp_server.messages
    assert message.rcpt_tos == ["analis@demakkab.go.id"]
    content = message.content.decode()
    assert "Isu banjir Demak naik ke kasus" in content
    assert "http://127.0.0.1:8000/isu/1/" in content


def test_smtp_down_is_retried_and_visible_then_sent(
    login, offices, analyst, smtp_server, run_tasks, django_capture_on_commit_callbacks
):
    email_rule(offices["demak"], analyst)
    smtp_server.stop()
    with django_capture_on_commit_callbacks(execute=True):
        raise_events([make_event(offices["demak"])], now=timezone.now())
    run_tasks()
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.RETRYING
    assert delivery.next_attempt_at > timezone.now() and delivery.last_error
    page = login(analyst).get(reverse("alerts:delivery_list")).content.decode()
    assert "gagal, dicoba lagi pukul" in page
    assert "Server surat tidak dapat dihubungi" in page

    smtp_server.start()
    assert enqueue_due_deliveries(now=timezone.now() + timedelta(minutes=2)) == 1
    run_tasks()
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.SENT and delivery.attempts == 2
    assert len(smtp_server.messages) == 1
    detail = login(analyst).get(reverse("alerts:delivery_detail", args=[delivery.pk])).content.decode()
    assert detail.count("berhasil") >= 1 and "gagal" in detail


def test_a_retry_is_not_claimed_before_it_is_due(
    offices, analyst, smtp_server, run_tasks, django_capture_on_commit_callbacks
):
    email_rule(offices["demak"], analyst)
    smtp_server.stop()
    with django_capture_on_commit_callbacks(execute=True):
        raise_events([make_event(offices["demak"])], now=timezone.now())
    run_tasks()
    assert enqueue_due_deliveries(now=timezone.now()) == 0
    assert enqueue_due_deliveries(now=timezone.now() + timedelta(minutes=2)) == 1
    assert enqueue_due_deliveries(now=timezone.now() + timedelta(minutes=2)) == 0  # claimed once only


def test_dead_delivery_can_be_sent_again_by_an_editor(
    login, offices, analyst, smtp_server, run_tasks, django_capture_on_commit_callbacks
):
    email_rule(offices["demak"], analyst)
    smtp_server.stop()
    with django_capture_on_commit_callbacks(execute=True):
        raise_events([make_event(offices["demak"])], now=timezone.now())
    run_tasks()
    delivery = Delivery.objects.get()
    Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.DEAD, attempts=Delivery.MAX_ATTEMPTS)
    page = login(analyst).get(reverse("alerts:delivery_detail", args=[delivery.pk])).content.decode()
    assert "Kirim ulang" in page
    smtp_server.start()
    with django_capture_on_commit_callbacks(execute=True):
        login(analyst).post(reverse("alerts:delivery_retry", args=[delivery.pk]))
    run_tasks()
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.SENT
    assert len(smtp_server.messages) == 1


def test_leader_and_outsider_cannot_resend(login, offices, analyst, leader, outsider):
    rule = make_rule(offices["demak"], notify_email=True, extra_emails="humas@demakkab.go.id")
    delivery = Delivery.objects.create(
        rule=rule, office=offices["demak"], channel="email", target="humas@demakkab.go.id", status=Delivery.Status.DEAD
    )
    assert login(leader).post(reverse("alerts:delivery_retry", args=[delivery.pk])).status_code == 403
    assert login(outsider).get(reverse("alerts:delivery_detail", args=[delivery.pk])).status_code == 404
    assert login(outsider).post(reverse("alerts:delivery_retry", args=[delivery.pk])).status_code == 404
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.DEAD
