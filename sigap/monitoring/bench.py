"""Benchmarks for ingestion, search and the dashboard (figures go to docs/benchmarks.md); run by
`sigap bench import|search|dashboard` (sigap/reports/management/commands/bench.py).

Synthetic posts are drawn from an Indonesian vocabulary with a Zipf-like distribution, so that
query selectivity resembles real text: common words match many documents, rare ones few.
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.utils import timezone

from sigap.core.models import Membership, Office, OfficeKind, Role

from .connectors.base import Record
from .connectors.registry import parse
from .ingest import refresh_statistics, store_records
from .models import Document, Source
from .views import dashboard, document_list

WORDS = (
    "yang di dan ini itu dengan untuk tidak dari pada akan ke sudah juga ada warga kami mereka bisa "
    "pemerintah banjir jalan harga bbm bantuan sosial desa kota kabupaten provinsi sekolah rumah sakit "
    "pelayanan publik air listrik hujan tanggul sungai pengungsi posko dapur umum relawan polisi "
    "mahasiswa demo unjuk rasa gubernur bupati wali dprd anggaran proyek jembatan pasar petani nelayan "
    "beras cabai minyak gas elpiji antre vaksin puskesmas dokter guru honorer gaji tunjangan pajak "
    "retribusi parkir macet tol kereta bus angkot ojek banjir rob longsor gempa kebakaran hutan asap "
    "hoaks bansos tautan whatsapp pendaftaran penipuan klarifikasi resmi kementerian dinas kominfo "
    "humas ppid informasi keterbukaan pengaduan lapor aspirasi warganet viral trending kemarin hari "
    "minggu senin selasa rabu kamis jumat sabtu pagi siang sore malam semarang demak kudus pati jepara "
    "grobogan rembang blora solo magelang tegal pekalongan cilacap banyumas purwokerto salatiga "
    "kendal batang brebes pemalang wonosobo temanggung boyolali klaten sukoharjo karanganyar sragen"
).split()
SEARCH_QUERIES = [
    "banjir demak",
    "harga bbm",
    "bantuan sosial",
    "tanggul sungai",
    "hoaks bansos",
    "jalan rusak",
    "pengungsi posko",
    "demo mahasiswa",
    "puskesmas dokter",
    "pasar cabai",
    "gubernur semarang",
    "kebakaran hutan",
    "vaksin puskesmas",
    "pajak retribusi",
    "kereta bus",
    "longsor wonosobo",
]


def synthetic_text(rng: random.Random, n_words: int | None = None) -> str:
    n = n_words or rng.randint(8, 40)
    # Zipf-like: index drawn from a Pareto so the first words are frequent.
    picks = [WORDS[min(int(rng.paretovariate(1.1)) - 1, len(WORDS) - 1)] for _ in range(n)]
    rng.shuffle(picks)
    return " ".join(picks)


def write_jsonl(path: Path, posts: int, seed: int = 1, start: datetime | None = None) -> None:
    rng = random.Random(seed)
    start = start or datetime(2026, 1, 1, tzinfo=UTC)
    with path.open("w", encoding="utf-8") as out:
        for i in range(posts):
            record = {
                "id": f"p{i}",
                "text": synthetic_text(rng),
                "published_at": (start + timedelta(seconds=i * 7)).isoformat(),
                "author": f"akun{rng.randint(1, 50_000)}",
                "likes": int(rng.paretovariate(1.5)),
                "shares": int(rng.paretovariate(2.0)) - 1,
                "channel": "x",
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def timed(fn, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return samples


def summary(samples_ms: list[float]) -> str:
    return (
        f"median {statistics.median(samples_ms):.1f} ms, p95 {percentile(samples_ms, 0.95):.1f} ms, "
        f"max {max(samples_ms):.1f} ms over {len(samples_ms)} runs"
    )


def machine() -> str:
    return f"{os.cpu_count()} cores, Python {'.'.join(map(str, sys.version_info[:3]))}"


# ------------------------------------------------------------------ the benchmarks (out: a writer)


def _office() -> Office:
    office, _ = Office.objects.get_or_create(slug="bench", defaults={"name": "Bench", "kind": OfficeKind.PROVINSI})
    return office


def _user():
    user, _ = get_user_model().objects.get_or_create(username="bench.analis")
    Membership.objects.get_or_create(user=user, office=_office(), role=Role.ANALIS)
    return user


def bench_import(out, posts: int) -> None:
    source = Source.objects.create(office=_office(), name=f"bench import {time.time()}", kind="import", channel="x")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "posts.jsonl"
        write_jsonl(path, posts, seed=int(time.time()))
        size_mb = path.stat().st_size / 1e6
        rss_before = peak_rss_mb()
        t0 = time.perf_counter()
        with path.open("rb") as stream:
            counts = store_records(source, parse(stream, "sigap-jsonl", default_channel="x"))
        elapsed = time.perf_counter() - t0
    out.write(
        f"import: {counts.read:,} posts ({size_mb:.0f} MB JSONL) parsed, validated, de-duplicated and stored "
        f"in {elapsed:.1f} s = {counts.read / elapsed:,.0f} posts/s; stored {counts.stored:,}, "
        f"rejected {counts.rejected:,}; peak RSS {peak_rss_mb():.0f} MB (before: {rss_before:.0f} MB)"
    )


def fill(out, target: int) -> None:
    """The search and dashboard corpus: ``target`` documents over the last year."""
    source, _ = Source.objects.get_or_create(
        office=_office(), name="bench corpus", defaults={"kind": "import", "channel": "x"}
    )
    have = Document.objects.filter(source=source).count()
    if have >= target:
        out.write(f"corpus: {have:,} documents already present")
        return
    rng = random.Random(have)
    end = timezone.now()
    span = timedelta(days=365).total_seconds()
    t0 = time.perf_counter()

    def records():
        for i in range(have, target):
            at = end - timedelta(seconds=rng.random() * span)
            yield Record(f"c{i}", "x", synthetic_text(rng), at, author=f"akun{rng.randint(1, 50_000)}")

    store_records(source, records(), batch_size=5000)
    refresh_statistics()  # as a large import does
    out.write(f"corpus: added {target - have:,} documents in {time.perf_counter() - t0:.0f} s")


def bench_search(out, runs: int) -> None:
    factory = RequestFactory()
    user = _user()
    today = timezone.localdate()
    rng = random.Random(3)

    def one():
        request = factory.get(
            "/dokumen/",
            {
                "q": rng.choice(SEARCH_QUERIES),
                "start": (today - timedelta(days=30)).isoformat(),
                "end": today.isoformat(),
            },
        )
        request.user = user
        response = document_list(request)
        assert response.status_code == 200  # noqa: S101 - sanity check of the benchmark

    one()
    out.write(
        f"search page (two-word query, last 30 days, count + first page + highlights): {summary(timed(one, runs))}"
    )


def bench_dashboard(out, runs: int) -> None:
    factory = RequestFactory()
    user = _user()
    today = timezone.localdate()
    for label, days in (("last 7 days (default)", None), ("last 30 days", 30), ("whole year", 366)):
        params = {} if days is None else {"start": (today - timedelta(days=days)).isoformat(), "end": today.isoformat()}

        def one(params=params):
            request = factory.get("/", params)
            request.user = user
            assert dashboard(request).status_code == 200  # noqa: S101 - sanity check of the benchmark

        one()
        out.write(f"dashboard {label}: {summary(timed(one, runs))}")
