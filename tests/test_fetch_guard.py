"""The address guard (SSRF): feeds, pages and webhooks never reach loopback, private,
link-local, reserved or cloud-metadata addresses — by name, after DNS, after every redirect —
unless the administrator lists them in SIGAP_FETCH_ALLOW.

Unlike the rest of the suite (tests/fixtures/core.py allows loopback for its local servers),
these tests run with an empty allow-list unless they say otherwise."""

from __future__ import annotations

import ipaddress
import os
import socket
import subprocess
import sys
from pathlib import Path

import httpcore
import pytest
from django.urls import reverse
from django.utils import timezone
from helpers.alerts import make_event, make_rule
from helpers.connectors import Route, SampleServer

from sigap.lib import netguard
from sigap.lib.netguard import Policy, Refused, classify, parse_ip
from sigap.monitoring.connectors.http import FetchError, PoliteClient, check_url, post
from sigap.monitoring.connectors.rss import fetch_feed

INTERNAL = "Alamat ini menuju jaringan internal (127.0.0.1) dan tidak boleh diambil oleh server."

FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Umpan</title>
<item><title>Rahasia internal</title><link>http://127.0.0.1/berita/1</link><guid>g1</guid>
<pubDate>Mon, 02 Mar 2026 08:00:00 +0700</pubDate><description>Isi dari jaringan internal.</description></item>
</channel></rss>"""


@pytest.fixture
def no_allow_list(settings):
    settings.FETCH_ALLOW = ()  # what a fresh installation has
    assert netguard.default_policy() == Policy()


@pytest.fixture
def server():
    with SampleServer() as srv:
        srv.add("/rss.xml", Route(FEED, "application/rss+xml"))
        yield srv


@pytest.fixture
def connections(monkeypatch):
    """Every TCP connection the fetchers open, as (address, port)."""
    opened: list[tuple[str, int]] = []
    original = httpcore.SyncBackend.connect_tcp

    def spy(self, host, port, *args, **kwargs):
        opened.append((host, port))
        return original(self, host, port, *args, **kwargs)

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", spy)
    return opened


@pytest.fixture
def fake_dns(monkeypatch):
    """socket.getaddrinfo answering chosen names (a list of answers is used one call at a time);
    other names go to the real resolver. ``fake_dns.calls`` lists the names asked."""
    real = socket.getaddrinfo
    answers: dict[str, list[str]] = {}
    calls: list[str] = []

    def getaddrinfo(host, port, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else host
        if name not in answers:
            return real(host, port, *args, **kwargs)
        calls.append(name)
        queue = answers[name]
        address = queue.pop(0) if len(queue) > 1 else queue[0]
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        sockaddr = (address, port, 0, 0) if family == socket.AF_INET6 else (address, port)
        return [(family, socket.SOCK_STREAM, 6, "", sockaddr)]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    getaddrinfo.answers = answers
    getaddrinfo.calls = calls
    return getaddrinfo


def fetcher(**kwargs) -> PoliteClient:
    return PoliteClient(min_interval=0, timeout=3, **kwargs)


# --------------------------------------------------------------------------- the pure policy


@pytest.mark.parametrize(
    ("address", "category"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("172.31.255.255", "private"),
        ("192.168.1.1", "private"),
        ("100.64.0.1", "private"),
        ("100.127.255.254", "private"),
        ("fc00::1", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.1.1", "link_local"),
        ("fe80::1", "link_local"),
        ("fe80::1%eth0", "link_local"),
        ("169.254.169.254", "metadata"),
        ("fd00:ec2::254", "metadata"),
        ("169.254.170.2", "metadata"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("239.255.255.250", "multicast"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "reserved"),
        ("192.0.2.10", "reserved"),
        ("198.18.0.1", "reserved"),
        ("2001:db8::1", "reserved"),
        ("::127.0.0.1", "reserved"),
        # IPv4 carried inside IPv6 is judged as that IPv4
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:169.254.169.254", "metadata"),
        ("2002:7f00:1::1", "loopback"),
        ("64:ff9b::10.0.0.1", "private"),
    ],
)
def test_forbidden_addresses(address, category):
    assert classify(ipaddress.ip_address(address)) == category
    with pytest.raises(Refused) as info:
        Policy().check_host(address, 80)
    assert info.value.category == category


@pytest.mark.parametrize(
    "address",
    [
        "8.8.8.8",
        "103.10.20.30",
        "100.128.0.1",
        "172.32.0.1",
        "2606:4700:4700::1111",
        "2404:6800:4003::200e",
        "::ffff:8.8.8.8",
        "64:ff9b::8.8.8.8",
    ],
)
def test_public_addresses_pass(address):
    assert classify(ipaddress.ip_address(address)) is None
    Policy().check_host(address, 443)


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("2130706433", "127.0.0.1"),  # one decimal number
        ("0177.0.0.1", "127.0.0.1"),  # octal
        ("0x7f.0.0.1", "127.0.0.1"),
        ("0x7F000001", "127.0.0.1"),  # hex
        ("127.1", "127.0.0.1"),
        ("10.1", "10.0.0.1"),
        ("192.168.257", "192.168.1.1"),  # short forms
        ("0", "0.0.0.0"),
        ("127.0.0.1.", "127.0.0.1"),  # trailing dot
        ("[::1]", "::1"),
        ("[::ffff:127.0.0.1]", "::ffff:127.0.0.1"),
        ("::FFFF:7F00:1", "::ffff:127.0.0.1"),
    ],
)
def test_ip_literals_in_every_notation_resolvers_accept(written, meant):
    assert parse_ip(written) == ipaddress.ip_address(meant)
    with pytest.raises(Refused):
        Policy().check_host(written, 80)


@pytest.mark.parametrize("name", ["warta.example", "1.2.3.4.5", "08.0.0.1", "kompas.com", "", "256.0.0.0.1"])
def test_names_are_not_addresses(name):
    assert parse_ip(name) is None


@pytest.mark.parametrize(
    "url",
    [
        "http://2130706433/",
        "http://0177.0.0.1/",
        "http://0x7f.1:8080/",
        "http://[::ffff:127.0.0.1]/",
        "https://127.0.0.1./",
        "http://[::1]:80/",
        "http://169.254.169.254/latest/meta-data/",
        "http://metadata.google.internal/",
        "http://METADATA.google.internal./computeMetadata/v1/",
        "http://10.0.0.1/",
    ],
)
def test_urls_refused_before_any_dns(url, no_allow_list, monkeypatch):
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: pytest.fail("no DNS for a refused URL"))
    with pytest.raises(FetchError) as info:
        check_url(url)
    assert info.value.kind == "blocked" and "tidak boleh diambil oleh server" in info.value.message


def test_refusal_messages_say_where_the_address_leads():
    cases = {
        "127.0.0.1": "Alamat ini menuju jaringan internal (127.0.0.1) dan tidak boleh diambil oleh server.",
        "2130706433": "Alamat ini menuju jaringan internal (2130706433 → 127.0.0.1)",
        "169.254.169.254": "Alamat ini menuju layanan metadata cloud (169.254.169.254)",
        "metadata.google.internal": "layanan metadata cloud (metadata.google.internal)",
        "224.0.0.1": "Alamat ini adalah alamat khusus (224.0.0.1), bukan situs publik",
    }
    for host, expected in cases.items():
        with pytest.raises(Refused) as info:
            Policy().check_host(host, 80)
        assert expected in info.value.message and "SIGAP_FETCH_ALLOW" in info.value.message
        assert "may not be fetched by the server" in info.value.message_en
    with pytest.raises(Refused) as info:
        Policy().check_addresses("warta.example", ["10.0.0.7"], 443)
    assert "(warta.example → 10.0.0.7)" in info.value.message


def test_every_resolved_address_must_pass():
    Policy().check_addresses("warta.example", ["8.8.8.8", "2606:4700::1"], 443)
    with pytest.raises(Refused) as info:
        Policy().check_addresses("warta.example", ["8.8.8.8", "127.0.0.1"], 443)  # one bad answer hides among good
    assert info.value.address == "127.0.0.1"


def test_allow_list_by_network_address_name_and_port():
    policy = Policy.parse("10.0.0.0/8, 192.168.1.5:8080, [::1]:9000, intranet.pemda.go.id, .dinas.local:8443")
    policy.check_host("10.20.30.40", 80)
    policy.check_host("::ffff:10.20.30.40", 80)  # the mapped form of an allowed address
    policy.check_host("192.168.1.5", 8080)
    with pytest.raises(Refused):
        policy.check_host("192.168.1.5", 80)  # only the listed port
    policy.check_host("[::1]", 9000)
    with pytest.raises(Refused):
        policy.check_host("127.0.0.1", 9000)
    # a listed name may resolve inside; any other name may not
    policy.check_addresses("intranet.pemda.go.id", ["172.16.5.5"], 443)
    policy.check_addresses("arsip.dinas.local", ["192.168.9.9"], 8443)
    with pytest.raises(Refused):
        policy.check_addresses("arsip.dinas.local", ["192.168.9.9"], 443)
    with pytest.raises(Refused):
        policy.check_addresses("dinas.local", ["192.168.9.9"], 8443)  # ".dinas.local" means subdomains
    with pytest.raises(Refused):
        policy.check_addresses("lain.example", ["172.16.5.5"], 443)


def test_metadata_is_opened_only_by_its_exact_address():
    wide = Policy.parse("169.254.0.0/16, fd00::/8, 100.64.0.0/10, metadata.example")
    wide.check_host("169.254.1.1", 80)
    for address in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200", "::ffff:169.254.169.254"):
        with pytest.raises(Refused) as info:
            wide.check_host(address, 80)
        assert info.value.category == "metadata"
    with pytest.raises(Refused):  # an allowed name that resolves to the metadata service
        wide.check_addresses("metadata.example", ["169.254.169.254"], 80)
    with pytest.raises(Refused):
        wide.check_host("metadata.google.internal", 80)
    exact = Policy.parse("169.254.169.254, metadata.google.internal")
    exact.check_host("169.254.169.254", 80)
    exact.check_host("metadata.google.internal", 80)


@pytest.mark.parametrize("entry", ["intranet pemda", "10.0.0.0/33", "host:port", "10.0.0.1:0", "a..b", "http://x/"])
def test_bad_allow_list_entries_are_named(entry):
    with pytest.raises(ValueError, match="'"):
        Policy.parse(entry)


def test_bad_setting_stops_start_up_with_its_name():
    env = {**os.environ, "SIGAP_FETCH_ALLOW": "10.0.0.0/8, intranet pemda", "SIGAP_DEBUG": "1"}
    result = subprocess.run(
        [sys.executable, "-c", "import sigap.settings"],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "SIGAP_FETCH_ALLOW" in result.stderr and "intranet pemda" in result.stderr


# --------------------------------------------------------------------------- fetching


def test_rss_source_on_loopback_is_refused_and_says_why(no_allow_list, server, connections, login, analyst, offices):
    from sigap.monitoring.models import Document, Source
    from sigap.monitoring.polling import poll

    source = Source.objects.create(
        office=offices["demak"],
        name="Umpan internal",
        kind=Source.Kind.RSS,
        channel="news",
        url=server.url("/rss.xml"),
        next_poll_at=timezone.now(),
    )
    with fetcher() as http:
        counts = poll(source, http)
    source.refresh_from_db()
    assert counts.stored == 0 and not Document.objects.filter(source=source).exists()
    assert INTERNAL in source.last_error and source.consecutive_errors == 1
    assert server.requests == [] and connections == []  # not even robots.txt, not even a connection
    page = login(analyst).get(reverse("monitoring:source_detail", args=[source.pk])).content.decode()
    assert INTERNAL in page


def test_news_page_on_loopback_is_refused(no_allow_list, server, connections):
    from sigap.monitoring.connectors.web import fetch_article

    with fetcher() as http:
        result = fetch_article(server.url("/berita/1"), client=http)
    assert INTERNAL in result.reason
    assert server.requests == [] and connections == []


def test_public_looking_name_that_resolves_to_loopback_is_refused(no_allow_list, server, fake_dns, connections):
    fake_dns.answers["warta-publik.example"] = ["127.0.0.1"]
    url = server.url("/rss.xml").replace("127.0.0.1", "warta-publik.example")
    with fetcher() as http:
        result = fetch_feed(url, client=http)
    assert result.status == 0 and not result.records
    assert "Alamat ini menuju jaringan internal (warta-publik.example → 127.0.0.1)" in result.error
    assert fake_dns.calls == ["warta-publik.example"]
    assert server.requests == [] and connections == []


def test_a_name_with_one_internal_answer_among_public_ones_is_refused(
    no_allow_list, fake_dns, connections, monkeypatch
):
    real = socket.getaddrinfo

    def two_answers(host, port, *args, **kwargs):
        if host == "campur.example":
            return [
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.8", port)),
            ]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", two_answers)
    with fetcher() as http, pytest.raises(FetchError) as info:
        http.get("http://campur.example/rss")
    assert info.value.kind == "blocked" and "10.0.0.8" in info.value.message
    assert connections == []


def test_connection_goes_to_the_checked_address_with_the_original_host_header(settings, server, fake_dns, connections):
    """DNS rebinding: the name is resolved once, checked, and that very address is connected to."""
    port = server.httpd.server_address[1]
    settings.FETCH_ALLOW = (f"127.0.0.1:{port}",)  # the local server stands in for a public one
    fake_dns.answers["rebind.example"] = ["127.0.0.1", "169.254.169.254"]  # second answer would be the attack
    with fetcher() as http:
        response = http.get(f"http://rebind.example:{port}/rss.xml")
    assert response.status == 200 and b"Rahasia internal" in response.content
    assert fake_dns.calls == ["rebind.example"]
    assert connections == [("127.0.0.1", port)]
    assert server.requests[-1][1]["host"] == f"rebind.example:{port}"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("http://169.254.169.254/latest/meta-data/iam/", "layanan metadata cloud (169.254.169.254)"),
        ("http://10.0.0.1/admin", "jaringan internal (10.0.0.1)"),
        ("http://[::ffff:10.0.0.1]/", "jaringan internal (::ffff:10.0.0.1)"),
        ("http://0x0a000001/", "jaringan internal (0x0a000001 → 10.0.0.1)"),
        ("http://127.0.0.1:{other}/rss.xml", "jaringan internal (127.0.0.1)"),
        ("http://internal-mirror.example:{other}/rss.xml", "internal-mirror.example → 127.0.0.1"),
    ],
)
def test_redirect_to_a_forbidden_address_is_refused(settings, server, fake_dns, connections, target, expected):
    port = server.httpd.server_address[1]
    with SampleServer() as other:  # a second local server, not on the allow-list
        other.add("/rss.xml", Route(FEED, "application/rss+xml"))
        other_port = other.httpd.server_address[1]
        settings.FETCH_ALLOW = (f"127.0.0.1:{port}",)  # only the first server, only its port
        fake_dns.answers["internal-mirror.example"] = ["127.0.0.1"]
        location = target.format(port=port, other=other_port)
        server.add("/pindah", Route(b"", status=302, headers={"Location": location}))
        with fetcher() as http:
            result = fetch_feed(server.url("/pindah"), client=http)
        assert expected in result.error and not result.records
        assert other.requests == []
    assert [path for path, _ in server.requests] == ["/pindah"]
    assert connections == [("127.0.0.1", port)]  # the forbidden target was never connected to


def test_allowed_redirects_are_followed_and_bounded(settings, server, connections):
    port = server.httpd.server_address[1]
    settings.FETCH_ALLOW = (f"127.0.0.1:{port}",)
    server.add("/lama", Route(b"", status=301, headers={"Location": "/rss.xml"}))
    with fetcher() as http:
        result = fetch_feed(server.url("/lama"), client=http)
    assert result.error is None and len(result.records) == 1 and result.url.endswith("/rss.xml")
    server.add("/putar", Route(b"", status=302, headers={"Location": "/putar"}))
    with fetcher(max_redirects=3) as http, pytest.raises(FetchError) as info:
        http.get(server.url("/putar"))
    assert info.value.kind == "redirects" and "Terlalu banyak pengalihan" in info.value.message
    assert server.paths().count("/putar") == 4  # the first request and three redirects
    server.add("/berkas", Route(b"", status=302, headers={"Location": "file:///etc/passwd"}))
    with fetcher() as http, pytest.raises(FetchError) as info:
        http.get(server.url("/berkas"))
    assert info.value.kind == "redirects"


def test_explicit_policy_overrides_the_process_default(no_allow_list, server):
    with fetcher(policy=Policy.parse(["127.0.0.1"])) as http:
        assert http.get(server.url("/rss.xml")).status == 200


# --------------------------------------------------------------------------- forms, API, webhooks


def test_source_form_refuses_a_loopback_feed(no_allow_list, login, analyst, offices):
    from sigap.monitoring.models import Source

    response = login(analyst).post(
        reverse("monitoring:source_create"),
        {
            "office": offices["demak"].pk,
            "name": "Umpan internal",
            "kind": "rss",
            "channel": "news",
            "url": "http://127.0.0.1:8081/rss",
            "poll_minutes": 15,
            "active": "on",
        },
    )
    assert response.status_code == 200
    assert INTERNAL in response.content.decode()
    assert not Source.objects.exists()


def test_source_form_resolves_the_name(no_allow_list, login, analyst, offices, fake_dns):
    from sigap.monitoring.models import Source

    fake_dns.answers["intranet-dinas.example"] = ["192.168.10.5"]
    data = {
        "office": offices["demak"].pk,
        "name": "Dinas",
        "kind": "page",
        "channel": "news",
        "url": "https://intranet-dinas.example/berita",
        "poll_minutes": 60,
        "active": "on",
    }
    response = login(analyst).post(reverse("monitoring:source_create"), data)
    assert "jaringan internal (intranet-dinas.example → 192.168.10.5)" in response.content.decode()
    assert not Source.objects.exists()


def test_api_refuses_a_loopback_feed_with_the_same_message(no_allow_list, client, analyst, offices):
    from sigap.api.models import ApiToken

    auth = {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(analyst, 'uji')[1]}"}
    body = {"name": "Umpan", "kind": "rss", "channel": "news", "url": "http://127.0.0.1:8081/rss", "poll_minutes": 30}
    response = client.post("/api/v1/sources/", body, content_type="application/json", **auth)
    assert response.status_code == 422, response.content
    [error] = response.json()["errors"]
    assert error["field"] == "url" and INTERNAL in error["message"]
    response = client.post(
        "/api/v1/sources/",
        {**body, "url": "http://[::1]/rss"},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
        **auth,
    )
    assert "leads to an internal network (::1)" in response.json()["errors"][0]["message"]


def test_api_refuses_an_existing_source_moved_to_metadata(no_allow_list, client, analyst, offices):
    from sigap.api.models import ApiToken
    from sigap.monitoring.models import Source

    source = Source.objects.create(
        office=offices["demak"], name="Umpan", kind=Source.Kind.RSS, channel="news", url="https://warta.example/rss"
    )
    auth = {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(analyst, 'uji')[1]}"}
    response = client.patch(
        f"/api/v1/sources/{source.pk}",
        {"url": "http://169.254.169.254/latest/"},
        content_type="application/json",
        **auth,
    )
    assert response.status_code == 422
    assert "layanan metadata cloud (169.254.169.254)" in response.json()["errors"][0]["message"]


def rule_data(office, **overrides):
    data = {
        "scope": "office",
        "office": office.pk,
        "name": "Webhook",
        "kind": "level_reached",
        "min_level": "kasus",
        "notify_webhook": "on",
        "recipient_roles": ["admin", "analis"],
        "active": "on",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:9000/hook", INTERNAL),
        ("http://localhost:9000/hook", "jaringan internal (localhost → "),
        ("http://169.254.169.254/hook", "layanan metadata cloud (169.254.169.254)"),
    ],
)
def test_webhook_form_refuses_internal_addresses(no_allow_list, login, analyst, offices, url, expected):
    from sigap.alerts.models import AlertRule

    response = login(analyst).post(reverse("alerts:rule_create"), rule_data(offices["demak"], webhook_url=url))
    assert response.status_code == 200
    assert expected in response.content.decode()
    assert not AlertRule.objects.exists()


def test_webhook_to_a_public_name_is_accepted(no_allow_list, login, analyst, offices, fake_dns):
    from sigap.alerts.models import AlertRule

    fake_dns.answers["gateway.example"] = ["203.0.114.10"]
    response = login(analyst).post(
        reverse("alerts:rule_create"), rule_data(offices["demak"], webhook_url="https://gateway.example/wa")
    )
    assert response.status_code == 302 and AlertRule.objects.get().webhook_url == "https://gateway.example/wa"


def test_webhook_refused_at_delivery_time_is_recorded_not_retried(
    settings,
    offices,
    analyst,
    webhook_receiver,
    run_tasks,
    django_capture_on_commit_callbacks,
):
    from sigap.alerts.actions import raise_events
    from sigap.alerts.models import Delivery

    rule = make_rule(offices["demak"], notify_webhook=True, webhook_url=webhook_receiver.url)  # saved while allowed
    settings.FETCH_ALLOW = ()  # then the administrator empties the list
    with django_capture_on_commit_callbacks(execute=True):
        raise_events([make_event(offices["demak"])], now=timezone.now())
    run_tasks()
    delivery = Delivery.objects.get(rule=rule)
    assert delivery.status == Delivery.Status.DEAD
    assert INTERNAL in delivery.last_error
    assert webhook_receiver.requests == []


def test_guarded_post_checks_the_name_and_the_resolved_address(no_allow_list, fake_dns, connections):
    for url in ("http://0177.0.0.1/hook", "http://[fd00:ec2::254]/hook"):
        with pytest.raises(Refused):
            post(url, content=b"{}", headers={}, timeout=2)
    fake_dns.answers["hook.example"] = ["192.168.0.20"]
    with pytest.raises(Refused) as info:
        post("http://hook.example/x", content=b"{}", headers={}, timeout=2)
    assert info.value.shown == "hook.example → 192.168.0.20"
    assert connections == []


@pytest.fixture
def tls_server(tmp_path):
    """SampleServer behind TLS, its certificate (from a throw-away CA) naming aman.example only."""
    import shutil
    import ssl

    if not shutil.which("openssl"):
        pytest.skip("openssl is not installed")

    def openssl(*args):
        subprocess.run(["openssl", *args], cwd=tmp_path, check=True, capture_output=True, timeout=60)

    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    openssl(
        "req",
        "-x509",
        *ec,
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=Uji CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign",
    )
    openssl("req", *ec, "-keyout", "srv.key", "-out", "srv.csr", "-subj", "/CN=aman.example")
    (tmp_path / "san.ext").write_text("subjectAltName=DNS:aman.example\n")
    openssl(
        "x509",
        "-req",
        "-in",
        "srv.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "srv.pem",
        "-days",
        "2",
        "-extfile",
        "san.ext",
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(tmp_path / "srv.pem", tmp_path / "srv.key")
    names: list[str] = []
    context.sni_callback = lambda sock, name, ctx: names.append(name)
    with SampleServer() as srv:
        srv.httpd.socket = context.wrap_socket(srv.httpd.socket, server_side=True)
        srv.add("/rss.xml", Route(FEED, "application/rss+xml"))
        srv.sni = names
        srv.trust = ssl.create_default_context(cafile=str(tmp_path / "ca.pem"))
        yield srv


def test_tls_keeps_the_host_name_for_sni_and_the_certificate(settings, tls_server, fake_dns, connections):
    port = tls_server.httpd.server_address[1]
    settings.FETCH_ALLOW = (f"127.0.0.1:{port}",)
    fake_dns.answers["aman.example"] = ["127.0.0.1"]
    fake_dns.answers["nama-lain.example"] = ["127.0.0.1"]
    with fetcher(verify=tls_server.trust) as http:
        response = http.get(f"https://aman.example:{port}/rss.xml")
        assert response.status == 200 and b"Rahasia internal" in response.content
        assert tls_server.sni == ["aman.example"]  # SNI names the site, not the pinned address
        assert tls_server.requests[-1][1]["host"] == f"aman.example:{port}"
        with pytest.raises(FetchError) as info:  # the certificate is still checked against the name
            http.get(f"https://nama-lain.example:{port}/rss.xml")
        assert info.value.kind == "tls"
    assert connections == [("127.0.0.1", port), ("127.0.0.1", port)]
