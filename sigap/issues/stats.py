"""What the issue page shows: the timeline with level changes, top posts, accounts, outlets,
entities and regions — computed from the issue's documents."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from django.db.models import Count, Q
from django.utils import timezone

from sigap.monitoring.models import Channel, Document, DocumentEntity, Source

from .models import Issue, IssueDocument

HOURLY_UP_TO = timedelta(days=4)


def timeline(issue: Issue) -> dict:
    """Documents and negative documents per hour (per day for longer issues), with level changes."""
    items = list(IssueDocument.objects.filter(issue=issue).values_list("published_at", "negative"))
    changes = list(issue.level_changes.all())
    if not items:
        return {"labels": [], "values": [], "negative": [], "changes": [], "hourly": True}
    tz = timezone.get_current_timezone()
    first = min(t for t, _ in items)
    last = max([t for t, _ in items] + [c.at for c in changes])
    hourly = last - first <= HOURLY_UP_TO

    def bucket(t: datetime) -> str:
        local = t.astimezone(tz)
        return local.strftime("%Y-%m-%d %H:00") if hourly else local.strftime("%Y-%m-%d")

    step = timedelta(hours=1) if hourly else timedelta(days=1)
    labels, at = [], first.astimezone(tz).replace(minute=0, second=0, microsecond=0)
    if not hourly:
        at = at.replace(hour=0)
    while at <= last:
        labels.append(bucket(at))
        at += step
    total, negative = Counter(), Counter()
    for t, neg in items:
        total[bucket(t)] += 1
        negative[bucket(t)] += neg
    return {
        "labels": labels,
        "values": [total[b] for b in labels],
        "negative": [negative[b] for b in labels],
        "changes": [
            {"label": bucket(c.at), "level": c.to_level, "level_label": c.get_to_level_display(), "up": c.upward}
            for c in changes
        ],
        "hourly": hourly,
    }


def top_posts(issue: Issue, limit: int = 10) -> list[Document]:
    ids = list(IssueDocument.objects.filter(issue=issue).order_by("-reach").values_list("document_id", flat=True)[:limit])
    docs = {d.id: d for d in Document.objects.filter(id__in=ids).select_related("source")}
    return [docs[i] for i in ids if i in docs]


def top_accounts(issue: Issue, limit: int = 10) -> list[dict]:
    names = dict(Channel.choices)
    rows = (
        IssueDocument.objects.filter(issue=issue).exclude(author="").exclude(channel="news")
        .values("author", "channel").annotate(n=Count("id")).order_by("-n", "author")[:limit]
    )
    return [{**r, "channel_label": str(names.get(r["channel"], r["channel"]))} for r in rows]


def outlets(issue: Issue, limit: int = 12) -> list[dict]:
    rows = list(
        IssueDocument.objects.filter(issue=issue, channel="news").values("source_id", "national")
        .annotate(n=Count("id")).order_by("-n")[:limit]
    )
    names = dict(Source.objects.filter(id__in=[r["source_id"] for r in rows]).values_list("id", "name"))
    return [{**r, "name": names.get(r["source_id"], "?")} for r in rows]


def entities(issue: Issue, limit: int = 12) -> list[dict]:
    kinds = dict(DocumentEntity.Kind.choices)
    rows = (
        DocumentEntity.objects.filter(document_id__in=IssueDocument.objects.filter(issue=issue).values("document_id"))
        .filter(Q(kind="PER") | Q(kind="ORG") | Q(kind="LOC"))
        .values("kind", "name").annotate(n=Count("document_id")).order_by("-n", "name")[:limit]
    )
    return [{**r, "kind_label": str(kinds[r["kind"]])} for r in rows]


def region_counts(issue: Issue) -> dict[str, int]:
    """Documents per region code named (Kemendagri codes), for the map."""
    rows = (
        DocumentEntity.objects.filter(document_id__in=IssueDocument.objects.filter(issue=issue).values("document_id"))
        .exclude(region_code="").values("region_code").annotate(n=Count("document_id", distinct=True))
    )
    return {r["region_code"]: r["n"] for r in rows}


def trend(issue: Issue, now: datetime) -> tuple[int, int]:
    """Documents in the last 24 hours and in the 24 hours before."""
    base = IssueDocument.objects.filter(issue=issue)
    day = base.filter(published_at__gt=now - timedelta(days=1), published_at__lte=now).count()
    before = base.filter(published_at__gt=now - timedelta(days=2), published_at__lte=now - timedelta(days=1)).count()
    return day, before
