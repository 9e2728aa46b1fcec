"""`sigap bench alerts`: the cost of raising events (what the early-warning batch pays) and the
time from an event to its webhook arriving at a receiver on 127.0.0.1 (what an office sees).
Figures in docs/benchmarks.md."""

from __future__ import annotations

import statistics
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.contrib.auth import get_user_model
from django.db import transaction

from sigap.core.models import Membership, Office, OfficeKind, Role
from sigap.lib import netguard

from .actions import raise_events
from .delivery import deliver
from .events import Event, EventKind
from .models import AlertRule, Delivery


def run(out, *, batches: int = 40, events: int = 50) -> None:
    received: list[float] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            received.append(time.perf_counter())
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    # The address guard refuses loopback; open exactly this receiver for the benchmark.
    netguard.set_default_policy(netguard.default_policy().extended([f"127.0.0.1:{server.server_address[1]}"]))

    office, _ = Office.objects.get_or_create(
        slug="bench-alerts", defaults={"name": "Bench", "kind": OfficeKind.KABUPATEN}
    )
    for i in range(20):
        user, _ = get_user_model().objects.get_or_create(
            username=f"bench-alerts-{i}", defaults={"email": f"b{i}@example.invalid"}
        )
        Membership.objects.get_or_create(user=user, office=office, role=Role.ANALIS)
    AlertRule.objects.filter(office=office).delete()
    for level in ("isu", "kasus", "krisis"):
        AlertRule.objects.create(
            office=office,
            name=f"level {level}",
            kind=EventKind.LEVEL_REACHED,
            min_level=level,
            notify_webhook=True,
            webhook_url=url,
        )
    AlertRule.objects.create(office=office, name="spike", kind=EventKind.SPIKE)
    AlertRule.objects.create(office=office, name="negatif", kind=EventKind.NEGATIVE_SHARE, threshold=40)

    stamp = int(time.time())
    costs = []
    for b in range(batches):
        batch = [
            Event(
                kind=(EventKind.LEVEL_REACHED, EventKind.SPIKE, EventKind.NEGATIVE_SHARE)[i % 3],
                office_id=office.pk,
                subject=f"issue:{stamp}-{b}-{i}",
                title=f"Isu {i}",
                url=f"/isu/{i}/",
                at=datetime.now(UTC),
                level=("isu", "kasus", "krisis")[i % 3],
                values={"negative_share": 0.5},
            )
            for i in range(events)
        ]
        started = time.perf_counter()
        with transaction.atomic():
            raise_events(batch)
        costs.append(time.perf_counter() - started)
    costs.sort()
    out.write(
        f"raise_events, {events} events × {batches} batches, 5 rules, 20 members: "
        f"p50 {statistics.median(costs) * 1000:.1f} ms, p95 {costs[int(len(costs) * 0.95) - 1] * 1000:.1f} ms per batch"
    )

    # Event → webhook received, with a worker picking the task up at once (queue wait excluded).
    latencies = []
    for i in range(30):
        started = time.perf_counter()
        raise_events(
            [
                Event(
                    kind=EventKind.LEVEL_REACHED,
                    office_id=office.pk,
                    subject=f"lat:{stamp}-{i}",
                    title="x",
                    url="/",
                    at=datetime.now(UTC),
                    level="krisis",
                )
            ]
        )
        before = len(received)
        for delivery_id in Delivery.objects.filter(status=Delivery.Status.PENDING, office=office).values_list(
            "id", flat=True
        ):
            deliver(delivery_id)
        if len(received) > before:
            latencies.append(received[-1] - started)
    latencies.sort()
    out.write(
        f"event → webhook received (worker idle): p50 {statistics.median(latencies) * 1000:.1f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95) - 1] * 1000:.1f} ms"
    )
    server.shutdown()
