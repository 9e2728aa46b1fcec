"""The records every connector yields, the error a parser raises for one bad record, and the
conventions they share (channels, the WIB zone, how much of a bad record is kept).

The core types of :mod:`.base`, kept in their own module so that the value and stream helpers
can use them while :mod:`.base` re-exports everything in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import orjson

__all__ = ["CHANNELS", "RAW_LIMIT", "WIB", "BadRecord", "Record", "Rejected", "short", "truncate_raw"]

CHANNELS = ("news", "x", "facebook", "instagram", "youtube", "tiktok", "complaint", "other")

#: Western Indonesia Time. Jakarta has had no daylight saving since 1964, so a fixed offset is
#: exact and does not depend on the tz database being installed.
WIB = timezone(timedelta(hours=7), "WIB")

#: Longest raw text kept in a :class:`Rejected` (characters, including the truncation mark).
RAW_LIMIT = 10_000
_TRUNCATED_MARK = " …[dipotong]"


@dataclass(slots=True)
class Record:
    external_id: str  # stable id within the source (tweet id, comment id, article URL/guid); never empty
    channel: str  # one of CHANNELS
    text: str
    published_at: datetime  # timezone-aware (UTC)
    title: str = ""
    url: str = ""
    author: str = ""  # handle / username / outlet
    author_name: str = ""
    author_followers: int = 0
    likes: int = 0
    shares: int = 0
    replies: int = 0
    views: int = 0
    lang: str = ""  # as declared by the platform, if any
    parent_id: str = ""  # replied-to / commented-on item
    raw: dict[str, Any] | None = None  # the original record, kept


@dataclass(slots=True)
class Rejected:
    position: str  # e.g. "baris 17", or "item 3"
    reason: str  # clear Indonesian reason
    raw: str  # the raw text of the bad record (truncated to RAW_LIMIT characters)


class BadRecord(ValueError):
    """Raised inside a parser for one bad record; carries the Indonesian reason."""


def truncate_raw(value: bytes | str | Any) -> str:
    """The raw text of a bad record, decoded leniently and cut to :data:`RAW_LIMIT` characters."""
    if value is None:
        return ""
    if isinstance(value, bytes | bytearray | memoryview):
        text = bytes(value[: RAW_LIMIT * 4]).decode("utf-8", "replace")
    elif isinstance(value, str):
        text = value
    else:
        try:
            text = orjson.dumps(value, default=str).decode("utf-8")
        except (TypeError, orjson.JSONEncodeError):
            text = repr(value)
    if len(text) > RAW_LIMIT:
        text = text[: RAW_LIMIT - len(_TRUNCATED_MARK)] + _TRUNCATED_MARK
    return text


def short(value: object, limit: int = 60) -> str:
    """A value quoted for an error message, shortened."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"
