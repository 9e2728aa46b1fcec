"""What the issue page shows: the timeline with level changes, top posts, accounts, outlets,
entities and regions — computed from the issue's documents the reader may see (an issue shared
by a regency and its province may hold posts of the province's own sources)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from django.db.models import Count, Q
from django.utils import timezone

from sigap.monitoring.models import Channel, Document, DocumentEntity, Source

from .models import Issue, IssueDocument
from .tracking.linking import phrase_weights

EVENT_GAP = timedelta(hours=24)


def event_start(issue: Issue, until: datetime | None = None) -> datetime | None:
    """When the event that made the issue began: the first document of its last run of
    documents up to ``until`` with no silence longer than ``EVENT_GAP``. Routine posts an issue
    took in days before (a programme's everyday questions before a hoax about it) are not the event."""
    times = IssueDocument.objects.filter(issue=issue)
    if until is not None:
        times = times.filter(published_at__lte=until)
    start = None
    for at in times.order_by("-published_at").values_list("published_at", flat=True).iterator():
        if start is not None and start - at > EVENT_GAP:
            break
        start = at
    return start


def items(issue: Issue, user=None):
    """The issue's documents; with ``user``, only those from sources the user may see."""
    rows = IssueDocument.objects.filter(issue=issue)
    if user is not None:
        rows = rows.filter(source_id__in=list(Source.objects.visible_to(user).values_list("id", flat=True)))
    return rows


HOURLY_UP_TO = timedelta(days=4)


def timeline(issue: Issue, user=None) -> dict:
    """Documents and negative documents per hour (per day for longer issues), with level changes."""
    rows = list(items(issue, user).values_list("published_at", "negative"))
    changes = list(issue.level_changes.all())
    if not rows:
        return {"labels": [], "values": [], "negative": [], "changes": [], "hourly": True}
    tz = timezone.get_current_timezone()
    first = min(t for t, _ in rows)
    last = max([t for t, _ in rows] + [c.at for c in changes])
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
    total: Counter[str]
    negative: Counter[str]
    total, negative = Counter(), Counter()
    for t, neg in rows:
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


def top_posts(issue: Issue, limit: int = 10, user=None) -> list[Document]:
    ids = list(items(issue, user).order_by("-reach").values_list("document_id", flat=True)[:limit])
    docs = {d.id: d for d in Document.objects.filter(id__in=ids).select_related("source")}
    return [docs[i] for i in ids if i in docs]


def top_accounts(issue: Issue, limit: int = 10, user=None) -> list[dict]:
    names = dict(Channel.choices)
    rows = (
        items(issue, user)
        .exclude(author="")
        .exclude(channel="news")
        .values("author", "channel")
        .annotate(n=Count("id"))
        .order_by("-n", "author")[:limit]
    )
    return [{**r, "channel_label": str(names.get(r["channel"], r["channel"]))} for r in rows]


def outlets(issue: Issue, limit: int = 12, user=None) -> list[dict]:
    rows = list(
        items(issue, user)
        .filter(channel="news")
        .values("source_id", "national")
        .annotate(n=Count("id"))
        .order_by("-n")[:limit]
    )
    names = dict(Source.objects.filter(id__in=[r["source_id"] for r in rows]).values_list("id", "name"))
    return [{**r, "name": names.get(r["source_id"], "?")} for r in rows]


def entities(issue: Issue, limit: int = 12, user=None) -> list[dict]:
    kinds = dict(DocumentEntity.Kind.choices)
    rows = (
        DocumentEntity.objects.filter(document_id__in=items(issue, user).values("document_id"))
        .filter(Q(kind="PER") | Q(kind="ORG") | Q(kind="LOC"))
        .values("kind", "name")
        .annotate(n=Count("document_id"))
        .order_by("-n", "name")[:limit]
    )
    return [{**r, "kind_label": str(kinds[r["kind"]])} for r in rows]


def region_counts(issue: Issue, user=None) -> dict[str, int]:
    """Documents per region code named (Kemendagri codes), for the map."""
    rows = (
        DocumentEntity.objects.filter(document_id__in=items(issue, user).values("document_id"))
        .exclude(region_code="")
        .values("region_code")
        .annotate(n=Count("document_id", distinct=True))
    )
    return {r["region_code"]: r["n"] for r in rows}


def trend(issue: Issue, now: datetime, user=None) -> tuple[int, int]:
    """Documents in the last 24 hours and in the 24 hours before."""
    base = items(issue, user)
    day = base.filter(published_at__gt=now - timedelta(days=1), published_at__lte=now).count()
    before = base.filter(published_at__gt=now - timedelta(days=2), published_at__lte=now - timedelta(days=1)).count()
    return day, before


def keyphrases(issue: Issue, limit: int = 8) -> list[str]:
    """What the event is about, in its own words: the heaviest phrases of its stories."""
    weights = phrase_weights(issue.facets or [])
    chosen: list[str] = []
    for phrase, _ in sorted(weights.items(), key=lambda kv: -kv[1]):
        if any(phrase in c or c in phrase for c in chosen):
            continue
        chosen.append(phrase)
        if len(chosen) >= limit:
            break
    return chosen
