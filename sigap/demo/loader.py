"""Loads the demo: three offices, a user for every role, sources, watchlists and the replayed stream."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from sigap.core.models import AuditEvent, Membership, Office, OfficeKind, Role
from sigap.monitoring.connectors.sigap_format import build_record
from sigap.monitoring.ingest import Counts, store_records
from sigap.monitoring.models import Source, Watchlist

from . import content

DEMO_PASSWORD = "sigap-demo-2026"

OFFICES = [
    # key, name, kind, parent, region code (Kepmendagri)
    ("jateng", "Pemerintah Provinsi Jawa Tengah — Diskominfo", OfficeKind.PROVINSI, None, "33"),
    ("demak", "Pemerintah Kabupaten Demak — Bagian Prokopim", OfficeKind.KABUPATEN, "jateng", "33.21"),
    ("kemensos", "Kementerian Sosial — Biro Humas", OfficeKind.KEMENTERIAN, None, ""),
]
ROLE_USERS = [
    (Role.ADMIN, "admin", "Admin"),
    (Role.ANALIS, "analis", "Analis Humas"),
    (Role.TIM_KRISIS, "krisis", "Tim Krisis"),
    (Role.PPID, "ppid", "Petugas PPID"),
    (Role.PIMPINAN, "pimpinan", "Pimpinan"),
]
WATCHLISTS = {
    "jateng": [
        ("Banjir Jawa Tengah", "banjir AND (Demak OR Kudus OR Grobogan OR Pati OR Semarang OR Jepara)"),
        ("Harga BBM dan demo", '(BBM OR "bahan bakar") AND (naik* OR demo* OR tolak*)'),
        ("Hoaks bansos", "(hoaks OR hoax OR bohong) AND bansos"),
    ],
    "demak": [("Banjir Demak", "banjir AND Demak"), ("Tanggul Wulan", '"sungai wulan" OR tanggul')],
    "kemensos": [("Bansos", "bansos OR \"bantuan sosial\""), ("Hoaks bansos", "(hoaks OR hoax OR penipuan) AND bansos")],
}


def demo_users() -> list[tuple[str, str, str]]:
    """(username, office, role) for the printed login list."""
    return [(f"{key}.{suffix}", name, role.label) for key, name, *_ in OFFICES for role, suffix, _ in ROLE_USERS]


@transaction.atomic
def load_structure() -> dict[str, Source]:
    offices: dict[str, Office] = {}
    for key, name, kind, parent, region in OFFICES:
        office, created = Office.objects.get_or_create(
            slug=key, defaults={"name": name, "kind": kind, "parent": offices.get(parent), "region_code": region},
        )
        if created:
            AuditEvent.record(actor=None, action="office.created", target=office, office=office, reason="demo")
        offices[key] = office
    User = get_user_model()
    for key, office in offices.items():
        for role, suffix, label in ROLE_USERS:
            user, created = User.objects.get_or_create(
                username=f"{key}.{suffix}", defaults={"first_name": label, "last_name": key.capitalize()},
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            Membership.objects.get_or_create(user=user, office=office, role=role)
    sources: dict[str, Source] = {}
    for spec in content.sources():
        source, _ = Source.objects.get_or_create(
            office=offices[spec["office"]], name=spec["name"],
            defaults={
                "kind": {"rss": Source.Kind.RSS, "web": Source.Kind.PAGE}.get(spec["kind"], Source.Kind.IMPORT),
                "channel": spec["channel"], "url": spec.get("url", ""), "shared": spec.get("shared", False),
                # Demo outlets live on .example domains: they are replayed, never fetched.
                "next_poll_at": None,
            },
        )
        sources[spec["key"]] = source
    for key, items in WATCHLISTS.items():
        for name, query in items:
            Watchlist.objects.get_or_create(office=offices[key], name=name, defaults={"query": query})
    return sources


def load_stream(sources: dict[str, Source], end: datetime | None = None) -> Counts:
    """Replay the demo stream, time-shifted to end now; re-running stores nothing twice."""
    end = end or timezone.now()
    by_source: dict[str, list] = defaultdict(list)
    for item in content.stream(end):
        by_source[item["source"]].append(build_record(item, sources[item["source"]].channel))
    total = Counts()
    for key, records in by_source.items():
        counts = store_records(sources[key], records)
        for name in ("read", "stored", "duplicate", "rejected"):
            setattr(total, name, getattr(total, name) + getattr(counts, name))
    return total
