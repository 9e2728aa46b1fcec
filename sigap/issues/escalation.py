"""The escalation score and the level rule, as plain functions (no database).

score = evidence × (size factor × Σ concern components + concern factor × Σ size components),
on 0–100 with the default weights (they sum to 100). Each component is normalised to 0–1 from a
figure a Humas officer can read ("42 posts in the last hour against 3 an hour before");
docs/escalation.md gives every scale and a worked example.

- *Recent* figures weigh the last 12 hours by age (the last 3 hours fully, 3–6 hours ago by
  0.75, 6–12 hours ago by 0.5), so a score follows the conversation and falls within hours once
  it ends.
- ``evidence`` damps issues with few recent documents: three angry posts are not a crisis.
- The *concern factor* (0.3–1) scales how big an issue is by how troubling it is (negative share
  above the office's usual, crisis-type cues): a cheerful festival that goes viral is big, not a
  risk. The *size factor* (0.3–1) scales how troubling it is by how big it is (volume against
  the office's usual, velocity, news pickup): a steady trickle of complaints is the ordinary
  background of every office. An alarm needs both.
- The *focus factor* (0.3–1) scales the whole score by the share of recent documents that are
  about the office's own area, not lists of many places that merely include it ("tarif turun di
  20 rute: Jakarta–Ambon, Jakarta–Kupang, …"): a national story that only mentions the region
  is not the office's issue.
- Small counts cannot fill a component: velocity needs twenty documents in the hour to count fully.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sigap.core.levels import LEVELS

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
WINDOW = timedelta(hours=72)  # the rows scoring reads: the last 72 hours of each issue
RECENT = timedelta(hours=12)
#: (age up to, weight) of a document in the recent figures
RECENCY = ((timedelta(hours=3), 1.0), (timedelta(hours=6), 0.75), (RECENT, 0.5))

DEFAULT_WEIGHTS: dict[str, float] = {
    "velocity": 15,
    "volume": 10,
    "negative": 15,
    "negative_change": 5,
    "reach": 6,
    "mainstream": 16,
    "spread": 8,
    "key_actors": 8,
    "amplification": 5,
    "crisis_cues": 12,
}
#: Components that say how troubling an issue is; the others say how big it is and are
#: scaled by the concern factor.
CONCERN_KEYS = ("negative", "negative_change", "crisis_cues")
CONCERN_FLOOR = 0.3  # the concern factor of an issue no more negative than usual and without cues
SIZE_KEYS = ("velocity", "volume", "mainstream")  # the size factor: the strongest of these
SIZE_FLOOR = 0.3
FULL_EVIDENCE_DOCS = 20.0  # recent (weighted) documents for full weight
VELOCITY_FULL_DOCS = 20  # documents in the last hour for velocity to count fully
FOCUS_FLOOR = 0.3  # the focus factor of an issue whose documents all name many other places
ELSEWHERE_MIN_REGIONS = 3  # a document naming this many regencies, at most a third of them the office's,
# is about somewhere else (a national list that mentions the office's region among others)
PRIOR_DAILY_DOCS = 200.0  # an office's usual documents a day before its own history says otherwise
PRIOR_DAYS = 1.0  # how many days of history the prior is worth
PRIOR_NEGATIVE = 0.3  # an office's usual negative share before its own history says otherwise
PRIOR_NEGATIVE_DOCS = 100  # how many documents the prior is worth
SEVERE_SHARE = 0.10  # share of recent documents naming harm for a crisis to be possible


@dataclass(frozen=True)
class Baseline:
    """What an office has seen: ``documents`` (``negative`` of them negative) over ``days`` of
    history (up to 14). ``daily`` and ``negative_without`` shrink toward priors, so a new
    office's first hours are not a spike and its first complaints are not unusual."""

    documents: int = 0
    negative: int = 0
    days: float = 0.0

    @property
    def daily(self) -> float:
        """Usual documents a day."""
        return (self.documents + PRIOR_DAILY_DOCS * PRIOR_DAYS) / (max(self.days, 0.0) + PRIOR_DAYS)

    def negative_without(self, documents: int, negative: int) -> float:
        """Usual negative share of the office's documents other than an issue's own (``documents``,
        ``negative`` of them negative): a grievance that fills the stream is not its own yardstick."""
        n = max(self.documents - documents, 0)
        neg = min(max(self.negative - negative, 0), n)
        return (neg + PRIOR_NEGATIVE * PRIOR_NEGATIVE_DOCS) / (n + PRIOR_NEGATIVE_DOCS)


def recency(age: timedelta) -> float:
    """The weight of a document ``age`` old in the recent figures (0 beyond 12 hours)."""
    for limit, weight in RECENCY:
        if age < limit:
            return weight
    return 0.0


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
    severe: bool = False
    elsewhere: bool = False


@dataclass
class Stats:
    """The figures behind the components, over the windows ending at ``now``."""

    last_hour: int = 0
    hourly_baseline: float = 0.0  # mean per hour over the 23 hours before the last hour
    recent: float = 0.0  # weighted documents of the last 12 hours
    recent_docs: int = 0  # documents of the last 12 hours
    office_daily: float = PRIOR_DAILY_DOCS  # the office's usual documents per day
    office_negative: float = PRIOR_NEGATIVE  # the office's usual negative share
    negative_recent: float = 0.0  # weighted share of negative documents
    negative_before: float | None = None  # share 12–72 hours ago (None: fewer than 5 documents)
    reach_recent: float = 0.0  # weighted followers + views + engagement
    outlets_local: int = 0  # distinct outlets, last 12 hours
    outlets_national: int = 0
    accounts_recent: int = 0  # distinct accounts, last 12 hours
    regions: int = 0  # distinct regencies named, 72 hours
    actors: list[str] = field(default_factory=list)  # key actors named, 72 hours
    duplicate_share: float = 0.0  # last 12 hours
    cue_share: float = 0.0  # weighted share naming any crisis-type cue
    severe_share: float = 0.0  # weighted share naming harm (victims, safety, disaster, violence…)
    elsewhere_share: float = 0.0  # weighted share about many places, few of them the office's

    @property
    def velocity_z(self) -> float:
        """Last hour against the issue's own hourly baseline, as a Poisson z-score."""
        return (self.last_hour - self.hourly_baseline) / math.sqrt(max(self.hourly_baseline, 1.0))


def aggregate(rows: list[Row], now: datetime, baseline: Baseline | None = None) -> Stats:
    """Stats of one issue from its rows of the last 72 hours (the reference ``window_stats`` matches)."""
    baseline = baseline or Baseline()
    rows = [r for r in rows if now - WINDOW < r.published_at <= now]
    s = Stats(
        office_daily=baseline.daily, office_negative=baseline.negative_without(len(rows), sum(r.negative for r in rows))
    )
    recent = [(r, recency(now - r.published_at)) for r in rows if now - RECENT < r.published_at]
    day = [r for r in rows if now - DAY < r.published_at]
    before = [r for r in rows if r.published_at <= now - RECENT]
    s.last_hour = sum(1 for r in day if r.published_at > now - HOUR)
    s.hourly_baseline = (len(day) - s.last_hour) / 23.0
    s.recent_docs = len(recent)
    s.recent = sum(w for _, w in recent)
    if recent:
        s.negative_recent = sum(w for r, w in recent if r.negative) / s.recent
        s.reach_recent = sum(w * r.reach for r, w in recent)
        news = {(r.source_id, r.national) for r, _ in recent if r.channel == "news"}
        s.outlets_national = sum(1 for _, national in news if national)
        s.outlets_local = len(news) - s.outlets_national
        s.accounts_recent = len({r.author for r, _ in recent if r.author})
        if len(recent) >= 5:
            groups = Counter(r.dup_group or f"#{i}" for i, (r, _) in enumerate(recent))
            s.duplicate_share = 1 - len(groups) / len(recent)
        s.cue_share = sum(w for r, w in recent if r.cues) / s.recent
        s.severe_share = sum(w for r, w in recent if r.severe) / s.recent
        s.elsewhere_share = sum(w for r, w in recent if r.elsewhere) / s.recent
    if len(before) >= 5:
        s.negative_before = sum(r.negative for r in before) / len(before)
    s.regions = len({code for r in rows for code in r.regions})
    s.actors = sorted({a for r in rows for a in r.actors})
    return s


def _clamp(x: float) -> float:
    return 0.0 if x <= 0 else 1.0 if x >= 1 else x


def normalise(s: Stats) -> dict[str, tuple[float, float]]:
    """component → (the raw figure shown to people, its 0–1 normalised value)."""
    change = 0.0 if s.negative_before is None else s.negative_recent - s.negative_before
    excess = s.negative_recent - s.office_negative
    volume_ratio = 2 * s.recent / max(s.office_daily, 1.0)  # 12 weighted hours, as a daily rate
    mainstream_points = 3 * s.outlets_local + 6 * s.outlets_national
    z = s.velocity_z
    return {
        "velocity": (round(z, 2), _clamp(z / 6) * _clamp(s.last_hour / VELOCITY_FULL_DOCS)),
        "volume": (round(volume_ratio, 3), _clamp(volume_ratio / 0.25)),
        "negative": (round(s.negative_recent, 3), _clamp((excess - 0.05) / 0.3)),
        "negative_change": (round(change, 3), _clamp(change / 0.3)),
        "reach": (round(s.reach_recent), _clamp(math.log10(1 + s.reach_recent) / 7)),
        "mainstream": (mainstream_points, _clamp(mainstream_points / 8)),  # a local outlet 3, national 6
        "spread": (s.accounts_recent, _clamp(0.7 * math.log10(1 + s.accounts_recent) / 2.5 + 0.3 * s.regions / 8)),
        "key_actors": (len(s.actors), _clamp(len(s.actors) / 3)),
        "amplification": (round(s.duplicate_share, 3), _clamp(s.duplicate_share / 0.5)),
        "crisis_cues": (round(s.cue_share, 3), _clamp(s.cue_share / 0.25)),
    }


def evidence(s: Stats) -> float:
    return math.sqrt(min(1.0, s.recent / FULL_EVIDENCE_DOCS))


def focus(s: Stats) -> float:
    """How much the issue is about the office's own area, 0.3–1."""
    return FOCUS_FLOOR + (1 - FOCUS_FLOOR) * (1 - s.elsewhere_share)


def about_elsewhere(regencies: list[str], own_region: str) -> bool:
    """Whether a document names many regencies (``ELSEWHERE_MIN_REGIONS`` or more) and at most a
    third of them lie in ``own_region`` (a region code; a province code covers its regencies)."""
    if not own_region or len(regencies) < ELSEWHERE_MIN_REGIONS:
        return False
    own = sum(1 for c in regencies if c == own_region or c.startswith(own_region + "."))
    return own * 3 <= len(regencies)


def concern(normalised: dict[str, tuple[float, float]]) -> float:
    """How troubling an issue is, 0.3–1: its negative share above the office's usual or its
    crisis-type cues, whichever is higher."""
    worst = max(normalised["negative"][1], normalised["crisis_cues"][1])
    return CONCERN_FLOOR + (1 - CONCERN_FLOOR) * worst


def size(normalised: dict[str, tuple[float, float]]) -> float:
    """How big an issue is, 0.3–1: the strongest of volume, velocity and news pickup."""
    biggest = max(normalised[key][1] for key in SIZE_KEYS)
    return SIZE_FLOOR + (1 - SIZE_FLOOR) * biggest


def score(s: Stats, weights: dict[str, float]) -> tuple[float, list[dict]]:
    """The score (0–100 with the default weights) and each component's share of it: its weight
    x its normalised value x ``factor`` (evidence x focus x the concern or the size factor)."""
    factor = evidence(s) * focus(s)
    parts = normalise(s)
    by_concern, by_size = concern(parts), size(parts)
    components = []
    total = 0.0
    shown = {True: round(factor * by_size, 3), False: round(factor * by_concern, 3)}  # rounded once, not per component
    for key, (value, norm) in parts.items():
        is_concern = key in CONCERN_KEYS
        weight = weights.get(key, 0.0)
        contribution = factor * (by_size if is_concern else by_concern) * weight * norm
        total += contribution
        components.append({
            "key": key, "value": value, "normalised": round(norm, 3), "weight": weight,
            "factor": shown[is_concern], "contribution": round(contribution, 2) if contribution else 0.0,
        })  # fmt: skip
    return round(total, 2), components


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
    why: str = ""  # "up" (threshold crossed), "below" (below for the hold time), "not_severe"
    line: float = 0.0  # the threshold crossed, or the line the score stayed below


def is_severe(s: Stats) -> bool:
    """A crisis needs harm, not only noise: victims, safety, disaster, violence, corruption or a
    data leak named in at least a tenth of the recent documents. A loud, peaceful protest stays
    at most Kasus however big it grows."""
    return s.severe_share >= SEVERE_SHARE


def next_level(
    current: str, value: float, below_since: datetime | None, now: datetime, t: Thresholds, *, severe: bool = True
) -> LevelDecision:
    """Up as soon as a threshold is crossed (Krisis only with a severity signal); down one level
    at a time, each after the score stayed below the current level's threshold minus the margin
    for ``t.hold`` (hysteresis). Without severity a Krisis steps down like a score below it."""
    rank = LEVELS.index(current)
    target = max((i for i, level in enumerate(LEVELS) if i == 0 or value >= t.of(level)), default=0)
    if target == 3 and not severe:
        target = 2
    if target > rank:
        return LevelDecision(LEVELS[target], None, True, "up", t.of(LEVELS[target]))
    holding = value >= t.of(current) - t.margin and (rank < 3 or severe)
    if rank == 0 or holding:
        return LevelDecision(current, None, False)
    since = below_since or now
    if now - since < t.hold:
        return LevelDecision(current, since, False)
    line = t.of(current) - t.margin
    return LevelDecision(LEVELS[rank - 1], None, True, "below" if value < line else "not_severe", line)
