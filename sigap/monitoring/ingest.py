"""Storing what connectors bring: validate, de-duplicate, store, count. Never loses a record silently.

A record is a duplicate when its source already holds its external id. Re-running an import
therefore stores nothing twice, and nothing already stored is altered.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice

import orjson
from django.db import connection, transaction
from django.utils import timezone

from sigap.monitoring.connectors.base import Record, Rejected

from .analysis import request_analysis
from .models import Channel, Document, ImportJob, RejectedRecord, Source

BATCH_SIZE = 5000
_SPACES = re.compile(r"\s+")
_CHANNELS = set(Channel.values)


@dataclass
class Counts:
    read: int = 0
    stored: int = 0
    duplicate: int = 0
    rejected: int = 0

    def as_dict(self) -> dict:
        return {"read": self.read, "stored": self.stored, "duplicate": self.duplicate, "rejected": self.rejected}

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.read + other.read,
            self.stored + other.stored,
            self.duplicate + other.duplicate,
            self.rejected + other.rejected,
        )


def clean_text(value: str, limit: int | None = None) -> str:
    """Text both databases accept: no NUL (PostgreSQL refuses it), no lone surrogates."""
    if not value:
        return ""
    if "\x00" in value:
        value = value.replace("\x00", "")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "replace").decode("utf-8")
    return value[:limit] if limit else value


def content_hash(title: str, text: str) -> str:
    """Hash of the normalised content: exact copies (re-published releases, copy-paste) share it."""
    body = _SPACES.sub(" ", f"{title} {text}".lower()).strip()
    return hashlib.blake2b(body.encode("utf-8", "replace"), digest_size=16).hexdigest()


def _external_id(record: Record, digest: str) -> str:
    ext = clean_text(record.external_id or "").strip() or f"sha:{digest}"
    if len(ext) > 255:
        ext = "sha:" + hashlib.blake2b(ext.encode(), digest_size=16).hexdigest()
    return ext


COLUMNS = (
    "source_id",
    "office_id",
    "channel",
    "external_id",
    "content_hash",
    "url",
    "title",
    "text",
    "author",
    "author_name",
    "author_followers",
    "likes",
    "shares",
    "replies",
    "views",
    "lang",
    "parent_id",
    "published_at",
    "fetched_at",
    "raw",
    "language",
    "sentiment",
    "dup_group",
)


def _count(value) -> int:
    return value if type(value) is int and value >= 0 else max(0, int(value or 0))


def _row(source: Source, record: Record, now, adapt_dt) -> tuple:
    """One INSERT row, built without model instances: ingestion speed is dominated by ORM overhead."""
    title = clean_text(record.title)
    text = clean_text(record.text)
    digest = content_hash(title, text)
    channel = record.channel if record.channel in _CHANNELS else source.channel
    return (
        source.pk,
        source.office_id,
        channel,
        _external_id(record, digest),
        digest,
        clean_text(record.url, 1000),
        title,
        text,
        clean_text(record.author, 200),
        clean_text(record.author_name, 200),
        _count(record.author_followers),
        _count(record.likes),
        _count(record.shares),
        _count(record.replies),
        _count(record.views),
        clean_text(record.lang, 8),
        clean_text(record.parent_id, 255),
        adapt_dt(record.published_at or now),
        adapt_dt(now),
        _raw_json(record.raw),
        "",
        "",
        "",  # analysis fields: filled in by the text pipeline
    )


def _raw_json(raw) -> str | None:
    if raw is None:
        return None
    dumped = orjson.dumps(raw, default=str).decode()
    if "\\u0000" in dumped:  # PostgreSQL's jsonb refuses NUL; strip it from the values (rare)
        dumped = orjson.dumps(_without_nul(raw), default=str).decode()
    return dumped


def _without_nul(value):
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {_without_nul(k): _without_nul(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_without_nul(v) for v in value]
    return value


def _insert_sql() -> str:
    """INSERT … ON CONFLICT DO NOTHING (SQLite ≥ 3.24 and PostgreSQL): a known id is never overwritten."""
    table = Document._meta.db_table
    values = ", ".join("%s::jsonb" if c == "raw" and connection.vendor == "postgresql" else "%s" for c in COLUMNS)
    return (
        f"INSERT INTO {table} ({', '.join(COLUMNS)}) VALUES ({values}) "  # noqa: S608 - model's table and columns; values are parameters
        "ON CONFLICT (source_id, external_id) DO NOTHING"
    )


def store_records(
    source: Source,
    items: Iterable[Record | Rejected],
    *,
    job: ImportJob | None = None,
    on_batch: Callable[[Counts], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> Counts:
    counts = Counts()
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        # The batch and the progress written by on_batch commit together: a worker that dies
        # leaves a job whose counts say exactly which records are stored (resume skips them).
        # on_batch raises to undo the batch (the import was cancelled or taken over).
        with transaction.atomic():
            _store_batch(source, batch, job, counts)
            if on_batch:
                on_batch(counts)
    if counts.stored:
        request_analysis()
    return counts


def _store_batch(source: Source, batch: list, job: ImportJob | None, counts: Counts) -> None:
    now = timezone.now()
    adapt_dt = connection.ops.adapt_datetimefield_value
    rows: dict[str, tuple] = {}
    rejected: list[RejectedRecord] = []
    for item in batch:
        counts.read += 1
        if isinstance(item, Rejected):
            rejected.append(
                RejectedRecord(
                    source=source,
                    job=job,
                    position=clean_text(item.position, 60),
                    reason=clean_text(item.reason),
                    raw=clean_text(item.raw, 10_000),
                )
            )
            continue
        try:
            row = _row(source, item, now, adapt_dt)
        except (TypeError, ValueError, OverflowError, AttributeError) as exc:
            rejected.append(
                RejectedRecord(
                    source=source,
                    job=job,
                    position=clean_text(str(getattr(item, "external_id", "")), 60),
                    reason=f"Rekaman tidak dapat disimpan: {exc}",
                    raw=clean_text(repr(item), 10_000),
                )
            )
            continue
        if row[3] in rows:
            counts.duplicate += 1
        else:
            rows[row[3]] = row
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(_insert_sql(), list(rows.values()))
            inserted = cursor.rowcount
        counts.stored += inserted
        counts.duplicate += len(rows) - inserted
    if rejected:
        RejectedRecord.objects.bulk_create(rejected)
        counts.rejected += len(rejected)


def refresh_statistics() -> None:
    """After a large import, refresh the planner's statistics: stale ones made PostgreSQL choose
    plans 7× slower on a freshly filled million-row table (autovacuum would catch up later)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"ANALYZE {Document._meta.db_table}")
        else:
            cursor.execute("PRAGMA optimize")
