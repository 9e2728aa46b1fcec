"""Every change of state leaves an AuditEvent: who, when, what, from, to."""

from django.urls import reverse

from sigap.core.models import AuditEvent, Membership, Role
from sigap.monitoring.models import Source


def test_creating_a_source_is_audited(login, analyst, offices):
    login(analyst).post(
        reverse("monitoring:source_create"),
        {
            "office": offices["demak"].pk,
            "name": "Suara Pantura",
            "kind": "rss",
            "channel": "news",
            "url": "https://suarapantura.example/rss",
            "poll_minutes": 15,
            "active": "on",
        },
    )
    source = Source.objects.get(name="Suara Pantura")
    event = AuditEvent.objects.get(action="source.created", target_id=str(source.pk))
    assert event.actor == analyst and event.office == offices["demak"]


def test_membership_added_in_admin_is_audited(client, offices, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.go.id", "sandi-rahasia-123")
    newcomer = django_user_model.objects.create_user("baru", password="sandi-rahasia-123")
    client.force_login(admin)
    office = offices["demak"]
    response = client.post(
        reverse("admin:core_office_change", args=[office.pk]),
        {
            "name": office.name,
            "slug": office.slug,
            "kind": office.kind,
            "parent": office.parent_id,
            "time_zone": office.time_zone,
            "region_code": "",
            "memberships-TOTAL_FORMS": "1",
            "memberships-INITIAL_FORMS": "0",
            "memberships-MIN_NUM_FORMS": "0",
            "memberships-MAX_NUM_FORMS": "1000",
            "memberships-0-user": newcomer.pk,
            "memberships-0-role": Role.ANALIS,
            "memberships-0-office": office.pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    membership = Membership.objects.get(user=newcomer)
    assert AuditEvent.objects.filter(action="membership.created", target_id=str(membership.pk), actor=admin).exists()
