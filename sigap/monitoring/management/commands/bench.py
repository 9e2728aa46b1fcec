"""`sigap bench import|search|dashboard|latency|all`: prints the figures recorded in docs/benchmarks.md.

Run it against a scratch database, never the production one (it adds synthetic documents):
    SIGAP_DATABASE_URL=sqlite:///var/bench.sqlite3 sigap migrate && SIGAP_DATABASE_URL=... sigap bench all
"""

import random
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import RequestFactory
from django.utils import timezone

from sigap.core.models import Membership, Office, OfficeKind, Role
from sigap.monitoring import bench
from sigap.monitoring.connectors.registry import parse
from sigap.monitoring.ingest import refresh_statistics, store_records
from sigap.monitoring.models import Document, Source

SEARCH_QUERIES = [
    "banjir demak", "harga bbm", "bantuan sosial", "tanggul sungai", "hoaks bansos", "jalan rusak",
    "pengungsi posko", "demo mahasiswa", "puskesmas dokter", "pasar cabai", "gubernur semarang",
    "kebakaran hutan", "vaksin puskesmas", "pajak retribusi", "kereta bus", "longsor wonosobo",
]


class Command(BaseCommand):
    help = "Benchmark ingestion, search and the dashboard on a scratch database."

    def add_arguments(self, parser):
        parser.add_argument("what", choices=["import", "search", "dashboard", "latency", "all"])
        parser.add_argument("--import-mb", type=int, default=50, help="size of the import the latency benchmark runs beside")
        parser.add_argument("--single", action="store_true", help="latency: one worker process serving every queue")
        parser.add_argument("--posts", type=int, default=200_000, help="posts in the import benchmark")
        parser.add_argument("--docs", type=int, default=1_000_000, help="documents for search and dashboard")
        parser.add_argument("--runs", type=int, default=50)

    def handle(self, what, posts, docs, runs, import_mb=50, single=False, **options):
        name = str(connection.settings_dict["NAME"])
        if "bench" not in name:
            raise CommandError(
                "Benchmarks add synthetic data: point SIGAP_DATABASE_URL at a database whose name contains "
                f"'bench' (now: {name})."
            )
        self.stdout.write(f"Machine: {bench.machine()}; database: {connection.vendor} ({name})")
        if what in ("import", "all"):
            self.bench_import(posts)
        if what in ("search", "dashboard", "all"):
            self.fill(docs)
        if what in ("search", "all"):
            self.bench_search(runs)
        if what in ("dashboard", "all"):
            self.bench_dashboard(max(5, runs // 5))
        if what == "latency":
            from sigap.monitoring import bench_latency

            bench_latency.run(self.stdout, mb=import_mb, single=single)

    def office(self):
        office, _ = Office.objects.get_or_create(slug="bench", defaults={"name": "Bench", "kind": OfficeKind.PROVINSI})
        return office

    def bench_import(self, posts: int) -> None:
        source = Source.objects.create(office=self.office(), name=f"bench import {time.time()}", kind="import", channel="x")
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "posts.jsonl"
            bench.write_jsonl(path, posts, seed=int(time.time()))
            size_mb = path.stat().st_size / 1e6
            rss_before = bench.peak_rss_mb()
            t0 = time.perf_counter()
            with path.open("rb") as stream:
                counts = store_records(source, parse(stream, "sigap-jsonl", default_channel="x"))
            elapsed = time.perf_counter() - t0
        self.stdout.write(
            f"import: {counts.read:,} posts ({size_mb:.0f} MB JSONL) parsed, validated, de-duplicated and stored "
            f"in {elapsed:.1f} s = {counts.read / elapsed:,.0f} posts/s; stored {counts.stored:,}, "
            f"rejected {counts.rejected:,}; peak RSS {bench.peak_rss_mb():.0f} MB (before: {rss_before:.0f} MB)"
        )

    def fill(self, target: int) -> None:
        source, _ = Source.objects.get_or_create(office=self.office(), name="bench corpus", defaults={"kind": "import", "channel": "x"})
        have = Document.objects.filter(source=source).count()
        if have >= target:
            self.stdout.write(f"corpus: {have:,} documents already present")
            return
        from sigap.monitoring.connectors.base import Record

        rng = random.Random(have)
        end = timezone.now()
        span = timedelta(days=365).total_seconds()
        t0 = time.perf_counter()

        def records():
            for i in range(have, target):
                at = end - timedelta(seconds=rng.random() * span)
                yield Record(f"c{i}", "x", bench.synthetic_text(rng), at, author=f"akun{rng.randint(1, 50_000)}")

        store_records(source, records(), batch_size=5000)
        refresh_statistics()  # as a large import does
        self.stdout.write(f"corpus: added {target - have:,} documents in {time.perf_counter() - t0:.0f} s")

    def user(self):
        user, created = get_user_model().objects.get_or_create(username="bench.analis")
        Membership.objects.get_or_create(user=user, office=self.office(), role=Role.ANALIS)
        return user

    def bench_search(self, runs: int) -> None:
        from sigap.monitoring.views import document_list

        factory = RequestFactory()
        user = self.user()
        today = timezone.localdate()
        rng = random.Random(3)

        def one():
            request = factory.get("/dokumen/", {
                "q": rng.choice(SEARCH_QUERIES), "start": (today - timedelta(days=30)).isoformat(), "end": today.isoformat(),
            })
            request.user = user
            response = document_list(request)
            assert response.status_code == 200

        one()
        self.stdout.write(f"search page (two-word query, last 30 days, count + first page + highlights): "
                          f"{bench.summary(bench.timed(one, runs))}")

    def bench_dashboard(self, runs: int) -> None:
        from sigap.monitoring.views import dashboard

        factory = RequestFactory()
        user = self.user()
        today = timezone.localdate()
        for label, days in (("last 7 days (default)", None), ("last 30 days", 30), ("whole year", 366)):
            params = {} if days is None else {"start": (today - timedelta(days=days)).isoformat(), "end": today.isoformat()}

            def one(params=params):
                request = factory.get("/", params)
                request.user = user
                assert dashboard(request).status_code == 200

            one()
            self.stdout.write(f"dashboard {label}: {bench.summary(bench.timed(one, runs))}")
