"""Drill offices: where a replayed scenario plays, apart from real monitoring.

``sigap replay --office demak`` makes a new drill office, a copy of Demak's set-up (region,
watchlists, key actors, escalation settings, office-wide alert rules) whose members are Demak's
members. The replay's sources belong to the drill office and are never shared, and the drill
office sees no other source, so the scenario's documents, issues and clock stay inside it:
real offices neither see the drill's documents nor run on its time.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sigap.alerts.models import AlertRule
from sigap.core.models import AuditEvent, Membership, Office
from sigap.lib.waktu import format_datetime
from sigap.monitoring.models import Source, Watchlist

from .models import EscalationPolicy, KeyActor

POLICY_FIELDS = (
    "isu_at",
    "kasus_at",
    "krisis_at",
    "margin",
    "hold_hours",
    "dormant_hours",
    "min_story_docs",
    "spike_z",
    "weights",
)
RULE_FIELDS = (
    "name", "kind", "min_level", "threshold", "actors", "notify_in_app", "notify_email", "extra_emails",
    "recipient_roles", "quiet_start", "quiet_end",
)  # fmt: skip


@transaction.atomic
def create_drill_office(office: Office) -> Office:
    """A new drill copy of ``office``, named with the time it starts."""
    started = timezone.localtime()
    stamp = started.strftime("%Y%m%d%H%M%S%f")
    drill = Office.objects.create(
        name=_("Drill %(when)s — %(office)s") % {"when": format_datetime(started, office.time_zone), "office": office.name},
        slug=f"{office.slug[:30]}-latihan-{stamp}", kind=office.kind, time_zone=office.time_zone,
        region_code=office.region_code, drill_of=office,
    )  # fmt: skip
    for w in Watchlist.objects.filter(office=office, active=True):
        Watchlist.objects.create(office=drill, name=w.name, query=w.query)
    KeyActor.objects.bulk_create(
        [
            KeyActor(office=drill, name=a.name, kind=a.kind, aliases=a.aliases)
            for a in KeyActor.objects.filter(office=office)
        ]
    )
    policy = EscalationPolicy.objects.filter(office=office).first()
    if policy is not None:
        EscalationPolicy.objects.create(office=drill, **{f: getattr(policy, f) for f in POLICY_FIELDS})
    for rule in AlertRule.objects.filter(office=office, owner__isnull=True, active=True):
        AlertRule.objects.create(office=drill, **{f: getattr(rule, f) for f in RULE_FIELDS})
    Membership.objects.bulk_create(
        [Membership(user_id=m.user_id, office=drill, role=m.role) for m in Membership.objects.filter(office=office)],
        ignore_conflicts=True,
    )
    AuditEvent.record(
        actor=None,
        action="office.created",
        target=drill,
        office=drill,
        reason=_("Drill of %(office)s for a replayed scenario.") % {"office": office.name},
    )
    return drill


def drill_source(drill: Office, name: str, channel: str) -> Source:
    """The drill's own source of that name: never shared, never fetched; a real source of the same
    name lends its channel and whether it is a national outlet."""
    name = name or _("Replay — %(channel)s") % {"channel": channel}
    source = Source.objects.filter(office=drill, name=name).first()
    if source is None:
        real = Source.objects.filter(name=name).exclude(office__drill_of__isnull=False).order_by("id").first()
        source = Source.objects.create(
            office=drill, name=name, kind=Source.Kind.IMPORT, channel=real.channel if real else channel,
            national=bool(real and real.national), shared=False, next_poll_at=None,
        )  # fmt: skip
    return source
