"""A polite HTTP fetcher for feeds and news pages.

:class:`PoliteClient` wraps :class:`httpx.Client` and adds what a well-behaved crawler owes
the sites it reads:

* one user agent, ``SigapBot/0.1 (+https://sigap.id/bot)``;
* a minimum interval between two requests to the same host (default 1 s; a longer
  ``Crawl-delay`` in robots.txt wins, up to 60 s). Requests to different hosts do not wait
  for each other; requests to the same host from several threads are serialised;
* robots.txt, fetched once per host and cached (24 h; 1 h after an error), checked by
  :meth:`PoliteClient.allowed` and by ``get(..., check_robots=True)`` (page fetches);
* timeouts (20 s per connect/read, 60 s for the whole download) and a maximum body size
  (default 10 MB of decoded content, checked while streaming, so a gzip bomb stops early);
* conditional GET (``If-None-Match`` / ``If-Modified-Since``); a 304 is a normal response;
* the address guard (:mod:`sigap.lib.netguard`, against SSRF): the host of the URL and of every
  redirect (followed here, at most ``max_redirects``) is checked, then every address it resolves
  to, and the connection goes to one of the addresses checked (never a second DNS answer), while
  the Host header and TLS SNI/certificate check keep the host name;
* failures raised as :class:`FetchError` with a clear Indonesian message and a ``kind``.

:func:`post` sends one guarded POST (alert webhooks).

The clock and the sleep function can be injected so tests never wait.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

from sigap.lib import netguard

USER_AGENT = "SigapBot/0.1 (+https://sigap.id/bot)"
ROBOTS_AGENT = "SigapBot"
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: parse at least the first 500 KiB
MAX_CRAWL_DELAY = 60.0

_HTTP_REASONS = {
    400: "permintaan tidak valid",
    401: "perlu autentikasi",
    402: "perlu pembayaran",
    403: "akses ditolak",
    404: "halaman tidak ditemukan",
    405: "metode tidak diizinkan",
    406: "format tidak dapat disediakan",
    408: "server menunggu terlalu lama",
    410: "halaman sudah dihapus",
    429: "terlalu banyak permintaan; server membatasi akses",
    451: "tidak tersedia karena alasan hukum",
    500: "kesalahan internal server",
    502: "gateway buruk",
    503: "layanan sedang tidak tersedia",
    504: "gateway kehabisan waktu",
}


class FetchError(Exception):
    """A fetch that failed; ``message`` is Indonesian and meant for the user.

    ``kind`` is one of ``invalid_url``, ``blocked`` (the address guard refused the host),
    ``robots``, ``timeout``, ``dns``, ``connect``, ``tls``, ``redirects``, ``too_large``,
    ``http``, ``network``. ``status`` is the HTTP status for ``http`` errors (else ``None``).
    """

    def __init__(self, message: str, *, url: str = "", kind: str = "network", status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.url = url
        self.kind = kind
        self.status = status


@dataclass(slots=True)
class Response:
    url: str  # the final URL, after redirects
    status: int
    headers: dict[str, str]  # lower-case names
    content: bytes
    fetched_at: datetime
    elapsed: float = 0.0

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag") or None

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified") or None

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def conditional_headers(etag: str | None = None, modified: str | None = None) -> dict[str, str]:
    """Request headers for a conditional GET from a previous response's validators."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    return headers


def host_key(url: str) -> str:
    """``scheme://host[:port]`` of ``url`` (lower case); the unit of politeness and robots.txt."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


# --------------------------------------------------------------------------- address guard


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, but a host is resolved here, every address is checked
    against the policy, and the socket connects to a checked address. TLS is started later by
    httpcore with the URL's host name, so SNI and certificate checks are unchanged."""

    def __init__(self, policy: netguard.Policy | None = None) -> None:
        self.policy = policy  # None: the process default, read at each connection

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        policy = self.policy or netguard.default_policy()
        try:
            addresses = policy.resolve(host, port)  # raises netguard.Refused
        except (OSError, UnicodeError) as exc:  # kept as the cause: translate_error sees gaierror
            raise httpcore.ConnectError(f"{host}: {exc}") from exc
        failure: Exception | None = None
        for address in addresses:  # like socket.create_connection, over the checked list only
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None  # noqa: S101 - narrows the type
        raise failure


class GuardedTransport(httpx.HTTPTransport):
    """An httpx transport whose connections pass through :class:`GuardedBackend`.

    It never uses a proxy from the environment: through a proxy the guard would check the
    proxy, not the site."""

    def __init__(self, policy: netguard.Policy | None = None, *, verify: bool | ssl.SSLContext = True) -> None:
        # Not super().__init__(): it would build a pool (and an SSL context) only to be thrown
        # away. httpx has no public hook for the network backend; HTTPTransport's request
        # handling uses self._pool, so a renamed attribute fails loudly rather than unguarded.
        ssl_context = verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify=verify)
        self._pool = httpcore.ConnectionPool(ssl_context=ssl_context, network_backend=GuardedBackend(policy))


def check_url(url: str, policy: netguard.Policy | None = None) -> None:
    """Refuse ``url`` by its host alone (IP literals in any notation, metadata names), before
    any DNS; raises :class:`FetchError` (kind ``blocked`` or ``invalid_url``)."""
    parts = urlsplit(url)
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise FetchError(f"Alamat URL tidak sah: {url!r}.", url=url, kind="invalid_url") from None
    try:
        (policy or netguard.default_policy()).check_host(parts.hostname or "", port)
    except netguard.Refused as exc:
        raise blocked(exc, url) from None


def blocked(exc: netguard.Refused, url: str) -> FetchError:
    return FetchError(exc.message, url=url, kind="blocked")


def post(
    url: str,
    *,
    content: bytes,
    headers: Mapping[str, str],
    timeout: float,
    policy: netguard.Policy | None = None,
    transport: httpx.BaseTransport | None = None,
) -> httpx.Response:
    """One POST through the address guard; redirects are not followed (a webhook receiver
    answers where it was asked). Raises :class:`netguard.Refused` for a forbidden host,
    ``httpx.HTTPError`` for network failures."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    (policy or netguard.default_policy()).check_host(parts.hostname or "", port)
    with httpx.Client(
        transport=transport or GuardedTransport(policy), timeout=timeout, follow_redirects=False
    ) as client:
        return client.post(url, content=content, headers=headers)


@dataclass
class _Robots:
    parser: RobotFileParser | None  # None = allow everything
    disallow_all: bool
    expires: float
    crawl_delay: float | None = None
    error: str = ""  # why robots.txt could not be read (when disallow_all)


@dataclass
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)
    last: float | None = None  # clock() when the last request to this host ended


class PoliteClient:
    """An :class:`httpx.Client` that waits between requests to a host and honours robots.txt."""

    def __init__(
        self,
        *,
        min_interval: float = 1.0,
        timeout: float = 20.0,
        total_timeout: float = 60.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        user_agent: str = USER_AGENT,
        robots_ttl: float = 24 * 3600,
        robots_error_ttl: float = 3600,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        now: Callable[[], datetime] | None = None,
        transport: httpx.BaseTransport | None = None,
        max_redirects: int = 5,
        verify: bool | ssl.SSLContext = True,
        policy: netguard.Policy | None = None,
    ) -> None:
        """``policy`` is the address guard's allow-list (default: the process default, see
        :func:`sigap.lib.netguard.default_policy`). A ``transport`` replaces the network, and
        with it the check of resolved addresses (tests); hosts are still checked by name."""
        if min_interval < 0:
            raise ValueError("min_interval must be >= 0")
        self.min_interval = float(min_interval)
        self.timeout = float(timeout)
        self.total_timeout = float(total_timeout)
        self.max_bytes = int(max_bytes)
        self.user_agent = user_agent
        self.robots_ttl = robots_ttl
        self.robots_error_ttl = robots_error_ttl
        self.clock = clock
        self.sleep = sleep
        self.now = now or (lambda: datetime.now(UTC))
        self.policy = policy
        self.max_redirects = max_redirects
        self._client = httpx.Client(
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(timeout),
            # Redirects are followed by _do_request, so each new host passes the guard.
            follow_redirects=False,
            transport=transport or GuardedTransport(policy, verify=verify),
        )
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, _Robots] = {}
        self._lock = threading.Lock()

    # -- context management -------------------------------------------------------------

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- politeness -----------------------------------------------------------------------

    def _host(self, key: str) -> _Host:
        with self._lock:
            host = self._hosts.get(key)
            if host is None:
                host = self._hosts[key] = _Host()
            return host

    def interval_for(self, url: str) -> float:
        """The minimum interval for ``url``'s host: ours, or robots.txt's longer Crawl-delay."""
        robots = self._robots.get(host_key(url))
        delay = robots.crawl_delay if robots and robots.crawl_delay else 0.0
        return max(self.min_interval, min(delay, MAX_CRAWL_DELAY))

    # -- robots.txt -----------------------------------------------------------------------

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of ``url``'s host lets SigapBot fetch ``url``.

        Fetches and caches robots.txt. Per RFC 9309: a 4xx answer (no robots.txt) allows
        everything; a 5xx answer or a network failure disallows everything for a while.
        Raises :class:`FetchError` (kind ``blocked``) when the address guard refuses the host.
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return False
        robots = self._robots_for(url)
        if robots.disallow_all:
            return False
        if robots.parser is None:
            return True
        return robots.parser.can_fetch(ROBOTS_AGENT, url)

    def robots_reason(self, url: str) -> str:
        """An Indonesian explanation of why :meth:`allowed` refused ``url``."""
        robots = self._robots.get(host_key(url))
        host = urlsplit(url).hostname or url
        if robots is not None and robots.disallow_all:
            detail = robots.error.rstrip(".") or "server bermasalah"
            return (
                f"robots.txt situs {host} tidak dapat dibaca ({detail}), jadi halaman di situs "
                "ini untuk sementara tidak diambil."
            )
        return f"Halaman ini dilarang untuk perayap (robots.txt situs {host} tidak mengizinkan {ROBOTS_AGENT})."

    def _robots_for(self, url: str) -> _Robots:
        key = host_key(url)
        cached = self._robots.get(key)
        if cached is not None and cached.expires > self.clock():
            return cached
        robots_url = key + "/robots.txt"
        try:
            response = self._request(robots_url, max_bytes=ROBOTS_MAX_BYTES, truncate=True)
        except FetchError as exc:
            if exc.kind == "blocked":
                raise  # say why the site is refused, not that its robots.txt is unreadable
            if exc.kind == "http" and exc.status is not None and 400 <= exc.status < 500:
                robots = _Robots(None, False, self.clock() + self.robots_ttl)
            else:
                robots = _Robots(None, True, self.clock() + self.robots_error_ttl, error=exc.message)
        else:
            parser = RobotFileParser(robots_url)
            text = response.content.decode("utf-8", "replace")
            parser.parse(text.splitlines())
            delay = parser.crawl_delay(ROBOTS_AGENT)
            robots = _Robots(parser, False, self.clock() + self.robots_ttl, float(delay) if delay else None)
        self._robots[key] = robots
        return robots

    # -- fetching -------------------------------------------------------------------------

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        modified: str | None = None,
        headers: Mapping[str, str] | None = None,
        check_robots: bool = False,
    ) -> Response:
        """GET ``url`` politely. Returns 2xx and 304 responses; raises :class:`FetchError` otherwise."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(
                f"Alamat URL tidak sah: {url!r} (harus diawali http:// atau https://).",
                url=url,
                kind="invalid_url",
            )
        url = urlunsplit(parts._replace(fragment=""))
        check_url(url, self.policy)
        if check_robots and not self.allowed(url):
            raise FetchError(self.robots_reason(url), url=url, kind="robots")
        request_headers = conditional_headers(etag, modified)
        if headers:
            request_headers.update(headers)
        return self._request(url, headers=request_headers)

    def _request(
        self,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
        truncate: bool = False,
    ) -> Response:
        limit = self.max_bytes if max_bytes is None else max_bytes
        host = self._host(host_key(url))
        with host.lock:
            if host.last is not None:
                wait = host.last + self.interval_for(url) - self.clock()
                if wait > 0:
                    self.sleep(wait)
            try:
                return self._do_request(url, headers, limit, truncate)
            finally:
                host.last = self.clock()

    def _do_request(self, url: str, headers: Mapping[str, str] | None, limit: int, truncate: bool) -> Response:
        host = urlsplit(url).hostname or url
        began = time.perf_counter()
        try:
            with self._follow(url, headers) as response:
                status = response.status_code
                final_url = str(response.url)
                response_headers = {k.lower(): v for k, v in response.headers.items()}
                if status >= 400:
                    raise FetchError(
                        http_error_message(status, urlsplit(final_url).hostname or host),
                        url=final_url,
                        kind="http",
                        status=status,
                    )
                declared = response_headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit and not truncate:
                    raise FetchError(_too_large(limit), url=final_url, kind="too_large")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    if time.perf_counter() - began > self.total_timeout:
                        raise FetchError(
                            f"Waktu habis saat mengunduh dari {host} (lebih dari {self.total_timeout:g} detik).",
                            url=final_url,
                            kind="timeout",
                        )
                    size += len(chunk)
                    if size > limit:
                        if truncate:
                            chunks.append(chunk[: len(chunk) - (size - limit)])
                            break
                        raise FetchError(_too_large(limit), url=final_url, kind="too_large")
                    chunks.append(chunk)
                return Response(
                    url=final_url,
                    status=status,
                    headers=response_headers,
                    content=b"".join(chunks),
                    fetched_at=self.now(),
                    elapsed=time.perf_counter() - began,
                )
        except FetchError:
            raise
        except netguard.Refused as exc:  # raised by GuardedBackend after resolving a host
            raise blocked(exc, url) from None
        except httpx.HTTPError as exc:
            raise translate_error(exc, url, self.timeout) from exc

    @contextmanager
    def _follow(self, url: str, headers: Mapping[str, str] | None) -> Iterator[httpx.Response]:
        """GET ``url``, following up to ``max_redirects`` redirects; every hop passes the guard."""
        request = self._client.build_request("GET", url, headers=headers)
        for _hop in range(self.max_redirects + 1):
            check_url(str(request.url), self.policy)
            response = self._client.send(request, stream=True)
            if response.next_request is None:
                try:
                    yield response
                finally:
                    response.close()
                return
            response.close()
            request = response.next_request
            if request.url.scheme not in ("http", "https"):
                raise FetchError(
                    f"Pengalihan (redirect) dari {host_key(str(response.url))} menuju alamat yang tidak "
                    f"didukung: {str(request.url)[:200]!r}.",
                    url=str(request.url),
                    kind="redirects",
                )
        raise FetchError(
            f"Terlalu banyak pengalihan (redirect) dari {urlsplit(url).hostname or url}.",
            url=url,
            kind="redirects",
        )


def _too_large(limit: int) -> str:
    return f"Ukuran respons melebihi batas {limit / (1024 * 1024):g} MB; tidak diambil."


def http_error_message(status: int, host: str) -> str:
    """Indonesian message for an HTTP error status."""
    reason = _HTTP_REASONS.get(status)
    if reason is None:
        reason = "kesalahan di sisi server" if status >= 500 else "permintaan ditolak"
    side = "Server" if status >= 500 else "Situs"
    return f"{side} {host} menjawab HTTP {status} ({reason})."


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def translate_error(exc: Exception, url: str, timeout: float = 0.0) -> FetchError:
    """An httpx exception as a :class:`FetchError` with an Indonesian message."""
    host = urlsplit(url).hostname or url
    if isinstance(exc, httpx.TimeoutException):
        limit = f" (batas {timeout:g} detik)" if timeout else ""
        return FetchError(f"Waktu habis saat menghubungi {host}{limit}.", url=url, kind="timeout")
    if isinstance(exc, httpx.TooManyRedirects):
        return FetchError(f"Terlalu banyak pengalihan (redirect) dari {host}.", url=url, kind="redirects")
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return FetchError(f"Alamat URL tidak sah: {url!r}.", url=url, kind="invalid_url")
    text = " ".join(str(e) for e in _causes(exc)).lower()
    if any(isinstance(e, socket.gaierror) for e in _causes(exc)) or any(
        marker in text
        for marker in (
            "name or service not known",
            "nodename nor servname",
            "temporary failure in name resolution",
            "no address associated",
            "getaddrinfo failed",
            "name resolution",
        )
    ):
        return FetchError(
            f"Nama domain {host} tidak dapat ditemukan (gagal DNS). Periksa alamatnya atau koneksi internet server.",
            url=url,
            kind="dns",
        )
    if any(isinstance(e, ssl.SSLError) for e in _causes(exc)) or "certificate" in text or "ssl" in text:
        return FetchError(
            f"Sertifikat TLS/SSL situs {host} tidak dapat diverifikasi atau koneksi aman gagal.",
            url=url,
            kind="tls",
        )
    if isinstance(exc, httpx.ConnectError):
        if "refused" in text:
            return FetchError(f"Tidak dapat terhubung ke {host}: koneksi ditolak.", url=url, kind="connect")
        return FetchError(f"Tidak dapat terhubung ke {host}.", url=url, kind="connect")
    return FetchError(f"Gangguan jaringan saat mengambil {host}: {exc}.", url=url, kind="network")
