"""Follow analysed documents into issues, rescore every open issue, and raise alerts.

``attach.py`` decides which issue each document belongs to (by the story holding it, by
resemblance of content, or a new issue), ``scoring.py`` rescores open issues at their office's
time, ``titles.py`` and ``counts.py`` keep titles and counts current. ``update`` runs them all
in one transaction after each analysed batch and every few minutes (``tasks.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction

from sigap.alerts.events import Event

from .. import clock
from ..models import LevelChange
from .attach import attach, rows_for
from .counts import refresh_counts
from .profiles import NATIONAL_ACTORS, Profile, load_profiles
from .scoring import office_baseline, rescore, window_stats

__all__ = [
    "NATIONAL_ACTORS",
    "Profile",
    "Summary",
    "load_profiles",
    "office_baseline",
    "refresh_counts",
    "rescore",
    "rows_for",
    "update",
    "window_stats",
]


@dataclass
class Summary:
    attached: int = 0
    created: list[int] = field(default_factory=list)
    changes: list[LevelChange] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def update(
    document_ids: list[int], now: datetime | None = None, story_keywords: dict[int, dict[str, float]] | None = None
) -> Summary:
    """Attach newly analysed documents to issues, rescore open issues, raise the alerts.

    ``now`` runs every office at that time (tests); otherwise each office runs at its own clock
    (``clock.py``: the wall clock, or a drill's scenario time)."""
    from sigap.alerts.actions import raise_events

    now_of = (lambda _office: now) if now is not None else clock.clock_for()
    summary = Summary()
    with transaction.atomic():
        profiles = load_profiles()
        attach(document_ids, profiles, now_of, summary, story_keywords)
        rescore(now_of, profiles, summary)
        if summary.events:
            raise_events(summary.events)
    return summary
