"""Loads the demo: three offices, a user for every role, sources, watchlists and the replayed stream."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from sigap.core.models import AuditEvent, Membership, Office, OfficeKind, Role
from sigap.issues.models import KeyActor
from sigap.issues.replay import ReplayResult, play_stepped
from sigap.monitoring.connectors.sigap_format import build_record
from sigap.monitoring.models import Source, Watchlist

from . import content

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

DEMO_PASSWORD = "sigap-demo-2026"  # noqa: S105 - the demo's published password
NATIONAL_OUTLETS = {"kabar-nusantara", "tilik-fakta"}

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
    "kemensos": [("Bansos", 'bansos OR "bantuan sosial"'), ("Hoaks bansos", "(hoaks OR hoax OR penipuan) AND bansos")],
}


KEY_ACTORS = {
    "demak": [("Bupati Demak", "pejabat", "Bupati Haryo"), ("Kapolres Demak", "lembaga", "")],
    "jateng": [
        ("Gubernur Jawa Tengah", "pejabat", "Gubernur Jateng, Gubernur Sutrisno"),
        ("DPRD Jawa Tengah", "dprd", "DPRD Jateng, DPRD Provinsi Jawa Tengah"),
    ],
    "kemensos": [("Menteri Sosial", "pejabat", "Mensos")],
}


def demo_users() -> list[tuple[str, str, StrOrPromise]]:
    """(username, office, role) for the printed login list."""
    return [(f"{key}.{suffix}", name, role.label) for key, name, *_ in OFFICES for role, suffix, _ in ROLE_USERS]


@transaction.atomic
def load_structure() -> dict[str, Source]:
    offices: dict[str, Office] = {}
    for key, name, kind, parent, region in OFFICES:
        office, created = Office.objects.get_or_create(
            slug=key,
            defaults={
                "name": name,
                "kind": kind,
                "parent": offices.get(parent) if parent else None,
                "region_code": region,
            },
        )
        if created:
            AuditEvent.record(actor=None, action="office.created", target=office, office=office, reason="demo")
        offices[key] = office
    User = get_user_model()
    for key, office in offices.items():
        for role, suffix, label in ROLE_USERS:
            user, created = User.objects.get_or_create(
                username=f"{key}.{suffix}",
                defaults={"first_name": label, "last_name": key.capitalize()},
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            Membership.objects.get_or_create(user=user, office=office, role=role)
    sources: dict[str, Source] = {}
    for spec in content.sources():
        source, _ = Source.objects.get_or_create(
            office=offices[spec["office"]],
            name=spec["name"],
            defaults={
                "kind": {"rss": Source.Kind.RSS, "web": Source.Kind.PAGE}.get(spec["kind"], Source.Kind.IMPORT),
                "channel": spec["channel"],
                "url": spec.get("url", ""),
                "shared": spec.get("shared", False),
                "national": spec["key"] in NATIONAL_OUTLETS,
                # Demo outlets live on .example domains: they are replayed, never fetched.
                "next_poll_at": None,
            },
        )
        sources[spec["key"]] = source
    for key, items in WATCHLISTS.items():
        for name, query in items:
            Watchlist.objects.get_or_create(office=offices[key], name=name, defaults={"query": query})
    for key, actors in KEY_ACTORS.items():
        for name, actor_kind, aliases in actors:
            KeyActor.objects.get_or_create(
                office=offices[key], name=name, defaults={"kind": actor_kind, "aliases": aliases}
            )
    return sources


def load_stream(sources: dict[str, Source], end: datetime | None = None, live_hours: int = 72) -> ReplayResult:
    """Replay the demo stream, time-shifted to end now; re-running stores nothing twice.

    The history before the last ``live_hours`` is stored at once; the rest is played in
    10-minute steps through analysis and the early warning, so each scenario's issue reaches
    its levels at the scenario's own moments.
    """
    end = end or timezone.now()
    records, by_record = [], {}
    for item in content.stream(end):
        record = build_record(item, sources[item["source"]].channel)
        records.append(record)
        by_record[id(record)] = sources[item["source"]]
    result = ReplayResult(read=len(records))
    start = end - timedelta(hours=live_hours)
    play_stepped(records, by_record, start, timedelta(minutes=10), result)
    return result


def write_stream(path, end: datetime | None = None, scenario: str | None = None) -> int:
    """Write the demo stream (or one scenario of it) as Sigap JSONL for `sigap replay`."""
    import json

    sources = {s["key"]: s["name"] for s in content.sources()}
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for label, item in content.labelled(end or timezone.now()):
            if scenario and label != scenario:
                continue
            row = {k: v for k, v in item.items() if v is not None}
            row["source"] = sources[item["source"]]
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n
