"""Background work of the early warning: rescoring as time passes, even when nothing arrives."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from sigap.core.jobs import ALERTS
from sigap.monitoring.models import AnalysisState

from . import tracking

RESCORE_EVERY = timedelta(minutes=5)
STATE_NAME = "issues-rescore"


@task(queue_name=ALERTS)
def rescore_task() -> int:
    return len(tracking.update([]).changes)


def enqueue_rescore(now: datetime | None = None) -> int:
    """Every five minutes, claimed with a conditional UPDATE so two schedulers queue it once."""
    now = now or timezone.now()
    AnalysisState.objects.get_or_create(name=STATE_NAME)
    claimed = AnalysisState.objects.filter(
        Q(lease_until__isnull=True) | Q(lease_until__lte=now), name=STATE_NAME
    ).update(lease_until=now + RESCORE_EVERY)
    if claimed:
        transaction.on_commit(rescore_task.enqueue)
    return claimed


@task(queue_name=ALERTS)
def follow_correction_task(document_id: int | None) -> int:
    """After an analyst's correction: rescore now (not at the next five-minute tick); a document
    marked relevant again is attached once more first."""
    return len(tracking.update([document_id] if document_id else []).changes)
