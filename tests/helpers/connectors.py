"""A real HTTP server on 127.0.0.1 for the connector tests (feeds, pages, robots.txt), and a fake clock."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).parent.parent / "data" / "connectors"

ROBOTS_TXT = b"""# robots.txt situs contoh
User-agent: *
Disallow: /rahasia/
Disallow: /admin

User-agent: SigapBot
Disallow: /khusus-sigap/
Disallow: /rahasia/
"""


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


class FakeClock:
    """An injectable monotonic clock whose ``sleep`` only moves time forward and records."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def advance(self, seconds: float) -> None:
        self.now += seconds


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client hanging up early (size limit, timeout tests) is expected


class SampleServer:
    """Serves :class:`Route` objects by path; honours If-None-Match / If-Modified-Since."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {"/robots.txt": Route(ROBOTS_TXT, "text/plain")}
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                headers = {k.lower(): v for k, v in self.headers.items()}
                server.requests.append((self.path, headers))
                route = server.routes.get(self.path.split("?")[0])
                if route is None:
                    self._send(404, b"<h1>404 Tidak ditemukan</h1>", "text/html; charset=utf-8", {})
                    return
                extra = dict(route.headers)
                if route.etag:
                    extra["ETag"] = route.etag
                if route.last_modified:
                    extra["Last-Modified"] = route.last_modified
                if route.status == 200:
                    if route.etag and headers.get("if-none-match") == route.etag:
                        self._send(304, b"", None, extra)
                        return
                    if (
                        route.last_modified
                        and not route.etag
                        and headers.get("if-modified-since") == route.last_modified
                    ):
                        self._send(304, b"", None, extra)
                        return
                self._send(route.status, route.body, route.content_type, extra)

            def _send(self, status: int, body: bytes, content_type: str | None, extra: dict[str, str]) -> None:
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                for key, value in extra.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Date", formatdate(usegmt=True))
                self.end_headers()
                if body:
                    self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)

    def add_file(self, path: str, filename: str, content_type: str, **kwargs: object) -> str:
        return self.add(path, Route((DATA / filename).read_bytes(), content_type, **kwargs))  # type: ignore[arg-type]

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]

    def __enter__(self) -> SampleServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)
