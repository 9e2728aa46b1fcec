"""The monitoring dashboard: totals, volume per day, channels, top sources, latest documents, filters."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Source


@pytest.fixture
def mentions(offices, source):
    news = Source.objects.create(office=offices["demak"], name="Suara Pantura", kind="rss", channel="news")
    now = timezone.now()
    store_records(
        source, [Record(str(i), "x", f"Banjir Demak kiriman {i}", now - timedelta(hours=i)) for i in range(6)]
    )
    store_records(news, [Record("a", "news", "Tanggul jebol", now - timedelta(hours=2), title="Tanggul Wulan jebol")])
    store_records(news, [Record("old", "news", "Berita lama", now - timedelta(days=30), title="Berita lama sekali")])
    return news


def test_dashboard_shows_totals_channels_and_top_sources(login, analyst, mentions):
    response = login(analyst).get(reverse("monitoring:dashboard"))
    assert response.status_code == 200
    context = response.context
    assert context["total"] == 7
    assert {c["channel"]: c["n"] for c in context["channels"]} == {"x": 6, "news": 1}
    assert [s["name"] for s in context["top_sources"]] == ["X Demak", "Suara Pantura"]
    assert "Tanggul Wulan jebol" in response.content.decode()
    assert "Berita lama sekali" not in response.content.decode()


def test_volume_series_covers_every_day_of_the_period(login, analyst, mentions):
    response = login(analyst).get(reverse("monitoring:dashboard"))
    series = response.context["series"]
    assert len(series["labels"]) == 7 and sum(series["values"]) == 7


def test_short_period_is_shown_per_hour(login, analyst, mentions):
    today = timezone.localdate()
    response = login(analyst).get(
        reverse("monitoring:dashboard"), {"start": today.isoformat(), "end": today.isoformat()}
    )
    assert response.context["series"]["hourly"] and len(response.context["series"]["labels"]) == 24


def test_channel_filter_narrows_everything(login, analyst, mentions):
    response = login(analyst).get(reverse("monitoring:dashboard"), {"channel": "news"})
    assert response.context["total"] == 1


def test_period_with_end_before_start_is_explained(login, analyst, mentions):
    response = login(analyst).get(reverse("monitoring:dashboard"), {"start": "2026-03-10", "end": "2026-03-01"})
    assert "tidak boleh sebelum" in response.content.decode()


def test_dashboard_counts_days_in_the_office_time_zone(login, analyst, offices, source):
    # 23:30 WIB on 1 March is 16:30 UTC: it belongs to 1 March for a Demak analyst.
    store_records(source, [Record("late", "x", "Larut malam", datetime(2026, 3, 1, 16, 30, tzinfo=UTC))])
    response = login(analyst).get(reverse("monitoring:dashboard"), {"start": "2026-03-01", "end": "2026-03-02"})
    series = response.context["series"]
    assert series["values"][series["labels"].index("2026-03-01 23:00")] == 1


def test_source_list_shows_documents_per_day(login, analyst, mentions):
    response = login(analyst).get(reverse("monitoring:source_list"))
    per_day = {s.name: s.per_day for s in response.context["sources"]}
    assert per_day == {"X Demak": round(6 / 7, 1), "Suara Pantura": round(1 / 7, 1)}
