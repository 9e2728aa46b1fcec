"""Sigap's own import formats: JSONL (one JSON object per line) and CSV (header row).

Fields (see ``docs/import-formats.md``)::

    id            required; the record's stable id within the source
    text          required unless ``title`` is given
    published_at  required; ISO 8601; without an offset it is taken as Asia/Jakarta (WIB)
    channel       optional; defaults to the source's channel (``default_channel``)
    title url author author_name lang parent_id                     text, optional
    author_followers likes shares replies views                     counts, optional

Unknown fields are kept in ``Record.raw``; they are not an error.

Encoding: UTF-8, with or without BOM. A line that is not valid UTF-8 is decoded as cp1252
(Windows "ANSI", what Excel writes on Indonesian Windows), or latin-1 for the five bytes
cp1252 leaves undefined, and the record is kept with ``raw["_sigap"]["encoding"]`` telling
which; no byte is ever dropped and no record is lost silently.
"""

from __future__ import annotations

import csv
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, BinaryIO

import orjson

from .base import (
    CHANNELS,
    WIB,
    BadRecord,
    LineState,
    Record,
    Rejected,
    decode_line,
    iter_lines,
    json_error_reason,
    parse_count,
    parse_datetime,
    short,
    truncate_raw,
)

FIELDS = (
    "id",
    "text",
    "published_at",
    "channel",
    "title",
    "url",
    "author",
    "author_name",
    "author_followers",
    "likes",
    "shares",
    "replies",
    "views",
    "lang",
    "parent_id",
)
COUNT_FIELDS = ("author_followers", "likes", "shares", "replies", "views")
TEXT_FIELDS = ("title", "url", "author", "author_name", "lang", "parent_id")

#: Accepted spellings of a channel (case-insensitive) besides the canonical names.
CHANNEL_ALIASES = {
    "twitter": "x",
    "tweet": "x",
    "fb": "facebook",
    "ig": "instagram",
    "yt": "youtube",
    "berita": "news",
    "media online": "news",
    "online": "news",
    "pengaduan": "complaint",
    "aduan": "complaint",
    "lapor": "complaint",
    "lainnya": "other",
}

_CHANNEL_SET = frozenset(CHANNELS)
_EMPTY = ("", None)
_loads = orjson.loads
_JSONDecodeError = orjson.JSONDecodeError
_fromisoformat = datetime.fromisoformat


def normalize_channel(value: Any, default: str) -> str:
    """The canonical channel name for ``value`` (``default`` when empty); BadRecord if unknown."""
    if value in _EMPTY:
        return default
    if type(value) is str:
        if value in _CHANNEL_SET:
            return value
        key = value.strip().lower()
        if key in _CHANNEL_SET:
            return key
        if key in CHANNEL_ALIASES:
            return CHANNEL_ALIASES[key]
        if not key:
            return default
    raise BadRecord(f"Kolom 'channel' berisi kanal yang tidak dikenal: {short(value)}. Pilihan: {', '.join(CHANNELS)}.")


def _check_default_channel(channel: str) -> str:
    if channel not in _CHANNEL_SET:
        raise ValueError(f"default_channel harus salah satu dari {CHANNELS}, bukan {channel!r}")
    return channel


def _date(value: Any) -> datetime:
    """Fast path of :func:`base.parse_datetime` for the common ISO strings."""
    if type(value) is str:
        try:
            parsed = _fromisoformat(value)
        except ValueError:
            return parse_datetime(value.strip(), "published_at")
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=WIB)
        try:
            return parsed.astimezone(UTC)
        except (OverflowError, ValueError):
            raise BadRecord(f"Kolom 'published_at' berisi tanggal di luar jangkauan: {short(value)}.") from None
    return parse_datetime(value, "published_at")


def build_record(obj: dict[str, Any], default_channel: str) -> Record:
    """A :class:`Record` from one Sigap-format object (JSON object or CSV row). BadRecord if bad.

    Written straight-line (no loops over field names): this is the hot path of every import.
    """
    get = obj.get
    ext: Any = get("id")
    kind = type(ext)
    if kind is str:
        ext = ext.strip()
    elif kind is int:
        ext = str(ext)
    elif ext is None:
        raise BadRecord("Kolom wajib 'id' tidak ada.")
    else:
        raise BadRecord(f"Kolom 'id' harus berupa teks atau angka, bukan {short(ext)}.")
    if not ext:
        raise BadRecord("Kolom wajib 'id' kosong.")

    text = get("text", "")
    if type(text) is not str:
        text = _text(text, "text")
    title = get("title", "")
    if type(title) is not str:
        title = _text(title, "title")
    if not text and not title:
        raise BadRecord("Kolom 'text' kosong dan tidak ada 'title': rekaman tidak berisi teks.")

    published_at = _date(get("published_at"))

    channel = get("channel")
    if channel is None or channel == "":
        channel = default_channel
    elif channel not in _CHANNEL_SET:
        channel = normalize_channel(channel, default_channel)

    followers = get("author_followers", 0)
    if type(followers) is not int or followers < 0:
        followers = parse_count(followers, "author_followers")
    likes = get("likes", 0)
    if type(likes) is not int or likes < 0:
        likes = parse_count(likes, "likes")
    shares = get("shares", 0)
    if type(shares) is not int or shares < 0:
        shares = parse_count(shares, "shares")
    replies = get("replies", 0)
    if type(replies) is not int or replies < 0:
        replies = parse_count(replies, "replies")
    views = get("views", 0)
    if type(views) is not int or views < 0:
        views = parse_count(views, "views")

    url = get("url", "")
    if type(url) is not str:
        url = _text(url, "url")
    author = get("author", "")
    if type(author) is not str:
        author = _text(author, "author")
    author_name = get("author_name", "")
    if type(author_name) is not str:
        author_name = _text(author_name, "author_name")
    lang = get("lang", "")
    if type(lang) is not str:
        lang = _text(lang, "lang")
    parent_id = get("parent_id", "")
    if type(parent_id) is not str:
        parent_id = _text(parent_id, "parent_id")

    return Record(
        ext, channel, text, published_at, title, url, author, author_name,
        followers, likes, shares, replies, views, lang, parent_id, obj,
    )  # fmt: skip


def _text(value: Any, field: str) -> str:
    if value is None:
        return ""
    if type(value) in (int, float):
        return str(value)
    raise BadRecord(f"Kolom '{field}' harus berupa teks, bukan {type(value).__name__}.")


# --------------------------------------------------------------------------- JSONL


def parse_jsonl(stream: BinaryIO, *, default_channel: str = "other") -> Iterator[Record | Rejected]:
    """Records from Sigap JSONL: one JSON object per line; blank lines are skipped.

    Every non-blank line yields exactly one :class:`Record` or :class:`Rejected`.
    """
    _check_default_channel(default_channel)
    state = LineState()
    loads, decode_error, build = _loads, _JSONDecodeError, build_record
    for lineno, line in iter_lines(stream, state):
        if line is None:
            yield Rejected(
                f"baris {lineno}",
                "Baris terlalu panjang (lebih dari 16 MB); dilewati.",
                truncate_raw(state.overlong_prefix),
            )
            continue
        encoding = None
        try:
            obj = loads(line)
        except decode_error:
            if not line.strip():
                continue
            text, encoding = decode_line(line)  # removes a BOM; cp1252/latin-1 fallback
            try:
                obj = loads(text)
            except decode_error as exc:
                reason = json_error_reason(exc, state.unterminated)
                if encoding != "utf-8":
                    reason += f" (baris ini juga bukan UTF-8 yang sah; dibaca sebagai {encoding})"
                yield Rejected(f"baris {lineno}", reason, truncate_raw(text))
                continue
        if type(obj) is not dict:
            yield Rejected(
                f"baris {lineno}",
                f"Baris harus berisi satu objek JSON ({{...}}), bukan {_json_kind(obj)}.",
                truncate_raw(line),
            )
            continue
        if encoding is not None and encoding != "utf-8":
            obj.setdefault("_sigap", {})
            if isinstance(obj["_sigap"], dict):
                obj["_sigap"]["encoding"] = encoding
        try:
            yield build(obj, default_channel)
        except BadRecord as exc:
            yield Rejected(f"baris {lineno}", str(exc), truncate_raw(line))


def _json_kind(value: Any) -> str:
    if isinstance(value, list):
        return "larik (array)"
    if isinstance(value, str):
        return "teks"
    if isinstance(value, bool):
        return "nilai benar/salah"
    if value is None:
        return "null"
    return "angka"


# --------------------------------------------------------------------------- CSV


_DELIMITERS = (",", ";", "\t", "|")


def _sniff_delimiter(header: str) -> str:
    """The delimiter of a header line: the most frequent of , ; TAB | outside quotes."""
    counts = {d: 0 for d in _DELIMITERS}
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


class _LineFeed:
    """Feeds decoded physical lines to ``csv.reader`` and remembers which ones it took."""

    def __init__(self, lines: Iterator[tuple[int, bytes | None]], state: LineState) -> None:
        self.lines = lines
        self.state = state
        self.pushback: deque[tuple[int, str, str]] = deque()
        self.taken: list[tuple[int, str, str]] = []

    def __iter__(self) -> _LineFeed:
        return self

    def __next__(self) -> str:
        if self.pushback:
            item = self.pushback.popleft()
        else:
            lineno, raw = next(self.lines)
            if raw is None:
                # an overlong physical line: hand csv an unparseable marker it rejects as a row
                item = (lineno, "\x00overlong\n", "overlong")
            else:
                text, encoding = decode_line(raw)
                item = (lineno, text + "\n", encoding)
        self.taken.append(item)
        return item[1]


def parse_csv(stream: BinaryIO, *, default_channel: str = "other") -> Iterator[Record | Rejected]:
    """Records from a Sigap CSV: a header row naming the columns, then one row per record.

    The delimiter is detected from the header (``,`` ``;`` TAB or ``|``; Excel on Indonesian
    Windows writes ``;``). Quoted fields may span lines. Header names are matched without
    regard to case or surrounding spaces. A row that cannot be read (unclosed quote, too many
    columns) is rejected and parsing resumes at the next physical line, so one stray quote
    never swallows the rest of the file.
    """
    _check_default_channel(default_channel)
    state = LineState()
    lines = iter_lines(stream, state)
    header: list[str] | None = None
    header_line = 0
    feed: _LineFeed | None = None
    # find the header: the first non-blank line
    for lineno, raw in lines:
        if raw is None:
            yield Rejected(
                f"baris {lineno}",
                "Baris judul terlalu panjang.",
                truncate_raw(state.overlong_prefix),
            )
            return
        text, _enc = decode_line(raw)
        if text.strip():
            delimiter = _sniff_delimiter(text)
            header = [
                name.strip().lstrip("\ufeff").strip().lower() for name in next(csv.reader([text], delimiter=delimiter))
            ]
            header_line = lineno
            feed = _LineFeed(lines, state)
            break
    if header is None or feed is None:
        return  # empty file

    missing = [name for name in ("id", "published_at") if name not in header]
    if "text" not in header and "title" not in header:
        missing.append("text")
    header_problem = ""
    if missing:
        header_problem = (
            f"Baris judul (baris {header_line}) tidak memiliki kolom wajib "
            + ", ".join(f"'{m}'" for m in missing)
            + ". Kolom yang ada: "
            + ", ".join(h or "(kosong)" for h in header)
            + "."
        )
    width = len(header)

    while True:
        feed.taken = []
        reader = csv.reader(feed, delimiter=delimiter, strict=True)
        try:
            row = next(reader)
            error = None
        except StopIteration:
            if not feed.taken:
                return
            row, error = None, "Baris tidak lengkap di akhir berkas."
        except csv.Error as exc:
            row, error = None, str(exc)
        taken = feed.taken
        if not taken:
            return
        first = taken[0][0]
        position = f"baris {first}" if len(taken) == 1 else f"baris {first}-{taken[-1][0]}"
        raw_text = "".join(item[1] for item in taken)
        if taken[0][2] == "overlong":
            feed.pushback.extendleft(reversed(taken[1:]))
            yield Rejected(
                f"baris {first}",
                "Baris terlalu panjang (lebih dari 16 MB); dilewati.",
                truncate_raw(state.overlong_prefix),
            )
            continue
        if any(item[2] == "overlong" for item in taken):
            error = "sebuah baris di dalamnya terlalu panjang"
        elif error is None and row is not None:
            if not any(cell.strip() for cell in row):
                continue  # blank line (or a line of empty cells)
            if len(row) > width and any(cell.strip() for cell in row[width:]):
                error = f"baris berisi {len(row)} kolom, sedangkan baris judul hanya {width} kolom."
        if error is not None:
            if len(taken) > 1:
                # probably an unclosed quote that swallowed the following lines: reject only
                # the first physical line and read the others again
                feed.pushback.extendleft(reversed(taken[1:]))
                reason = (
                    'Baris tidak dapat dibaca sebagai CSV (kemungkinan tanda kutip " tidak ditutup): '
                    f"{_csv_reason(error)}"
                )
                yield Rejected(f"baris {first}", reason, truncate_raw(taken[0][1]))
            else:
                yield Rejected(
                    position,
                    f"Baris tidak dapat dibaca sebagai CSV: {_csv_reason(error)}",
                    truncate_raw(raw_text),
                )
            continue
        assert row is not None  # noqa: S101 - narrows the type
        obj: dict[str, Any] = {}
        for name, value in zip(header, row, strict=False):
            if name and (value or name not in obj):
                obj[name] = value
        if header_problem:
            yield Rejected(position, header_problem, truncate_raw(raw_text))
            continue
        encodings = {item[2] for item in taken} - {"utf-8"}
        if encodings:
            obj["_sigap"] = {"encoding": "cp1252" if "cp1252" in encodings else "latin-1"}
        try:
            yield build_record(obj, default_channel)
        except BadRecord as exc:
            yield Rejected(position, str(exc), truncate_raw(raw_text))


def _csv_reason(message: str) -> str:
    if "field larger than field limit" in message:
        return "isi satu kolom terlalu panjang (lebih dari 131.072 karakter)."
    if "expected after" in message:
        return "ada teks langsung setelah tanda kutip penutup."
    if "unexpected end of data" in message:
        return "berkas berakhir sebelum tanda kutip ditutup (berkas terpotong?)."
    if "line contains NUL" in message or "NUL" in message:
        return "baris berisi karakter NUL (berkas biner?)."
    return message


def parse_rows(rows: Iterable[dict[str, Any]], *, default_channel: str = "other") -> Iterator[Record | Rejected]:
    """Records from already-parsed mappings (an API payload, a spreadsheet library's rows)."""
    _check_default_channel(default_channel)
    for index, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            yield Rejected(f"item {index}", "Item harus berupa objek.", truncate_raw(row))
            continue
        try:
            yield build_record(row, default_channel)
        except BadRecord as exc:
            yield Rejected(f"item {index}", str(exc), truncate_raw(row))


# --------------------------------------------------------------------------- benchmark


def benchmark(lines: int = 200_000, repeat: int = 3) -> dict[str, float]:
    """Parse ``lines`` synthetic Sigap JSONL records from a temporary file; best of ``repeat``.

    Run: ``python -m sigap.monitoring.connectors.sigap_format [lines]``. Returns the figures
    (records/s, MB/s) so ``sigap bench`` can print them.
    """
    import os
    import tempfile
    import time

    with tempfile.NamedTemporaryFile("wb", suffix=".jsonl", delete=False) as handle:
        path = handle.name
        for i in range(lines):
            handle.write(
                orjson.dumps(
                    {
                        "id": f"bench-{i}",
                        "channel": "x" if i % 3 else "news",
                        "text": f"Warga Kecamatan Tembalang mengeluhkan banjir setinggi 50 cm di Jalan "
                        f"Ngesrep Timur ke-{i}; Pemkot diminta segera bertindak #banjirsemarang",
                        "published_at": f"2025-03-01T08:{i // 60 % 60:02d}:{i % 60:02d}+07:00",
                        "author": f"warga{i % 977}",
                        "author_name": "Warga Semarang",
                        "author_followers": i % 5000,
                        "likes": i % 300,
                        "shares": i % 40,
                        "replies": i % 13,
                        "views": i * 3 % 90000,
                        "lang": "in",
                        "url": f"https://x.com/warga/status/{1890000000000000000 + i}",
                    }
                )
                + b"\n"
            )
    try:
        size = os.path.getsize(path)
        best = float("inf")
        count = 0
        for _ in range(repeat):
            started = time.perf_counter()
            with open(path, "rb") as stream:
                count = sum(1 for item in parse_jsonl(stream, default_channel="news") if type(item) is Record)
            best = min(best, time.perf_counter() - started)
    finally:
        os.unlink(path)
    return {
        "lines": float(lines),
        "records": float(count),
        "seconds": best,
        "records_per_second": count / best,
        "mb_per_second": size / best / 1e6,
    }


if __name__ == "__main__":  # pragma: no cover
    import sys

    figures = benchmark(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
    print(  # noqa: T201 - run as a script
        f"sigap-jsonl: {figures['records']:,.0f} records in {figures['seconds']:.3f} s = "
        f"{figures['records_per_second']:,.0f} records/s ({figures['mb_per_second']:.1f} MB/s)"
    )
