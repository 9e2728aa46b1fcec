"""Polling feeds from a real HTTP server on 127.0.0.1: stored, conditional GET, health, back-off, claims."""

import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import timezone

from sigap.monitoring.connectors.http import PoliteClient
from sigap.monitoring.models import Document, Source
from sigap.monitoring.polling import claim_due_sources, poll

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Suara Pantura</title><link>http://127.0.0.1/</link>
<item><title>Tanggul Sungai Wulan jebol, ribuan warga mengungsi</title><link>{base}/berita/1</link>
<guid>{base}/berita/1</guid><pubDate>Mon, 02 Mar 2026 08:00:00 +0700</pubDate>
<description>&lt;p&gt;Hujan deras sejak Minggu malam membuat tanggul jebol.&lt;/p&gt;</description></item>
<item><title>BPBD Demak dirikan dapur umum</title><link>{base}/berita/2</link>
<guid>{base}/berita/2</guid><pubDate>Mon, 02 Mar 2026 10:00:00 +0700</pubDate>
<description>Dapur umum melayani 3.000 pengungsi.</description></item>
</channel></rss>"""


class FeedHandler(BaseHTTPRequestHandler):
    etag = '"v1"'
    broken = False
    requests: list[str] = []

    def do_GET(self):  # noqa: N802
        type(self).requests.append(self.path)
        if self.broken:
            self.send_response(500)
            self.end_headers()
            return
        if self.path == "/robots.txt":
            self.send_response(404)
            self.end_headers()
            return
        if self.headers.get("If-None-Match") == self.etag:
            self.send_response(304)
            self.end_headers()
            return
        body = FEED.format(base=f"http://127.0.0.1:{self.server.server_port}").encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("ETag", self.etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def feed_server():
    FeedHandler.broken = False
    FeedHandler.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()


@pytest.fixture
def feed_source(offices, feed_server):
    return Source.objects.create(
        office=offices["demak"],
        name="Suara Pantura",
        kind=Source.Kind.RSS,
        channel="news",
        url=f"http://127.0.0.1:{feed_server.server_port}/rss.xml",
        next_poll_at=timezone.now(),
    )


@pytest.fixture
def http_client():
    """Unlike the shared one (tests/fixtures/connectors.py), on the real clock with no wait between requests."""
    http = PoliteClient(min_interval=0)
    yield http
    http.close()


def test_poll_stores_feed_items_and_records_health(feed_source, http_client):
    counts = poll(feed_source, http_client)
    assert counts.stored == 2
    titles = set(Document.objects.filter(source=feed_source).values_list("title", flat=True))
    assert "BPBD Demak dirikan dapur umum" in titles
    feed_source.refresh_from_db()
    assert feed_source.healthy and feed_source.last_ok_at and feed_source.etag == '"v1"'


def test_second_poll_uses_conditional_get_and_stores_nothing(feed_source, http_client):
    poll(feed_source, http_client)
    counts = poll(feed_source, http_client)
    assert counts.read == 0 and Document.objects.filter(source=feed_source).count() == 2


def test_failing_feed_is_marked_unhealthy_and_backs_off(feed_source, http_client):
    FeedHandler.broken = True
    poll(feed_source, http_client)
    poll(feed_source, http_client)
    feed_source.refresh_from_db()
    assert feed_source.consecutive_errors == 2 and feed_source.last_error
    assert feed_source.next_poll_at - feed_source.last_polled_at >= timedelta(minutes=4 * feed_source.poll_minutes)


def test_due_sources_are_claimed_once(feed_source):
    assert claim_due_sources() == [feed_source.pk]
    assert claim_due_sources() == []


def test_news_page_source_stores_the_extracted_article(offices, sample_server, http_client):
    url = sample_server.add_file("/berita/banjir-semarang", "article_banjir_semarang.html", "text/html; charset=utf-8")
    source = Source.objects.create(
        office=offices["demak"], name="Warta", kind=Source.Kind.PAGE, channel="news", url=url
    )
    assert poll(source, http_client).stored == 1
    document = Document.objects.get(source=source)
    assert document.title and len(document.text) > 200 and "<" not in document.text


def test_page_disallowed_by_robots_is_not_fetched_and_says_why(offices, sample_server, http_client):
    url = sample_server.add_file("/rahasia/laporan", "article_banjir_semarang.html", "text/html; charset=utf-8")
    source = Source.objects.create(
        office=offices["demak"], name="Warta", kind=Source.Kind.PAGE, channel="news", url=url
    )
    poll(source, http_client)
    source.refresh_from_db()
    assert not Document.objects.filter(source=source).exists()
    assert "robots.txt" in source.last_error and source.consecutive_errors == 1
    assert "/rahasia/laporan" not in sample_server.paths()
