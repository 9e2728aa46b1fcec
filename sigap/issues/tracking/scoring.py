"""Rescore every open issue at its office's time, move levels, and raise the alerts.

Scores come from the issue's documents in the window before its office's time (see
``escalation.py`` for the formula, ``docs/escalation.md`` for its scales); the figures are
counted by the database for all issues at once (``window_stats``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.db import connection
from django.db.models import Count, Min, Q
from django.utils.translation import gettext as _

from sigap.alerts.events import Event, EventKind
from sigap.core.db import update_rows
from sigap.core.levels import Level
from sigap.core.models import AuditEvent
from sigap.monitoring.models import Document, Source

from .. import clock
from ..escalation import (
    DAY,
    HOUR,
    RECENCY,
    RECENT,
    WINDOW,
    Baseline,
    Stats,
    Thresholds,
    is_severe,
    next_level,
    score,
)
from ..models import EscalationPolicy, Issue, IssueDocument, IssueOffice, LevelChange
from .profiles import Profile

if TYPE_CHECKING:
    from . import Summary

SPIKE_MIN_DOCS = 5
SPIKE_REPEAT_AFTER = timedelta(hours=6)
NEGATIVE_STEPS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
NEGATIVE_MIN_DOCS = 10
BASELINE_DAYS = 14
# --------------------------------------------------------------------------- scoring


_baseline_cache: dict[tuple[int, str], Baseline] = {}


def office_baseline(profile: Profile, now: datetime) -> Baseline:
    """What is usual for the office: its documents a day and their negative share over the
    history it has (up to 14 days), shrunk toward priors (``escalation.usual``). Cached per
    office and hour."""
    key = (profile.office.id, now.strftime("%Y%m%d%H"))
    if key not in _baseline_cache:
        visible = (
            Q(office_id__in=profile.sees) | Q(shared=True) if profile.sees_shared else Q(office_id__in=profile.sees)
        )
        docs = Document.objects.filter(
            source__in=Source.objects.filter(visible), published_at__gt=now - timedelta(days=BASELINE_DAYS),
            published_at__lte=now,
        )  # fmt: skip
        row = docs.aggregate(
            n=Count("id"), negative=Count("id", filter=Q(sentiment="negatif")), first=Min("published_at")
        )
        days = (now - row["first"]).total_seconds() / 86400 if row["first"] else 0.0
        if len(_baseline_cache) > 10_000:
            _baseline_cache.clear()
        _baseline_cache[key] = Baseline(row["n"], row["negative"], days)
    return _baseline_cache[key]


def thresholds_of(policy: EscalationPolicy) -> Thresholds:
    cached = policy.__dict__.get("_thresholds")  # read once per loaded policy
    if cached is None:
        cached = policy.__dict__["_thresholds"] = Thresholds(
            policy.isu_at, policy.kasus_at, policy.krisis_at, policy.margin, timedelta(hours=policy.hold_hours)
        )
    return cached


def weights_of(policy: EscalationPolicy) -> dict[str, float]:
    cached = policy.__dict__.get("_weights")
    if cached is None:
        cached = policy.__dict__["_weights"] = policy.effective_weights()
    return cached


def rescore(now_of: Callable[[int], datetime], profiles: list[Profile], summary) -> int:
    """Recompute score and level of every open issue at its office's time; returns how many."""
    by_office = {p.office.id: p for p in profiles}
    issues = {
        i.pk: i
        for i in Issue.objects.filter(status=Issue.Status.OPEN).only(
            "id", "office_id", "title", "status", "level", "level_since", "below_since", "last_at", "score", "signals"
        )
        if i.office_id in by_office
        and (by_office[i.office_id].office.drill_of_id is None or clock.is_played(i.office_id))
    }
    if not issues:
        return 0
    groups: dict[datetime, list[int]] = defaultdict(list)  # one clock per group: wall, or a drill's
    for pk, issue in issues.items():
        groups[now_of(issue.office_id)].append(pk)
    touched = _touched_offices(set(issues))
    changed: list[Issue] = []
    for now, ids in groups.items():
        baselines = {pk: office_baseline(by_office[issues[pk].office_id], now) for pk in ids}
        all_stats = window_stats(ids, now, baselines)
        for pk in ids:
            issue = issues[pk]
            before = (issue.score, issue.level, issue.below_since, issue.status, issue.signals)
            profile = by_office[issue.office_id]
            stats = all_stats.get(pk) or Stats(
                office_daily=baselines[pk].daily, office_negative=baselines[pk].negative_without(0, 0)
            )
            _rescore_one(issue, profile, stats, now, summary, touched[pk])
            if (issue.score, issue.level, issue.below_since, issue.status, issue.signals) != before:
                changed.append(issue)
    update_rows(Issue, changed, _SCORE_FIELDS)
    LevelChange.objects.bulk_create(summary.changes)
    return len(issues)


def _touched_offices(issue_ids: set[int]) -> dict[int, list[int]]:
    found: dict[int, set[int]] = defaultdict(set)
    for issue_id, office_id in IssueOffice.objects.filter(issue_id__in=issue_ids).values_list("issue_id", "office_id"):
        found[issue_id].add(office_id)
    return {pk: sorted(found[pk]) for pk in issue_ids}


def _rescore_one(
    issue: Issue, profile: Profile, stats: Stats, now: datetime, summary: Summary, offices: list[int]
) -> None:
    policy = profile.policy
    value, components = score(stats, weights_of(policy))
    thresholds = thresholds_of(policy)
    decision = next_level(issue.level, value, issue.below_since, now, thresholds, severe=is_severe(stats))
    events = []
    if decision.changed:
        reason = _reason(decision, value, policy.hold_hours)
        change = LevelChange(
            issue=issue,
            at=now,
            from_level=issue.level,
            to_level=decision.level,
            score=value,
            reason=reason,
            components=components,
        )
        summary.changes.append(change)
        AuditEvent.record(
            actor=None,
            action="issue.level",
            target=issue,
            office=profile.office,
            from_state=issue.level,
            to_state=decision.level,
            reason=reason,
            data={"score": value, "at": now.isoformat()},
        )
        if change.upward:
            events.append(_level_event(issue, decision.level, value, components, now))
        issue.level, issue.level_since = decision.level, now
    events.extend(_signal_events(issue, stats, policy, now))
    # One event, one alert per office it touches: each office's own rules decide.
    for office_id in offices or [issue.office_id]:
        summary.events.extend(e if e.office_id == office_id else _for_office(e, office_id) for e in events)
    quiet = issue.last_at and issue.last_at < now - timedelta(hours=policy.dormant_hours)
    if quiet and issue.level == Level.PEMANTAUAN:
        issue.status = Issue.Status.DORMANT
        AuditEvent.record(
            actor=None,
            action="issue.dormant",
            target=issue,
            office=profile.office,
            from_state=Issue.Status.OPEN,
            to_state=Issue.Status.DORMANT,
            reason=_("Back at Monitoring with no new documents for %(hours)d hours.") % {"hours": policy.dormant_hours},
        )
    issue.score, issue.components, issue.below_since, issue.scored_at = value, components, decision.below_since, now


def _reason(decision, value: float, hold_hours: int) -> str:
    """Why the level changed, in a sentence (numbers in the Indonesian form)."""
    from django.utils.formats import number_format

    figures = {"score": number_format(value, 1), "line": number_format(decision.line, 0), "hours": hold_hours}
    if decision.why == "up":
        return _("Score %(score)s reached the threshold %(line)s.") % figures
    if decision.why == "not_severe":
        return (
            _("For %(hours)d hours no longer enough documents name harm (victims, safety, disaster, violence).")
            % figures
        )
    return _("Score stayed below %(line)s for %(hours)d hours.") % figures


def _for_office(event: Event, office_id: int) -> Event:
    from dataclasses import replace

    return replace(event, office_id=office_id)


def window_stats(issue_ids: list[int], now: datetime, baselines: dict[int, Baseline]) -> dict[int, Stats]:
    """Stats of many issues at once, counted by the database (one GROUP BY over the 72-hour
    window, plus the distinct region and actor strings): the same figures as
    ``escalation.aggregate`` gives from rows, which tests check, at a fraction of the cost."""
    table = connection.ops.quote_name(IssueDocument._meta.db_table)
    field = IssueDocument._meta.get_field("published_at")

    def at(t: datetime):
        return field.get_db_prep_value(t, connection)

    params: list = []

    def p(value) -> str:
        params.append(value)
        return "%s"

    (limit3, w3), (limit6, w6), (limit12, w12) = RECENCY
    # Each row's recency weight (w) and whether it is recent (r) are worked out once, in the inner
    # query, and summed many ways in the outer one.
    sql = f"""
        SELECT issue_id,
          SUM(CASE WHEN published_at > {p(at(now - HOUR))} THEN 1 ELSE 0 END),
          SUM(CASE WHEN published_at > {p(at(now - DAY))} THEN 1 ELSE 0 END),
          SUM(r), SUM(w), SUM(CASE WHEN negative THEN w ELSE 0 END), SUM(w * reach),
          SUM(CASE WHEN cues <> '' THEN w ELSE 0 END), SUM(CASE WHEN severe THEN w ELSE 0 END),
          SUM(CASE WHEN elsewhere THEN w ELSE 0 END),
          COUNT(DISTINCT CASE WHEN r = 1 AND channel = 'news' AND NOT national THEN source_id END),
          COUNT(DISTINCT CASE WHEN r = 1 AND channel = 'news' AND national THEN source_id END),
          COUNT(DISTINCT CASE WHEN r = 1 AND author <> '' THEN author END),
          COUNT(DISTINCT CASE WHEN r = 1 AND dup_group <> '' THEN dup_group END),
          SUM(CASE WHEN r = 1 AND dup_group = '' THEN 1 ELSE 0 END),
          SUM(1 - r), SUM(CASE WHEN r = 0 AND negative THEN 1 ELSE 0 END),
          COUNT(*), SUM(CASE WHEN negative THEN 1 ELSE 0 END)
        FROM (
          SELECT issue_id, published_at, negative, reach, cues, severe, elsewhere, channel, national, source_id,
            author, dup_group,
            (CASE WHEN published_at > {p(at(now - limit3))} THEN {w3} WHEN published_at > {p(at(now - limit6))}
                  THEN {w6} WHEN published_at > {p(at(now - limit12))} THEN {w12} ELSE 0 END) AS w,
            (CASE WHEN published_at > {p(at(now - RECENT))} THEN 1 ELSE 0 END) AS r
          FROM {table} WHERE published_at > {p(at(now - WINDOW))} AND published_at <= {p(at(now))}
        ) AS rows GROUP BY issue_id
    """  # noqa: S608 (table name from the model, values as parameters)
    wanted = set(issue_ids)
    stats: dict[int, Stats] = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for (issue_id, last_hour, n_day, n_recent, weighted, neg, reach, cued, severe, elsewhere, local, national,
             accounts, groups, ungrouped, n_before, neg_before, n_window, neg_window) in cursor.fetchall():  # fmt: skip
            if issue_id not in wanted:
                continue
            base = baselines.get(issue_id) or Baseline()
            s = Stats(office_daily=base.daily, office_negative=base.negative_without(n_window or 0, neg_window or 0))
            s.last_hour = last_hour or 0
            s.hourly_baseline = ((n_day or 0) - s.last_hour) / 23.0
            s.recent_docs, s.recent = n_recent or 0, float(weighted or 0)
            if s.recent_docs:
                s.negative_recent = float(neg or 0) / s.recent
                s.reach_recent = float(reach or 0)
                s.outlets_local, s.outlets_national, s.accounts_recent = local, national, accounts
                if s.recent_docs >= 5:
                    s.duplicate_share = 1 - (groups + (ungrouped or 0)) / s.recent_docs
                s.cue_share = float(cued or 0) / s.recent
                s.severe_share = float(severe or 0) / s.recent
                s.elsewhere_share = float(elsewhere or 0) / s.recent
            if (n_before or 0) >= 5:
                s.negative_before = (neg_before or 0) / n_before
            stats[issue_id] = s
        window = [at(now - WINDOW), at(now)]
        for column, sep in (("regions", ","), ("actors", " | ")):
            cursor.execute(
                f"SELECT DISTINCT issue_id, {column} FROM {table} "
                f"WHERE published_at > %s AND published_at <= %s AND {column} <> ''",
                window,
            )
            found: dict[int, set[str]] = defaultdict(set)
            for issue_id, text in cursor.fetchall():
                found[issue_id].update(text.split(sep))
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
    if (
        z >= policy.spike_z
        and stats.last_hour >= SPIKE_MIN_DOCS
        and (not last_spike or datetime.fromisoformat(last_spike) < now - SPIKE_REPEAT_AFTER)
    ):
        signals["spike_at"] = now.isoformat()
        events.append(Event(
            kind=EventKind.SPIKE, office_id=issue.office_id, subject=subject, url=issue.get_absolute_url(), at=now, level=issue.level,
            title=_("Spike in %(issue)s: %(n)d documents in the last hour") % {"issue": issue.title, "n": stats.last_hour},
            values={"z": round(z, 2), "last_hour": stats.last_hour, "baseline": round(stats.hourly_baseline, 2)},
        ))  # fmt: skip
    if stats.recent_docs >= NEGATIVE_MIN_DOCS:
        step = max((s for s in NEGATIVE_STEPS if stats.negative_recent >= s), default=0)
        if step > signals.get("negative_step", 0):
            signals["negative_step"] = step
            events.append(Event(
                kind=EventKind.NEGATIVE_SHARE, office_id=issue.office_id, subject=subject, url=issue.get_absolute_url(), at=now,
                level=issue.level, values={"negative_share": round(stats.negative_recent, 3), "documents": stats.recent_docs},
                title=_("%(issue)s: %(share).0f%% of the last 12 hours' documents are negative") % {
                    "issue": issue.title, "share": 100 * stats.negative_recent},
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
