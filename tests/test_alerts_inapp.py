"""In-app notifications: the office's members get them, other offices never; inbox and badge."""

from datetime import UTC, datetime

from django.urls import reverse
from helpers.alerts import make_event, make_rule

from sigap.alerts.actions import raise_events
from sigap.alerts.models import Notification

NOW = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


def test_office_members_are_notified_and_the_outsider_is_not(offices, analyst, leader, outsider):
    make_rule(offices["demak"])
    raise_events([make_event(offices["demak"])], now=NOW)
    assert set(Notification.objects.values_list("user__username", flat=True)) == {analyst.username, leader.username}


def test_office_wide_rule_reaches_only_the_chosen_roles(offices, analyst, leader):
    make_rule(offices["demak"], recipient_roles=["pimpinan"])
    raise_events([make_event(offices["demak"])], now=NOW)
    assert list(Notification.objects.values_list("user", flat=True)) == [leader.pk]


def test_personal_rule_notifies_only_its_owner(offices, analyst, leader):
    make_rule(offices["demak"], owner=leader, recipient_roles=[])
    raise_events([make_event(offices["demak"])], now=NOW)
    assert list(Notification.objects.values_list("user", flat=True)) == [leader.pk]


def test_inbox_shows_the_notification_in_indonesian(login, offices, analyst):
    make_rule(offices["demak"])
    raise_events([make_event(offices["demak"])], now=NOW)
    page = login(analyst).get(reverse("alerts:inbox")).content.decode()
    assert "Isu banjir Demak naik ke kasus" in page
    assert "Tandai semua sudah dibaca" in page
    assert "Level tercapai" in page


def test_badge_counts_unread_notifications(login, offices, analyst):
    make_rule(offices["demak"])
    raise_events([make_event(offices["demak"], subject="a"), make_event(offices["demak"], subject="b")], now=NOW)
    page = login(analyst).get(reverse("alerts:rule_list")).content.decode()
    assert 'id="unread-badge"' in page and ">2</span>" in page


def test_opening_a_notification_marks_it_read_and_goes_to_the_issue(login, offices, analyst):
    make_rule(offices["demak"])
    raise_events([make_event(offices["demak"])], now=NOW)
    notification = Notification.objects.get(user=analyst)
    response = login(analyst).get(reverse("alerts:notification_open", args=[notification.pk]))
    assert response.status_code == 302 and response["Location"] == "/isu/1/"
    notification.refresh_from_db()
    assert notification.read_at is not None


def test_mark_all_read(login, offices, analyst):
    make_rule(offices["demak"])
    raise_events([make_event(offices["demak"], subject="a"), make_event(offices["demak"], subject="b")], now=NOW)
    login(analyst).post(reverse("alerts:notification_read_all"))
    assert not Notification.objects.filter(user=analyst, read_at__isnull=True).exists()


def test_nobody_opens_another_users_notification(login, offices, analyst, outsider):
    make_rule(offices["demak"])
    raise_events([make_event(offices["demak"])], now=NOW)
    notification = Notification.objects.get(user=analyst)
    assert login(outsider).get(reverse("alerts:notification_open", args=[notification.pk])).status_code == 404


def test_anonymous_users_are_sent_to_login(client):
    response = client.get(reverse("alerts:inbox"))
    assert response.status_code == 302 and "/masuk/" in response["Location"]
