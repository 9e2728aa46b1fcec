"""Fetching feeds and pages for a source, and the scheduler's claim on due sources."""

from __future__ import annotations

import logging
from datetime import datetime

from django.conf import settings
from django.utils import timezone

from sigap.monitoring.connectors.base import Record, Rejected
from sigap.monitoring.connectors.http import PoliteClient
from sigap.monitoring.connectors.rss import fetch_feed
from sigap.monitoring.connectors.web import fetch_article

from .ingest import Counts, store_records
from .models import Document, Source

log = logging.getLogger(__name__)
_client: PoliteClient | None = None


def polite_client() -> PoliteClient:
    """One client per process, so the per-host rate limit and robots.txt cache are shared."""
    global _client
    if _client is None:
        _client = PoliteClient(
            user_agent=settings.FETCH_USER_AGENT,
            min_interval=settings.FETCH_MIN_INTERVAL,
            timeout=settings.FETCH_TIMEOUT,
        )
    return _client


def poll(source: Source, client: PoliteClient | None = None) -> Counts:
    """Fetch a source once, store what is new, and record the source's health."""
    client = client or polite_client()
    now = timezone.now()
    error = ""
    counts = Counts()
    if source.kind == Source.Kind.RSS:
        result = fetch_feed(
            source.url,
            etag=source.etag or None,
            modified=source.last_modified or None,
            client=client,
            channel=source.channel,
        )
        error = result.error or ""
        items: list[Record | Rejected] = [*result.records, *result.rejected]
        if source.full_text and result.records:
            items = [*_with_full_text(source, result.records, client), *result.rejected]
        counts = store_records(source, _default_channel(items, source))
        if result.status != 304:
            source.etag = (result.etag or "")[:255]
            source.last_modified = (result.modified or "")[:64]
        failed = result.status == 0 or result.status >= 400
    elif source.kind == Source.Kind.PAGE:
        item = fetch_article(source.url, client=client)
        counts = store_records(source, _default_channel([item], source))
        failed = isinstance(item, Rejected)
        error = item.reason if isinstance(item, Rejected) else ""
    else:
        raise ValueError(f"source {source.pk} of kind {source.kind} is not polled")
    source.last_polled_at = now
    if failed:
        source.consecutive_errors += 1
        source.last_error = error or "Gagal mengambil sumber."
    else:
        source.consecutive_errors = 0
        source.last_ok_at = now
        source.last_error = error  # a feed may parse with warnings: keep them visible
    source.schedule_next_poll(now)
    source.save(
        update_fields=[
            "last_polled_at",
            "last_ok_at",
            "last_error",
            "consecutive_errors",
            "etag",
            "last_modified",
            "next_poll_at",
        ]
    )
    log.info("polled %s: %s%s", source, counts.as_dict(), f" error: {error}" if error else "")
    return counts


def _default_channel(items, source: Source):
    for item in items:
        if isinstance(item, Record) and not item.channel:
            item.channel = source.channel
        yield item


def _with_full_text(source: Source, records: list[Record], client: PoliteClient):
    """Replace each new feed item's summary with the article's full text (robots.txt respected)."""
    known = set(
        Document.objects.filter(source=source, external_id__in=[r.external_id for r in records]).values_list(
            "external_id", flat=True
        )
    )
    for record in records:
        if record.external_id in known or not record.url:
            yield record
            continue
        article = fetch_article(record.url, client=client)
        if isinstance(article, Record) and len(article.text) > len(record.text):
            record.text = article.text
            record.title = record.title or article.title
            record.author = record.author or article.author
        yield record


def claim_due_sources(now: datetime | None = None) -> list[int]:
    """Claim due sources with a conditional UPDATE, so two schedulers never poll the same source twice."""
    now = now or timezone.now()
    claimed = []
    for source in Source.objects.due_for_poll(now).only("id", "next_poll_at", "poll_minutes", "consecutive_errors"):
        previous = source.next_poll_at
        source.schedule_next_poll(now)
        if Source.objects.filter(pk=source.pk, next_poll_at=previous).update(next_poll_at=source.next_poll_at):
            claimed.append(source.pk)
    return claimed
