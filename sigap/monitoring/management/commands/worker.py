"""`sigap worker`: runs background tasks and, beside them, the scheduler that queues due polls."""

import logging
import threading

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

log = logging.getLogger("sigap.scheduler")


def scheduler_loop(stop: threading.Event, tick: int) -> None:
    from sigap.monitoring.tasks import enqueue_due_polls

    while not stop.is_set():
        try:
            queued = enqueue_due_polls()
            if queued:
                log.info("queued %d source polls", queued)
        except Exception:  # keep scheduling; a failing tick is logged and retried next tick
            log.exception("scheduler tick failed")
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
