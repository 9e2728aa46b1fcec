"""RSS and Atom feeds: fetched politely with conditional GET, parsed with feedparser.

:func:`fetch_feed` never raises for a network, HTTP or feed problem: it returns a
:class:`FeedResult` whose ``error`` explains the problem in Indonesian (source health).

Per entry: id = the entry's guid/Atom id, else its link, else ``sha1:`` of title + date;
title and text are converted from HTML to plain text (``html.parser``, not regular
expressions); the date is ``published`` or else ``updated`` (feedparser's parser, plus a
fallback for Indonesian dates such as ``Sen, 03 Mar 2025 09:15:00 WIB``); an entry without
any date gets the fetch time, noted in ``raw["_sigap"]["published_at"] = "fetched_at"``.
author = the outlet (feed title, else host), author_name = the entry's author.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, BinaryIO
from urllib.parse import urlsplit

import feedparser

from .base import (
    WIB,
    Record,
    Rejected,
    html_to_text,
    read_up_to,
    sigap_note,
    stable_hash,
    truncate_raw,
)
from .http import FetchError, PoliteClient

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
MAX_FEED_FILE_BYTES = 20 * 1024 * 1024


@dataclass
class FeedResult:
    status: int  # HTTP status; 0 when there was no HTTP answer (DNS, timeout, …)
    etag: str | None  # validators to send next time (unchanged on 304 or error)
    modified: str | None
    records: list[Record] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    error: str | None = None  # Indonesian, for the source's health; None when all went well
    url: str = ""  # final URL after redirects
    title: str = ""  # the feed's title
    fetched_at: datetime | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class ParsedFeed:
    records: list[Record]
    rejected: list[Rejected]
    error: str | None
    title: str = ""
    version: str = ""


def fetch_feed(
    url: str,
    *,
    etag: str | None = None,
    modified: str | None = None,
    client: PoliteClient | None = None,
    channel: str = "news",
) -> FeedResult:
    """Fetch and parse the feed at ``url``; a 304 answer yields no records.

    Pass the ``etag`` and ``modified`` of the previous :class:`FeedResult` for a conditional
    GET. Without ``client`` a temporary :class:`PoliteClient` is used (no politeness across
    calls: workers should share one client).
    """
    own = client is None
    http = client or PoliteClient()
    try:
        try:
            response = http.get(url, etag=etag, modified=modified, headers={"Accept": FEED_ACCEPT})
        except FetchError as exc:
            return FeedResult(
                status=exc.status or 0,
                etag=etag,
                modified=modified,
                error=exc.message,
                url=exc.url or url,
                fetched_at=http.now(),
            )
        if response.not_modified:
            return FeedResult(
                status=304,
                etag=response.etag or etag,
                modified=response.last_modified or modified,
                url=response.url,
                fetched_at=response.fetched_at,
            )
        parsed = parse_feed(
            response.content,
            url=response.url,
            fetched_at=response.fetched_at,
            headers=response.headers,
            channel=channel,
        )
        return FeedResult(
            status=response.status,
            etag=response.etag,
            modified=response.last_modified,
            records=parsed.records,
            rejected=parsed.rejected,
            error=parsed.error,
            url=response.url,
            title=parsed.title,
            fetched_at=response.fetched_at,
        )
    finally:
        if own:
            http.close()


def parse(stream: BinaryIO, *, default_channel: str = "news") -> Iterator[Record | Rejected]:
    """Records from a saved feed file (an import). Loads it whole (limit 20 MB)."""
    data = read_up_to(stream, MAX_FEED_FILE_BYTES + 1)
    if len(data) > MAX_FEED_FILE_BYTES:
        yield Rejected(
            "berkas",
            "Berkas umpan lebih besar dari 20 MB; tidak dibaca.",
            truncate_raw(data[:10_000]),
        )
        return
    parsed = parse_feed(data, channel=default_channel)
    if parsed.error and not parsed.records and not parsed.rejected:
        yield Rejected("berkas", parsed.error, truncate_raw(data[:10_000]))
        return
    yield from parsed.records
    yield from parsed.rejected


def parse_feed(
    data: bytes,
    *,
    url: str = "",
    fetched_at: datetime | None = None,
    headers: Mapping[str, str] | None = None,
    channel: str = "news",
) -> ParsedFeed:
    """Parse feed bytes. Entries feedparser could read are kept even when the feed is malformed."""
    fetched_at = fetched_at or datetime.now(UTC)
    response_headers = {k.lower(): v for k, v in (headers or {}).items()}
    if url:
        response_headers.setdefault("content-location", url)
    # a stream, never bytes: feedparser would try to open() bytes as a file name
    parsed = feedparser.parse(io.BytesIO(data), response_headers=response_headers)
    feed = parsed.get("feed", {})
    title = html_to_text(feed.get("title", "") or "")
    outlet = title or (urlsplit(url).hostname or "")
    feed_lang = feed.get("language", "") or ""
    error = _bozo_message(parsed)
    entries = parsed.get("entries", [])
    if not parsed.get("version") and not entries:
        error = "Isi dari alamat ini bukan umpan RSS/Atom yang dikenali" + (f" ({error})" if error else ".")
    records: list[Record] = []
    rejected: list[Rejected] = []
    for index, entry in enumerate(entries, 1):
        item = entry_record(entry, outlet=outlet, lang=feed_lang, fetched_at=fetched_at, channel=channel)
        if isinstance(item, Rejected):
            item.position = f"entri {index}"
            rejected.append(item)
        else:
            records.append(item)
    return ParsedFeed(records, rejected, error, title, parsed.get("version", "") or "")


_SAX_MESSAGES = (
    ("mismatched tag", "tag pembuka dan penutup tidak cocok"),
    ("not well-formed", "XML tidak tersusun dengan benar"),
    ("undefined entity", "ada entitas HTML yang tidak dikenal XML (misalnya &nbsp;)"),
    ("unclosed token", "ada tag yang tidak ditutup"),
    ("no element found", "dokumen kosong atau terpotong"),
    ("junk after document element", "ada data setelah elemen penutup"),
    ("unbound prefix", "awalan namespace tidak dideklarasikan"),
)


def _bozo_message(parsed: Any) -> str | None:
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    if isinstance(exc, feedparser.CharacterEncodingOverride | feedparser.NonXMLContentType):
        return None  # harmless: a wrong charset/content-type header, the feed was read fine
    detail = str(exc) if exc is not None else ""
    message = detail
    for english, indonesian in _SAX_MESSAGES:
        if english in detail:
            message = indonesian
            break
    line = getattr(exc, "getLineNumber", None)
    where = ""
    if callable(line):
        try:
            where = f" pada baris {line()}"
        except Exception:  # noqa: BLE001 - best effort
            where = ""
    count = len(parsed.get("entries", []))
    return (
        f"Umpan RSS/Atom rusak ({message}{where}; detail: {detail}). "
        f"{count} entri yang masih dapat dibaca tetap diambil."
    )


def _struct_to_datetime(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        year, month, day, hour, minute, second = value[:6]
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except (TypeError, ValueError):
        return None


_ID_DAYS = {
    "sen": "Mon",
    "sel": "Tue",
    "rab": "Wed",
    "kam": "Thu",
    "jum": "Fri",
    "sab": "Sat",
    "min": "Sun",
}
_ID_MONTHS = {
    "januari": "Jan",
    "februari": "Feb",
    "maret": "Mar",
    "april": "Apr",
    "mei": "May",
    "juni": "Jun",
    "juli": "Jul",
    "agustus": "Aug",
    "september": "Sep",
    "oktober": "Oct",
    "november": "Nov",
    "desember": "Dec",
    "peb": "Feb",
    "agu": "Aug",
    "agt": "Aug",
    "ags": "Aug",
    "okt": "Oct",
    "des": "Dec",
    "mar": "Mar",
    "jan": "Jan",
    "feb": "Feb",
    "apr": "Apr",
    "jun": "Jun",
    "jul": "Jul",
    "sep": "Sep",
    "sept": "Sep",
    "nov": "Nov",
}
_ID_ZONES = {"wib": "+0700", "wita": "+0800", "wit": "+0900"}
_WORD = re.compile(r"[A-Za-z]+")


def parse_loose_date(text: str) -> datetime | None:
    """Dates feedparser does not understand: Indonesian day/month names, WIB/WITA/WIT."""
    if not text:
        return None

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        low = word.lower()
        if low in _ID_ZONES:
            return _ID_ZONES[low]
        if low in _ID_MONTHS:
            return _ID_MONTHS[low]
        if low[:3] in _ID_DAYS and len(low) <= 6:
            return _ID_DAYS[low[:3]]
        return word

    english = _WORD.sub(swap, text.strip())
    try:
        parsed = parsedate_to_datetime(english)
    except (TypeError, ValueError, IndexError):
        try:
            parsed = datetime.fromisoformat(english)
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=WIB)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def entry_record(
    entry: Mapping[str, Any],
    *,
    outlet: str = "",
    lang: str = "",
    fetched_at: datetime | None = None,
    channel: str = "news",
) -> Record | Rejected:
    """One feedparser entry as a :class:`Record` (or :class:`Rejected` when it has nothing)."""
    fetched_at = fetched_at or datetime.now(UTC)
    raw = jsonable(dict(entry))
    guid = entry.get("id") if isinstance(entry.get("id"), str) else ""
    guid = (guid or "").strip()
    link = entry.get("link") if isinstance(entry.get("link"), str) else ""
    link = (link or "").strip()
    title = html_to_text(entry.get("title", "") or "")
    summary = entry.get("summary", "") or ""
    contents = [c.get("value", "") for c in entry.get("content", []) or () if isinstance(c, Mapping)]
    body = max([summary, *contents], key=len)
    text = html_to_text(body)
    date_raw = ""
    published = None
    for key in ("published", "updated", "created"):
        if entry.get(key):
            date_raw = str(entry.get(key))
            published = _struct_to_datetime(entry.get(f"{key}_parsed")) or parse_loose_date(date_raw)
            if published:
                break
    if not guid and not link and not title and not text:
        return Rejected("entri", "Entri tidak memiliki judul, isi, maupun tautan.", truncate_raw(raw))
    external_id = guid or link or stable_hash(title or text[:500], date_raw)
    if published is None:
        published = fetched_at
        sigap_note(raw, published_at="fetched_at")
        if date_raw:
            sigap_note(raw, unparsed_date=date_raw)
    if not guid and not link:
        sigap_note(raw, id_from="hash(title, date)")
    detail = entry.get("title_detail")
    entry_lang = detail.get("language") if isinstance(detail, Mapping) else None
    return Record(
        external_id=external_id,
        channel=channel,
        text=text,
        published_at=published,
        title=title,
        url=link,
        author=outlet,
        author_name=html_to_text(entry.get("author", "") or ""),
        lang=(entry_lang or lang or "")[:16],
        raw=raw,
    )


def jsonable(value: Any) -> Any:
    """A JSON-serialisable copy of a feedparser structure (struct_time → ISO 8601 string)."""
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items() if not str(k).endswith("_parsed")}
    if isinstance(value, list | tuple) and not isinstance(value, time.struct_time):
        return [jsonable(v) for v in value]
    if isinstance(value, time.struct_time):
        dt = _struct_to_datetime(value)
        return dt.isoformat() if dt else None
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
