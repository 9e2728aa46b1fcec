"""Full text of a news page: fetched politely (robots.txt, rate limit), extracted by trafilatura.

:func:`fetch_article` returns a :class:`Record` or a :class:`Rejected` whose reason says in
Indonesian why the page was not read (forbidden by robots.txt, HTTP error, not HTML, no
article text found). It never raises for those.

Mapping: external_id = the requested URL (without fragment); url = the page's canonical URL
(else the final URL after redirects); title, text, author (→ author_name) from trafilatura;
author = the outlet (site name, else host); lang = ``<html lang>``. The publication time comes
from the page's own metadata (``article:published_time``, JSON-LD ``datePublished``,
``<time datetime>``) when it has a time of day, else trafilatura's date at 00:00 WIB
(``raw["_sigap"]["date_precision"] = "day"``), else the fetch time
(``raw["_sigap"]["published_at"] = "fetched_at"``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import orjson

from .base import BadRecord, Record, Rejected, parse_datetime, sigap_note
from .http import FetchError, PoliteClient

PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
MIN_TEXT_CHARS = 80
_HTML_TYPES = ("text/html", "application/xhtml+xml", "")

_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "date",
    "dc.date.issued",
    "dc.date",
    "content_publishdate",
)


class _PageMeta(HTMLParser):
    """Collects ``<html lang>``, meta tags, ``<time datetime>`` and JSON-LD from the page head and body."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = ""
        self.meta: dict[str, str] = {}
        self.times: list[str] = []
        self.jsonld: list[str] = []
        self._in_jsonld = False
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and not self.lang:
            self.lang = values.get("lang") or values.get("xml:lang") or ""
        elif tag == "meta":
            name = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if name and "content" in values:
                self.meta.setdefault(name, values["content"])
        elif tag == "time" and values.get("datetime"):
            self.times.append(values["datetime"])
        elif tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self._in_jsonld = True
            self._buffer = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_jsonld:
            self._in_jsonld = False
            self.jsonld.append("".join(self._buffer))

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self._buffer.append(data)


def _jsonld_dates(blocks: list[str]) -> list[str]:
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            value = node.get("datePublished")
            if isinstance(value, str):
                found.append(value)
            for child in node.values():
                if isinstance(child, dict | list):
                    walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    for block in blocks:
        try:
            walk(orjson.loads(block.strip()))
        except orjson.JSONDecodeError:
            continue
    return found


def _precise_date(meta: _PageMeta) -> datetime | None:
    """The first publication timestamp with a time of day found in the page's metadata."""
    candidates = [meta.meta[name] for name in _DATE_META if meta.meta.get(name)]
    candidates += _jsonld_dates(meta.jsonld) + meta.times
    for value in candidates:
        if "T" not in value and ":" not in value:
            continue
        try:
            return parse_datetime(value.strip())
        except BadRecord:
            continue
    return None


def fetch_article(url: str, *, client: PoliteClient, channel: str = "news") -> Record | Rejected:
    """Fetch ``url`` (if robots.txt allows) and extract the article. Never raises for bad pages."""
    parts = urlsplit(url)
    clean_url = urlunsplit(parts._replace(fragment="")) if parts.scheme else url
    try:
        response = client.get(clean_url, check_robots=True, headers={"Accept": PAGE_ACCEPT})
    except FetchError as exc:
        return Rejected(clean_url, exc.message, clean_url)
    if not 200 <= response.status < 300 or not response.content:
        return Rejected(clean_url, f"Halaman menjawab HTTP {response.status} tanpa isi.", clean_url)
    if response.content_type not in _HTML_TYPES:
        return Rejected(
            clean_url,
            f"Alamat ini bukan halaman HTML (jenis isi: {response.content_type}); tidak diekstrak.",
            clean_url,
        )
    return extract_article(
        response.content,
        url=clean_url,
        final_url=response.url,
        fetched_at=response.fetched_at,
        channel=channel,
    )


def extract_article(
    html: bytes | str,
    *,
    url: str,
    final_url: str = "",
    fetched_at: datetime | None = None,
    channel: str = "news",
    min_chars: int = MIN_TEXT_CHARS,
) -> Record | Rejected:
    """Extract an article from HTML already fetched (or recorded). ``url`` becomes the id.

    A page whose main text is shorter than ``min_chars`` (a menu, a login wall) is rejected.
    """
    import trafilatura  # slow to import (~0.5 s): only when a page is actually extracted

    fetched_at = fetched_at or datetime.now(UTC)
    final_url = final_url or url
    try:
        document = trafilatura.bare_extraction(
            html,
            url=final_url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"extensive_search": True, "original_date": True},
        )
    except Exception as exc:  # noqa: BLE001 - a third-party parser on hostile input
        return Rejected(url, f"Halaman tidak dapat diurai: {exc}.", url)
    if document is None:
        return Rejected(url, "Teks utama artikel tidak ditemukan pada halaman ini.", url)
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = (data.get("text") or "").strip()
    title = (data.get("title") or "").strip()
    if len(text) < min_chars:
        return Rejected(
            url,
            "Teks utama artikel tidak ditemukan pada halaman ini "
            f"(hanya {len(text)} karakter; kemungkinan bukan halaman artikel).",
            url,
        )
    first, _, rest = text.partition("\n")
    if title and first.strip() == title and rest.strip():
        text = rest.strip()  # trafilatura repeats the headline as the first line

    page = _PageMeta()
    try:
        page.feed(html.decode("utf-8", "replace") if isinstance(html, bytes) else html)
        page.close()
    except Exception:  # noqa: BLE001, S110 - metadata is best effort
        pass

    raw: dict[str, Any] = {
        key: data.get(key)
        for key in (
            "title",
            "author",
            "url",
            "hostname",
            "description",
            "sitename",
            "date",
            "categories",
            "tags",
            "pagetype",
            "image",
        )
    }
    raw["requested_url"] = url
    raw["final_url"] = final_url
    published_at = _precise_date(page)
    if published_at is None and data.get("date"):
        try:
            published_at = parse_datetime(str(data["date"])[:10])
            sigap_note(raw, date_precision="day")
        except BadRecord:
            published_at = None
    if published_at is None:
        published_at = fetched_at
        sigap_note(raw, published_at="fetched_at")

    outlet = (data.get("sitename") or data.get("hostname") or urlsplit(final_url).hostname or "").strip()
    return Record(
        external_id=url,
        channel=channel,
        text=text,
        published_at=published_at,
        title=title,
        url=(data.get("url") or final_url),
        author=outlet,
        author_name=(data.get("author") or "").strip(),
        lang=(page.lang or data.get("language") or "")[:16],
        raw={k: v for k, v in raw.items() if v not in (None, "", [])},
    )
