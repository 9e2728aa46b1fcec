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

The definitions live by concept: the record types in :mod:`.records`, field values in
:mod:`.values`, encodings and streaming in :mod:`.streams`; this module keeps the text
helpers and re-exports all of them, so a parser imports what it needs from here.
"""

from __future__ import annotations

import hashlib
import html
import re
from html.parser import HTMLParser

from .records import CHANNELS, RAW_LIMIT, WIB, BadRecord, Record, Rejected, short, truncate_raw
from .streams import (
    MAX_JSON_DOCUMENT_BYTES,
    MAX_LINE_BYTES,
    LineState,
    PrefixedStream,
    decode_line,
    iter_json_documents,
    iter_lines,
    json_error_reason,
    parse_json_documents,
    peek,
    read_up_to,
    sniff_encoding,
    utf8_head,
    utf8_stream,
)
from .values import as_text, dict_of, dig, parse_count, parse_datetime, safe_count, sigap_note, str_of

# fmt: off
__all__ = [
    # records
    "CHANNELS", "RAW_LIMIT", "WIB", "BadRecord", "Record", "Rejected", "short", "truncate_raw",
    # values
    "as_text", "dict_of", "dig", "parse_count", "parse_datetime", "safe_count", "sigap_note", "str_of",
    # streams
    "MAX_JSON_DOCUMENT_BYTES", "MAX_LINE_BYTES", "LineState", "PrefixedStream", "decode_line",
    "iter_json_documents", "iter_lines", "json_error_reason", "parse_json_documents", "peek",
    "read_up_to", "sniff_encoding", "utf8_head", "utf8_stream",
    # text helpers (defined here)
    "html_to_text", "stable_hash",
]
# fmt: on

# --------------------------------------------------------------------------- text helpers


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
