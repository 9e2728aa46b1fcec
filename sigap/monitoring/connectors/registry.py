"""Import formats by name, and detection of a file's format from its first bytes.

    >>> from sigap.monitoring.connectors import registry
    >>> for item in registry.parse(open("ekspor.jsonl", "rb"), "auto", filename="ekspor.jsonl"):
    ...     ...

``default_channel`` (the source's channel) applies to Sigap's own formats, whose records may
omit ``channel``. The platform formats know their channel (``twarc2`` → x, ``youtube`` →
youtube, ``facebook``/``instagram`` → read from each item's fields).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

import orjson

from . import facebook, sigap_format, twarc2, youtube
from .base import Record, Rejected, peek, utf8_head

Parser = Callable[..., Iterator[Record | Rejected]]


class UnknownFormat(ValueError):
    """The format name is unknown, or ``auto`` could not recognise the file. Message in Indonesian."""


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    label: str  # Indonesian, for the import form
    parser: Parser
    channel: str | None  # fixed channel, or None when the caller's default applies
    extensions: tuple[str, ...]


def _rss(stream: BinaryIO, *, default_channel: str = "news") -> Iterator[Record | Rejected]:
    from . import rss  # feedparser is imported only when needed

    return rss.parse(stream, default_channel=default_channel)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            "sigap-jsonl",
            "JSONL format Sigap",
            sigap_format.parse_jsonl,
            None,
            (".jsonl", ".ndjson"),
        ),
        Format("sigap-csv", "CSV format Sigap", sigap_format.parse_csv, None, (".csv", ".tsv", ".txt")),
        Format("twarc2", "X/Twitter (twarc2, API v2)", twarc2.parse, "x", (".jsonl", ".json")),
        Format(
            "youtube",
            "Komentar YouTube (Data API v3)",
            youtube.parse,
            "youtube",
            (".json", ".jsonl"),
        ),
        Format("facebook", "Facebook (Graph API)", facebook.parse, "facebook", (".json", ".jsonl")),
        Format(
            "instagram",
            "Instagram (Graph API)",
            facebook.parse_instagram,
            "instagram",
            (".json", ".jsonl"),
        ),
        Format("rss", "Berkas umpan RSS/Atom", _rss, "news", (".xml", ".rss", ".atom")),
    )
}
FORMAT_NAMES = (*FORMATS, "auto")


def get_parser(name: str) -> Parser:
    """The parser function of a format (``auto`` included)."""
    if name == "auto":
        return parse_auto
    try:
        return FORMATS[name].parser
    except KeyError:
        raise UnknownFormat(f"Format impor tidak dikenal: {name!r}. Pilihan: {', '.join(FORMAT_NAMES)}.") from None


def parse(
    stream: BinaryIO, format: str = "auto", *, default_channel: str = "other", filename: str = ""
) -> Iterator[Record | Rejected]:
    """Parse ``stream`` in ``format`` (or detect it). Raises :class:`UnknownFormat` up front."""
    if format == "auto":
        return parse_auto(stream, default_channel=default_channel, filename=filename)
    info = FORMATS.get(format)
    if info is None:
        get_parser(format)  # raises with the message
        raise AssertionError  # pragma: no cover
    if info.channel is None:
        return info.parser(stream, default_channel=default_channel)
    return info.parser(stream)


def parse_auto(stream: BinaryIO, *, default_channel: str = "other", filename: str = "") -> Iterator[Record | Rejected]:
    """Detect the format from the first 64 KB (and the file name), then parse."""
    head, stream = peek(stream, 65536)
    if not utf8_head(head).strip(b"\xef\xbb\xbf \t\r\n"):
        return iter(())
    name = detect_format(head, filename)
    if name is None:
        raise UnknownFormat(
            "Format berkas tidak dikenali. Gunakan CSV/JSONL format Sigap (kolom id, text, published_at), "
            "JSONL twarc2, JSON Graph API Facebook/Instagram, atau JSON commentThreads YouTube, "
            "atau pilih formatnya secara manual."
        )
    return parse(stream, name, default_channel=default_channel)


# --------------------------------------------------------------------------- detection

_TWEET_KEYS = (
    "edit_history_tweet_ids",
    "author_id",
    "conversation_id",
    "__twarc",
    "public_metrics",
)
_FB_KEYS = ("created_time", "permalink_url")
_IG_KEYS = (
    "timestamp",
    "permalink",
    "caption",
    "media_type",
    "comments_count",
    "media_product_type",
)


def _classify_object(obj: dict[str, Any]) -> str | None:
    kind = obj.get("kind")
    if isinstance(kind, str) and kind.startswith("youtube#"):
        return "youtube"
    data = obj.get("data")
    if isinstance(data, dict):
        data = [data]
    if isinstance(data, list) and "id" not in obj:
        for item in data[:5]:
            if isinstance(item, dict):
                found = _classify_item(item)
                if found:
                    return found
        if "includes" in obj or ("meta" in obj and "result_count" in (obj.get("meta") or {})):
            return "twarc2"
        return None
    return _classify_item(obj)


def _classify_item(item: dict[str, Any]) -> str | None:
    kind = item.get("kind")
    if isinstance(kind, str) and kind.startswith("youtube#"):
        return "youtube"
    if "published_at" in item and "id" in item:
        return "sigap-jsonl"
    if "created_at" in item and any(key in item for key in _TWEET_KEYS):
        return "twarc2"
    if isinstance(item.get("snippet"), dict):
        return "youtube"
    if any(key in item for key in _FB_KEYS):
        return "facebook"
    if "id" in item and any(key in item for key in _IG_KEYS):
        return "instagram"
    return None


_MARKERS = (
    (b'"youtube#', "youtube"),
    (b'"edit_history_tweet_ids"', "twarc2"),
    (b'"__twarc"', "twarc2"),
    (b'"author_id"', "twarc2"),
    (b'"created_time"', "facebook"),
    (b'"permalink_url"', "facebook"),
    (b'"media_type"', "instagram"),
    (b'"comments_count"', "instagram"),
    (b'"timestamp"', "instagram"),
    (b'"published_at"', "sigap-jsonl"),
)
_CSV_HEADER = re.compile(r"[,;\t|]")


def detect_format(first_bytes: bytes, filename: str = "") -> str | None:
    """The format name of a file from its first bytes (64 KB is plenty) and its name; None if unknown."""
    body = utf8_head(first_bytes).lstrip(b"\xef\xbb\xbf \t\r\n")
    lower_name = filename.lower()
    if not body:
        return None
    if body[:1] in (b"{", b"["):
        line = body.split(b"\n", 1)[0]
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError:
            value = None
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, dict)), None)
        if isinstance(value, dict):
            found = _classify_object(value)
            if found:
                return found
        # pretty-printed whole-file JSON (or a first line too long for the peek): look for markers
        for marker, name in _MARKERS:
            if marker in body:
                return name
        return None
    if body[:1] == b"<":
        start = body[:2048].lower()
        if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
            return "rss"
        return None
    # CSV: a header naming Sigap's columns
    header = body.split(b"\n", 1)[0].decode("utf-8", "replace").lower()
    cells = {cell.strip().strip('"').strip() for cell in _CSV_HEADER.split(header)}
    if "id" in cells and "published_at" in cells:
        return "sigap-csv"
    if lower_name.endswith((".csv", ".tsv")):
        return "sigap-csv"  # the parser will explain which columns are missing
    return None
