"""`sigap bench <what>`: every benchmark behind one command; the figures are in docs/benchmarks.md.

It sits in reports, the layer that may import every domain app (docs/architecture.md); each app
keeps its benchmark as a plain module: sigap/monitoring/bench.py, sigap/alerts/bench.py,
sigap/alerts/bench_latency.py, sigap/issues/bench.py and sigap/text/bench.py.

The benchmarks add synthetic data, so they run only on a scratch database whose name contains
"bench":
    SIGAP_DATABASE_URL=sqlite:///var/bench.sqlite3 sigap migrate && SIGAP_DATABASE_URL=... sigap bench all
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from sigap.alerts import bench as alerts_bench
from sigap.alerts import bench_latency
from sigap.issues import bench as issues_bench
from sigap.monitoring import bench as monitoring_bench
from sigap.text import cli as text_cli

#: Sub-command → what it measures (shown by --help).
BENCHMARKS = {
    "import": "impor --posts unggahan dari JSONL: kecepatan dan memori puncak",
    "search": "halaman pencarian atas korpus --docs dokumen",
    "dashboard": "dasbor kantor dengan korpus --docs dokumen",
    "latency": "kedatangan berita sampai peringatan selama impor besar berjalan (proses sigap worker sungguhan)",
    "issues-rescore": "hitung ulang skor isu terbuka dalam jumlah besar",
    "issues-latency": "kedatangan dokumen sampai peringatan saat ingest --rate dok/detik dengan sigap worker berjalan",
    "alerts": "biaya raise_events dan waktu dari event sampai webhook diterima",
    "text": "throughput pipeline teks (sama dengan sigap text bench; tanpa basis data)",
    "all": "import, search, dashboard, issues-rescore, alerts dan text berurutan (tanpa kedua uji latensi)",
}


class Command(BaseCommand):
    help = "Jalankan tolok ukur pada basis data uji yang namanya memuat 'bench' (angka di docs/benchmarks.md)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(
            dest="what", required=True, metavar="<what>", title="tolok ukur", help="tolok ukur yang dijalankan"
        )
        parsers = {name: sub.add_parser(name, help=text, description=text) for name, text in BENCHMARKS.items()}
        for name in ("import", "all"):
            parsers[name].add_argument("--posts", type=int, default=200_000, help="unggahan dalam uji impor")
        for name in ("search", "dashboard", "all"):
            parsers[name].add_argument(
                "--docs", type=int, default=1_000_000, help="dokumen korpus pencarian dan dasbor"
            )
            parsers[name].add_argument(
                "--runs", type=int, default=50, help="ulangan pencarian (dasbor: seperlimanya, paling sedikit 5)"
            )
        parsers["latency"].add_argument(
            "--import-mb", type=int, default=50, help="ukuran impor yang berjalan bersamaan (MB)"
        )
        parsers["latency"].add_argument(
            "--single", action="store_true", help="satu proses pekerja melayani semua antrean"
        )
        parsers["issues-rescore"].add_argument("--issues", type=int, default=10_000)
        parsers["issues-rescore"].add_argument("--docs-per-issue", type=int, default=10)
        parsers["issues-rescore"].add_argument("--runs", type=int, default=5)
        parsers["issues-latency"].add_argument("--rate", type=int, default=500, help="dokumen per detik")
        parsers["issues-latency"].add_argument("--seconds", type=int, default=60, help="lama ingest (detik)")
        parsers["alerts"].add_argument("--batches", type=int, default=40)
        parsers["alerts"].add_argument("--events", type=int, default=50, help="event per batch")
        text_cli.add_bench_arguments(parsers["text"])

    def handle(self, *args, what, **options):
        if what == "text":  # the text pipeline touches no database
            self.text(**options)
            return
        name = str(connection.settings_dict["NAME"])
        if "bench" not in name:
            raise CommandError(
                "Tolok ukur menambah data sintetis: arahkan SIGAP_DATABASE_URL ke basis data yang namanya "
                f"memuat 'bench' (sekarang: {name})."
            )
        self.stdout.write(f"Machine: {monitoring_bench.machine()}; database: {connection.vendor} ({name})")
        runs = {
            "import": self.import_posts,
            "search": self.search,
            "dashboard": self.dashboard,
            "latency": self.latency,
            "issues-rescore": self.issues_rescore,
            "issues-latency": self.issues_latency,
            "alerts": self.alerts,
            "all": self.everything,
        }
        runs[what](**options)

    def import_posts(self, posts, **_):
        monitoring_bench.bench_import(self.stdout, posts)

    def search(self, docs, runs, **_):
        monitoring_bench.fill(self.stdout, docs)
        monitoring_bench.bench_search(self.stdout, runs)

    def dashboard(self, docs, runs, **_):
        monitoring_bench.fill(self.stdout, docs)
        monitoring_bench.bench_dashboard(self.stdout, max(5, runs // 5))

    def latency(self, import_mb, single, **_):
        bench_latency.run(self.stdout, mb=import_mb, single=single)

    def issues_rescore(self, issues, docs_per_issue, runs, **_):
        issues_bench.rescore(self.stdout, issues=issues, docs_per_issue=docs_per_issue, runs=runs)

    def issues_latency(self, rate, seconds, **_):
        issues_bench.latency(self.stdout, rate=rate, seconds=seconds)

    def alerts(self, batches, events, **_):
        alerts_bench.run(self.stdout, batches=batches, events=events)

    def text(self, docs=None, scale=None, batch=None, processes=None, **_):
        argv = ["bench"] + [
            f"--{key}={value}"
            for key, value in (("docs", docs), ("scale", scale), ("batch", batch), ("processes", processes))
            if value is not None
        ]
        code = text_cli.main(argv)
        if code:
            raise CommandError(f"sigap text bench berhenti dengan kode {code}.")

    def everything(self, posts, docs, runs, **_):
        self.import_posts(posts)
        self.search(docs, runs)
        self.dashboard(docs, runs)
        # The rest at their own defaults.
        issues_bench.rescore(self.stdout)
        alerts_bench.run(self.stdout)
        self.text()
