"""Stream a recorded scenario (Sigap JSONL) into a drill office, as if it were arriving now.

``replay`` plays into a new drill office, a copy of the office named (``drill.py``): the
scenario's documents, issues and clock stay there, and real monitoring is untouched. Each record
keeps its offset from the scenario's first record. At ``speed`` > 0 the drill's clock runs
``speed`` times faster than the wall clock, starting now: a record is stored when the drill's
clock reaches it, and the early warning reads that clock for the drill office only (ReplayRun).
At ``speed`` 0 nothing waits: the scenario is played in steps, by default so that it ends now,
and after each step the documents are analysed and the drill's issues rescored at the step's
time. ``play_stepped`` is the same stepping for a database of its own (the demo, the scenario
evaluation), where every office may run on the scenario's clock.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sigap.core.models import Office
from sigap.monitoring.analysis import analyse_pending, save_state
from sigap.monitoring.connectors.base import Record, Rejected
from sigap.monitoring.connectors.sigap_format import parse_jsonl
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Source

from . import clock, tracking
from .drill import create_drill_office, drill_source
from .models import ReplayRun


class ReplayError(ValueError):
    """A replay that cannot start; the message is for people (Indonesian)."""


@dataclass
class ReplayResult:
    read: int = 0
    stored: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (position, reason)
    steps: int = 0
    start: datetime | None = None
    end: datetime | None = None
    office: Office | None = None  # the drill office played into


def read_records(path: Path) -> tuple[list[Record], list[Rejected]]:
    records: list[Record] = []
    rejected: list[Rejected] = []
    with path.open("rb") as stream:
        for item in parse_jsonl(stream):
            if isinstance(item, Rejected):
                rejected.append(item)
            else:
                records.append(item)
    records.sort(key=lambda r: r.published_at)
    return records, rejected


def replay(
    path: Path,
    *,
    office: Office,
    speed: float = 0,
    start: datetime | None = None,
    step: timedelta = timedelta(minutes=10),
    on_step: Callable[[datetime, int], None] | None = None,
) -> ReplayResult:
    """Play the recording at ``path`` into a new drill copy of ``office``."""
    if speed < 0:
        raise ReplayError(_("The speed must be 0 (as fast as possible) or more."))
    if office.drill_of_id is not None:
        raise ReplayError(_("Choose the real office: every replay makes its own drill copy of it."))
    records, rejected = read_records(path)
    result = ReplayResult(read=len(records) + len(rejected), rejected=[(r.position, r.reason) for r in rejected])
    if not records:
        return result
    first, last = records[0].published_at, records[-1].published_at
    if start is None:
        start = timezone.now() if speed > 0 else timezone.now() - (last - first) - step
    shift = start - first
    for r in records:
        r.published_at = r.published_at + shift
    result.start, result.end = start, last + shift
    drill = result.office = create_drill_office(office)
    sources = {id(r): drill_source(drill, str((r.raw or {}).get("source") or ""), r.channel) for r in records}
    if speed > 0:
        _run_live(path, records, sources, speed, start, result, on_step)
    else:
        play_stepped(records, sources, start, step, result, on_step, offices={drill.pk})
    return result


def _store(batch: Iterable[Record], sources: dict[int, Source], result: ReplayResult) -> None:
    by_source: dict[int, tuple[Source, list[Record]]] = {}
    for r in batch:
        source = sources[id(r)]
        by_source.setdefault(source.pk, (source, []))[1].append(r)
    for source, items in by_source.values():
        counts = store_records(source, items)
        result.stored += counts.stored


def _advance(now: datetime, offices: set[int] | None, persist: bool = True) -> None:
    """Analyse what arrived (each analysed batch updates the early warning); with nothing to
    analyse, still rescore, since levels also fall and issues subside as time passes.
    ``offices`` run at ``now`` (None: every office); the others keep their own clocks."""
    with clock.frozen_at(now, offices):
        if not analyse_pending(persist=persist):
            tracking.update([])


def play_stepped(records, sources, start, step, result, on_step=None, offices: set[int] | None = None) -> None:
    """Store, analyse and rescore step by step from ``start``; records before it go in the first
    step. ``offices`` run at the steps' times (None: every office, for a database of its own)."""
    groups: dict[int, list[Record]] = defaultdict(list)
    for r in records:
        groups[max(0, int((r.published_at - start) / step))].append(r)
    for index in range(max(groups) + 1):
        now = start + (index + 1) * step
        with transaction.atomic():
            _store(groups.get(index, []), sources, result)
        _advance(now, offices, persist=False)
        result.steps += 1
        if on_step:
            on_step(now, len(groups.get(index, [])))
    save_state()


def _run_live(path, records, sources, speed, start, result, on_step) -> None:
    wall_start = timezone.now()
    run = ReplayRun.objects.create(
        name=str(path),
        office=result.office,
        speed=speed,
        sim_start=start,
        wall_start=wall_start,
        heartbeat_at=wall_start,
        read=result.read,
    )
    clock.forget()
    try:
        pending = list(records)
        while pending:
            sim_now = run.sim_now(timezone.now())
            due = [r for r in pending if r.published_at <= sim_now]
            pending = pending[len(due) :]
            if due:
                with transaction.atomic():
                    _store(due, sources, result)
            _advance(sim_now, {result.office.pk})
            result.steps += 1
            ReplayRun.objects.filter(pk=run.pk).update(heartbeat_at=timezone.now(), stored=result.stored)
            if on_step:
                on_step(sim_now, len(due))
            if pending:
                wait = (pending[0].published_at - run.sim_now(timezone.now())).total_seconds() / speed
                time.sleep(min(max(wait, 0.2), 5.0))
    finally:
        ReplayRun.objects.filter(pk=run.pk).update(finished_at=timezone.now(), stored=result.stored)
        clock.forget()
