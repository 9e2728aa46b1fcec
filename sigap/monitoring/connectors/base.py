"""The common record type every connector yields, and the small pure helpers they share.

No Django here: connectors are plain Python so they can be tested, benchmarked and reused
outside the web application (a command-line import, a notebook).

Conventions shared by every parser:

* a parser is a generator ``parse(stream, *, default_channel=...)`` over a *binary* stream;
  it streams (never reads a whole file into memory, except the whole-file JSON formats,
  see :func:`iter_json_documents`) and never raises on bad data;
* every bad record becomes a :class:`Rejected` with an Indonesian reason, and parsing goes on;
* ``Record.raw`` is the original record, JSON-serialisable; annotations Sigap adds to it live
  under the single key ``"_sigap"`` (for instance ``{"encoding": "cp1252"}``).
"""

from __future__ import annotations

import codecs
import hashlib
import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from html.parser import HTMLParser
from typing import Any, BinaryIO, cast

import orjson

CHANNELS = ("news", "x", "facebook", "instagram", "youtube", "tiktok", "complaint", "other")

#: Western Indonesia Time. Jakarta has had no daylight saving since 1964, so a fixed offset is
#: exact and does not depend on the tz database being installed.
WIB = timezone(timedelta(hours=7), "WIB")

#: Longest raw text kept in a :class:`Rejected` (characters, including the truncation mark).
RAW_LIMIT = 10_000
_TRUNCATED_MARK = " …[dipotong]"

#: Longest line a line-oriented parser accepts (bytes); a longer line is rejected, not loaded.
MAX_LINE_BYTES = 16 * 1024 * 1024

_CHUNK = 1 << 20


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


# --------------------------------------------------------------------------- text helpers


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


def decode_line(line: bytes) -> tuple[str, str]:
    """Decode one line: UTF-8 (BOM removed) or, failing that, cp1252 then latin-1.

    Returns ``(text, encoding)``; ``encoding`` is ``"utf-8"`` in the normal case so the caller
    can note the fallback in the record. Never raises and never drops a byte.
    """
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return line.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return line.decode("latin-1"), "latin-1"
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, "utf-8"


#: Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Starts of files that are certainly not text: zip (.xlsx, .docx), OLE2 (.xls, .doc), PDF, gzip.
_BINARY_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF-", b"\x1f\x8b")


def _bom(head: bytes) -> tuple[str, int] | None:
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding, len(bom)
    return None


def sniff_encoding(head: bytes) -> str | None:
    """The encoding of a file from its first bytes, or None if it cannot be read as text.

    The encoding its BOM names (Excel's "Unicode text" and Windows Notepad write UTF-16 LE
    with a BOM), else ``"utf-8"`` (lines that are not valid UTF-8 fall back to cp1252, see
    :func:`decode_line`). None for a binary file (an Excel workbook, a PDF, a zip), UTF-16
    saved without a BOM (many NUL bytes) and UTF-16/32 whose bytes are not valid.
    """
    found = _bom(head)
    if found is None:
        if head.startswith(_BINARY_MAGIC) or head.count(b"\x00") * 10 > len(head):
            return None
        return "utf-8"
    encoding, skip = found
    if encoding != "utf-8":
        try:
            codecs.getincrementaldecoder(encoding)().decode(head[skip:], final=False)
        except UnicodeDecodeError:
            return None
    return encoding


def utf8_head(head: bytes) -> bytes:
    """The first bytes of a file as UTF-8 (UTF-16/32 transcoded), for format detection."""
    found = _bom(head)
    if found is None or found[0] == "utf-8":
        return head
    encoding, skip = found
    return codecs.getincrementaldecoder(encoding)("replace").decode(head[skip:], final=False).encode("utf-8")


def short(value: object, limit: int = 60) -> str:
    """A value quoted for an error message, shortened."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"


_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "iframe", "svg"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANKS = re.compile(r"\n{3,}")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment (feed summaries, YouTube ``textDisplay``).

    A real parser (``html.parser``): entities decoded, scripts and styles dropped, block
    elements and ``<br>`` become line breaks, runs of spaces (and no-break spaces) collapse,
    images are dropped.
    """
    if not markup:
        return ""
    if "<" not in markup:
        text = html.unescape(markup)
    else:
        parser = _TextExtractor()
        try:
            parser.feed(markup)
            parser.close()
            text = "".join(parser.parts)
        except Exception:  # noqa: BLE001 - html.parser is lenient; this is a last resort
            text = html.unescape(re.sub(r"<[^>]*>", " ", markup))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def stable_hash(*parts: str) -> str:
    """A short stable id for an item that has none (``sha1:`` + 20 hex characters)."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8", "replace"), usedforsecurity=False).hexdigest()
    return "sha1:" + digest[:20]


# --------------------------------------------------------------------------- values


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


# --------------------------------------------------------------------------- streaming


class LineState:
    """Filled in by :func:`iter_lines` for the caller's error messages."""

    __slots__ = ("unterminated", "overlong_prefix")

    def __init__(self) -> None:
        self.unterminated = False  # the last line had no line break (file cut short?)
        self.overlong_prefix = b""


def iter_lines(
    stream: BinaryIO, state: LineState | None = None, *, max_line: int = MAX_LINE_BYTES
) -> Iterator[tuple[int, bytes | None]]:
    """``(line_number, line)`` for each ``\\n``-separated line, without the line break.

    Reads in 1 MB chunks, so memory stays bounded by ``max_line`` + 1 MB. A line longer than
    ``max_line`` is yielded as ``None`` (its first bytes in ``state.overlong_prefix``) and
    skipped up to the next line break. Before the final line is yielded,
    ``state.unterminated`` tells whether it ended without a line break. A ``\\r`` before the
    line break is removed. A UTF-16/32 file (with BOM) yields UTF-8 lines.
    """
    if state is None:
        state = LineState()
    lineno = 0
    buf = b""
    skipping = False
    read = utf8_stream(stream).read
    while True:
        chunk = read(_CHUNK)
        if not chunk:
            break
        if isinstance(chunk, str):  # a text stream was passed: be forgiving
            chunk = chunk.encode("utf-8")
        if skipping:
            cut = chunk.find(b"\n")
            if cut < 0:
                continue
            chunk = chunk[cut + 1 :]
            skipping = False
        if buf:
            chunk = buf + chunk
        lines = chunk.split(b"\n")
        buf = lines.pop()
        for line in lines:
            lineno += 1
            if len(line) > max_line:
                state.overlong_prefix = line[:RAW_LIMIT]
                yield lineno, None
                continue
            if line[-1:] == b"\r":
                line = line[:-1]
            yield lineno, line
        if len(buf) > max_line:
            lineno += 1
            state.overlong_prefix = buf[:RAW_LIMIT]
            buf = b""
            skipping = True
            yield lineno, None
    if buf and not skipping:
        lineno += 1
        state.unterminated = True
        if buf[-1:] == b"\r":
            buf = buf[:-1]
        yield lineno, buf


class PrefixedStream:
    """A read-only binary stream that first replays ``head`` then reads from ``rest``.

    Lets a caller peek at the start of a non-seekable upload to detect its format.
    """

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def read(self, size: int = -1) -> bytes:
        if self._head:
            if size is None or size < 0:
                data, self._head = self._head + self._rest.read(), b""
                return data
            data, self._head = self._head[:size], self._head[size:]
            return data
        return self._rest.read(size)

    def readable(self) -> bool:
        return True


class _Utf8Stream:
    """A UTF-16/32 stream read as UTF-8 bytes, so every parser deals with one encoding.

    Streams (decodes chunk by chunk); an invalid code unit becomes U+FFFD, so a damaged
    stretch costs one character, not the file.
    """

    def __init__(self, rest: BinaryIO, encoding: str) -> None:
        self._rest = rest
        self._decode = codecs.getincrementaldecoder(encoding)("replace").decode
        self._buf = b""
        self._done = False

    def read(self, size: int = -1) -> bytes:
        whole = size is None or size < 0
        while not self._done and (whole or len(self._buf) < size):
            chunk = self._rest.read(_CHUNK)
            self._done = not chunk
            self._buf += self._decode(chunk or b"", final=self._done).encode("utf-8")
        if whole:
            data, self._buf = self._buf, b""
        else:
            data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def readable(self) -> bool:
        return True


def utf8_stream(stream: BinaryIO) -> BinaryIO:
    """``stream`` as UTF-8 bytes: a UTF-16/32 file (with BOM) is transcoded, its BOM dropped;
    anything else (UTF-8 with or without BOM, cp1252) passes through untouched."""
    head = read_up_to(stream, 4)
    found = _bom(head)
    if found is None or found[0] == "utf-8":
        return PrefixedStream(head, stream)  # type: ignore[return-value]
    encoding, skip = found
    return _Utf8Stream(PrefixedStream(head[skip:], stream), encoding)  # type: ignore[arg-type,return-value]


def read_up_to(stream: BinaryIO, size: int) -> bytes:
    """Up to ``size`` bytes, looping over short reads (pipes, uploads, raw streams)."""
    parts: list[bytes] = []
    total = 0
    while total < size:
        chunk = stream.read(min(size - total, 1 << 24))
        if not chunk:
            break
        if isinstance(chunk, str):
            chunk = chunk.encode("utf-8")
        parts.append(chunk)
        total += len(chunk)
    return b"".join(parts)


def peek(stream: BinaryIO, size: int = 65536) -> tuple[bytes, BinaryIO]:
    """The first ``size`` bytes of ``stream`` and a stream that still yields everything."""
    head = read_up_to(stream, size)
    return head, PrefixedStream(head, stream)  # type: ignore[return-value]


#: Largest whole-file JSON document (not JSONL) the social-media parsers load (bytes).
MAX_JSON_DOCUMENT_BYTES = 256 * 1024 * 1024


def parse_json_documents(
    stream: BinaryIO, parse_value: Callable[..., Iterator[Record | Rejected]], default_channel: str
) -> Iterator[Record | Rejected]:
    """Records from a platform export: each JSON value (JSONL line or whole file) goes to ``parse_value``."""
    for item in iter_json_documents(stream):
        if isinstance(item, Rejected):
            yield item
            continue
        position, value = item
        yield from parse_value(value, position, default_channel=default_channel)


def iter_json_documents(
    stream: BinaryIO, *, max_bytes: int = MAX_JSON_DOCUMENT_BYTES
) -> Iterator[tuple[str, Any] | Rejected]:
    """JSON values from either a JSONL file (one value per line) or a whole-file JSON.

    Yields ``(position, value)``; ``position`` is ``"baris N"`` in JSONL, ``""`` for a single
    whole-file document, ``"dokumen N"`` when the file holds a top-level array or several
    concatenated documents. Bad lines and unreadable documents become :class:`Rejected`.

    JSONL streams line by line. A whole-file document must be loaded into memory (``ijson``
    is not a dependency): it is refused above ``max_bytes`` with a reason telling the user
    to convert it to JSONL.
    """
    head, stream = peek(utf8_stream(stream), _CHUNK)
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not body:
        return
    jsonl = False
    if body[:1] == b"{":
        cut = body.find(b"\n")
        if cut > 0:
            try:
                first = orjson.loads(body[:cut])
            except orjson.JSONDecodeError:
                first = None
            jsonl = isinstance(first, dict)
    if jsonl:
        state = LineState()
        for lineno, line in iter_lines(stream, state, max_line=max_bytes):
            position = f"baris {lineno}"
            if line is None:
                yield Rejected(
                    position,
                    "Baris terlalu panjang; dilewati.",
                    truncate_raw(state.overlong_prefix),
                )
                continue
            if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            try:
                yield position, orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                yield Rejected(position, json_error_reason(exc, state.unterminated), truncate_raw(line))
        return
    data = read_up_to(stream, max_bytes + 1)
    if len(data) > max_bytes:
        yield Rejected(
            "berkas",
            f"Berkas JSON utuh lebih besar dari {max_bytes // (1024 * 1024)} MB dan tidak dimuat. "
            "Ubah menjadi JSONL (satu halaman respons API per baris) agar dapat dibaca bertahap.",
            truncate_raw(data[:RAW_LIMIT]),
        )
        return
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        yield from _concatenated_documents(data)
        return
    if isinstance(value, list):
        for index, item in enumerate(value, 1):
            yield f"dokumen {index}", item
    else:
        yield "", value


def _concatenated_documents(data: bytes) -> Iterator[tuple[str, Any] | Rejected]:
    """Several JSON documents written one after another (``cat a.json b.json``)."""
    import json

    text, _ = decode_line(data)
    decoder = json.JSONDecoder()
    pos, index, end = 0, 0, len(text)
    while True:
        while pos < end and text[pos] in " \t\r\n":
            pos += 1
        if pos >= end:
            return
        index += 1
        try:
            value, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            line = text.count("\n", 0, exc.pos) + 1
            where = "terpotong (berkas berakhir di tengah data)" if exc.pos >= end - 1 else "tidak sah"
            yield Rejected(
                f"dokumen {index}" if index > 1 else "berkas",
                f"JSON {where} pada baris {line}: {exc.msg}. Data setelah titik ini tidak dapat dibaca.",
                truncate_raw(text[pos : pos + RAW_LIMIT]),
            )
            return
        yield f"dokumen {index}", value


def json_error_reason(exc: Exception, last_unterminated: bool = False) -> str:
    """An Indonesian reason for a line that is not valid JSON."""
    message = str(exc)
    if "utf-8" in message.lower() or "utf8" in message.lower():
        return "Baris bukan teks UTF-8 yang sah sehingga tidak dapat dibaca sebagai JSON."
    if last_unterminated:
        return f"Baris terakhir terpotong (tidak diakhiri baris baru) dan bukan JSON yang sah: {message}."
    return f"Baris bukan JSON yang sah: {message}."
