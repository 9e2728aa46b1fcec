"""The escalation score and the level rule, as plain functions (no Django, no database).

score = evidence × Σ weight_k × normalised_k, on 0–100 (the default weights sum to 100).
Each component is normalised to 0–1 from a figure a Humas officer can read ("42 posts in the
last hour against 3 an hour before"); docs/escalation.md gives the formulas and a worked
example. ``evidence`` damps issues with few documents, so three angry posts are not a crisis.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
WINDOW = timedelta(hours=72)  # the rows scoring reads: the last 72 hours of each issue

DEFAULT_WEIGHTS: dict[str, float] = {
    "velocity": 15,
    "volume": 10,
    "negative": 15,
    "negative_change": 5,
    "reach": 10,
    "mainstream": 12,
    "spread": 8,
    "key_actors": 8,
    "amplification": 5,
    "crisis_cues": 12,
}
FULL_EVIDENCE_DOCS = 15  # documents in 24 hours for full weight


@dataclass(slots=True)
class Row:
    """One document of an issue, as scoring needs it."""

    published_at: datetime
    channel: str
    source_id: int
    national: bool
    author: str
    reach: int
    negative: bool
    dup_group: str
    cues: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()


@dataclass
class Stats:
    """The figures behind the components, over the windows ending at ``now``."""

    last_hour: int = 0
    hourly_baseline: float = 0.0  # mean per hour over the 24 hours before the last hour
    day: int = 0  # documents in the last 24 hours
    office_daily: float = 0.0  # the office's usual documents per day (14 days)
    negative_day: float = 0.0  # share of negative documents, last 24 h
    negative_before: float | None = None  # same, 24–72 h ago (None: too few documents)
    reach_day: int = 0
    outlets_local: int = 0
    outlets_national: int = 0
    accounts_day: int = 0
    regions: int = 0
    actors: list[str] = field(default_factory=list)
    duplicate_share: float = 0.0
    cue_share: float = 0.0

    @property
    def velocity_z(self) -> float:
        """Last hour against the issue's own hourly baseline, as a Poisson z-score."""
        return (self.last_hour - self.hourly_baseline) / math.sqrt(max(self.hourly_baseline, 1.0))


def aggregate(rows: list[Row], now: datetime, office_daily: float) -> Stats:
    """Stats of one issue from its rows of the last 72 hours."""
    s = Stats(office_daily=office_daily)
    day_rows = [r for r in rows if now - DAY < r.published_at <= now]
    before = [r for r in rows if r.published_at <= now - DAY]
    s.last_hour = sum(1 for r in day_rows if r.published_at > now - HOUR)
    s.hourly_baseline = sum(1 for r in day_rows if r.published_at <= now - HOUR) / 23.0
    s.day = len(day_rows)
    if day_rows:
        s.negative_day = sum(r.negative for r in day_rows) / len(day_rows)
        s.reach_day = sum(r.reach for r in day_rows)
        news = {(r.source_id, r.national) for r in day_rows if r.channel == "news"}
        s.outlets_national = sum(1 for _, national in news if national)
        s.outlets_local = len(news) - s.outlets_national
        s.accounts_day = len({r.author for r in day_rows if r.author})
        if len(day_rows) >= 5:
            groups = Counter(r.dup_group or f"#{i}" for i, r in enumerate(day_rows))
            s.duplicate_share = 1 - len(groups) / len(day_rows)
        s.cue_share = sum(1 for r in day_rows if r.cues) / len(day_rows)
    if len(before) >= 5:
        s.negative_before = sum(r.negative for r in before) / len(before)
    s.regions = len({code for r in rows for code in r.regions})
    s.actors = sorted({a for r in rows for a in r.actors})
    return s


def _clamp(x: float) -> float:
    return 0.0 if x <= 0 else 1.0 if x >= 1 else x


def normalise(s: Stats) -> dict[str, tuple[float, float]]:
    """component → (the raw figure shown to people, its 0–1 normalised value)."""
    change = 0.0 if s.negative_before is None else s.negative_day - s.negative_before
    volume_ratio = s.day / max(s.office_daily, 1.0)
    mainstream_points = s.outlets_local + 3 * s.outlets_national
    return {
        "velocity": (round(s.velocity_z, 2), _clamp(s.velocity_z / 6)),
        "volume": (round(volume_ratio, 3), _clamp(volume_ratio / 0.25)),
        "negative": (round(s.negative_day, 3), _clamp((s.negative_day - 0.15) / 0.5)),
        "negative_change": (round(change, 3), _clamp(change / 0.3)),
        "reach": (s.reach_day, _clamp(math.log10(1 + s.reach_day) / 6.5)),
        "mainstream": (mainstream_points, _clamp(mainstream_points / 8)),
        "spread": (
            s.accounts_day,
            _clamp(0.7 * math.log10(1 + s.accounts_day) / 2.5 + 0.3 * s.regions / 8),
        ),
        "key_actors": (len(s.actors), _clamp(len(s.actors) / 3)),
        "amplification": (round(s.duplicate_share, 3), _clamp(s.duplicate_share / 0.5)),
        "crisis_cues": (round(s.cue_share, 3), _clamp(s.cue_share / 0.25)),
    }


def evidence(s: Stats) -> float:
    return math.sqrt(min(1.0, s.day / FULL_EVIDENCE_DOCS))


def score(s: Stats, weights: dict[str, float]) -> tuple[float, list[dict]]:
    """The score (0–100 with the default weights) and each component's share of it."""
    factor = evidence(s)
    components = []
    total = 0.0
    for key, (value, norm) in normalise(s).items():
        contribution = factor * weights.get(key, 0.0) * norm
        total += contribution
        components.append({
            "key": key, "value": value, "normalised": round(norm, 3),
            "weight": weights.get(key, 0.0), "contribution": round(contribution, 2),
        })  # fmt: skip
    return round(total, 2), components


LEVELS = ("pemantauan", "isu", "kasus", "krisis")


@dataclass(frozen=True)
class Thresholds:
    isu: float
    kasus: float
    krisis: float
    margin: float
    hold: timedelta

    def of(self, level: str) -> float:
        return {"isu": self.isu, "kasus": self.kasus, "krisis": self.krisis}.get(level, 0.0)


@dataclass(frozen=True)
class LevelDecision:
    level: str
    below_since: datetime | None
    changed: bool
    reason: str = ""


SEVERE_CUE_SHARE = 0.05


def is_severe(s: Stats, spike_z: float) -> bool:
    """A crisis needs a severity signal besides a high score: a spike, or crisis-type cues
    (victims, safety, disaster, corruption, data leak, public order, hoax) in the day's documents."""
    return s.velocity_z >= spike_z or s.cue_share >= SEVERE_CUE_SHARE


def next_level(
    current: str, value: float, below_since: datetime | None, now: datetime, t: Thresholds, *, severe: bool = True
) -> LevelDecision:
    """Up as soon as a threshold is crossed (Krisis only with a severity signal); down only after
    the score stayed below the current level's threshold minus the margin for ``t.hold``
    (hysteresis), to the highest level the score still supports."""
    rank = LEVELS.index(current)
    target = max((i for i, level in enumerate(LEVELS) if i == 0 or value >= t.of(level)), default=0)
    if target == 3 and not severe:
        target = 2
    if target > rank:
        return LevelDecision(LEVELS[target], None, True, f"score {value:.1f} ≥ {t.of(LEVELS[target]):.0f}")
    if rank == 0 or value >= t.of(current) - t.margin:
        return LevelDecision(current, None, False)
    since = below_since or now
    if now - since < t.hold:
        return LevelDecision(current, since, False)
    down = max(i for i in range(rank) if i == 0 or value >= t.of(LEVELS[i]) - t.margin)
    hours = t.hold.total_seconds() / 3600
    reason = f"score below {t.of(current) - t.margin:.0f} for {hours:g} h"
    return LevelDecision(LEVELS[down], None, True, reason)
