"""Reading uploads as streams: encodings (BOMs, UTF-16/32, the cp1252 fallback), lines in
bounded memory, peeking at a non-seekable stream, and JSON documents in JSONL or whole-file form.

Shared by the parsers and format detection; kept apart from the record types and the value
helpers of :mod:`.base`, which re-exports them.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

import orjson

from .records import RAW_LIMIT, Record, Rejected, truncate_raw

__all__ = [
    "MAX_JSON_DOCUMENT_BYTES",
    "MAX_LINE_BYTES",
    "LineState",
    "PrefixedStream",
    "decode_line",
    "iter_json_documents",
    "iter_lines",
    "json_error_reason",
    "parse_json_documents",
    "peek",
    "read_up_to",
    "sniff_encoding",
    "utf8_head",
    "utf8_stream",
]

#: Longest line a line-oriented parser accepts (bytes); a longer line is rejected, not loaded.
MAX_LINE_BYTES = 16 * 1024 * 1024

_CHUNK = 1 << 20


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
