"""PoliteClient: per-host interval, robots.txt, conditional GET, size limit, Indonesian errors."""

from __future__ import annotations

import socket

import httpx
import pytest
from helpers.connectors import Route, SampleServer

from sigap.monitoring.connectors.http import (
    USER_AGENT,
    FetchError,
    PoliteClient,
    conditional_headers,
    host_key,
    http_error_message,
)


@pytest.fixture
def server():
    with SampleServer() as srv:
        srv.add("/", Route(b"<html><body>Beranda</body></html>"))
        srv.add("/berita/1", Route(b"<html><body>Berita satu</body></html>", etag='"v1"'))
        srv.add("/rahasia/dokumen", Route(b"rahasia"))
        yield srv


def test_waits_min_interval_between_two_requests_to_the_same_host(server, http_client, clock):
    http_client.get(server.url("/"))
    assert clock.sleeps == []
    http_client.get(server.url("/berita/1"))
    assert clock.sleeps == [pytest.approx(1.0)]


def test_no_wait_when_enough_time_has_passed(server, http_client, clock):
    http_client.get(server.url("/"))
    clock.advance(1.5)
    http_client.get(server.url("/berita/1"))
    assert clock.sleeps == []


def test_interval_is_configurable_and_per_host(server, clock):
    other_host = server.url("/").replace("127.0.0.1", "localhost")
    with PoliteClient(min_interval=2.5, clock=clock, sleep=clock.sleep) as http_client:
        http_client.get(server.url("/"))
        http_client.get(other_host)  # another host: no wait
        assert clock.sleeps == []
        http_client.get(server.url("/berita/1"))
        assert clock.sleeps == [pytest.approx(2.5)]


def test_sends_user_agent(server, http_client):
    http_client.get(server.url("/"))
    assert server.requests[-1][1]["user-agent"] == USER_AGENT == "SigapBot/0.1 (+https://sigap.id/bot)"


def test_robots_txt_disallows_path_and_is_fetched_once(server, http_client):
    assert http_client.allowed(server.url("/berita/1"))
    assert not http_client.allowed(server.url("/rahasia/dokumen"))
    assert not http_client.allowed(server.url("/khusus-sigap/x"))  # the SigapBot group applies
    assert server.paths().count("/robots.txt") == 1


def test_get_with_check_robots_refuses_disallowed_page_without_requesting_it(server, http_client):
    with pytest.raises(FetchError) as info:
        http_client.get(server.url("/rahasia/dokumen"), check_robots=True)
    assert info.value.kind == "robots"
    assert "robots.txt" in info.value.message and "dilarang" in info.value.message
    assert "/rahasia/dokumen" not in server.paths()


def test_robots_fetch_counts_for_the_rate_limit(server, http_client, clock):
    http_client.get(server.url("/berita/1"), check_robots=True)  # robots.txt, then the page
    assert server.paths() == ["/robots.txt", "/berita/1"]
    assert clock.sleeps == [pytest.approx(1.0)]


def test_missing_robots_txt_allows_everything(server, http_client):
    del server.routes["/robots.txt"]
    assert http_client.allowed(server.url("/rahasia/dokumen"))


def test_robots_txt_server_error_disallows_everything_with_reason(server, http_client):
    server.routes["/robots.txt"] = Route(b"error", "text/plain", status=503)
    assert not http_client.allowed(server.url("/"))
    assert http_client.robots_reason(server.url("/")) == (
        "robots.txt situs 127.0.0.1 tidak dapat dibaca (Server 127.0.0.1 menjawab HTTP 503 "
        "(layanan sedang tidak tersedia)), jadi halaman di situs ini untuk sementara tidak diambil."
    )


def test_crawl_delay_lengthens_the_interval(server, http_client, clock):
    server.routes["/robots.txt"] = Route(b"User-agent: *\nCrawl-delay: 4\n", "text/plain")
    http_client.get(server.url("/"), check_robots=True)
    http_client.get(server.url("/berita/1"), check_robots=True)
    assert clock.sleeps == [pytest.approx(4.0), pytest.approx(4.0)]


def test_allowed_refuses_non_http_urls(http_client):
    assert not http_client.allowed("ftp://contoh.example/berkas")
    assert not http_client.allowed("bukan url")


def test_conditional_get_returns_304_response(server, http_client):
    first = http_client.get(server.url("/berita/1"))
    assert first.status == 200 and first.etag == '"v1"'
    second = http_client.get(server.url("/berita/1"), etag=first.etag)
    assert second.not_modified and second.content == b""
    assert server.requests[-1][1]["if-none-match"] == '"v1"'


def test_conditional_headers():
    assert conditional_headers(None, None) == {}
    assert conditional_headers('"x"', "Mon, 03 Mar 2025 01:00:00 GMT") == {
        "If-None-Match": '"x"',
        "If-Modified-Since": "Mon, 03 Mar 2025 01:00:00 GMT",
    }


def test_http_404_raises_fetch_error_in_indonesian(server, http_client):
    with pytest.raises(FetchError) as info:
        http_client.get(server.url("/tidak-ada"))
    assert info.value.kind == "http" and info.value.status == 404
    assert info.value.message == "Situs 127.0.0.1 menjawab HTTP 404 (halaman tidak ditemukan)."


def test_http_5xx_message(server, http_client):
    server.add("/rusak", Route(b"oops", status=502))
    with pytest.raises(FetchError) as info:
        http_client.get(server.url("/rusak"))
    assert info.value.status == 502
    assert "Server 127.0.0.1 menjawab HTTP 502" in info.value.message


def test_http_error_message_unknown_status():
    assert "HTTP 418" in http_error_message(418, "contoh.example")
    assert "kesalahan di sisi server" in http_error_message(599, "contoh.example")


def test_body_larger_than_limit_is_refused(server, clock):
    server.add("/besar", Route(b"x" * 5000))
    with PoliteClient(max_bytes=1000, clock=clock, sleep=clock.sleep) as http_client:
        with pytest.raises(FetchError) as info:
            http_client.get(server.url("/besar"))
    assert info.value.kind == "too_large"
    assert "melebihi batas" in info.value.message


def test_connection_refused_message():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    with PoliteClient(timeout=3) as http_client:
        with pytest.raises(FetchError) as info:
            http_client.get(f"http://127.0.0.1:{port}/")
    assert info.value.kind == "connect"
    assert "Tidak dapat terhubung ke 127.0.0.1" in info.value.message


def _raising(exc: Exception) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    return httpx.MockTransport(handler)


def test_timeout_message():
    with PoliteClient(transport=_raising(httpx.ReadTimeout("timed out")), timeout=7) as http_client:
        with pytest.raises(FetchError) as info:
            http_client.get("https://lambat.example/feed")
    assert info.value.kind == "timeout"
    assert info.value.message == "Waktu habis saat menghubungi lambat.example (batas 7 detik)."


def test_dns_failure_message():
    error = httpx.ConnectError("[Errno -2] Name or service not known")
    error.__cause__ = socket.gaierror(-2, "Name or service not known")
    with PoliteClient(transport=_raising(error)) as http_client:
        with pytest.raises(FetchError) as info:
            http_client.get("https://tidak-ada.example/")
    assert info.value.kind == "dns"
    assert "Nama domain tidak-ada.example tidak dapat ditemukan" in info.value.message


def test_invalid_url():
    with PoliteClient() as http_client:
        with pytest.raises(FetchError) as info:
            http_client.get("kompas.com/berita")
    assert info.value.kind == "invalid_url"
    assert "tidak sah" in info.value.message


def test_fragment_is_dropped_and_host_key(server, http_client):
    response = http_client.get(server.url("/berita/1#komentar"))
    assert response.url.endswith("/berita/1")
    assert host_key("HTTPS://Kompas.Example:443/a?b") == "https://kompas.example:443"
