"""What each role's home shows, one builder per role. Every builder reads through the owning
app's access rules (``visible_to``, ``ppid_office_ids``, ``can_approve``…), so a section never
holds another office's data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from sigap.alerts.models import AlertRule
from sigap.core.levels import level_rank
from sigap.core.models import Membership, Office, OfficeKind, Role
from sigap.crisis.access import can_approve
from sigap.crisis.access import editable_office_ids as crisis_office_ids
from sigap.crisis.models import Contact, Message, Phase, Task
from sigap.crisis.workflow import MessageStatus
from sigap.issues.models import Issue, IssueDocument, LevelChange
from sigap.monitoring import stats
from sigap.monitoring.models import Document, Sentiment, Source, Watchlist
from sigap.ppid.models import InformationRequest
from sigap.reports import brief as briefs

QUEUE_LENGTH = 10
RISING_ISSUES = 5


def offices_by_role(user) -> dict[str, list[Office]]:
    """The user's own offices for each role they hold (a membership is one office and one role)."""
    found: dict[str, list[Office]] = {}
    for m in Membership.objects.filter(user=user).select_related("office").order_by("office__name"):
        found.setdefault(m.role, []).append(m.office)
    return found


def leadership(user, office: Office) -> dict:
    """Pimpinan: the brief's headline figures for their office, open crises, messages to approve."""
    brief = briefs.build(office, timezone.localdate(), user)
    tree = Office.objects.descendants_of({office.id})
    in_review = (
        Message.objects.visible_to(user)
        .filter(status=MessageStatus.REVIEW, crisis__office_id__in=tree)
        .select_related("crisis")
        .order_by("submitted_at", "id")
    )
    return {
        "office": office,
        "brief": brief,
        "negative_today": brief.sentiment_day.get(Sentiment.NEGATIF, 0),
        "to_approve": [m for m in in_review if can_approve(user, m.crisis)],
    }


def crisis_tasks(user) -> list[Task]:
    """Tim krisis: open tasks of the crises they work on, by due time (overdue first, undated last)."""
    return list(
        Task.objects.visible_to(user)
        .open()
        .filter(crisis__office_id__in=crisis_office_ids(user))
        .exclude(crisis__phase=Phase.EVALUASI)
        .select_related("crisis", "owner")
        .order_by(F("due_at").asc(nulls_last=True), "order", "id")[: QUEUE_LENGTH * 2]
    )


@dataclass
class PPIDQueue:
    requests: list[InformationRequest]
    open: int
    overdue: int


def ppid_queue(user) -> PPIDQueue:
    """PPID: open requests by due date. Personal data: only what /ppid/ lets the user read."""
    requests = InformationRequest.objects.visible_to(user).open()
    return PPIDQueue(
        requests=list(
            requests.select_related("office").order_by(F("due_at").asc(nulls_last=True), "id")[:QUEUE_LENGTH]
        ),
        open=requests.count(),
        overdue=requests.overdue().count(),
    )


def analyst(user) -> dict:
    """Analis: the week's mentions (the dashboard's default period) and the issues rising now."""
    now = timezone.now()
    week = Document.objects.visible_to(user).filter(
        published_at__gt=now - timedelta(days=7), published_at__lte=now, relevant=True
    )
    return {
        "mentions": week.count(),
        "sentiments": stats.by_sentiment(week),
        "sentiment_choices": Sentiment.choices,
        "rising": rising_issues(user, now),
    }


def rising_issues(user, now) -> list[dict]:
    """Open issues with more documents in the last 24 hours than in the 24 before, or a level
    raised in the last 24 hours; the biggest rise first."""
    issues = list(Issue.objects.visible_to(user).active().select_related("office")[:200])
    day_ago, two_days_ago = now - timedelta(days=1), now - timedelta(days=2)
    sources = list(Source.objects.visible_to(user).values_list("id", flat=True))
    rows = IssueDocument.objects.filter(issue__in=issues, source_id__in=sources, published_at__lte=now)
    today = dict(rows.filter(published_at__gt=day_ago).values_list("issue_id").annotate(n=Count("id")))
    before = dict(
        rows.filter(published_at__gt=two_days_ago, published_at__lte=day_ago)
        .values_list("issue_id")
        .annotate(n=Count("id"))
    )
    raised = {c.issue_id for c in LevelChange.objects.filter(issue__in=issues, at__gt=day_ago, at__lte=now) if c.upward}
    rising = [
        {"issue": i, "today": today.get(i.pk, 0), "before": before.get(i.pk, 0), "raised": i.pk in raised}
        for i in issues
        if today.get(i.pk, 0) > before.get(i.pk, 0) or i.pk in raised
    ]
    rising.sort(key=lambda r: (-r["raised"], -level_rank(r["issue"].level), -(r["today"] - r["before"])))
    return rising[:RISING_ISSUES]


@dataclass
class SetupItem:
    key: str
    label: str
    done: bool
    todo: str  # what to do, when not done
    url: str = ""  # where it is done


# The roles an office needs someone in, for the checklist's "users" item.
STAFFED_ROLES = (Role.ANALIS, Role.TIM_KRISIS, Role.PPID, Role.PIMPINAN)


def setup_checklist(user, office: Office) -> list[SetupItem]:
    """Admin: what the office still lacks before Sigap can work for it."""
    roles = set(Membership.objects.filter(office=office).values_list("role", flat=True))
    missing = [str(Role(r).label) for r in STAFFED_ROLES if r not in roles]
    return [
        SetupItem(
            "users",
            _("Users for every role"),
            not missing,
            _("No one yet as: %(roles)s. Invite them by e-mail on the office's user page.")
            % {"roles": ", ".join(missing)},
            reverse("office_users", args=[office.pk]),
        ),
        SetupItem(
            "sources",
            _("Sources"),
            Source.objects.visible_to(user).filter(office=office).exists(),
            _("Add the news sites, feeds and accounts to monitor."),
            reverse("monitoring:source_create"),
        ),
        SetupItem(
            "watchlists",
            _("Watchlists"),
            Watchlist.objects.visible_to(user).filter(office=office).exists(),
            _("Add the topics to watch, e.g. banjir AND longsor."),
            reverse("monitoring:watchlist_create"),
        ),
        SetupItem(
            "alert_rules",
            _("Alert rules"),
            AlertRule.objects.visible_to(user).filter(office=office, owner__isnull=True, active=True).exists(),
            _("Decide who is told when an issue rises."),
            reverse("alerts:rule_create"),
        ),
        SetupItem(
            "crisis_contacts",
            _("Crisis contacts"),
            Contact.objects.visible_to(user).filter(office=office).exists(),
            _("Add the partner agencies, media and internal contacts to call in a crisis."),
            reverse("crisis:contacts"),
        ),
        SetupItem(
            "ppid_units",
            _("PPID Pelaksana units"),
            Office.objects.filter(parent=office, kind=OfficeKind.PPID_PELAKSANA).exists(),
            _("Add the units the PPID desk disposes requests to."),
            f"{reverse('ppid:unit_create')}?kantor={office.pk}",  # the form then starts on this office
        ),
    ]
