"""The page of one account (a social-media handle or a news byline) as Sigap has seen it: its posts,
its reach over time, where it appears and the issues it took part in.

Here rather than in monitoring because it reads issues, and monitoring sits below issues. Staff
only: it is built from the documents the user may see, and 404s for an account seen nowhere else.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Max, Min, Sum
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from sigap.monitoring import stats
from sigap.monitoring.models import Channel, Document, Source

from .models import Issue, IssueDocument

#: Days of posts and reach drawn on the page.
SERIES_DAYS = 90


def account_documents(user, channel: str, author: str):
    """The account's documents among those the user may see."""
    return Document.objects.visible_to(user).filter(channel=channel, author=author)


def reach(documents) -> dict:
    totals = documents.order_by().aggregate(
        posts=Count("id"),
        likes=Sum("likes"),
        shares=Sum("shares"),
        replies=Sum("replies"),
        views=Sum("views"),
        first=Min("published_at"),
        last=Max("published_at"),
    )
    for key in ("likes", "shares", "replies", "views"):
        totals[key] = totals[key] or 0  # Sum of no rows is None
    # Followers and display name as the account's latest post gave them.
    newest = documents.order_by("-published_at", "-id")
    totals["followers"] = newest.exclude(author_followers=0).values_list("author_followers", flat=True).first() or 0
    totals["name"] = newest.exclude(author_name="").values_list("author_name", flat=True).first() or ""
    return totals


def sources(documents) -> list[dict]:
    rows = list(documents.order_by().values("source_id").annotate(n=Count("id")).order_by("-n"))
    names = dict(Source.objects.filter(id__in=[r["source_id"] for r in rows]).values_list("id", "name"))
    return [{**r, "name": names.get(r["source_id"], "?")} for r in rows]


def other_channels(user, channel: str, author: str) -> list[dict]:
    """The same name on other channels (often, not always, the same person)."""
    names = dict(Channel.choices)
    rows = (
        Document.objects.visible_to(user)
        .filter(author=author)
        .exclude(channel=channel)
        .order_by()
        .values("channel")
        .annotate(n=Count("id"))
        .order_by("-n")
    )
    return [{**r, "label": str(names.get(r["channel"], r["channel"]))} for r in rows]


def issues(user, documents, limit: int = 50) -> list[Issue]:
    """Issues the user may see that hold one of the account's visible documents, with how many."""
    counts = dict(
        IssueDocument.objects.filter(document_id__in=documents.order_by().values("id"))
        .values("issue_id")
        .annotate(n=Count("id"))
        .values_list("issue_id", "n")
    )
    found = list(
        Issue.objects.visible_to(user).filter(id__in=list(counts)).select_related("office").order_by("-last_at")[:limit]
    )
    for issue in found:
        issue.account_posts = counts[issue.pk]
    return found


@login_required
def account_detail(request, channel: str, author: str):
    if channel not in Channel.values or not author:
        raise Http404(_("Account not found."))
    documents = account_documents(request.user, channel, author)
    if not documents.exists():
        raise Http404(_("Account not found."))
    today = timezone.localdate()
    tz = timezone.get_current_timezone()
    start = datetime.combine(today - timedelta(days=SERIES_DAYS - 1), time.min, tzinfo=tz)
    end = datetime.combine(today + timedelta(days=1), time.min, tzinfo=tz)
    series = stats.daily_posts_and_reach(documents, start, end)
    page = Paginator(documents.select_related("source").order_by("-published_at", "-id"), 20).get_page(
        request.GET.get("page")
    )
    context = {
        "channel": channel,
        "channel_label": dict(Channel.choices)[channel],
        "author": author,
        "totals": reach(documents),
        "series": series,
        "active_days": [
            (day, n, r) for day, n, r in zip(series["labels"], series["posts"], series["reach"], strict=True) if n
        ],
        "series_days": SERIES_DAYS,
        "sources": sources(documents),
        "other_channels": other_channels(request.user, channel, author),
        "issues": issues(request.user, documents),
        "page": page,
        "query_string": "",
    }
    return render(request, "issues/account_detail.html", context)
