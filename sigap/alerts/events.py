"""What other apps hand to the alerts app: plain events, no models.

The early warning (issues), the crisis workflow and PPID each raise events; the alerts app
matches them against the office's and people's rules, de-duplicates them, and delivers them.
Alerts depend on nothing but core, so every domain app may raise events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


class EventKind:
    LEVEL_REACHED = "level_reached"  # an issue reached a level (values: score)
    SPIKE = "spike"  # volume well above the issue's own baseline (values: z, hourly, baseline)
    KEY_ACTOR = "key_actor"  # a new issue names a key actor (values: actors)
    NEGATIVE_SHARE = "negative_share"  # negative share of an issue (values: negative_share)
    WATCHLIST_MAINSTREAM = "watchlist_mainstream"  # a watchlist matched a news outlet (values: watchlist_id, outlet)
    TASK_OVERDUE = "task_overdue"  # a crisis task passed its due time
    PPID_OVERDUE = "ppid_overdue"  # a PPID request passed its legal deadline without a written notice


@dataclass(frozen=True)
class Event:
    kind: str
    office_id: int
    subject: str  # what the event is about, stable across batches: "issue:42"
    title: str  # one line for people, already translated
    url: str  # path inside Sigap, e.g. "/isu/42/"
    at: datetime  # when it happened (the data's time, which a replay may set)
    level: str = ""  # the level at the time (sigap/core/levels.py), or ""
    summary: str = ""  # a few lines for e-mail and webhook bodies
    values: dict = field(default_factory=dict)  # the figures behind it, JSON-serialisable
