"""The after-action report and the KPIs rolled up across crises (drills excluded from KPIs)."""

from __future__ import annotations

from datetime import datetime, timedelta
from statistics import median

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sigap.core.levels import LEVELS
from sigap.issues.models import IssueDocument
from sigap.issues.stats import event_start

from .models import Crisis, MessageKind, MessageStatus, Publication

LEVELS_FROM_ISU = LEVELS[1:]  # the levels an office responds to: Isu and above


def duration(td: timedelta | None) -> str:
    """'1 jam 5 menit' — whole minutes, in the active language."""
    if td is None:
        return "—"
    minutes = max(0, int(td.total_seconds() // 60))
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(ngettext("%(n)d day", "%(n)d days", days) % {"n": days})
    if hours:
        parts.append(ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours})
    if mins or not parts:
        parts.append(ngettext("%(n)d minute", "%(n)d minutes", mins) % {"n": mins})
    return " ".join(parts)


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def time_to_detect(crisis: Crisis) -> timedelta | None:
    """The event's first document → the issue reached level Isu after it (from the evidence
    snapshot, or the live issue). The event starts after the issue's last silence of a day
    (``issues.stats.event_start``), so background the issue took in weeks before does not count."""
    ev = crisis.evidence or {}
    start = _parse(ev.get("event_start"))
    changes = [(_parse(c["at"]), c.get("to")) for c in ev.get("level_changes", [])]
    issue = crisis.issue if crisis.issue_id else None
    if issue is not None:
        start = start or event_start(issue, crisis.declared_at)
        changes += list(issue.level_changes.values_list("at", "to_level"))
    start = start or _parse(ev.get("first_at")) or (issue.first_at if issue is not None else None)
    if start is None:
        return None
    reached = [at for at, level in changes if at is not None and level in LEVELS_FROM_ISU and at >= start]
    if not reached:
        return None
    return min(reached) - start


def first_holding_published(crisis: Crisis) -> datetime | None:
    pub = (
        Publication.objects.filter(
            message__crisis=crisis,
            message__kind=MessageKind.HOLDING,
            status__in=[Publication.Status.PUBLISHED, Publication.Status.SIMULATED],
            message__approved_at__isnull=False,
        )
        .order_by("published_at")
        .first()
    )
    return pub.published_at if pub else None


def time_to_holding(crisis: Crisis) -> timedelta | None:
    at = first_holding_published(crisis)
    return at - crisis.declared_at if at else None


def _negative_share(items: list[tuple[datetime, bool]], start: datetime | None, end: datetime | None) -> dict:
    rows = [neg for t, neg in items if (start is None or t >= start) and (end is None or t < end)]
    n = len(rows)
    return {"documents": n, "negative": sum(rows), "share": round(100 * sum(rows) / n) if n else None}


def sentiment(crisis: Crisis) -> dict:
    if not crisis.issue_id:
        return {}
    items = list(IssueDocument.objects.filter(issue_id=crisis.issue_id).values_list("published_at", "negative"))
    end = crisis.resolved_at
    return {
        "before": _negative_share(items, None, crisis.declared_at),
        "during": _negative_share(items, crisis.declared_at, end),
        "after": _negative_share(items, end, None) if end else {"documents": 0, "negative": 0, "share": None},
    }


EFFECT_WINDOW = timedelta(hours=6)


def statement_effects(crisis: Crisis) -> list[dict]:
    """Negative share of the linked issue's documents in the 6 hours before and after each
    message's first publication: the effect of each statement."""
    if not crisis.issue_id:
        return []
    items = list(IssueDocument.objects.filter(issue_id=crisis.issue_id).values_list("published_at", "negative"))
    rows = []
    for m in crisis.messages.filter(published_at__isnull=False).order_by("published_at"):
        at = m.published_at
        assert at is not None  # noqa: S101 - narrows the type: filtered on published_at above
        before = _negative_share(items, at - EFFECT_WINDOW, at)
        after = _negative_share(items, at, at + EFFECT_WINDOW)
        change = (
            (after["share"] - before["share"]) if before["share"] is not None and after["share"] is not None else None
        )
        rows.append({"message": m, "at": at, "before": before, "after": after, "change": change})
    return rows


def report(crisis: Crisis) -> dict:
    messages = list(crisis.messages.all().select_related("approved_by"))
    approvals = [
        {
            "message": m,
            "wait": duration(m.approved_at - (m.submitted_at or m.created_at)),
            "seconds": (m.approved_at - (m.submitted_at or m.created_at)).total_seconds(),
        }
        for m in messages
        if m.approved_at
    ]
    tasks = list(crisis.tasks.all().select_related("owner"))
    late = [t for t in tasks if t.done_late]
    partners = list(crisis.partner_statements.select_related("office"))
    ttd, tth = time_to_detect(crisis), time_to_holding(crisis)
    return {
        "time_to_detect": ttd,
        "time_to_detect_text": duration(ttd),
        "time_to_holding": tth,
        "time_to_holding_text": duration(tth),
        "holding_within_hour": tth is not None and tth <= timedelta(hours=1),
        "approvals": approvals,
        "published": [m for m in messages if m.status == MessageStatus.PUBLISHED],
        "publications": list(
            Publication.objects.filter(message__crisis=crisis).select_related("message").order_by("created_at")
        ),
        "sentiment": sentiment(crisis),
        "effects": statement_effects(crisis),
        "tasks_total": len(tasks),
        "tasks_done": sum(1 for t in tasks if t.done_at),
        "tasks_late": late,
        "partner_statements": partners,
        "partner_consistent": sum(1 for p in partners if p.consistent),
        "timeline": list(crisis.history().order_by("at", "id")),
        "generated_at": timezone.now(),
    }


def kpis(crises) -> dict:
    """Roll-up across real crises (drills never count)."""
    rows = []
    for crisis in crises.filter(drill=False).select_related("office", "issue"):
        tth, ttd = time_to_holding(crisis), time_to_detect(crisis)
        tasks = list(crisis.tasks.all())
        partners = list(crisis.partner_statements.all())
        rows.append(
            {
                "crisis": crisis,
                "tth": tth,
                "tth_text": duration(tth),
                "ttd_text": duration(ttd),
                "ttd": ttd,
                "tasks": len(tasks),
                "late": sum(1 for t in tasks if t.done_late),
                "partners": len(partners),
                "consistent": sum(1 for p in partners if p.consistent),
            }
        )
    tths = [r["tth"] for r in rows if r["tth"] is not None]
    ttds = [r["ttd"] for r in rows if r["ttd"] is not None]
    tasks = sum(r["tasks"] for r in rows)
    partners = sum(r["partners"] for r in rows)
    return {
        "rows": rows,
        "count": len(rows),
        "median_tth": duration(timedelta(seconds=median([t.total_seconds() for t in tths]))) if tths else "—",
        "within_hour": sum(1 for t in tths if t <= timedelta(hours=1)),
        "median_ttd": duration(timedelta(seconds=median([t.total_seconds() for t in ttds]))) if ttds else "—",
        "on_time_share": round(100 * (tasks - sum(r["late"] for r in rows)) / tasks) if tasks else None,
        "consistency_share": round(100 * sum(r["consistent"] for r in rows) / partners) if partners else None,
        "label": _("Key performance indicators"),
    }
