"""`sigap worker`: runs background tasks and, beside them, the scheduler that queues periodic work."""

import logging
import threading

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils.module_loading import import_string

log = logging.getLogger("sigap.scheduler")


#: Called on every tick. Each is idempotent, claims its rows with a conditional UPDATE and
#: returns how many jobs it queued, so several schedulers never queue the same work twice.
SCHEDULED = [
    "sigap.monitoring.tasks.enqueue_due_polls",
    "sigap.issues.tasks.enqueue_rescore",
    "sigap.reports.tasks.enqueue_daily_briefs",
    "sigap.alerts.tasks.enqueue_due_deliveries",
    "sigap.ppid.actions.mark_overdue",
    "sigap.ppid.actions.send_reminders",
    "sigap.crisis.actions.mark_overdue_tasks",
    "sigap.monitoring.actions.remove_old_import_files",
]


def scheduler_loop(stop: threading.Event, tick: int) -> None:
    jobs = [import_string(path) for path in SCHEDULED]
    while not stop.is_set():
        for job in jobs:
            try:
                queued = job()
                if queued:
                    log.info("%s queued %d", job.__qualname__, queued)
            except Exception:  # keep scheduling; a failing job is logged and retried next tick
                log.exception("scheduled job %s failed", job.__qualname__)
            finally:
                close_old_connections()
        stop.wait(tick)


class Command(BaseCommand):
    help = "Jalankan pekerja latar (tugas + penjadwal pengambilan sumber)."

    def add_arguments(self, parser):
        parser.add_argument("--no-scheduler", action="store_true", help="Only run tasks; another process schedules.")
        parser.add_argument("--batch", action="store_true", help="Run what is queued, then exit.")

    def handle(self, *args, no_scheduler=False, batch=False, **options):
        stop = threading.Event()
        if not no_scheduler and not batch:
            threading.Thread(target=scheduler_loop, args=(stop, settings.SCHEDULER_TICK), daemon=True).start()
        try:
            if settings.TASKS_BACKEND == "rq":
                call_command("rqworker", "default", "import", burst=batch, job_class="django_tasks_rq.Job")
            else:
                call_command("db_worker", queue_name="*", batch=batch, reload=False, startup_delay=not batch)
        finally:
            stop.set()
