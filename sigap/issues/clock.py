"""The early warning's clock, per office: the wall clock, except for a drill office whose
replay sets the time.

Scenario time belongs to the replayed documents only. A replay plays into a drill office
(``Office.drill_of``); at ``--speed 0`` it freezes the clock of that office in its own thread
(``frozen_at(moment, offices)``), at a speed it records a ReplayRun and every process (the
worker too) then reads the scenario's time for that office. Every other office keeps the wall
clock, so a drill never moves the scores of real monitoring.
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from django.utils import timezone

from .models import ReplayRun


@dataclass(frozen=True)
class _Frozen:
    moment: datetime
    offices: frozenset[int] | None  # None: every office (a scratch database, the demo)


_frozen: contextvars.ContextVar[_Frozen | None] = contextvars.ContextVar("sigap_issues_now", default=None)
_cache: dict[str, object] = {"checked": 0.0, "runs": {}}
HEARTBEAT = timedelta(minutes=2)  # a replay that stopped beating no longer owns its office's clock


def now(office_id: int | None = None) -> datetime:
    """The time the early warning of ``office_id`` runs at (the wall clock without an office)."""
    return clock_for()(office_id)


def clock_for() -> Callable[[int | None], datetime]:
    """A function office → time for one batch: one wall-clock reading, replays read once."""
    frozen = _frozen.get()
    wall = timezone.now()
    runs = _active_replays()

    def at(office_id: int | None) -> datetime:
        if frozen is not None and (frozen.offices is None or office_id in frozen.offices):
            return frozen.moment
        run = runs.get(office_id) if office_id is not None else None
        return run.sim_now(wall) if run is not None else wall

    return at


def is_played(office_id: int) -> bool:
    """Whether a replay runs ``office_id``'s clock now (frozen in this thread, or at a speed).
    A drill office nobody plays stands still: its issues keep the scores of the scenario's end."""
    frozen = _frozen.get()
    if frozen is not None and (frozen.offices is None or office_id in frozen.offices):
        return True
    return office_id in _active_replays()


def _active_replays() -> dict:
    if time.monotonic() - cast(float, _cache["checked"]) > 2:
        _cache["runs"] = {
            run.office_id: run
            for run in ReplayRun.objects.filter(
                finished_at__isnull=True, speed__gt=0, office__isnull=False,
                heartbeat_at__gte=timezone.now() - HEARTBEAT,
            )
        }  # fmt: skip
        _cache["checked"] = time.monotonic()
    return cast(dict, _cache["runs"])


def forget() -> None:
    """Read the replay state again on the next call (after a replay starts or ends)."""
    _cache["checked"] = 0.0


@contextmanager
def frozen_at(moment: datetime, offices: set[int] | None = None) -> Iterator[None]:
    """Run the early warning of ``offices`` (all offices with None) at ``moment`` in this thread."""
    token = _frozen.set(_Frozen(moment, None if offices is None else frozenset(offices)))
    try:
        yield
    finally:
        _frozen.reset(token)
