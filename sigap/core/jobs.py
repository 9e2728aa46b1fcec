"""Background work: the queues, the scheduler (each app declares its own periodic jobs), leases,
and the worker heartbeat by which a dead worker's tasks are found (docs/background-jobs.md)."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, close_old_connections, connections
from django.utils import timezone
from django.utils.module_loading import import_string

from .models import WorkerProcess

log = logging.getLogger("sigap.jobs")

#: Each queue is served by its own worker process, so a long import never waits in front of an
#: alert. ``ingest``: imports and polls; ``analysis``: the text pipeline and the early warning it
#: feeds; ``alerts``: deliveries, rescoring and notices; ``scheduler``: the periodic tick and briefs.
INGEST, ANALYSIS, ALERTS, SCHEDULER = "ingest", "analysis", "alerts", "scheduler"
QUEUES = (INGEST, ANALYSIS, ALERTS, SCHEDULER)
#: Names used before the queues were split; tasks queued under them are still run.
LEGACY_QUEUES = {INGEST: ("import",), ALERTS: ("default",)}
#: The processes `sigap worker` starts when no --queues are given.
PROCESS_GROUPS = ((INGEST,), (ANALYSIS,), (ALERTS, SCHEDULER))

HEARTBEAT = timedelta(seconds=10)
#: A task whose worker has been silent this long is taken to be abandoned.
SILENCE = 3 * HEARTBEAT
#: A task abandoned this many times is failed instead of queued again (it may be what kills workers).
MAX_ATTEMPTS = 3


def queue_names(queues) -> list[str]:
    """The task-backend queue names that serve the given Sigap queues (with their legacy names)."""
    names = []
    for queue in queues:
        names += [queue, *LEGACY_QUEUES.get(queue, ())]
    return names


def lease() -> timedelta:
    """How long a job claimed by a worker stays its own without a sign of life (SIGAP_JOB_LEASE_SECONDS)."""
    return timedelta(seconds=settings.JOB_LEASE_SECONDS)


def holder() -> str:
    """This process, as written into the leases it holds."""
    return f"{socket.gethostname()}:{os.getpid()}"[:64]


def scheduled_jobs() -> list[Callable[[], int]]:
    """Every app's periodic jobs, from ``scheduled_jobs`` on its AppConfig (dotted paths).

    Each job is idempotent, claims its rows with a conditional UPDATE and returns how many
    things it queued or changed, so several schedulers never do the same work twice."""
    return [import_string(path) for config in apps.get_app_configs() for path in getattr(config, "scheduled_jobs", ())]


def run_scheduled(jobs: list[Callable[[], int]]) -> None:
    for job in jobs:
        try:
            done = job()
            if done:
                log.info("%s: %d", job.__qualname__, done)
        except Exception:  # noqa: BLE001 - one failing job must not stop the others; retried next tick
            log.exception("scheduled job %s failed", job.__qualname__)
        finally:
            close_old_connections()


def scheduler_loop(stop: threading.Event, tick: int) -> None:
    jobs = scheduled_jobs()
    while not stop.is_set():
        run_scheduled(jobs)
        stop.wait(tick)


class Heartbeat:
    """Registers this worker process and refreshes its ``seen_at`` every HEARTBEAT in a thread."""

    def __init__(self, queues) -> None:
        self.worker_id = f"{socket.gethostname()[:30]}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.queues = ",".join(queues)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def beat(self) -> None:
        WorkerProcess.objects.update_or_create(
            worker_id=self.worker_id,
            defaults={
                "host": socket.gethostname()[:255],
                "pid": os.getpid(),
                "queues": self.queues,
                "seen_at": timezone.now(),
            },
        )

    def start(self) -> Heartbeat:
        self.beat()
        self._thread = threading.Thread(target=self._run, name="sigap-heartbeat", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(HEARTBEAT.total_seconds()):
            try:
                self.beat()
            except Exception:  # noqa: BLE001 - a missed beat is retried; the database may be busy
                log.warning("heartbeat not written", exc_info=True)
            finally:
                close_old_connections()

    def stop(self, *, leaving: bool = False) -> None:
        """Say goodbye: remove this worker's row once no beat can write it again.

        The beat in flight is waited for (it would re-create the row after the delete). A process
        that is ``leaving`` on a signal may have been stopped inside a transaction that still holds
        SQLite's write lock, so its connections are closed first (which rolls that back) and the
        row is deleted on a fresh connection in its own thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2 * HEARTBEAT.total_seconds())
        if not leaving:
            WorkerProcess.objects.filter(worker_id=self.worker_id).delete()
            return
        for conn in connections.all(initialized_only=True):
            if conn.connection is not None:
                conn.connection.close()
                conn.connection = None
        goodbye = threading.Thread(target=self._goodbye, name="sigap-goodbye")
        goodbye.start()
        goodbye.join(timeout=60)

    def _goodbye(self) -> None:
        try:
            for attempt in range(5):
                try:
                    WorkerProcess.objects.filter(worker_id=self.worker_id).delete()
                    return
                except DatabaseError:
                    log.warning("worker goodbye not written (attempt %d)", attempt + 1, exc_info=True)
                    time.sleep(1)
        finally:
            connections.close_all()


class WorkerLost(RuntimeError):
    """The task's worker stopped (killed, crashed, machine lost) while running it."""


def requeue_abandoned_tasks(now: datetime | None = None) -> int:
    """Scheduler job: queue again the tasks held by workers that stopped beating (database queue).

    Every task is safe to run twice (each claims its rows), so an abandoned one is simply made
    ready again; after MAX_ATTEMPTS it is marked failed. With Redis, RQ finds its own dead workers;
    imports, analysis and briefs are reclaimed through their own leases on either queue."""
    if settings.TASKS_BACKEND != "db":
        return 0
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    alive = set(WorkerProcess.objects.filter(seen_at__gte=now - SILENCE).values_list("worker_id", flat=True))
    requeued = 0
    running = DBTaskResult.objects.filter(status="RUNNING", started_at__lt=now - SILENCE)
    for task in running.only("id", "worker_ids", "started_at"):
        if task.worker_ids and task.worker_ids[-1] in alive:
            continue
        mine = DBTaskResult.objects.filter(pk=task.pk, status="RUNNING", started_at=task.started_at)
        if len(task.worker_ids) >= MAX_ATTEMPTS:
            changed = mine.update(
                status="FAILED",
                finished_at=now,
                exception_class_path=f"{__name__}.WorkerLost",
                traceback=f"The worker stopped while running this task, {len(task.worker_ids)} times.",
            )
            if changed:
                log.error("task %s failed: its worker stopped %d times", task.pk, len(task.worker_ids))
        else:
            changed = mine.update(status="READY", started_at=None)
            requeued += changed
            if changed:
                log.warning("task %s queued again: its worker %s stopped", task.pk, task.worker_ids[-1:])
    WorkerProcess.objects.filter(seen_at__lt=now - timedelta(days=1)).delete()
    return requeued
