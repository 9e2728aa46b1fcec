"""News pages: trafilatura extraction of a recorded page, robots.txt and politeness over HTTP."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest
from helpers.connectors import DATA, Route, SampleServer

from sigap.monitoring.connectors.base import Record, Rejected
from sigap.monitoring.connectors.http import PoliteClient
from sigap.monitoring.connectors.web import extract_article, fetch_article

ARTICLE = "article_banjir_semarang.html"
FETCHED = datetime(2025, 3, 3, 6, 0, tzinfo=UTC)


def test_extract_recorded_article():
    html = (DATA / ARTICLE).read_bytes()
    record = extract_article(html, url="https://kabarjateng.example/b/1", fetched_at=FETCHED)
    assert isinstance(record, Record)
    assert record.external_id == "https://kabarjateng.example/b/1"
    assert record.channel == "news"
    assert record.title == "Banjir Rendam 12 Kelurahan di Semarang, Pemkot Buka Posko Pengungsian"
    assert record.author == "Kabar Jateng" and record.author_name == "Rina Wulandari"
    assert record.published_at == datetime(2025, 3, 3, 2, 15, tzinfo=UTC)  # 09:15 WIB, with the time
    assert record.lang == "id"
    assert record.url == "https://kabarjateng.example/berita/2025/03/03/banjir-rendam-12-kelurahan-di-semarang"
    assert record.text.startswith("SEMARANG, Kabar Jateng")
    assert "318 jiwa mengungsi" in record.text and "Jalan Kaligawe mulai surut" in record.text
    for noise in (
        "IKLAN",
        "kredit motor",
        "analytics",
        "Terpopuler",
        "Pedoman Media Siber",
        "Beranda",
    ):
        assert noise not in record.text
    orjson.dumps(record.raw)


def test_page_with_date_only_uses_midnight_wib_and_notes_it():
    html = b"""<html lang="id"><head><title>Pengumuman</title>
    <meta property="article:published_time" content="2025-03-05"></head><body><article>
    <h1>Pengumuman Seleksi Perangkat Desa</h1>
    <p>Pemerintah Desa Sukamaju mengumumkan hasil seleksi perangkat desa tahun 2025. Peserta yang lulus
    seleksi administrasi diminta hadir untuk tes tertulis di balai desa pada Senin pukul 08.00 WIB dengan
    membawa kartu peserta dan alat tulis masing-masing.</p>
    <p>Panitia menegaskan seluruh proses seleksi tidak dipungut biaya apa pun. Warga diminta melapor bila
    ada pihak yang menjanjikan kelulusan dengan imbalan uang.</p></article></body></html>"""
    record = extract_article(html, url="https://desa.example/p/1", fetched_at=FETCHED)
    assert isinstance(record, Record)
    assert record.published_at == datetime(2025, 3, 4, 17, 0, tzinfo=UTC)
    assert record.raw["_sigap"]["date_precision"] == "day"


def test_page_without_article_text_is_rejected():
    record = extract_article(b"<html><body><nav><a href='/'>Beranda</a></nav></body></html>", url="https://x.example/")
    assert isinstance(record, Rejected)
    assert "Teks utama artikel tidak ditemukan" in record.reason


@pytest.fixture
def server():
    with SampleServer() as srv:
        srv.add_file("/berita/banjir", ARTICLE, "text/html; charset=utf-8")
        srv.add_file("/rahasia/banjir", ARTICLE, "text/html; charset=utf-8")
        srv.add("/laporan.pdf", Route(b"%PDF-1.7 ...", "application/pdf"))
        yield srv


@pytest.fixture
def http_client(clock):
    """The shared one (tests/fixtures/connectors.py), with a fixed fetch time."""
    with PoliteClient(clock=clock, sleep=clock.sleep, timeout=5, now=lambda: FETCHED) as c:
        yield c


def test_fetch_article_over_http(server, http_client):
    record = fetch_article(server.url("/berita/banjir#komentar"), client=http_client)
    assert isinstance(record, Record)
    assert record.external_id == server.url("/berita/banjir")
    assert record.title.startswith("Banjir Rendam 12 Kelurahan")
    assert server.paths() == ["/robots.txt", "/berita/banjir"]


def test_disallowed_page_is_refused_with_clear_reason_and_never_requested(server, http_client):
    result = fetch_article(server.url("/rahasia/banjir"), client=http_client)
    assert isinstance(result, Rejected)
    assert "robots.txt" in result.reason and "tidak mengizinkan SigapBot" in result.reason
    assert result.position == server.url("/rahasia/banjir")
    assert "/rahasia/banjir" not in server.paths()


def test_rate_limit_waits_between_pages_of_the_same_host(server, http_client, clock):
    fetch_article(server.url("/berita/banjir"), client=http_client)
    assert clock.sleeps == [pytest.approx(1.0)]  # robots.txt, then the page
    fetch_article(server.url("/berita/banjir"), client=http_client)
    assert clock.sleeps == [pytest.approx(1.0), pytest.approx(1.0)]
    assert server.paths().count("/robots.txt") == 1


def test_http_error_and_non_html_are_rejected(server, http_client):
    missing = fetch_article(server.url("/berita/hilang"), client=http_client)
    assert isinstance(missing, Rejected)
    assert missing.reason == "Situs 127.0.0.1 menjawab HTTP 404 (halaman tidak ditemukan)."
    pdf = fetch_article(server.url("/laporan.pdf"), client=http_client)
    assert isinstance(pdf, Rejected) and "bukan halaman HTML" in pdf.reason
