"""`sigap bench issues-rescore|issues-latency`: the early warning's figures in docs/benchmarks.md.

Run against a scratch database (the command checks its name contains "bench"); it adds synthetic data.

* issues-rescore — score recomputation of N open issues (each with documents in its 72-hour window).
* issues-latency — documents arrive at the ingest function at a set rate while `sigap worker` runs in
  another process; for each tracer news document that matches a watchlist, the time from its
  arrival (fetched_at) to the alert it triggers.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import cast

from django.core.management.base import CommandError
from django.db import connection
from django.utils import timezone

from sigap.alerts.models import Alert, AlertRule
from sigap.core.models import Office, OfficeKind
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Document, Source, Watchlist

from . import tracking
from .models import Issue, IssueDocument

WORDS = (
    "jalan pasar sekolah puskesmas air listrik harga beras cabai bus kereta pajak taman sampah "
    "lampu sungai desa kecamatan warga petani nelayan guru bidan ojek antre layanan izin"
).split()


def _made_up_word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdgjklmnprstw") + rng.choice("aiueo") for _ in range(3))


def _sentence(rng: random.Random, n: int = 14) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def rescore(out, *, issues: int = 10_000, docs_per_issue: int = 10, runs: int = 5) -> None:
    rng = random.Random(7)
    now = timezone.now()
    office, _ = Office.objects.get_or_create(
        slug="bench-ew", defaults={"name": "Bench EW", "kind": OfficeKind.KABUPATEN}
    )
    source, _ = Source.objects.get_or_create(
        office=office, name="Bench EW X", defaults={"kind": "import", "channel": "x"}
    )
    have = Issue.objects.filter(office=office, status=Issue.Status.OPEN).count()
    if have < issues:
        out.write(f"creating {issues - have} issues × {docs_per_issue} documents …")
        total = (issues - have) * docs_per_issue
        store_records(source, (
            Record(f"ew{have}-{i}", "x", _sentence(rng), now - timedelta(minutes=rng.randint(1, 72 * 60)),
                   author=f"akun{rng.randint(1, 5000)}", author_followers=rng.randint(0, 50_000))
            for i in range(total)
        ))  # fmt: skip
        new = Issue.objects.bulk_create(
            [Issue(office=office, title=f"Isu uji {have + i}") for i in range(issues - have)], batch_size=2000
        )
        doc_ids = list(Document.objects.filter(source=source, external_id__startswith=f"ew{have}-")
                       .order_by("id").values_list("id", "published_at", "author"))  # fmt: skip
        items = []
        for n, (doc_id, published, author) in enumerate(doc_ids):
            items.append(IssueDocument(
                issue_id=new[n // docs_per_issue].pk, document_id=doc_id, published_at=published, channel="x",
                source_id=source.pk, author=author, reach=rng.randint(0, 100_000), negative=rng.random() < 0.4,
                dup_group=str(rng.randint(0, 10 * len(doc_ids))), cues="korban" if (severe := rng.random() < 0.05) else "", severe=severe,
                regions="33.21",
            ))  # fmt: skip
        IssueDocument.objects.bulk_create(items, batch_size=5000)
    open_count = Issue.objects.filter(status=Issue.Status.OPEN).count()
    times = []
    for _ in range(runs):
        profiles = tracking.load_profiles()
        now = timezone.now()
        started = time.perf_counter()
        tracking.rescore(cast("Callable[[int], datetime]", lambda _office, now=now: now), profiles, tracking.Summary())
        times.append(time.perf_counter() - started)
    out.write(
        f"rescore of {open_count} open issues ({connection.vendor}): median {statistics.median(times):.2f} s, "
        f"max {max(times):.2f} s over {runs} runs"
    )


def latency(out, *, rate: int = 500, seconds: int = 60) -> None:
    office, _ = Office.objects.get_or_create(
        slug="bench-lat", defaults={"name": "Bench latency", "kind": OfficeKind.KABUPATEN}
    )
    social, _ = Source.objects.get_or_create(office=office, name="Bench X", defaults={"kind": "import", "channel": "x"})
    news, _ = Source.objects.get_or_create(
        office=office, name="Bench news", defaults={"kind": "import", "channel": "news"}
    )
    watchlist, _ = Watchlist.objects.get_or_create(office=office, name="Bendungan", defaults={"query": "bendungan"})
    rule = AlertRule.objects.filter(office=office, kind="watchlist_mainstream").first()
    if rule is None:
        rule = AlertRule(office=office, name="Bendungan di media", kind="watchlist_mainstream", watchlist=watchlist)
        rule.full_clean()
        rule.save()
    run = f"{int(time.time())}"
    worker = subprocess.Popen([sys.executable, "-m", "sigap", "worker"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)  # fmt: skip
    rng = random.Random(run)
    tracers: list[str] = []
    try:
        time.sleep(3)  # the worker starts
        started = time.monotonic()
        for second in range(seconds):
            batch = [Record(f"{run}-{second}-{i}", "x", _sentence(rng), timezone.now()) for i in range(rate - 1)]
            store_records(social, batch)
            tracer = f"{run}-t{second}"
            # Made-up words, so each tracer is its own story (and its own alert, not a repeat).
            words = " ".join(_made_up_word(rng) for _ in range(12))
            store_records(news, [Record(tracer, "news", f"Bendungan {words}", timezone.now())])
            tracers.append(tracer)
            lag = started + second + 1 - time.monotonic()
            if lag > 0:
                time.sleep(lag)
        achieved = seconds * rate / (time.monotonic() - started)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if Alert.objects.filter(rule=rule, created_at__gte=timezone.now() - timedelta(hours=1)).count() >= len(
                tracers
            ):
                break
            time.sleep(1)
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a task still running: the figures are already stored
            worker.kill()
    arrived = dict(Document.objects.filter(source=news, external_id__in=tracers).values_list("id", "fetched_at"))
    latencies = []
    for alert in Alert.objects.filter(rule=rule):
        doc = (alert.values or {}).get("document_id")
        if doc in arrived:
            latencies.append((alert.created_at - arrived[doc]).total_seconds())
    if not latencies:
        raise CommandError("No alert arrived: is the worker able to run (SIGAP_SECRET_KEY, database)?")
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]
    out.write(
        f"ingest {achieved:.0f} docs/s for {seconds} s ({connection.vendor}); {len(latencies)}/{len(tracers)} "
        f"tracer alerts; arrival→alert median {statistics.median(latencies):.1f} s, p95 {p95:.1f} s, "
        f"max {latencies[-1]:.1f} s"
    )
