"""`sigap worker`: runs queued tasks and, where the scheduler queue is served, the periodic tick.

Without --queues it starts one process per queue group (ingest, analysis, alerts + scheduler)
and restarts any that dies, so a long import never holds up an alert (docs/background-jobs.md)."""

import logging
import signal
import subprocess
import sys
import threading
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from sigap.core import jobs

log = logging.getLogger("sigap.jobs")


def _parse_queues(value: str) -> list[str]:
    queues = [q.strip() for q in value.split(",") if q.strip()]
    unknown = [q for q in queues if q not in jobs.QUEUES]
    if unknown or not queues:
        raise CommandError(
            f"Antrean tidak dikenal: {', '.join(unknown) or '(kosong)'}. Pilih dari: {', '.join(jobs.QUEUES)}."
        )
    return queues


def _exit_cleanly(signum, frame):
    sys.exit(0)


class Command(BaseCommand):
    help = "Jalankan pekerja latar (impor, analisis, peringatan, penjadwal)."

    def add_arguments(self, parser):
        parser.add_argument("--queues", help=f"Antrean yang dilayani, dipisah koma ({','.join(jobs.QUEUES)}).")
        parser.add_argument("--no-scheduler", action="store_true", help="Jangan jalankan penjadwal di sini.")
        parser.add_argument("--batch", action="store_true", help="Kerjakan yang sudah antre, lalu berhenti.")

    def handle(self, *args, queues=None, no_scheduler=False, batch=False, **options):
        if queues:
            return self.serve(_parse_queues(queues), scheduler=not no_scheduler, batch=batch)
        if batch:  # tests and one-off runs: everything queued, in this process
            return self.serve(list(jobs.QUEUES), scheduler=False, batch=True)
        return self.supervise(no_scheduler)

    def serve(self, queues: list[str], *, scheduler: bool, batch: bool) -> None:
        stop = threading.Event()
        # Until the task runner installs its own handlers, a stop request still ends in `finally`
        # (the goodbye below); the default action would leave the heartbeat row behind.
        if not batch and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, _exit_cleanly)
            signal.signal(signal.SIGINT, _exit_cleanly)
        heartbeat = jobs.Heartbeat(queues).start()
        ticker = None
        if scheduler and jobs.SCHEDULER in queues and not batch:
            ticker = threading.Thread(target=jobs.scheduler_loop, args=(stop, settings.SCHEDULER_TICK), daemon=True)
            ticker.start()
        names = jobs.queue_names(queues)
        try:
            if settings.TASKS_BACKEND == "rq":
                call_command("rqworker", *names, burst=batch, job_class="django_tasks_rq.Job")
            else:
                call_command(
                    "db_worker",
                    queue_name=",".join(names),
                    batch=batch,
                    reload=False,
                    startup_delay=not batch,
                    worker_id=heartbeat.worker_id,
                    verbosity=0 if batch else 1,
                )
        finally:
            stop.set()
            if ticker is not None:  # a scheduled job writing now would hold SQLite's lock over the goodbye
                ticker.join(timeout=15)
            heartbeat.stop(leaving=not batch)

    def supervise(self, no_scheduler: bool) -> None:
        """One child process per queue group; a child that dies is started again."""
        command = [sys.executable, "-m", "sigap", "worker"]
        extra = ["--no-scheduler"] if no_scheduler else []
        children: dict[tuple, subprocess.Popen] = {}
        stopping = False

        def start(group):
            children[group] = subprocess.Popen([*command, "--queues", ",".join(group), *extra])  # noqa: S603 - our own CLI

        def stop(signum, frame):
            nonlocal stopping
            stopping = True
            for child in children.values():
                child.terminate()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        for group in jobs.PROCESS_GROUPS:
            start(group)
        while not stopping:
            time.sleep(1)
            for group, child in list(children.items()):
                if child.poll() is not None and not stopping:
                    log.error("worker for %s stopped (code %s); starting it again", ",".join(group), child.returncode)
                    time.sleep(2)
                    start(group)
        for child in children.values():
            try:
                child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                child.kill()
