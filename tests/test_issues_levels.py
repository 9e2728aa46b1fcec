"""The level rule: up at once when a threshold is crossed, down only after the score stayed
below the threshold minus the margin for the hold time (no flapping)."""

from datetime import UTC, datetime, timedelta

from sigap.issues.escalation import Thresholds, next_level

T = Thresholds(isu=25, kasus=45, krisis=65, margin=10, hold=timedelta(hours=6))
NOW = datetime(2026, 3, 16, 9, tzinfo=UTC)


def test_a_score_above_a_threshold_raises_the_level_at_once():
    decision = next_level("pemantauan", 50, None, NOW, T)
    assert (decision.level, decision.changed) == ("kasus", True)


def test_a_score_just_below_the_threshold_keeps_the_level():
    decision = next_level("kasus", 40, None, NOW, T)  # 45 - 10 = 35 is the line to go down
    assert (decision.level, decision.changed, decision.below_since) == ("kasus", False, None)


def test_going_down_waits_for_the_hold_time():
    first = next_level("kasus", 20, None, NOW, T)
    assert (first.level, first.changed, first.below_since) == ("kasus", False, NOW)
    later = next_level("kasus", 20, first.below_since, NOW + timedelta(hours=5), T)
    assert later.level == "kasus"
    after_hold = next_level("kasus", 20, first.below_since, NOW + timedelta(hours=6), T)
    assert (after_hold.level, after_hold.changed) == ("isu", True)


def test_a_score_that_recovers_resets_the_hold_clock():
    first = next_level("kasus", 20, None, NOW, T)
    recovered = next_level("kasus", 42, first.below_since, NOW + timedelta(hours=3), T)
    assert recovered.below_since is None
    again = next_level("kasus", 20, recovered.below_since, NOW + timedelta(hours=7), T)
    assert (again.level, again.below_since) == ("kasus", NOW + timedelta(hours=7))


def test_a_score_oscillating_around_a_threshold_does_not_flap():
    level, since, changes = "pemantauan", None, 0
    for step, value in enumerate([26, 24, 27, 23, 26, 22, 25, 24] * 3):
        decision = next_level(level, value, since, NOW + timedelta(minutes=10 * step), T)
        level, since, changes = decision.level, decision.below_since, changes + decision.changed
    assert (level, changes) == ("isu", 1)


def test_without_a_severity_signal_a_high_score_stops_at_emerging_case():
    assert next_level("isu", 80, None, NOW, T, severe=False).level == "kasus"
    assert next_level("isu", 80, None, NOW, T, severe=True).level == "krisis"
