"""The escalation score: named components, each explained; damped when documents are few, when
the issue is cheerful, when it is a trickle, and when it is about somewhere else."""

from datetime import UTC, datetime, timedelta

from sigap.issues.escalation import DEFAULT_WEIGHTS, Baseline, Row, aggregate, normalise, score

NOW = datetime(2026, 3, 16, 12, tzinfo=UTC)
#: an office with two weeks of history: 300 documents a day, 30% of them negative
USUAL = Baseline(documents=4200, negative=1260, days=14)


def rows(
    n,
    *,
    minutes_ago=30,
    spread_minutes=20,
    negative=False,
    channel="x",
    national=False,
    cues=(),
    actors=(),
    dup="",
    severe=False,
    regions=("33.21",),
    elsewhere=False,
    reach=1000,
    outlets=3,
):
    return [
        Row(NOW - timedelta(minutes=minutes_ago + i % spread_minutes), channel, 100 + i % outlets if channel == "news" else 1,
            national, f"akun{i}", reach, negative, dup or f"d{i}", tuple(cues), tuple(actors), tuple(regions), severe,
            elsewhere)
        for i in range(n)
    ]  # fmt: skip


def scored(items, baseline=USUAL):
    return score(aggregate(items, NOW, baseline), DEFAULT_WEIGHTS)


def test_default_weights_sum_to_one_hundred():
    assert sum(DEFAULT_WEIGHTS.values()) == 100


def test_every_component_is_reported_with_its_contribution():
    value, components = scored(rows(20, negative=True))
    assert [c["key"] for c in components] == list(DEFAULT_WEIGHTS)
    assert round(sum(c["contribution"] for c in components), 1) == round(value, 1)


def test_a_burst_of_negative_posts_scores_higher_than_a_calm_day():
    calm = rows(3, minutes_ago=600)
    calm_score, _ = scored(calm)
    burst_score, components = scored(calm + rows(40, negative=True))
    assert burst_score > calm_score + 20
    parts = {c["key"]: c for c in components}
    assert parts["velocity"]["contribution"] > 0 and parts["negative"]["contribution"] > 0


def test_national_outlets_weigh_more_than_local_ones():
    local, _ = scored(rows(20, channel="news", negative=True, outlets=1))
    national, _ = scored(rows(20, channel="news", national=True, negative=True, outlets=1))
    assert national > local


def test_near_duplicates_count_as_amplification():
    assert aggregate(rows(20, dup="same"), NOW, USUAL).duplicate_share == 0.95


def test_few_documents_are_damped():
    loud = {"negative": True, "cues": ("korban",), "actors": ("Bupati Demak",), "severe": True}
    assert scored(rows(3, **loud))[0] < 0.6 * scored(rows(30, **loud))[0]


def test_a_cheerful_viral_event_stays_below_potential_issue():
    """Big, fast, covered by the news, but no more negative than usual and without crisis cues."""
    viral = rows(120, spread_minutes=60, reach=50_000) + rows(6, channel="news", national=True)
    value, components = scored(viral)
    assert value < 25
    assert {c["key"]: c for c in components}["velocity"]["factor"] < 0.5  # scaled by the concern factor


def test_a_steady_trickle_of_complaints_stays_ordinary():
    """Two negative posts an hour all day: the background of every office, not an alarm."""
    trickle = [r for h in range(12) for r in rows(2, minutes_ago=60 * h + 10, negative=True)]
    assert scored(trickle)[0] < 25


def test_a_few_posts_cannot_fill_velocity():
    few = normalise(aggregate(rows(6, minutes_ago=10, spread_minutes=30), NOW, USUAL))
    many = normalise(aggregate(rows(30, minutes_ago=10, spread_minutes=30), NOW, USUAL))
    assert few["velocity"][1] < 0.5 <= many["velocity"][1]


def test_a_new_office_without_history_sees_no_spike_in_its_first_posts():
    """With no history the usual volume is the prior, not zero: twenty posts are not 100% of usual."""
    fresh = normalise(aggregate(rows(20, negative=True), NOW, Baseline()))
    assert fresh["volume"][1] < 1


def test_a_story_that_lists_the_region_among_many_places_is_damped():
    here = scored(rows(30, negative=True, cues=("korban",), severe=True))[0]
    elsewhere = scored(rows(30, negative=True, cues=("korban",), severe=True, elsewhere=True))[0]
    assert elsewhere < 0.4 * here


def test_the_score_falls_within_hours_after_the_conversation_ends():
    loud = {"negative": True, "cues": ("korban",), "severe": True}
    now_score = scored(rows(60, **loud))[0]
    later_score = scored(rows(60, minutes_ago=13 * 60, **loud))[0]  # the same posts, 13 hours on
    assert now_score > 45 and later_score == 0
