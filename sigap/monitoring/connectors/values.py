"""Reading the fields of a record: dates, counts and texts validated with an Indonesian reason
(:class:`.records.BadRecord`), and lenient access to nested platform JSON.

Shared by every parser; kept apart from the record types and the stream helpers of
:mod:`.base`, which re-exports them.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timezone
from typing import Any, cast

from .records import WIB, BadRecord, short

__all__ = [
    "as_text",
    "dict_of",
    "dig",
    "parse_count",
    "parse_datetime",
    "safe_count",
    "sigap_note",
    "str_of",
]

_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?")


def _day_first(text: str) -> datetime | None:
    """``dd/mm/yyyy[ HH:MM[:SS]]`` (also ``-`` or ``.``), the order Indonesian spreadsheets use."""
    match = _DAY_FIRST.fullmatch(text)
    if not match:
        return None
    day, month, year, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second)  # noqa: DTZ001 - naive: the caller applies the source's zone
    except ValueError:
        return None


def parse_datetime(value: Any, field: str = "published_at", *, naive_tz: timezone = WIB) -> datetime:
    """An ISO 8601 timestamp as an aware UTC datetime; a naive one is taken in ``naive_tz``.

    Accepts what :meth:`datetime.fromisoformat` accepts on Python 3.11 (``Z``, ``+0700``,
    ``+07:00``, a space instead of ``T``, date only) and, for spreadsheets, the day-first
    ``dd/mm/yyyy[ HH:MM[:SS]]`` (naive). Raises :class:`BadRecord` otherwise.
    """
    parsed: datetime | None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str) and value.strip():
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            parsed = _day_first(value.strip())
        if parsed is None:
            raise BadRecord(
                f"Kolom '{field}' tidak berisi tanggal yang sah: {short(value)} "
                "(gunakan ISO 8601, misalnya '2025-03-01T08:30:00+07:00')."
            ) from None
    elif isinstance(value, date):
        parsed = datetime(value.year, value.month, value.day)  # noqa: DTZ001 - naive: the source's zone is applied below
    elif value is None or value == "":
        raise BadRecord(f"Kolom wajib '{field}' kosong atau tidak ada.")
    else:
        raise BadRecord(f"Kolom '{field}' harus berupa teks tanggal ISO 8601, bukan {short(value)}.")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=naive_tz)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        raise BadRecord(f"Kolom '{field}' berisi tanggal di luar jangkauan: {short(value)}.") from None


_THOUSANDS = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")


def parse_count(value: Any, field: str) -> int:
    """A non-negative count. Empty/None → 0; ``"1.234"`` and ``"1,234"`` → 1234."""
    if value is None or value == "":
        return 0
    kind = type(value)
    if kind is int:
        if value < 0:
            raise BadRecord(f"Kolom '{field}' tidak boleh negatif: {value}.")
        return cast(int, value)
    if kind is float:
        if value != value or value in (float("inf"), float("-inf")) or not value.is_integer():
            raise BadRecord(f"Kolom '{field}' harus bilangan bulat, bukan {short(value)}.")
        if value < 0:
            raise BadRecord(f"Kolom '{field}' tidak boleh negatif: {short(value)}.")
        return int(value)
    if kind is str:
        text = value.strip().replace(" ", "").replace("\u00a0", "")
        if not text:
            return 0
        if text.isdigit() and text.isascii() and len(text) <= 19:
            return int(text)
        if _THOUSANDS.fullmatch(text) and len(text) <= 26:
            return int(text.replace(".", "").replace(",", ""))
        if text.startswith("-") and text[1:].isdigit():
            raise BadRecord(f"Kolom '{field}' tidak boleh negatif: {short(value)}.")
        raise BadRecord(f"Kolom '{field}' harus bilangan bulat, bukan {short(value)}.")
    raise BadRecord(f"Kolom '{field}' harus bilangan bulat, bukan {short(value)}.")


def as_text(value: Any, field: str) -> str:
    """A text field: strings as they are, numbers as their decimal form, None → ""."""
    if value is None:
        return ""
    kind = type(value)
    if kind is str:
        return cast(str, value)
    if kind is int or kind is float:
        return str(value)
    raise BadRecord(f"Kolom '{field}' harus berupa teks, bukan {type(value).__name__}.")


def safe_count(value: Any) -> int:
    """A platform's count (trusted-ish): anything that is not a non-negative integer → 0."""
    if type(value) is int and value >= 0:
        return value
    try:
        return max(0, parse_count(value, "-"))
    except BadRecord:
        return 0


def dig(obj: Any, *keys: str) -> Any:
    """``obj[k1][k2]…`` or None when any level is missing or not a dict."""
    for key in keys:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def str_of(obj: Any, key: str, default: str = "") -> str:
    """``obj[key]`` when ``obj`` is a dict and the value a string, else ``default``."""
    value = obj.get(key) if isinstance(obj, dict) else None
    return value if isinstance(value, str) else default


def dict_of(obj: Any, key: str) -> dict[str, Any]:
    """``obj[key]`` when ``obj`` is a dict and the value a dict, else an empty dict."""
    value = obj.get(key) if isinstance(obj, dict) else None
    return value if isinstance(value, dict) else {}


def sigap_note(raw: dict[str, Any], **notes: Any) -> dict[str, Any]:
    """Add Sigap's annotations to a raw record (under ``"_sigap"``); returns ``raw``."""
    existing = raw.get("_sigap")
    if isinstance(existing, dict):
        existing.update(notes)
    else:
        raw["_sigap"] = dict(notes)
    return raw
