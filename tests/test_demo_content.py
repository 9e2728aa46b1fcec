"""The demo's replayed stream (sigap.demo.content): pure Python, runs without Django."""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from functools import cache

import pytest

from sigap.demo import content

WIB = timezone(timedelta(hours=7))
END = datetime(2025, 3, 12, 14, 0, tzinfo=WIB)
#: ends at different times of day: the daily rhythm must not move the scenario peaks
ENDS = (
    END,
    datetime(2025, 3, 12, 3, 30, tzinfo=WIB),
    datetime(2025, 7, 1, 9, 15, tzinfo=WIB),
    datetime(2025, 11, 20, 21, 45, tzinfo=UTC),
)


@cache
def _labelled(end: datetime, seed: int = 7) -> tuple[tuple[str, dict], ...]:
    return tuple(content.labelled(end, seed))


def _records(end: datetime = END, seed: int = 7) -> list[dict]:
    return [record for _key, record in _labelled(end, seed)]


def _hours_before(end: datetime, record: dict) -> float:
    return (end - datetime.fromisoformat(record["published_at"])).total_seconds() / 3600


def test_same_end_and_seed_give_identical_output():
    first = list(content.stream(END))
    second = list(content.stream(END, seed=7))
    assert first == second
    assert [r["id"] for r in content.stream(END, seed=8)] != [r["id"] for r in first]


def test_same_seed_gives_the_same_records_whatever_the_end():
    """Only the timestamps follow ``end``: reloading the demo later stores nothing twice."""
    for end in ENDS[1:]:
        assert Counter((k, r["id"], r["source"], r["author"]) for k, r in _labelled(end)) == Counter(
            (k, r["id"], r["source"], r["author"]) for k, r in _labelled(END)
        )


def test_scheduled_events_fall_at_sensible_local_times():
    # with the demo ending at 14:00 WIB the rally starts in the morning, and the ministry
    # clarifies in the daytime
    records = _records(END)
    march = next(r for r in records if r["title"] and r["title"].startswith("Ribuan Mahasiswa dan Buruh Bergerak"))
    assert 8 <= datetime.fromisoformat(march["published_at"]).hour <= 11
    clarify = next(r for r in records if r["author"] == "KemensosHumas" and r["text"].startswith("KLARIFIKASI"))
    assert 7 <= datetime.fromisoformat(clarify["published_at"]).hour <= 21
    milestones = {m["key"]: m["milestones"] for m in content.scenarios(END)}
    assert abs(_hours_before(END, march) - milestones["demo-bbm"]["aksi_dimulai"]) < 0.1


def test_stream_matches_labelled():
    assert list(content.stream(END)) == _records()


def test_records_are_chronological_and_not_in_the_future():
    for end in ENDS:
        times = [datetime.fromisoformat(r["published_at"]) for r in _records(end)]
        assert all(t.tzinfo is not None for t in times)
        assert times == sorted(times)
        assert max(times) <= end
        assert min(times) >= end - timedelta(days=14)


def test_ids_are_unique():
    for end in ENDS:
        ids = [r["id"] for r in _records(end)]
        assert len(ids) == len(set(ids))


def test_every_record_has_the_schema_and_a_known_source():
    sources = {s["key"]: s for s in content.sources()}
    for record in (r for end in ENDS for r in _records(end)):
        assert tuple(record) == content.FIELDS
        assert record["source"] in sources
        assert record["channel"] == sources[record["source"]]["channel"]
        assert record["text"]
        assert "{" not in record["text"] and "}" not in record["text"], record["text"]
        assert record["lang"] in ("id", "en", "jv")
        assert record["url"].startswith("https://") and ".example/" in record["url"]
        for field in ("author_followers", "likes", "shares", "replies", "views"):
            assert record[field] is None or (isinstance(record[field], int) and record[field] >= 0)
        if record["channel"] == "news":
            assert record["title"] and "{" not in record["title"]
            domain = re.sub(r"^https://([^/]+)/.*$", r"\1", sources[record["source"]]["url"])
            assert record["url"].startswith(f"https://{domain}/")


def test_replies_point_to_earlier_records_of_the_same_channel():
    seen: dict[str, dict] = {}
    replies = 0
    for record in _records():
        if record["parent_id"] is not None:
            replies += 1
            parent = seen[record["parent_id"]]
            assert parent["channel"] == record["channel"]
            assert parent["published_at"] < record["published_at"]
        seen[record["id"]] = record
    assert replies > 200


def test_volume_and_mix():
    records = _records()
    assert 1500 <= len(records) <= 2500
    channels = Counter(r["channel"] for r in records)
    assert set(channels) == {"news", "x", "facebook", "instagram", "youtube", "tiktok", "complaint"}
    langs = Counter(r["lang"] for r in records)
    assert 3 <= langs["en"] <= 20 and 3 <= langs["jv"] <= 30
    assert all(count > 0 for count in Counter(r["source"] for r in records).values())
    assert {r["source"] for r in records} == {s["key"] for s in content.sources()}


def test_sources_cover_what_the_offices_monitor():
    sources = content.sources()
    keys = [s["key"] for s in sources]
    assert len(keys) == len(set(keys))
    assert {s["office"] for s in sources} == set(content.OFFICES)
    news = [s for s in sources if s["channel"] == "news"]
    assert len(news) >= 5
    assert any(s["shared"] for s in news) and any(not s["shared"] for s in news)
    have = {(s["office"], s["channel"]) for s in sources}
    for office in content.OFFICES:
        assert (office, "x") in have
    for office in ("jateng", "demak"):
        assert {(office, "facebook"), (office, "instagram"), (office, "complaint")} <= have
    assert ("kemensos", "youtube") in have
    assert any(channel == "tiktok" for _office, channel in have)
    for s in sources:
        assert s["kind"] in ("rss", "web", "import")
        assert ".example" in s["url"]
        assert isinstance(s["shared"], bool)


def test_each_scenario_has_enough_records():
    meta = content.scenarios()
    assert [m["key"] for m in meta] == ["banjir-demak", "demo-bbm", "hoaks-bansos"]
    counts = Counter(key for key, _r in _labelled(END))
    for m in meta:
        assert counts[m["key"]] >= 150, m["key"]
        assert m["office"] in content.OFFICES
        assert m["keywords"]


@pytest.mark.parametrize("end", ENDS)
def test_scenario_volume_peaks_in_its_stated_window(end):
    records = _labelled(end)
    nominal = {m["key"]: m for m in content.scenarios()}
    for m in content.scenarios(end):
        wide = nominal[m["key"]]["peak_window_hours_before_end"]
        assert wide[0] >= m["peak_window_hours_before_end"][0] >= m["peak_window_hours_before_end"][1] >= wide[1]
        hourly = Counter(int(_hours_before(end, r)) for key, r in records if key == m["key"])
        # three-hour centred sums, so a single busy minute does not decide the peak
        smoothed = {h: hourly[h - 1] + hourly[h] + hourly[h + 1] for h in range(0, 14 * 24)}
        peak = max(smoothed, key=lambda h: (smoothed[h], -h))
        earliest, latest = m["peak_window_hours_before_end"]
        assert math.floor(latest) <= peak <= earliest, (m["key"], peak)
        assert latest <= m["peak_hours_before_end"] <= earliest
        # nothing before the scenario starts
        assert max(hourly) < m["starts_hours_before_end"]


def test_flood_is_still_elevated_at_end():
    records = [r for key, r in _labelled(END) if key == "banjir-demak"]
    first_six = sum(1 for r in records if _hours_before(END, r) > 48)
    last_six = sum(1 for r in records if _hours_before(END, r) < 6)
    assert last_six > 2 * first_six


def test_background_is_steady_with_a_daily_rhythm():
    records = [r for key, r in _labelled(END) if key == "background"]
    per_day = Counter(int(_hours_before(END, r) // 24) for r in records)
    assert len(per_day) == 14
    assert max(per_day.values()) < 3 * min(per_day.values())
    by_hour = Counter(datetime.fromisoformat(r["published_at"]).astimezone(WIB).hour for r in records)
    night = sum(by_hour[h] for h in range(0, 5)) / 5
    day = sum(by_hour[h] for h in range(8, 22)) / 14
    assert night < 0.4 * day


def test_coordinated_hashtag_push_is_present():
    records = [r for key, r in _labelled(END) if key == "demo-bbm" and "#TolakKenaikanBBM" in r["text"]]
    times = [(datetime.fromisoformat(r["published_at"]), r["author"]) for r in records]
    # starts of 10-minute windows in which at least 10 distinct accounts pushed the hashtag
    busy = [t for t, _a in times if len({a for u, a in times if t <= u < t + timedelta(minutes=10)}) >= 10]
    waves = [t for i, t in enumerate(busy) if i == 0 or t - busy[i - 1] > timedelta(hours=1)]
    assert len(waves) >= 3
    stated = next(m for m in content.scenarios(END) if m["key"] == "demo-bbm")["coordinated"]
    for wave, hours in zip(waves, stated["waves_hours_before_end"], strict=True):
        assert abs((END - wave).total_seconds() / 3600 - hours) < 0.2


def test_near_duplicates_exist_for_amplification():
    records = [r for key, r in _labelled(END) if key == "banjir-demak"]
    appeal = [r for r in records if "Tanggul Sungai Wulan di Desa Wonorejo" in r["text"]]
    assert len(appeal) >= 30
    # one press release re-published by several outlets with near-identical text
    release = [r for r in records if r["channel"] == "news" and "status tanggap darurat bencana banjir" in r["text"]]
    assert len({r["source"] for r in release}) >= 3


def test_end_must_be_timezone_aware():
    with pytest.raises(ValueError, match="timezone-aware"):
        list(content.stream(datetime(2025, 3, 12, 14, 0)))
