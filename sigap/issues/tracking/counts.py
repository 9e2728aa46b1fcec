"""After documents join: each issue's count, first and latest document, and its title; a
subsided issue with new documents opens again."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Count, Max, Min
from django.utils.translation import gettext as _

from sigap.core.models import AuditEvent

from ..models import Issue, IssueDocument
from . import titles


def refresh_counts(issue_ids: set[int], now: datetime | None) -> None:
    if not issue_ids:
        return
    stats = (
        IssueDocument.objects.filter(issue_id__in=issue_ids)
        .values("issue_id")
        .annotate(n=Count("id"), first=Min("published_at"), last=Max("published_at"))
    )
    by_id = {s["issue_id"]: s for s in stats}
    issues = list(Issue.objects.filter(id__in=issue_ids).select_related("office"))
    for issue in issues:
        s = by_id.get(issue.pk)
        if s:
            issue.doc_count, issue.first_at, issue.last_at = s["n"], s["first"], s["last"]
        _retitle(issue)
        if (issue.status == Issue.Status.DORMANT and now is not None and issue.last_at
                and issue.last_at > now - timedelta(days=1)):  # fmt: skip
            issue.status = Issue.Status.OPEN
            AuditEvent.record(
                actor=None,
                action="issue.reopened",
                target=issue,
                office=issue.office,
                from_state=Issue.Status.DORMANT,
                to_state=Issue.Status.OPEN,
                reason=_("New documents arrived."),
            )
    Issue.objects.bulk_update(
        issues, ["doc_count", "first_at", "last_at", "status", "title", "title_document", "signals"]
    )


def _retitle(issue: Issue) -> None:
    """The most central headline, looked for again as the issue grows (never over a person's title)."""
    if issue.title_locked or issue.created_by_id is not None:
        return
    signals = dict(issue.signals or {})
    last = signals.get("titled_at_docs", 0)
    if last and issue.doc_count < last * titles.RETITLE_GROWTH and issue.title_document_id:
        return
    chosen = titles.choose(issue.pk, issue.facets or [])
    signals["titled_at_docs"] = issue.doc_count
    issue.signals = signals
    if chosen is not None:
        issue.title, issue.title_document_id = chosen[0][:255], chosen[1]
