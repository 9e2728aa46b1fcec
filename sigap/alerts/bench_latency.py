"""`sigap bench latency`: arrival-to-alert time of live news while a large import runs.

Real worker processes (`sigap worker`, or one process serving every queue with ``single``) run
against the benchmark database. A news item matching a watchlist arrives every few seconds the
way a poll stores it; its alert (an in-app notification of a watchlist rule) is timed from the
moment it was stored. Figures in docs/benchmarks.md. It lives in alerts, not monitoring, because it
reads alerts (monitoring imports no other domain app, docs/architecture.md)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone

from sigap.core.models import Membership, Office, OfficeKind, Role
from sigap.monitoring import bench
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.imports import copy_file_for_import
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Document, Source, Watchlist

from .models import Alert, AlertRule

MARK = "sigaplatensi"  # a word only the timed items carry, so the watchlist matches them alone


def _setup():
    office, _ = Office.objects.get_or_create(
        slug="bench-latensi", defaults={"name": "Bench latensi", "kind": OfficeKind.KABUPATEN}
    )
    user, _ = get_user_model().objects.get_or_create(username="bench.latensi")
    Membership.objects.get_or_create(user=user, office=office, role=Role.ANALIS)
    news, _ = Source.objects.get_or_create(
        office=office, name="Berita bench", defaults={"kind": "rss", "channel": "news", "national": True}
    )
    stamp = int(time.time())
    watchlist = Watchlist.objects.create(office=office, name=f"Latensi {stamp}", query=MARK)
    AlertRule.objects.create(
        office=office, name=f"Latensi {stamp}", kind="watchlist_mainstream", watchlist=watchlist, notify_in_app=True
    )
    bulk = Source.objects.create(office=office, name=f"Impor bench {stamp}", kind="import", channel="x")
    return office, news, bulk


def _probe(news: Source, rng: random.Random, i: int) -> tuple[int, float]:
    # Words of their own (a number glued to each), so every item is a story of its own and raises
    # its own alert rather than repeating the previous one.
    words = " ".join(f"{word}{rng.randint(100, 999)}" for word in rng.sample(bench.WORDS, 12))
    record = Record(
        external_id=f"latensi-{time.time_ns()}-{i}",
        text=f"{MARK} {words}",
        title=f"{MARK} {words[:60]}",
        published_at=timezone.now(),
        channel="news",
        url="",
        author="redaksi",
    )
    t0 = time.time()
    store_records(news, [record])
    doc = Document.objects.filter(source=news, external_id=record.external_id).values_list("id", flat=True).first()
    assert doc is not None  # noqa: S101 - narrows the type: store_records has just stored it
    return doc, t0


def _alert_times(doc_ids: set[int]) -> dict[int, float]:
    found = {}
    for values, created in Alert.objects.filter(kind="watchlist_mainstream").values_list("values", "created_at"):
        doc = (values or {}).get("document_id")
        if doc in doc_ids:
            found[doc] = created.timestamp()
    return found


def run(out, *, mb: int = 50, every: float = 2.0, single: bool = False, settle: float = 120.0) -> dict:
    if connection.vendor == "sqlite" and str(connection.settings_dict["NAME"]).startswith(":memory:"):
        raise RuntimeError("latency needs a file database the worker processes share")
    office, news, bulk = _setup()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "impor.jsonl"
        posts = int(mb * 1e6 / 260)  # about 260 bytes a post in bench.write_jsonl
        bench.write_jsonl(path, posts, seed=3, start=timezone.now() - timedelta(days=400))
        size_mb = path.stat().st_size / 1e6
        queues = ["--queues", "ingest,analysis,alerts,scheduler"] if single else []
        env = {**os.environ, "SIGAP_SCHEDULER_TICK_SECONDS": "5"}
        command = [sys.executable, "-m", "sigap", "worker", *queues]
        worker = subprocess.Popen(  # noqa: S603 - our own CLI
            command,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(5)  # workers up
            job = copy_file_for_import(bulk, path)
            started = time.time()
            probes: dict[int, float] = {}
            # Until the import is stored and its backlog analysed: both could hold up an alert.
            while time.time() - started < 1800:
                job.refresh_from_db()
                if job.finished and probes and not Document.objects.filter(analysed_at__isnull=True).exists():
                    break
                doc, t0 = _probe(news, rng, len(probes))
                probes[doc] = t0
                time.sleep(every)
            busy_seconds = time.time() - started
            deadline = time.time() + settle
            while time.time() < deadline and len(_alert_times(set(probes))) < len(probes):
                time.sleep(1)
            alerts = _alert_times(set(probes))
        finally:
            worker.terminate()
            worker.wait(timeout=120)
    latencies = [alerts[d] - t0 for d, t0 in probes.items() if d in alerts]
    result = {
        "mode": "one process, every queue" if single else "sigap worker (a process per queue group)",
        "import_mb": round(size_mb),
        "import_records": job.read,
        "import_status": job.status,
        "import_seconds": round(
            ((job.finished_at - job.started_at).total_seconds()) if job.finished_at and job.started_at else -1, 1
        ),
        "busy_seconds": round(busy_seconds, 1),
        "probes": len(probes),
        "alerted": len(latencies),
        "p50": round(bench.percentile(latencies, 0.5), 2) if latencies else None,
        "p95": round(bench.percentile(latencies, 0.95), 2) if latencies else None,
        "max": round(max(latencies), 2) if latencies else None,
    }
    out.write(
        f"latency ({result['mode']}): {result['probes']} news items during a {result['import_mb']} MB import "
        f"({result['import_records']:,} records stored in {result['import_seconds']} s, {result['import_status']}; "
        f"stored and analysed in {result['busy_seconds']} s); "
        f"alerted {result['alerted']}; arrival→alert p50 {result['p50']} s, p95 {result['p95']} s, max {result['max']} s"
    )
    return result
