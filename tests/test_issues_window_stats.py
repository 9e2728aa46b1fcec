"""The database's counts for many issues at once equal the reference computation from rows."""

import random
from datetime import timedelta

import pytest
from django.utils import timezone

from sigap.issues.escalation import Baseline, Row, aggregate
from sigap.issues.models import Issue, IssueDocument
from sigap.issues.tracking import window_stats
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Document


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_window_stats_equal_the_reference_aggregate(source, seed):
    rng = random.Random(seed)
    now = timezone.now().replace(microsecond=0)
    store_records(source, [Record(f"d{i}", "x", f"teks {i}", now - timedelta(hours=1)) for i in range(90)])
    docs = list(Document.objects.order_by("id"))
    issues = [Issue.objects.create(office=source.office, title=f"Isu {n}") for n in range(3)]
    rows: dict[int, list[Row]] = {i.pk: [] for i in issues}
    for doc in docs:
        issue = rng.choice(issues)
        fields = {
            "published_at": now - timedelta(minutes=rng.randint(0, 80 * 60)), "channel": rng.choice(["x", "news"]),
            "source_id": rng.randint(1, 4), "national": rng.random() < 0.3, "author": rng.choice(["", "a", "b", "c"]),
            "reach": rng.randint(0, 1000), "negative": rng.random() < 0.4, "dup_group": rng.choice(["", "g1", "g2"]),
            "cues": rng.choice(["", "korban", "korban,bencana"]), "actors": rng.choice(["", "Bupati Demak", "KPK | DPRD"]),
            "regions": rng.choice(["", "33.21", "33.21,33.22"]), "severe": rng.random() < 0.2,
            "elsewhere": rng.random() < 0.2,
        }  # fmt: skip
        IssueDocument.objects.create(issue=issue, document=doc, **fields)
        if now - timedelta(hours=72) < fields["published_at"] <= now:
            rows[issue.pk].append(Row(
                fields["published_at"], fields["channel"], fields["source_id"], fields["national"], fields["author"],
                fields["reach"], fields["negative"], fields["dup_group"], tuple(filter(None, fields["cues"].split(","))),
                tuple(filter(None, fields["actors"].split(" | "))), tuple(filter(None, fields["regions"].split(","))),
                fields["severe"], fields["elsewhere"],
            ))  # fmt: skip
    usual = Baseline(documents=500, negative=150, days=3)
    counted = window_stats([i.pk for i in issues], now, {i.pk: usual for i in issues})
    for issue in issues:
        expected = aggregate(rows[issue.pk], now, usual)
        got = counted[issue.pk]
        for name in (
            "last_hour",
            "recent_docs",
            "outlets_local",
            "outlets_national",
            "accounts_recent",
            "regions",
            "actors",
        ):
            assert getattr(got, name) == getattr(expected, name), name
        for name in (
            "hourly_baseline",
            "recent",
            "reach_recent",
            "negative_recent",
            "duplicate_share",
            "cue_share",
            "severe_share",
            "elsewhere_share",
            "office_daily",
            "office_negative",
        ):
            assert getattr(got, name) == pytest.approx(getattr(expected, name)), name
        assert (got.negative_before is None) == (expected.negative_before is None)
        if expected.negative_before is not None:
            assert got.negative_before == pytest.approx(expected.negative_before)
