"""RSS/Atom: parsing recorded feeds, and fetching them from a real local HTTP server."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import orjson
import pytest
from helpers.connectors import DATA, Route, SampleServer

from sigap.monitoring.connectors.base import Record, Rejected
from sigap.monitoring.connectors.http import PoliteClient
from sigap.monitoring.connectors.rss import fetch_feed, parse, parse_feed, parse_loose_date

FETCHED = datetime(2025, 3, 3, 4, 0, tzinfo=UTC)
RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml"


def _malformed():
    return parse_feed(
        (DATA / "feed_rss_rusak.xml").read_bytes(),
        url="https://wartapantura.example/rss",
        fetched_at=FETCHED,
    )


def test_malformed_rss_keeps_readable_entries_and_reports_error_in_indonesian():
    feed = _malformed()
    assert feed.error is not None
    assert feed.error.startswith("Umpan RSS/Atom rusak")
    assert "entri yang masih dapat dibaca tetap diambil" in feed.error
    assert [r.title for r in feed.records] == [
        "Harga Cabai Rawit Tembus Rp90.000 per Kilogram di Pasar Johar",
        "Jembatan Penghubung Desa di Kendal Ambrol, Warga Memutar 7 Km",
        "Pemprov Gelar Operasi Pasar Murah di 35 Kabupaten/Kota",
        "Bupati & Wakil Bupati Tinjau Tanggul Jebol di Demak",
    ]
    assert [r.position for r in feed.rejected] == ["entri 5"]  # the empty <item>
    assert "tidak memiliki judul" in feed.rejected[0].reason


def test_rss_entry_ids_guid_then_link_then_hash():
    records = _malformed().records
    assert records[0].external_id == "wartapantura-88121"  # guid
    assert records[1].external_id == "https://wartapantura.example/daerah/2025/03/jembatan-kendal-ambrol"
    assert records[2].external_id.startswith("sha1:")  # no guid, no link
    assert records[2].raw["_sigap"]["id_from"] == "hash(title, date)"
    again = _malformed().records[2]
    assert again.external_id == records[2].external_id  # stable across fetches


def test_rss_dates_including_indonesian_wib_and_missing():
    records = _malformed().records
    assert records[0].published_at == datetime(2025, 3, 3, 1, 30, tzinfo=UTC)  # +0700
    assert records[1].published_at == datetime(2025, 3, 3, 2, 15, tzinfo=UTC)  # "Sen, … WIB"
    assert records[3].published_at == datetime(2025, 3, 7, 7, 30, tzinfo=UTC)  # "Jumat, 07 Maret 2025 14:30 WIB"
    assert records[2].published_at == FETCHED  # no date: fetch time, noted
    assert records[2].raw["_sigap"]["published_at"] == "fetched_at"


def test_rss_html_is_converted_to_text():
    records = _malformed().records
    assert records[0].text.startswith("Harga cabai rawit di Pasar Johar")
    assert "<" not in records[0].text and "img" not in records[0].text
    assert "&nbsp;" not in records[1].text and "\xa0" not in records[1].text
    assert "Warga & pelajar" in records[1].text
    assert all(r.channel == "news" and r.lang == "id" for r in records)
    assert records[0].author == "Warta Pantura - Berita Daerah" and records[0].author_name == "Tim Redaksi"
    assert records[0].url == "https://wartapantura.example/ekonomi/2025/03/harga-cabai-rawit-tembus-rp90-ribu"


def test_raw_is_json_serialisable():
    for record in _malformed().records:
        orjson.dumps(record.raw)


def test_atom_feed():
    feed = parse_feed(
        (DATA / "feed_atom.xml").read_bytes(),
        url="https://diskominfo.semarang.example/feed.atom",
        fetched_at=FETCHED,
    )
    assert feed.error is None and feed.version == "atom10"
    assert feed.title == "Siaran Pers Diskominfo Kota Semarang"
    first, second, third = feed.records
    assert first.external_id == "tag:diskominfo.semarang.example,2025:sp-0341"
    assert first.published_at == datetime(2025, 3, 4, 2, 0, tzinfo=UTC)
    assert "Rp15 juta" in first.text  # the longer <content> wins over <summary>
    assert "alert" not in first.text and "<p>" not in first.text
    assert first.author_name == "Bagian Humas" and first.lang == "id"
    assert second.published_at == datetime(2025, 3, 3, 15, 5, tzinfo=UTC)  # only <updated>
    assert third.published_at == FETCHED


def test_not_a_feed():
    feed = parse_feed(b"<html><body><h1>Halaman biasa</h1></body></html>", url="https://contoh.example/")
    assert feed.records == []
    assert feed.error and "bukan umpan RSS/Atom" in feed.error


def test_bytes_looking_like_a_path_are_not_opened_as_a_file():
    feed = parse_feed(b"/etc/hostname")
    assert feed.records == [] and feed.error


def test_parse_loose_date():
    assert parse_loose_date("Sen, 03 Mar 2025 09:15:00 WIB") == datetime(2025, 3, 3, 2, 15, tzinfo=UTC)
    assert parse_loose_date("3 Agustus 2025 10:00 WITA") == datetime(2025, 8, 3, 2, 0, tzinfo=UTC)
    assert parse_loose_date("Selasa, 17 Desember 2024 20:00 WIT") == datetime(2024, 12, 17, 11, 0, tzinfo=UTC)
    assert parse_loose_date("kemarin") is None


def test_parse_saved_feed_file():
    items = list(parse(io.BytesIO((DATA / "feed_atom.xml").read_bytes())))
    assert len(items) == 3 and all(isinstance(i, Record) for i in items)
    items = list(parse(io.BytesIO(b"bukan umpan")))
    assert len(items) == 1 and isinstance(items[0], Rejected)


# --------------------------------------------------------------------------- over HTTP


@pytest.fixture
def server():
    with SampleServer() as srv:
        srv.add_file("/feed.atom", "feed_atom.xml", ATOM, etag='"atom-v1"')
        srv.add_file("/rss", "feed_rss_rusak.xml", RSS, last_modified="Mon, 03 Mar 2025 03:00:00 GMT")
        yield srv


def test_fetch_feed_then_304_with_etag_returns_no_records(server, http_client):
    first = fetch_feed(server.url("/feed.atom"), client=http_client)
    assert first.status == 200 and first.error is None
    assert len(first.records) == 3 and first.etag == '"atom-v1"'
    second = fetch_feed(server.url("/feed.atom"), etag=first.etag, modified=first.modified, client=http_client)
    assert second.status == 304 and second.not_modified
    assert second.records == [] and second.rejected == [] and second.error is None
    assert second.etag == '"atom-v1"'
    assert server.requests[-1][1]["if-none-match"] == '"atom-v1"'


def test_fetch_feed_304_with_last_modified(server, http_client):
    first = fetch_feed(server.url("/rss"), client=http_client)
    assert first.modified == "Mon, 03 Mar 2025 03:00:00 GMT" and first.etag is None
    assert len(first.records) == 4 and first.error  # malformed but read
    second = fetch_feed(server.url("/rss"), modified=first.modified, client=http_client)
    assert second.status == 304 and second.records == []
    assert second.modified == first.modified


def test_fetch_feed_waits_between_two_requests_to_the_same_host(server, http_client, clock):
    fetch_feed(server.url("/feed.atom"), client=http_client)
    fetch_feed(server.url("/rss"), client=http_client)
    assert clock.sleeps == [pytest.approx(1.0)]
    assert "/robots.txt" not in server.paths()  # feeds are meant for machines


def test_fetch_feed_http_error_is_reported_not_raised(server, http_client):
    result = fetch_feed(server.url("/hilang.xml"), etag='"lama"', client=http_client)
    assert result.status == 404 and result.records == []
    assert result.error == "Situs 127.0.0.1 menjawab HTTP 404 (halaman tidak ditemukan)."
    assert result.etag == '"lama"'  # validators kept for next time


def test_fetch_feed_server_error(server, http_client):
    server.add("/down", Route(b"maintenance", "text/plain", status=503))
    result = fetch_feed(server.url("/down"), client=http_client)
    assert result.status == 503 and "layanan sedang tidak tersedia" in (result.error or "")


def test_fetch_feed_records_use_fetch_time_when_no_date(server, clock):
    fixed = datetime(2025, 3, 3, 6, 0, tzinfo=UTC)
    with PoliteClient(clock=clock, sleep=clock.sleep, now=lambda: fixed) as http_client:
        result = fetch_feed(server.url("/feed.atom"), client=http_client)
    assert result.fetched_at == fixed
    assert result.records[2].published_at == fixed
