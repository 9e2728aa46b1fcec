"""Analysed documents become issues of the offices they touch, and rising issues raise alerts."""

from datetime import timedelta

import pytest
from django.utils import timezone
from helpers.issues import FLOOD

from sigap.alerts.events import EventKind
from sigap.issues.models import EscalationPolicy, Issue
from sigap.monitoring.analysis import analyse_pending
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Source, Watchlist


def post(source, texts, *, minutes_ago=30, prefix="p"):
    now = timezone.now()
    store_records(source, [
        Record(f"{prefix}{i}", source.channel, text, now - timedelta(minutes=minutes_ago - i), author=f"warga{i}")
        for i, text in enumerate(texts)
    ])  # fmt: skip
    analyse_pending()


@pytest.fixture
def watchlist(offices):
    return Watchlist.objects.create(office=offices["demak"], name="Banjir Demak", query="banjir AND Demak")


def test_a_story_matching_the_offices_watchlist_becomes_its_issue(source, watchlist):
    post(source, FLOOD)
    issue = Issue.objects.get(office=source.office)
    assert issue.doc_count == len(FLOOD) and issue.watchlist == watchlist
    assert issue.score > 0 and {c["key"] for c in issue.components} >= {"velocity", "negative", "crisis_cues"}


def test_a_story_naming_the_offices_region_becomes_its_issue(source, offices):
    offices["demak"].region_code = "33.21"
    offices["demak"].save()
    post(source, FLOOD)
    assert Issue.objects.filter(office=offices["demak"]).count() == 1


def test_one_or_two_posts_do_not_make_an_issue(source, watchlist):
    post(source, FLOOD[:2])
    assert not Issue.objects.exists()


def test_another_offices_private_documents_never_reach_an_office_that_cannot_see_them(offices, watchlist):
    private = Source.objects.create(office=offices["kemensos"], name="X Kemensos", kind="import", channel="x")
    post(private, FLOOD)
    assert not Issue.objects.filter(office=offices["demak"]).exists()


def test_a_province_sees_the_issue_of_its_regency_source(source, offices):
    Watchlist.objects.create(office=offices["jateng"], name="Banjir Jateng", query="banjir")
    post(source, FLOOD)
    assert Issue.objects.filter(office=offices["jateng"]).count() == 1


def test_a_dismissed_issue_does_not_come_back_from_the_same_story(source, watchlist, analyst):
    post(source, FLOOD[:6])
    issue = Issue.objects.get()
    issue.dismiss(actor=analyst, reason="Bukan wewenang kami")
    post(source, FLOOD[6:], prefix="q", minutes_ago=5)
    assert Issue.objects.count() == 1 and Issue.objects.get().status == Issue.Status.DISMISSED


def test_a_rising_issue_reaches_a_level_and_alerts_the_office(source, watchlist, analyst):
    from sigap.alerts.models import AlertRule, Notification

    EscalationPolicy.objects.create(office=source.office, isu_at=10, kasus_at=90, krisis_at=95, margin=5)
    rule = AlertRule(office=source.office, name="Isu baru", kind=EventKind.LEVEL_REACHED, min_level="isu")
    rule.full_clean()
    rule.save()
    post(source, FLOOD)
    issue = Issue.objects.get()
    assert issue.level == "isu"
    change = issue.level_changes.get()
    assert (change.from_level, change.to_level) == ("pemantauan", "isu") and change.score >= 10
    notification = Notification.objects.get(user=analyst)
    assert issue.title in notification.alert.title


def test_a_level_change_is_audited_with_its_reason(source, watchlist):
    from sigap.core.models import AuditEvent

    EscalationPolicy.objects.create(office=source.office, isu_at=10, kasus_at=90, krisis_at=95, margin=5)
    post(source, FLOOD)
    event = AuditEvent.objects.get(action="issue.level")
    assert (event.from_state, event.to_state) == ("pemantauan", "isu") and "ambang 10" in event.reason


def test_key_actors_named_in_an_issue_are_shown(source, watchlist):
    from sigap.issues.models import KeyActor

    KeyActor.objects.create(office=source.office, name="Bupati Demak")
    post(source, [t + " Bupati Demak meninjau lokasi." for t in FLOOD])
    parts = {c["key"]: c for c in Issue.objects.get().components}
    assert parts["key_actors"]["value"] == 1 and parts["key_actors"]["contribution"] > 0
