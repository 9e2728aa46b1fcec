"""A replay plays into a drill office on its own clock; real monitoring keeps the wall clock."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone
from helpers.issues import FLOOD as TRACKING_FLOOD

from sigap.core.models import Membership, Office
from sigap.issues import tracking
from sigap.issues.models import Issue, IssueDocument, KeyActor
from sigap.issues.replay import replay
from sigap.monitoring.analysis import analyse_pending
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Watchlist

FLOOD = TRACKING_FLOOD[:6]  # the flood the tracking tests post


def post_live(source, texts, prefix):
    now = timezone.now()
    store_records(source, [
        Record(f"{prefix}{i}", source.channel, text, now - timedelta(minutes=20 - i), author=f"warga{i}")
        for i, text in enumerate(texts)
    ])  # fmt: skip
    analyse_pending()


@pytest.fixture
def recording(tmp_path):
    """The same flood, recorded in 2025: 20 seconds apart, so it plays in two seconds at speed 60."""
    start = datetime(2025, 3, 16, 2, 0, tzinfo=UTC)
    lines = [json.dumps({"id": f"r{i}", "text": t, "published_at": (start + timedelta(seconds=20 * i)).isoformat(),
                         "channel": "x", "author": f"akun{i}", "source": "X Demak"})
             for i, t in enumerate(FLOOD)]  # fmt: skip
    path = tmp_path / "banjir-2025.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def live(source, analyst):
    Watchlist.objects.create(office=source.office, name="Banjir Demak", query="banjir AND Demak")
    KeyActor.objects.create(office=source.office, name="Bupati Demak", kind="pejabat")
    post_live(source, FLOOD[:5], prefix="live")
    return Issue.objects.get(office=source.office)


def test_a_replay_at_speed_beside_live_ingestion_leaves_live_scores_alone(source, live, recording):
    started = timezone.now()
    arrived = []

    def live_post_arrives(sim_now, stored):
        if not arrived:  # real monitoring keeps ingesting while the drill plays
            post_live(source, FLOOD[5:], prefix="during")
            arrived.append(sim_now)

    result = replay(recording, office=source.office, speed=60,
                    start=datetime(2025, 3, 16, 9, 0, tzinfo=UTC), on_step=live_post_arrives)  # fmt: skip
    assert result.stored == len(FLOOD) and arrived

    live.refresh_from_db()
    assert set(IssueDocument.objects.filter(issue=live).values_list("source_id", flat=True)) == {source.pk}
    assert live.doc_count == len(FLOOD) and live.scored_at >= started  # scored on the wall clock
    during = (live.score, live.level, live.components)
    tracking.update([])  # the same issue rescored with no drill running
    live.refresh_from_db()
    assert (live.score, live.level) == during[:2]
    assert [c["key"] for c in live.components] == [c["key"] for c in during[2]]

    drill = Issue.objects.get(office=result.office)
    assert drill.doc_count == len(FLOOD)
    assert drill.scored_at.year == 2025  # the drill ran on the scenario's clock
    assert not set(IssueDocument.objects.filter(issue=drill).values_list("source_id", flat=True)) & {source.pk}


def test_a_drill_office_copies_the_set_up_and_is_its_own_office(source, live, recording):
    result = replay(recording, office=source.office, speed=0)
    drill = result.office
    assert drill.drill_of == source.office and drill.pk != source.office.pk
    assert list(Watchlist.objects.filter(office=drill).values_list("query", flat=True)) == ["banjir AND Demak"]
    assert list(KeyActor.objects.filter(office=drill).values_list("name", flat=True)) == ["Bupati Demak"]
    members = set(Membership.objects.filter(office=drill).values_list("user__username", "role"))
    assert members == set(Membership.objects.filter(office=source.office).values_list("user__username", "role"))
    assert Issue.objects.filter(office=source.office).count() == 1  # the live issue only
    assert not Office.objects.filter(drill_of=drill).exists()


def test_a_drill_cannot_be_replayed_into_again(source, live, recording):
    from sigap.issues.replay import ReplayError

    drill = replay(recording, office=source.office, speed=0).office
    with pytest.raises(ReplayError):
        replay(recording, office=drill, speed=0)
