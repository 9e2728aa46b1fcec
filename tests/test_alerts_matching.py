"""raise_events: rules match the right events, and repeats are counted, not duplicated."""

from datetime import UTC, datetime

from helpers.alerts import make_event, make_rule

from sigap.alerts.actions import raise_events
from sigap.alerts.events import EventKind
from sigap.alerts.models import Alert
from sigap.monitoring.models import Watchlist

NOW = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # 10:00 WIB


def test_one_alert_per_rule_subject_kind_and_level(offices, analyst):
    make_rule(offices["demak"])
    created = raise_events(
        [make_event(offices["demak"], subject="issue:1"), make_event(offices["demak"], subject="issue:2")], now=NOW
    )
    assert created == 2
    assert Alert.objects.count() == 2


def test_a_repeated_event_counts_on_the_existing_alert(offices, analyst):
    make_rule(offices["demak"])
    raise_events([make_event(offices["demak"])], now=NOW)
    assert raise_events([make_event(offices["demak"])], now=NOW) == 0
    alert = Alert.objects.get()
    assert alert.repeat_count == 1


def test_a_higher_level_is_a_new_alert(offices, analyst):
    make_rule(offices["demak"])
    raise_events([make_event(offices["demak"], level="kasus")], now=NOW)
    assert raise_events([make_event(offices["demak"], level="krisis")], now=NOW) == 1


def test_level_rule_fires_at_its_level_and_above_only(offices, analyst):
    make_rule(offices["demak"], min_level="kasus")
    demak = offices["demak"]
    assert raise_events([make_event(demak, subject="a", level="isu")], now=NOW) == 0
    assert raise_events([make_event(demak, subject="b", level="kasus")], now=NOW) == 1
    assert raise_events([make_event(demak, subject="c", level="krisis")], now=NOW) == 1


def test_negative_share_rule_fires_only_above_its_threshold(offices, analyst):
    make_rule(offices["demak"], name="Negatif", kind=EventKind.NEGATIVE_SHARE, min_level="", threshold=60)
    demak = offices["demak"]
    kind = EventKind.NEGATIVE_SHARE
    assert raise_events([make_event(demak, kind=kind, subject="a", negative_share=0.55)], now=NOW) == 0
    assert raise_events([make_event(demak, kind=kind, subject="b", negative_share=0.60)], now=NOW) == 0
    assert raise_events([make_event(demak, kind=kind, subject="c", negative_share=0.72)], now=NOW) == 1


def test_watchlist_rule_fires_only_for_its_watchlist(offices, analyst):
    mine = Watchlist.objects.create(office=offices["demak"], name="Banjir", query="banjir")
    other = Watchlist.objects.create(office=offices["demak"], name="Jalan", query="jalan")
    make_rule(offices["demak"], name="Berita", kind=EventKind.WATCHLIST_MAINSTREAM, min_level="", watchlist=mine)
    kind = EventKind.WATCHLIST_MAINSTREAM
    demak = offices["demak"]
    assert raise_events([make_event(demak, kind=kind, subject="a", watchlist_id=other.pk)], now=NOW) == 0
    assert raise_events([make_event(demak, kind=kind, subject="b", watchlist_id=mine.pk)], now=NOW) == 1


def test_rules_of_other_offices_do_not_fire(offices, analyst):
    make_rule(offices["jateng"])
    make_rule(offices["kemensos"])
    assert raise_events([make_event(offices["demak"])], now=NOW) == 0


def test_inactive_rule_does_not_fire(offices, analyst):
    make_rule(offices["demak"], active=False)
    assert raise_events([make_event(offices["demak"])], now=NOW) == 0


def test_raising_events_does_no_network_io_and_queues_deliveries(offices, analyst, django_capture_on_commit_callbacks):
    from sigap.alerts.models import Delivery

    make_rule(offices["demak"], notify_webhook=True, webhook_url="http://127.0.0.1:9/unreachable")
    with django_capture_on_commit_callbacks() as callbacks:
        raise_events([make_event(offices["demak"])], now=NOW)
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.PENDING and delivery.attempts == 0
    assert len(callbacks) == 1  # the sending task is queued after commit
