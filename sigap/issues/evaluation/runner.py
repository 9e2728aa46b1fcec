"""Replay one scenario into the current (scratch) database and score the issues it raises.

Run only in a database of its own (``sigap issues evaluate`` gives each scenario a new SQLite
file): it creates the scenario's offices and plays every office on the scenario's clock.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction

from sigap.alerts.models import AlertRule
from sigap.core.models import Office
from sigap.monitoring.models import Document, Source, Watchlist

from ..models import EscalationPolicy, Issue, IssueDocument, KeyActor, LevelChange
from ..replay import ReplayResult, play_stepped, read_records
from . import metrics
from .scenario import Scenario, labels


@transaction.atomic
def set_up(scenario: Scenario) -> tuple[dict[str, Office], dict[str, Source]]:
    """The offices, watchlists, key actors, policies, alert rules and sources, as an officer would."""
    offices: dict[str, Office] = {}
    for spec in scenario.offices:
        office = Office.objects.create(
            name=spec.name, slug=spec.slug, kind=spec.kind, region_code=spec.region_code, time_zone=spec.time_zone,
            parent=offices.get(spec.parent),
        )  # fmt: skip
        offices[spec.slug] = office
        for w in spec.watchlists:
            watchlist = Watchlist(office=office, name=w["name"][:120], query=w["query"])
            watchlist.full_clean(exclude=["created_by"])
            watchlist.save()
        KeyActor.objects.bulk_create([KeyActor(office=office, **a) for a in spec.key_actors])
        policy = EscalationPolicy.for_office(office.pk)
        for field, value in spec.policy.items():
            if field == "weights" or hasattr(policy, field):
                setattr(policy, field, value)
        policy.full_clean()
        policy.save()
        for rule in spec.alert_rules:
            AlertRule.objects.create(
                office=office, name=str(rule.get("name") or rule.get("kind") or "aturan")[:120],
                kind=str(rule.get("kind") or "level_reached"), min_level=str(rule.get("min_level") or ""),
                threshold=rule.get("threshold"),
            )  # fmt: skip
    sources = {}
    for s in scenario.sources:
        sources[s["name"]] = Source.objects.create(
            office=offices[s["office"]], name=s["name"][:200], kind=Source.Kind.IMPORT, channel=s["channel"],
            national=s["national"], shared=s["shared"], next_poll_at=None,
        )  # fmt: skip
    return offices, sources


def run(scenario: Scenario) -> dict:
    """Replay the scenario (10-minute steps unless it says otherwise) and score its issues."""
    records, rejected = read_records(scenario.stream)
    result = {
        "name": scenario.name, "title": scenario.title, "kind": scenario.kind, "read": len(records) + len(rejected),
        "rejected": [f"{r.position}: {r.reason}" for r in rejected], "scored": False,
    }  # fmt: skip
    if not records:
        result["error"] = "tidak ada rekaman yang sah"
        return result
    try:
        offices, sources = set_up(scenario)
    except ValidationError as exc:
        result["error"] = "; ".join(exc.messages)
        return result
    main = offices[scenario.offices[0].slug]
    by_record = {}
    for r in records:
        name = str((r.raw or {}).get("source") or "") or f"Replay — {r.channel}"
        if name not in sources:
            sources[name] = Source.objects.create(
                office=main, name=name[:200], kind=Source.Kind.IMPORT, channel=r.channel, next_poll_at=None
            )
        by_record[id(r)] = sources[name]
    start = records[0].published_at
    replayed = ReplayResult(read=len(records))
    peaks: dict[int, tuple[float, float, list]] = {}  # issue → (highest score, its minute, its components)

    def follow(now, _stored):
        for pk, value, components in Issue.objects.filter(status=Issue.Status.OPEN).values_list(
            "id", "score", "components"
        ):
            if value > peaks.get(pk, (-1.0,))[0]:
                peaks[pk] = (value, round((now - start).total_seconds() / 60), components)

    play_stepped(records, by_record, start, timedelta(minutes=scenario.step_minutes), replayed, on_step=follow)
    label_of = labels(scenario, records)
    result.update(
        stored=replayed.stored, steps=replayed.steps, documents=len(records),
        hours=round((records[-1].published_at - start).total_seconds() / 3600, 1),
    )  # fmt: skip
    issues = _issues(start, label_of)
    totals = Counter(label_of.values())
    result.update(metrics.evaluate(scenario.events, issues, totals))
    result["issue_details"] = _details(issues, peaks)
    result["scored"] = scenario.has_expectations
    return result


def _issues(start, label_of: dict[str, str]) -> list[metrics.IssueResult]:
    """Every issue that was not merged away, with its documents' labels and level history."""
    issues = list(Issue.objects.exclude(status=Issue.Status.MERGED).prefetch_related("offices"))
    external = dict(Document.objects.values_list("id", "external_id"))
    docs: dict[int, Counter] = defaultdict(Counter)
    hourly: dict[int, Counter] = defaultdict(Counter)
    for issue_id, doc_id, at in IssueDocument.objects.values_list("issue_id", "document_id", "published_at"):
        docs[issue_id][label_of.get(external.get(doc_id, ""), "")] += 1
        hourly[issue_id][int((at - start).total_seconds() // 3600)] += 1
    levels: dict[int, list] = defaultdict(list)
    for issue_id, at, level in LevelChange.objects.order_by("at", "id").values_list("issue_id", "at", "to_level"):
        levels[issue_id].append((round((at - start).total_seconds() / 60), level))
    return [
        metrics.IssueResult(
            i.pk, i.title, docs[i.pk], levels[i.pk], sorted(o.slug for o in i.offices.all()), hourly[i.pk]
        )
        for i in issues
    ]


def _details(issues: list[metrics.IssueResult], peaks: dict) -> list[dict]:
    """Per issue, for the JSON report: its labels, level history and its highest score with its parts."""
    out = []
    for i in sorted(issues, key=lambda i: (-i.top_rank, -i.size)):
        value, minute, components = peaks.get(i.id, (0.0, None, []))
        out.append({
            "id": i.id, "title": i.title, "label": i.label, "labels": dict(i.labels), "levels": i.levels,
            "offices": i.offices, "peak": {"score": value, "minute": minute,
                                           "components": {c["key"]: c["contribution"] for c in components}},
        })  # fmt: skip
    return out
