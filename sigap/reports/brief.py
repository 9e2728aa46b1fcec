"""The daily brief (Ringkasan Harian) of one office: what leadership reads each morning.

Top issues with level and trend, the day's sentiment against the week's, possible hoaxes in
circulation, open crises, and PPID requests due soon. Built from the data of the office and
the offices below it, for one local day, and for one reader: the PPID part only for readers
whom /ppid/ lets in (requests carry personal data).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Count, Q

from sigap.core.levels import Level, level_rank
from sigap.core.models import Office
from sigap.crisis.models import Crisis, Phase
from sigap.issues.models import Issue, IssueDocument, LevelChange
from sigap.monitoring.models import Document, Source
from sigap.ppid.access import ppid_office_ids
from sigap.ppid.models import InformationRequest

TOP_ISSUES = 10
DUE_SOON_DAYS = 3


@dataclass
class Brief:
    office: Office
    day: date
    start: datetime
    end: datetime
    issues: list[dict] = field(default_factory=list)
    changes: list[LevelChange] = field(default_factory=list)
    sentiment_day: dict[str, float] = field(default_factory=dict)
    sentiment_week: dict[str, float] = field(default_factory=dict)
    documents_day: int = 0
    documents_week: int = 0
    hoaxes: list[dict] = field(default_factory=list)
    crises: list[Issue] = field(default_factory=list)  # issues at level Krisis
    declared: list = field(default_factory=list)  # crisis records (CERC) not yet in evaluation
    show_ppid: bool = False
    ppid_due: list = field(default_factory=list)
    ppid_overdue: int = 0


def local_day_bounds(office: Office, day: date) -> tuple[datetime, datetime]:
    tz = ZoneInfo(office.time_zone)
    start = datetime.combine(day, time.min, tzinfo=tz)
    return start, start + timedelta(days=1)


def _shares(rows) -> tuple[dict[str, float], int]:
    counts = {r["sentiment"]: r["n"] for r in rows if r["sentiment"]}
    total = sum(counts.values())
    return ({k: v / total for k, v in counts.items()} if total else {}), total


def ppid_scope(office: Office, reader) -> frozenset[int]:
    """Offices of the brief whose PPID requests ``reader`` may see: the rule of the /ppid/ pages."""
    if reader is None:
        return frozenset()

    return frozenset(Office.objects.descendants_of({office.id}) & ppid_office_ids(reader))


def build(office: Office, day: date, reader=None) -> Brief:
    """The brief as ``reader`` may see it; without a reader, no PPID part."""
    start, end = local_day_bounds(office, day)
    brief = Brief(office=office, day=day, start=start, end=end)
    offices = Office.objects.descendants_of({office.id})

    touching = Issue.objects.touching(offices)  # one row per event, whichever office of the tree owns it
    open_issues = list(touching.filter(status=Issue.Status.OPEN).select_related("office"))
    open_issues.sort(key=lambda i: (-level_rank(i.level), -i.score))
    top = open_issues[:TOP_ISSUES]
    counts = dict(
        IssueDocument.objects.filter(issue__in=top, published_at__gte=start, published_at__lt=end)
        .values_list("issue_id")
        .annotate(n=Count("id"))
    )
    before = dict(
        IssueDocument.objects.filter(issue__in=top, published_at__gte=start - timedelta(days=1), published_at__lt=start)
        .values_list("issue_id")
        .annotate(n=Count("id"))
    )
    brief.issues = [{"issue": i, "today": counts.get(i.pk, 0), "yesterday": before.get(i.pk, 0)} for i in top]
    brief.changes = list(
        LevelChange.objects.filter(issue__in=touching, at__gte=start, at__lt=end).select_related("issue")
    )
    brief.crises = [i for i in open_issues if i.level == Level.KRISIS]

    brief.declared = list(
        Crisis.objects.real().filter(office_id__in=offices).exclude(phase=Phase.EVALUASI).order_by("-declared_at")[:10]
    )

    sources = Source.objects.filter(Q(office_id__in=offices) | Q(shared=True)).values("id")
    docs = Document.objects.filter(source_id__in=sources, relevant=True)  # analysts' "not relevant" left out
    brief.sentiment_day, brief.documents_day = _shares(
        docs.filter(published_at__gte=start, published_at__lt=end).values("sentiment").annotate(n=Count("id"))
    )
    brief.sentiment_week, brief.documents_week = _shares(
        docs.filter(published_at__gte=end - timedelta(days=7), published_at__lt=end)
        .values("sentiment")
        .annotate(n=Count("id"))
    )
    hoax_counts = (
        IssueDocument.objects.filter(issue__in=touching, published_at__gte=start, published_at__lt=end,
                                     cues__contains="hoaks")
        .values("issue_id", "issue__title").annotate(n=Count("id")).order_by("-n")[:5]
    )  # fmt: skip
    brief.hoaxes = [{"issue_id": h["issue_id"], "title": h["issue__title"], "n": h["n"]} for h in hoax_counts]

    ppid_offices = ppid_scope(office, reader)
    brief.show_ppid = bool(ppid_offices)
    if not brief.show_ppid:
        return brief

    requests = InformationRequest.objects.filter(office_id__in=ppid_offices).open()
    brief.ppid_due = list(
        requests.filter(due_at__gte=start, due_at__lt=end + timedelta(days=DUE_SOON_DAYS)).order_by("due_at")[:10]
    )
    brief.ppid_overdue = requests.filter(due_at__lt=end).filter(due_at__lt=start).count()
    return brief
