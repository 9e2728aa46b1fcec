"""The escalation score: named components, each explained, damped when documents are few."""

from datetime import UTC, datetime, timedelta

from sigap.issues.escalation import DEFAULT_WEIGHTS, Row, aggregate, score

NOW = datetime(2026, 3, 16, 12, tzinfo=UTC)


def rows(n, *, minutes_ago=30, negative=False, channel="x", national=False, cues=(), actors=(), dup=""):
    return [
        Row(NOW - timedelta(minutes=minutes_ago + i % 20), channel, 100 + i % 3 if channel == "news" else 1, national,
            f"akun{i}", 1000, negative, dup or f"d{i}", tuple(cues), tuple(actors), ("33.21",))
        for i in range(n)
    ]


def test_default_weights_sum_to_one_hundred():
    assert sum(DEFAULT_WEIGHTS.values()) == 100


def test_every_component_is_reported_with_its_contribution():
    value, components = score(aggregate(rows(20), NOW, office_daily=100), DEFAULT_WEIGHTS)
    assert [c["key"] for c in components] == list(DEFAULT_WEIGHTS)
    assert round(sum(c["contribution"] for c in components), 1) == round(value, 1)


def test_a_burst_of_negative_posts_scores_higher_than_a_calm_day():
    calm = rows(3, minutes_ago=600)
    burst = calm + rows(40, negative=True)
    calm_score, _ = score(aggregate(calm, NOW, 100), DEFAULT_WEIGHTS)
    burst_score, components = score(aggregate(burst, NOW, 100), DEFAULT_WEIGHTS)
    assert burst_score > calm_score + 20
    parts = {c["key"]: c for c in components}
    assert parts["velocity"]["contribution"] > 0 and parts["negative"]["contribution"] > 0


def test_national_outlets_weigh_more_than_local_ones():
    local, _ = score(aggregate(rows(20, channel="news"), NOW, 100), DEFAULT_WEIGHTS)
    national, _ = score(aggregate(rows(20, channel="news", national=True), NOW, 100), DEFAULT_WEIGHTS)
    assert national > local


def test_near_duplicates_count_as_amplification():
    stats = aggregate(rows(20, dup="same"), NOW, 100)
    assert stats.duplicate_share == 0.95


def test_few_documents_are_damped():
    few = aggregate(rows(3, negative=True, cues=("korban",), actors=("Bupati Demak",)), NOW, 100)
    many = aggregate(rows(30, negative=True, cues=("korban",), actors=("Bupati Demak",)), NOW, 100)
    assert score(few, DEFAULT_WEIGHTS)[0] < 0.6 * score(many, DEFAULT_WEIGHTS)[0]
