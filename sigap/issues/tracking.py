"""Follow analysed documents into issues, rescore every open issue, and raise alerts.

A story *touches* an office when one of its documents matches the office's watchlists, names
a place in the office's region, or names one of its key actors — and only documents the office
may see count (its own and its sub-offices' sources, and shared ones). Once a story has touched
an office ``min_story_docs`` times it becomes an issue of that office (or joins the open issue
built from the same watchlist in the last two days); from then on every document of the story
the office may see is part of the issue.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.db.models import Count, Max, Min, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from sigap.alerts.events import Event, EventKind
from sigap.core.db import update_rows
from sigap.core.models import AuditEvent, Office
from sigap.lib.query import Tokens, compile_matcher
from sigap.monitoring.models import Document, DocumentEntity, Source, Story, Watchlist
from sigap.text.cues import find_cues

from . import clock
from .escalation import DAY, HOUR, WINDOW, Stats, Thresholds, is_severe, next_level, score
from .models import (
    EscalationPolicy,
    Issue,
    IssueDocument,
    IssueStory,
    KeyActor,
    Level,
    LevelChange,
    StoryTouch,
)

log = logging.getLogger(__name__)
JOIN_WATCHLIST_ISSUE_WITHIN = timedelta(hours=48)
SPIKE_MIN_DOCS = 5
SPIKE_REPEAT_AFTER = timedelta(hours=6)
NEGATIVE_STEPS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
NEGATIVE_MIN_DOCS = 10
BASELINE_DAYS = 14

#: Bodies whose involvement raises any office's issue, beside the office's own key actors.
NATIONAL_ACTORS = ("KPK", "Presiden", "Ombudsman", "DPR RI", "Komnas HAM", "DPRD")


@dataclass
class Profile:
    """What makes a document concern one office."""

    office: Office
    sees: set[int]
    watchlists: list[tuple[int, object]]  # (watchlist id, matcher)
    actors: list[tuple[str, re.Pattern]]
    policy: EscalationPolicy

    def may_see(self, doc_office_id: int, shared: bool) -> bool:
        return shared or doc_office_id in self.sees


def _actor_pattern(names: list[str]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n.lower()) for n in names) + r")(?!\w)")


def load_profiles() -> list[Profile]:
    offices = list(Office.objects.all())
    matchers: dict[int, list] = defaultdict(list)
    for w in Watchlist.objects.filter(active=True):
        try:
            matchers[w.office_id].append((w.id, compile_matcher(w.parsed())))
        except ValueError:  # a stored query that no longer parses matches nothing
            log.warning("watchlist %s does not parse", w.pk)
    actors: dict[int, list] = defaultdict(list)
    for a in KeyActor.objects.all():
        actors[a.office_id].append((a.name, _actor_pattern(a.names())))
    national = [(name, _actor_pattern([name])) for name in NATIONAL_ACTORS]
    policies = {p.office_id: p for p in EscalationPolicy.objects.all()}
    profiles = []
    for office in offices:
        policy = policies.get(office.id) or EscalationPolicy.for_office(office.id)
        profiles.append(Profile(
            office=office, sees=Office.objects.descendants_of({office.id}), watchlists=matchers[office.id],
            actors=actors[office.id] + national, policy=policy,
        ))  # fmt: skip
    return profiles


@dataclass
class Summary:
    attached: int = 0
    created: list[int] = field(default_factory=list)
    changes: list[LevelChange] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def update(document_ids: list[int], now: datetime | None = None) -> Summary:
    """Attach newly analysed documents to issues, rescore open issues, raise the alerts."""
    from sigap.alerts.actions import raise_events

    now = now or clock.now()
    summary = Summary()
    with transaction.atomic():
        profiles = load_profiles()
        attach(document_ids, profiles, now, summary)
        rescore(now, profiles, summary)
        if summary.events:
            raise_events(summary.events)
    return summary


# --------------------------------------------------------------------------- attaching


def _regions(codes: list[str]) -> list[str]:
    """Regency-level codes ("33.21") of the places named."""
    return sorted({".".join(c.split(".")[:2]) for c in codes if c})


def attach(document_ids: list[int], profiles: list[Profile], now: datetime, summary: Summary) -> None:
    docs = list(
        Document.objects.filter(id__in=document_ids, story__isnull=False).values(
            "id", "office_id", "source_id", "channel", "title", "text", "published_at", "author",
            "author_followers", "views", "likes", "shares", "replies", "sentiment", "dup_group", "story_id",
        )
    )  # fmt: skip
    if not docs:
        return
    sources = {
        s["id"]: s for s in Source.objects.filter(id__in={d["source_id"] for d in docs}).values("id", "shared", "national", "name")
    }
    places = _region_codes([d["id"] for d in docs])
    by_profile = {p.office.id: p for p in profiles}
    # Which issues already hold these stories; dismissed and merged ones hold them too (no new
    # issue is made from a dismissed story) but take no new documents.
    holders: dict[int, list[tuple[int, int]]] = defaultdict(list)  # story → [(issue, office)] taking documents
    held: dict[int, set[int]] = defaultdict(set)  # story → offices with an issue holding it
    for row in IssueStory.objects.filter(story_id__in={d["story_id"] for d in docs}).values(
        "story_id", "issue_id", "issue__office_id", "issue__status"
    ):
        held[row["story_id"]].add(row["issue__office_id"])
        if row["issue__status"] in (Issue.Status.OPEN, Issue.Status.DORMANT):
            holders[row["story_id"]].append((row["issue_id"], row["issue__office_id"]))

    items: list[IssueDocument] = []
    touches: dict[tuple[int, int], dict] = {}
    for d in docs:
        src = sources[d["source_id"]]
        text = _text(d)
        lowered = text.lower()
        tokens = None
        base = _item_fields(d, src["national"], places[d["id"]])
        regions = base["regions"].split(",") if base["regions"] else []
        held_by = held[d["story_id"]]
        for profile in profiles:
            if not profile.may_see(d["office_id"], src["shared"]):
                continue
            actors = [name for name, pattern in profile.actors if pattern.search(lowered)]
            row = dict(base, actors=" | ".join(actors)[:300])
            if profile.office.id in held_by:
                for issue_id, office_id in holders[d["story_id"]]:
                    if office_id == profile.office.id:
                        items.append(IssueDocument(issue_id=issue_id, **row))
                continue
            reasons = []
            matched_watchlist = None
            if profile.watchlists:
                tokens = tokens or Tokens(text)
                for wid, match in profile.watchlists:
                    if match(tokens):
                        matched_watchlist = matched_watchlist or wid
                        reasons.append(f"watchlist:{wid}")
                        if d["channel"] == "news":
                            summary.events.append(_watchlist_event(profile, wid, d, src, now))
            region = profile.office.region_code
            if region and any(c == region or c.startswith(region + ".") for c in regions):
                reasons.append(f"region:{region}")
            reasons += [f"actor:{name}" for name in actors if name not in NATIONAL_ACTORS]
            if reasons:
                touch = touches.setdefault((profile.office.id, d["story_id"]), {"count": 0, "watchlist": None, "reasons": set()})
                touch["count"] += 1
                touch["watchlist"] = touch["watchlist"] or matched_watchlist
                touch["reasons"].update(reasons)
    if touches:
        _record_touches(touches, by_profile, now, summary, items)
    created = IssueDocument.objects.bulk_create(items, ignore_conflicts=True, batch_size=1000)
    summary.attached += len(created)
    refresh_counts({i.issue_id for i in items}, now)


def _watchlist_event(profile: Profile, watchlist_id: int, d: dict, src: dict, now: datetime) -> Event:
    return Event(
        kind=EventKind.WATCHLIST_MAINSTREAM, office_id=profile.office.id,
        subject=f"watchlist:{watchlist_id}:story:{d['story_id']}",
        title=_("Watchlist match in %(outlet)s: %(title)s") % {"outlet": src["name"], "title": (d["title"] or d["text"])[:120]},
        url=reverse("monitoring:document_detail", args=[d["id"]]), at=d["published_at"] or now,
        values={"watchlist_id": watchlist_id, "outlet": src["name"], "national": src["national"], "document_id": d["id"]},
    )  # fmt: skip


def _record_touches(touches: dict, by_profile: dict, now: datetime, summary: Summary, items: list) -> None:
    existing = {
        (t.office_id, t.story_id): t
        for t in StoryTouch.objects.filter(
            Q(*[Q(office_id=o, story_id=s) for o, s in touches], _connector=Q.OR)
        )
    }
    for (office_id, story_id), touch in touches.items():
        row = existing.get((office_id, story_id)) or StoryTouch(office_id=office_id, story_id=story_id)
        row.count += touch["count"]
        row.watchlist_id = row.watchlist_id or touch["watchlist"]
        row.reasons = sorted(set(row.reasons) | touch["reasons"])
        row.save()
        profile = by_profile[office_id]
        if row.count >= profile.policy.min_story_docs:
            issue = _issue_for(profile, row, now, summary)
            items.extend(_story_items(issue, story_id, profile))


def _issue_for(profile: Profile, touch: StoryTouch, now: datetime, summary: Summary) -> Issue:
    """The issue a story joins: the open issue built from the same watchlist lately, or a new one."""
    issue = None
    if touch.watchlist_id:
        issue = (
            Issue.objects.filter(
                office=profile.office, watchlist_id=touch.watchlist_id, status=Issue.Status.OPEN,
                last_at__gte=now - JOIN_WATCHLIST_ISSUE_WITHIN,
            )
            .order_by("-last_at")
            .first()
        )
    if issue is None:
        story = Story.objects.get(pk=touch.story_id)
        issue = Issue.objects.create(
            office=profile.office, title=(story.label or _("Untitled issue"))[:255], watchlist_id=touch.watchlist_id,
            created_at=now, level_since=now, first_at=story.first_at, last_at=story.last_at,
        )
        AuditEvent.record(
            actor=None, action="issue.created", target=issue, office=profile.office, to_state=issue.level,
            reason=_("Story touches the office: %(reasons)s") % {"reasons": ", ".join(touch.reasons)},
        )
        summary.created.append(issue.pk)
    IssueStory.objects.get_or_create(issue=issue, story_id=touch.story_id, defaults={"added_at": now})
    return issue


def _story_items(issue: Issue, story_id: int, profile: Profile) -> list[IssueDocument]:
    """Every document of the story the office may see, for an issue the story just joined."""
    docs = Document.objects.filter(story_id=story_id, analysed_at__isnull=False).filter(
        Q(office_id__in=profile.sees) | Q(source__shared=True)
    )
    return [
        IssueDocument(issue_id=issue.pk, **row)
        for row in rows_for(list(docs.values(
            "id", "title", "text", "published_at", "channel", "source_id", "source__national", "author",
            "author_followers", "views", "likes", "shares", "replies", "sentiment", "dup_group",
        )), profile)
    ]  # fmt: skip


def rows_for(docs: list[dict], profile: Profile) -> list[dict]:
    """IssueDocument columns for documents read with ``source__national``, as ``profile`` sees them."""
    places = _region_codes([d["id"] for d in docs])
    rows = []
    for d in docs:
        lowered = _text(d).lower()
        actors = " | ".join(n for n, p in profile.actors if p.search(lowered))[:300]
        rows.append(dict(_item_fields(d, d["source__national"], places[d["id"]]), actors=actors))
    return rows


def _text(d: dict) -> str:
    return f"{d['title'] or ''}\n{d['text']}"


def _region_codes(doc_ids: list[int]) -> dict[int, list[str]]:
    codes: dict[int, list[str]] = defaultdict(list)
    for doc_id, code in (
        DocumentEntity.objects.filter(document_id__in=doc_ids).exclude(region_code="").values_list("document_id", "region_code")
    ):  # fmt: skip
        codes[doc_id].append(code)
    return codes


def _item_fields(d: dict, national: bool, region_codes: list[str]) -> dict:
    """The IssueDocument columns of one document, except its issue and the office's key actors."""
    return {
        "document_id": d["id"], "published_at": d["published_at"], "channel": d["channel"],
        "source_id": d["source_id"], "national": national, "author": d["author"][:200],
        "reach": d["author_followers"] + d["views"] + d["likes"] + d["shares"] + d["replies"],
        "negative": d["sentiment"] == "negatif", "dup_group": d["dup_group"], "cues": ",".join(find_cues(_text(d))),
        "regions": ",".join(_regions(region_codes))[:300],
    }  # fmt: skip


def refresh_counts(issue_ids: set[int], now: datetime) -> None:
    """Document count, first and latest document, and the title (the largest story's label,
    unless a person named the issue); a subsided issue with new documents opens again."""
    if not issue_ids:
        return
    stats = IssueDocument.objects.filter(issue_id__in=issue_ids).values("issue_id").annotate(
        n=Count("id"), first=Min("published_at"), last=Max("published_at")
    )
    by_id = {s["issue_id"]: s for s in stats}
    labels: dict[int, str] = {}
    for issue_id, label in (
        IssueStory.objects.filter(issue_id__in=issue_ids).exclude(story__label="")
        .order_by("issue_id", "story__size").values_list("issue_id", "story__label")
    ):  # fmt: skip
        labels[issue_id] = label  # ordered by size: the largest story's label wins
    issues = list(Issue.objects.filter(id__in=issue_ids).select_related("office"))
    for issue in issues:
        s = by_id.get(issue.pk)
        if s:
            issue.doc_count, issue.first_at, issue.last_at = s["n"], s["first"], s["last"]
        if not issue.title_locked and issue.created_by_id is None and labels.get(issue.pk):
            issue.title = labels[issue.pk][:255]
        if issue.status == Issue.Status.DORMANT and issue.last_at and issue.last_at > now - timedelta(days=1):
            issue.status = Issue.Status.OPEN
            AuditEvent.record(
                actor=None, action="issue.reopened", target=issue, office=issue.office,
                from_state=Issue.Status.DORMANT, to_state=Issue.Status.OPEN, reason=_("New documents arrived."),
            )
    Issue.objects.bulk_update(issues, ["doc_count", "first_at", "last_at", "status", "title"])


# --------------------------------------------------------------------------- scoring


_office_daily_cache: dict[tuple[int, str], float] = {}


def office_daily(profile: Profile, now: datetime) -> float:
    """The office's usual documents per day: the 14 days before the last 24 hours (cached per hour)."""
    key = (profile.office.id, now.strftime("%Y%m%d%H"))
    if key not in _office_daily_cache:
        start, end = now - timedelta(days=BASELINE_DAYS + 1), now - timedelta(days=1)
        source_ids = list(
            Source.objects.filter(Q(office_id__in=profile.sees) | Q(shared=True)).values_list("id", flat=True)
        )
        n = Document.objects.filter(source_id__in=source_ids, published_at__gte=start, published_at__lt=end).count()
        if len(_office_daily_cache) > 10_000:
            _office_daily_cache.clear()
        _office_daily_cache[key] = n / BASELINE_DAYS
    return _office_daily_cache[key]


def weights_of(policy: EscalationPolicy) -> dict[str, float]:
    if not hasattr(policy, "_weights"):
        policy._weights = policy.effective_weights()
    return policy._weights


def rescore(now: datetime, profiles: list[Profile], summary: Summary) -> int:
    """Recompute score and level of every open issue; returns how many were scored."""
    by_office = {p.office.id: p for p in profiles}
    issues = {
        i.pk: i
        for i in Issue.objects.filter(status=Issue.Status.OPEN).only(
            "id", "office_id", "title", "status", "level", "level_since", "below_since", "last_at", "score", "signals"
        )
    }
    if not issues:
        return 0
    per_office = {office_id: office_daily(by_office[office_id], now) for office_id in {i.office_id for i in issues.values()}}
    daily = {pk: per_office[i.office_id] for pk, i in issues.items()}
    all_stats = window_stats(list(issues), now, daily)
    changed: list[Issue] = []
    for issue in issues.values():
        before = (issue.score, issue.level, issue.below_since, issue.status, issue.signals)
        profile = by_office[issue.office_id]
        policy = profile.policy
        stats = all_stats.get(issue.pk) or Stats(office_daily=daily[issue.pk])
        value, components = score(stats, weights_of(policy))
        thresholds = Thresholds(policy.isu_at, policy.kasus_at, policy.krisis_at, policy.margin, timedelta(hours=policy.hold_hours))
        decision = next_level(
            issue.level, value, issue.below_since, now, thresholds, severe=is_severe(stats, policy.spike_z)
        )
        if decision.changed:
            change = LevelChange(
                issue=issue, at=now, from_level=issue.level, to_level=decision.level, score=value,
                reason=decision.reason, components=components,
            )
            summary.changes.append(change)
            AuditEvent.record(
                actor=None, action="issue.level", target=issue, office=profile.office, from_state=issue.level,
                to_state=decision.level, reason=decision.reason, data={"score": value, "at": now.isoformat()},
            )
            if change.upward:
                summary.events.append(_level_event(issue, decision.level, value, components, now))
            issue.level, issue.level_since = decision.level, now
        summary.events.extend(_signal_events(issue, stats, policy, now))
        if issue.last_at and issue.last_at < now - timedelta(days=policy.dormant_days):
            issue.status = Issue.Status.DORMANT
            AuditEvent.record(
                actor=None, action="issue.dormant", target=issue, office=profile.office,
                from_state=Issue.Status.OPEN, to_state=Issue.Status.DORMANT,
                reason=_("No new documents for %(days)d days.") % {"days": policy.dormant_days},
            )
        issue.score, issue.components, issue.below_since, issue.scored_at = value, components, decision.below_since, now
        if (issue.score, issue.level, issue.below_since, issue.status, issue.signals) != before:
            changed.append(issue)
    update_rows(Issue, changed, _SCORE_FIELDS)
    LevelChange.objects.bulk_create(summary.changes)
    return len(issues)


def window_stats(issue_ids: list[int], now: datetime, office_daily_of: dict[int, float]) -> dict[int, Stats]:
    """Stats of many issues at once, counted by the database (one GROUP BY over the 72-hour
    window, plus the distinct region and actor strings): the same figures as
    ``escalation.aggregate`` gives from rows, which tests check, at a fraction of the cost."""
    table = connection.ops.quote_name(IssueDocument._meta.db_table)
    field = IssueDocument._meta.get_field("published_at")
    h1, d1, w, end = (field.get_db_prep_value(t, connection) for t in (now - HOUR, now - DAY, now - WINDOW, now))
    day = "published_at > %s"
    sql = f"""
        SELECT issue_id,
          SUM(CASE WHEN published_at > %s THEN 1 ELSE 0 END),
          SUM(CASE WHEN {day} THEN 1 ELSE 0 END),
          SUM(CASE WHEN {day} AND negative THEN 1 ELSE 0 END),
          SUM(CASE WHEN NOT ({day}) THEN 1 ELSE 0 END),
          SUM(CASE WHEN NOT ({day}) AND negative THEN 1 ELSE 0 END),
          SUM(CASE WHEN {day} THEN reach ELSE 0 END),
          COUNT(DISTINCT CASE WHEN {day} AND channel = 'news' AND NOT national THEN source_id END),
          COUNT(DISTINCT CASE WHEN {day} AND channel = 'news' AND national THEN source_id END),
          COUNT(DISTINCT CASE WHEN {day} AND author <> '' THEN author END),
          COUNT(DISTINCT CASE WHEN {day} AND dup_group <> '' THEN dup_group END),
          SUM(CASE WHEN {day} AND dup_group = '' THEN 1 ELSE 0 END),
          SUM(CASE WHEN {day} AND cues <> '' THEN 1 ELSE 0 END)
        FROM {table} WHERE published_at > %s AND published_at <= %s GROUP BY issue_id
    """  # noqa: S608 (table name from the model, values as parameters)
    params = [h1] + [d1] * (sql.count("%s") - 3) + [w, end]
    wanted = set(issue_ids)
    stats: dict[int, Stats] = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for (issue_id, last_hour, n_day, neg_day, n_before, neg_before, reach, local, national, accounts, groups,
             ungrouped, cued) in cursor.fetchall():  # fmt: skip
            if issue_id not in wanted:
                continue
            s = Stats(office_daily=office_daily_of.get(issue_id, 0.0))
            s.last_hour, s.day = last_hour or 0, n_day or 0
            s.hourly_baseline = (s.day - s.last_hour) / 23.0
            if s.day:
                s.negative_day = (neg_day or 0) / s.day
                s.reach_day = int(reach or 0)
                s.outlets_local, s.outlets_national, s.accounts_day = local, national, accounts
                if s.day >= 5:
                    s.duplicate_share = 1 - (groups + (ungrouped or 0)) / s.day
                s.cue_share = (cued or 0) / s.day
            if (n_before or 0) >= 5:
                s.negative_before = (neg_before or 0) / n_before
            stats[issue_id] = s
        for column, attr in (("regions", ","), ("actors", " | ")):
            cursor.execute(
                f"SELECT DISTINCT issue_id, {column} FROM {table} "
                f"WHERE published_at > %s AND published_at <= %s AND {column} <> ''",
                [w, end],
            )
            found: dict[int, set[str]] = defaultdict(set)
            for issue_id, text in cursor.fetchall():
                found[issue_id].update(text.split(attr))
            for issue_id, values in found.items():
                if issue_id in stats:
                    if column == "regions":
                        stats[issue_id].regions = len(values)
                    else:
                        stats[issue_id].actors = sorted(values)
    return stats


_SCORE_FIELDS = ("score", "components", "signals", "level", "level_since", "below_since", "scored_at", "status")


def _level_event(issue: Issue, level: str, value: float, components: list[dict], now: datetime) -> Event:
    top = sorted(components, key=lambda c: -c["contribution"])[:3]
    return Event(
        kind=EventKind.LEVEL_REACHED, office_id=issue.office_id, subject=f"issue:{issue.pk}",
        title=_("%(issue)s reached level %(level)s") % {"issue": issue.title, "level": Level(level).label},
        url=issue.get_absolute_url(), at=now, level=level,
        summary=_("Score %(score).0f. Largest components: %(top)s.") % {
            "score": value, "top": ", ".join(f"{c['key']} {c['contribution']:.0f}" for c in top),
        },
        values={"score": value, "components": {c["key"]: c["contribution"] for c in components}},
    )  # fmt: skip


def _signal_events(issue: Issue, stats, policy: EscalationPolicy, now: datetime) -> list[Event]:
    """Spikes, rising negative share and newly named key actors — each announced once."""
    events = []
    signals = dict(issue.signals or {})
    subject = f"issue:{issue.pk}"
    z = stats.velocity_z
    last_spike = signals.get("spike_at")
    if z >= policy.spike_z and stats.last_hour >= SPIKE_MIN_DOCS and (
        not last_spike or datetime.fromisoformat(last_spike) < now - SPIKE_REPEAT_AFTER
    ):
        signals["spike_at"] = now.isoformat()
        events.append(Event(
            kind=EventKind.SPIKE, office_id=issue.office_id, subject=subject, url=issue.get_absolute_url(), at=now, level=issue.level,
            title=_("Spike in %(issue)s: %(n)d documents in the last hour") % {"issue": issue.title, "n": stats.last_hour},
            values={"z": round(z, 2), "last_hour": stats.last_hour, "baseline": round(stats.hourly_baseline, 2)},
        ))  # fmt: skip
    if stats.day >= NEGATIVE_MIN_DOCS:
        step = max((s for s in NEGATIVE_STEPS if stats.negative_day >= s), default=0)
        if step > signals.get("negative_step", 0):
            signals["negative_step"] = step
            events.append(Event(
                kind=EventKind.NEGATIVE_SHARE, office_id=issue.office_id, subject=subject, url=issue.get_absolute_url(), at=now,
                level=issue.level, values={"negative_share": round(stats.negative_day, 3), "documents": stats.day},
                title=_("%(issue)s: %(share).0f%% of today's documents are negative") % {
                    "issue": issue.title, "share": 100 * stats.negative_day},
            ))  # fmt: skip
    new_actors = sorted(set(stats.actors) - set(signals.get("actors", [])))
    if new_actors:
        signals["actors"] = sorted(set(signals.get("actors", [])) | set(new_actors))
        events.append(Event(
            kind=EventKind.KEY_ACTOR, office_id=issue.office_id, subject=subject, url=issue.get_absolute_url(), at=now, level=issue.level,
            title=_("%(issue)s names %(actors)s") % {"issue": issue.title, "actors": ", ".join(new_actors)},
            values={"actors": new_actors},
        ))  # fmt: skip
    issue.signals = signals
    return events


