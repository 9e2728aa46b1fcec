"""The early warning's clock: the real time, or a scenario's time while a replay drives it.

A replay at ``--speed 0`` freezes the clock in its own thread (``frozen_at``); a replay at a
speed records a ReplayRun, and every process (the worker too) then reads the scenario's time.
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from django.utils import timezone

_frozen: contextvars.ContextVar[datetime | None] = contextvars.ContextVar("sigap_issues_now", default=None)
_cache: dict[str, object] = {"checked": 0.0, "run": None}
HEARTBEAT = timedelta(minutes=2)  # a replay that stopped beating no longer owns the clock


def now() -> datetime:
    frozen = _frozen.get()
    if frozen is not None:
        return frozen
    run = _active_replay()
    wall = timezone.now()
    return run.sim_now(wall) if run is not None else wall


def _active_replay():
    if time.monotonic() - _cache["checked"] > 2:
        from .models import ReplayRun

        _cache["run"] = ReplayRun.objects.filter(
            finished_at__isnull=True, speed__gt=0, heartbeat_at__gte=timezone.now() - HEARTBEAT
        ).first()
        _cache["checked"] = time.monotonic()
    return _cache["run"]


def forget() -> None:
    """Read the replay state again on the next call (after a replay starts or ends)."""
    _cache["checked"] = 0.0


@contextmanager
def frozen_at(moment: datetime) -> Iterator[None]:
    token = _frozen.set(moment)
    try:
        yield
    finally:
        _frozen.reset(token)
