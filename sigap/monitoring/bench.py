"""Benchmarks for ingestion, search and the dashboard (figures go to docs/benchmarks.md).

Synthetic posts are drawn from an Indonesian vocabulary with a Zipf-like distribution, so that
query selectivity resembles real text: common words match many documents, rare ones few.
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

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
    return f"{os.cpu_count()} cores, Python {'.'.join(map(str, os.sys.version_info[:3]))}"
