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

from django.db import transaction
from django.utils import timezone

from sigap.monitoring.connectors.base import Record, Rejected

from .models import Channel, Document, ImportJob, RejectedRecord, Source

BATCH_SIZE = 2000
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


def _document(source: Source, record: Record, now) -> Document:
    title = clean_text(record.title)
    text = clean_text(record.text)
    digest = content_hash(title, text)
    channel = record.channel if record.channel in _CHANNELS else source.channel
    return Document(
        source_id=source.pk,
        office_id=source.office_id,
        channel=channel,
        external_id=_external_id(record, digest),
        content_hash=digest,
        url=clean_text(record.url, 1000),
        title=title,
        text=text,
        author=clean_text(record.author, 200),
        author_name=clean_text(record.author_name, 200),
        author_followers=max(0, int(record.author_followers or 0)),
        likes=max(0, int(record.likes or 0)),
        shares=max(0, int(record.shares or 0)),
        replies=max(0, int(record.replies or 0)),
        views=max(0, int(record.views or 0)),
        lang=clean_text(record.lang, 8),
        parent_id=clean_text(record.parent_id, 255),
        published_at=record.published_at or now,
        fetched_at=now,
        raw=record.raw,
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
        _store_batch(source, batch, job, counts)
        if on_batch:
            on_batch(counts)
    return counts


def _store_batch(source: Source, batch: list, job: ImportJob | None, counts: Counts) -> None:
    now = timezone.now()
    docs: dict[str, Document] = {}
    rejected: list[RejectedRecord] = []
    for item in batch:
        counts.read += 1
        if isinstance(item, Rejected):
            rejected.append(
                RejectedRecord(
                    source=source, job=job, position=clean_text(item.position, 60),
                    reason=clean_text(item.reason), raw=clean_text(item.raw, 10_000),
                )
            )
            continue
        try:
            doc = _document(source, item, now)
        except (TypeError, ValueError, OverflowError) as exc:
            rejected.append(
                RejectedRecord(
                    source=source, job=job, position=clean_text(getattr(item, "external_id", ""), 60),
                    reason=f"Rekaman tidak dapat disimpan: {exc}", raw=clean_text(repr(item), 10_000),
                )
            )
            continue
        if doc.external_id in docs:
            counts.duplicate += 1
        else:
            docs[doc.external_id] = doc
    with transaction.atomic():
        if docs:
            existing = set(
                Document.objects.filter(source=source, external_id__in=list(docs)).values_list("external_id", flat=True)
            )
            counts.duplicate += len(existing)
            new = [d for key, d in docs.items() if key not in existing]
            if new:
                Document.objects.bulk_create(new, batch_size=500, ignore_conflicts=True)
                counts.stored += len(new)
        if rejected:
            RejectedRecord.objects.bulk_create(rejected)
            counts.rejected += len(rejected)
