"""`sigap demo` loads three offices, users for every role, sources and the replayed stream — twice safely."""

from django.core.management import call_command

from sigap.core.models import Membership, Office, Role
from sigap.monitoring.models import Document, Source


def test_demo_loads_offices_users_sources_and_stream(db):
    call_command("demo", "--live-hours", "3", verbosity=0)
    assert set(Office.objects.values_list("slug", flat=True)) == {"jateng", "demak", "kemensos"}
    assert Office.objects.get(slug="demak").parent.slug == "jateng"
    for office in Office.objects.all():
        assert set(Membership.objects.filter(office=office).values_list("role", flat=True)) == set(Role.values)
    assert Source.objects.filter(shared=True).exists() and Source.objects.filter(shared=False).exists()
    channels = set(Document.objects.values_list("channel", flat=True))
    assert {"news", "x", "facebook", "instagram", "youtube", "tiktok", "complaint"} <= channels
    assert Document.objects.count() > 2000


def test_reloading_the_demo_stores_nothing_twice(db):
    call_command("demo", "--live-hours", "3", verbosity=0)
    before = Document.objects.count()
    call_command("demo", "--live-hours", "3", verbosity=0)
    assert Document.objects.count() == before
