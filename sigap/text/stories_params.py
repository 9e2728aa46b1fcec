"""The story clusterer's tunable parameters and its reading of publication times.

Plain data with no clustering in it, kept apart from :mod:`sigap.text.stories` so that the
clusterer, its features and its labels share one definition without importing each other.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime

__all__ = ["StoryParams", "to_hours"]


@dataclass(frozen=True)
class StoryParams:
    """Tunable parameters (defaults tuned on ``tests/data/stories/dev.jsonl``)."""

    threshold: float = 0.10
    window_hours: float = 72.0
    single_window_hours: float = 36.0
    max_span_hours: float = 96.0  # a story this old takes no new document by resemblance
    decay_hours: float = 24.0
    bits: int = 20
    char_n: int = 4
    word_weight: float = 1.0
    bigram_weight: float = 0.3
    char_weight: float = 0.0
    idf_power: float = 1.5
    doc_terms: int = 32
    max_terms: int = 120
    query_terms: int = 16
    index_terms: int = 48
    max_candidates: int = 4
    posting_cap: int = 48
    posting_scan: int = 8
    recent_docs: int = 100_000
    max_chars: int = 1000
    max_stories: int = 50_000
    archive_size: int = 100_000
    archive_min_size: int = 2
    max_phrases: int = 100
    label_phrases: int = 3


def to_hours(value: object) -> float | None:
    """Hours since the Unix epoch of a datetime, date, ISO-8601 string or epoch seconds.

    Naive datetimes are taken as UTC. Anything else (None, bad strings) gives None.
    """
    try:
        if value is None or isinstance(value, bool):
            return None
        if isinstance(value, int | float):
            f = float(value)
            return f / 3600.0 if math.isfinite(f) else None
        if isinstance(value, str):
            s = value.strip()
            if not s:
                return None
            try:
                return (
                    float(s) / 3600.0
                    if s.replace(".", "", 1).isdigit()
                    else to_hours(datetime.fromisoformat(s.replace("Z", "+00:00")))
                )
            except ValueError:
                return None
        if isinstance(value, datetime):
            dt = value if value.tzinfo else value.replace(tzinfo=UTC)
            return dt.timestamp() / 3600.0
        if isinstance(value, date):
            return to_hours(datetime(value.year, value.month, value.day, tzinfo=UTC))
    except (OverflowError, OSError, ValueError):
        return None
    return None
