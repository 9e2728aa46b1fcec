"""Aggregations the dashboard shows, computed in the database for the chosen period."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

from django.db import connection
from django.db.models import Count, F, QuerySet, Sum
from django.db.models.expressions import RawSQL

from .models import Channel, DocumentEntity, Sentiment, Source


def _bucket(hours: bool, offset_minutes: int) -> RawSQL:
    """Local day (or hour) of published_at as text; Indonesian time zones have no DST, so an offset is exact."""
    if connection.vendor == "postgresql":
        fmt = "YYYY-MM-DD HH24:00" if hours else "YYYY-MM-DD"
        return RawSQL(
            "to_char(monitoring_document.published_at + make_interval(mins => %s), %s)",
            (offset_minutes, fmt),
        )
    fmt = "%Y-%m-%d %H:00" if hours else "%Y-%m-%d"
    return RawSQL("strftime(%s, monitoring_document.published_at, %s)", (fmt, f"{offset_minutes:+d} minutes"))


def volume_series(documents: QuerySet, start: datetime, end: datetime) -> dict:
    """Mentions per day (per hour for ranges up to three days), gaps filled with zero."""
    hourly = end - start <= timedelta(days=3)
    offset = int(cast("timedelta", start.utcoffset()).total_seconds() // 60) if start.utcoffset() else 0
    rows = documents.order_by().annotate(bucket=_bucket(hourly, offset)).values("bucket").annotate(n=Count("id"))
    counts = {row["bucket"]: row["n"] for row in rows}
    labels = volume_labels(start, end, hourly)
    return {"labels": labels, "values": [counts.get(key, 0) for key in labels], "hourly": hourly}


def volume_labels(start: datetime, end: datetime, hourly: bool) -> list[str]:
    step = timedelta(hours=1) if hourly else timedelta(days=1)
    labels = []
    at = start
    while at < end:
        labels.append(at.strftime("%Y-%m-%d %H:00" if hourly else "%Y-%m-%d"))
        at += step
    return labels


def sentiment_series(documents: QuerySet, start: datetime, end: datetime) -> dict:
    """Mentions per bucket for each sentiment (documents not yet analysed are left out)."""
    hourly = end - start <= timedelta(days=3)
    offset = int(cast("timedelta", start.utcoffset()).total_seconds() // 60) if start.utcoffset() else 0
    rows = (
        documents.order_by()
        .exclude(sentiment="")
        .annotate(bucket=_bucket(hourly, offset))
        .values("bucket", "sentiment")
        .annotate(n=Count("id"))
    )
    counts = {(row["bucket"], row["sentiment"]): row["n"] for row in rows}
    labels = volume_labels(start, end, hourly)
    return {
        "labels": labels,
        "series": [
            {"sentiment": value, "label": str(label), "values": [counts.get((b, value), 0) for b in labels]}
            for value, label in Sentiment.choices
        ],
    }


def by_sentiment(documents: QuerySet) -> dict[str, int]:
    rows = documents.order_by().exclude(sentiment="").values("sentiment").annotate(n=Count("id"))
    return {row["sentiment"]: row["n"] for row in rows}


def top_entities(documents: QuerySet, limit: int = 12) -> list[dict]:
    kinds = dict(DocumentEntity.Kind.choices)
    rows = (
        DocumentEntity.objects.filter(document__in=documents.order_by().values("id"))
        .values("kind", "name")
        .annotate(n=Count("document_id"))
        .order_by("-n", "name")[:limit]
    )
    return [{**row, "kind_label": str(kinds[row["kind"]]), "key": f"{row['kind']}:{row['name']}"} for row in rows]


def by_channel(documents: QuerySet) -> list[dict]:
    names = dict(Channel.choices)
    rows = documents.order_by().values("channel").annotate(n=Count("id")).order_by("-n")
    return [{"channel": r["channel"], "label": str(names.get(r["channel"], r["channel"])), "n": r["n"]} for r in rows]


def top_sources(documents: QuerySet, limit: int = 10) -> list[dict]:
    rows = list(documents.order_by().values("source_id").annotate(n=Count("id")).order_by("-n")[:limit])
    names = dict(Source.objects.filter(id__in=[r["source_id"] for r in rows]).values_list("id", "name"))
    return [{"source_id": r["source_id"], "name": names.get(r["source_id"], "?"), "n": r["n"]} for r in rows]


def top_authors(documents: QuerySet, limit: int = 10) -> list[dict]:
    names = dict(Channel.choices)
    rows = (
        documents.order_by()
        .exclude(author="")
        .values("author", "channel")
        .annotate(n=Count("id"))
        .order_by("-n")[:limit]
    )
    return [{**row, "channel_label": str(names.get(row["channel"], row["channel"]))} for row in rows]


def daily_posts_and_reach(documents: QuerySet, start: datetime, end: datetime) -> dict:
    """Per local day: documents, and their engagement (likes + shares + replies + views), gaps filled with zero."""
    offset = int(cast("timedelta", start.utcoffset()).total_seconds() // 60) if start.utcoffset() else 0
    rows = (
        documents.filter(published_at__gte=start, published_at__lt=end)
        .order_by()
        .annotate(bucket=_bucket(False, offset))
        .values("bucket")
        .annotate(n=Count("id"), reach=Sum(F("likes") + F("shares") + F("replies") + F("views")))
    )
    by_day = {row["bucket"]: (row["n"], row["reach"] or 0) for row in rows}
    labels = volume_labels(start, end, False)
    return {
        "labels": labels,
        "posts": [by_day.get(day, (0, 0))[0] for day in labels],
        "reach": [by_day.get(day, (0, 0))[1] for day in labels],
    }
