"""Helpers of the alerts tests: events, rules, and real servers on 127.0.0.1 (SMTP, HTTP)."""

from __future__ import annotations

import socket
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from sigap.alerts.events import Event, EventKind


def make_event(office, *, kind=EventKind.LEVEL_REACHED, subject="issue:1", level="kasus", at=None, **values):
    return Event(
        kind=kind,
        office_id=office.pk,
        subject=subject,
        title=f"Isu banjir Demak naik ke {level}",
        url="/isu/1/",
        at=at or datetime(2026, 3, 2, 3, 0, tzinfo=UTC),
        level=level,
        summary="Volume percakapan naik tajam.",
        values=values,
    )


def make_rule(office, **fields):
    from sigap.alerts.models import AlertRule

    defaults = {"name": "Level kasus", "kind": EventKind.LEVEL_REACHED, "min_level": "kasus"}
    defaults.update(fields)
    rule = AlertRule(office=office, **defaults)
    rule.full_clean()
    rule.save()
    return rule


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SMTPServer:
    """A real aiosmtpd server on 127.0.0.1 that can be stopped and started again on the same port."""

    def __init__(self):
        self.port = free_port()
        self.messages: list = []
        self.controller = None

    def start(self):
        from aiosmtpd.controller import Controller

        server = self

        class Handler:
            async def handle_DATA(self, _server, _session, envelope):
                server.messages.append(envelope)
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


class WebhookReceiver:
    """A real HTTP server on 127.0.0.1; answers with the queued status codes (then 200),
    optionally sleeping first, and records every request with its raw body."""

    def __init__(self):
        self.requests: list[dict] = []
        self.answers: list[int] = []
        self.delay = 0.0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                if receiver.delay:
                    time.sleep(receiver.delay)
                code = receiver.answers.pop(0) if receiver.answers else 200
                try:
                    self.send_response(code)
                    self.send_header("Content-Length", "2")
                    self.end_headers()
                    self.wfile.write(b"ok")
                except OSError:
                    pass  # the client gave up (timeout)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def with_email(user, address):
    """Give a test user an e-mail address (make_user leaves it empty)."""
    user.email = address
    user.save(update_fields=["email"])
    return user


def inbox(client, *, unread=False) -> str:
    """The user's notification list (/notifikasi/) as HTML."""
    return client.get("/notifikasi/" + ("?belum=1" if unread else "")).content.decode()
