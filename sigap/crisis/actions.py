"""Writes that span models or have side effects: opening a crisis, publishing, partners, overdue tasks."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sigap.alerts import actions as alert_actions
from sigap.alerts.events import Event, EventKind
from sigap.core.models import AuditEvent
from sigap.issues.stats import event_start
from sigap.lib.netguard import Refused
from sigap.lib.waktu import format_date
from sigap.monitoring.connectors import http
from sigap.monitoring.urlguard import refusal_message
from sigap.ppid.models import DIPCategory, DIPEntry

from . import consistency, waiting
from .models import (
    ChannelKind,
    Comment,
    Contact,
    CoSign,
    Crisis,
    Fact,
    Message,
    MessageKind,
    MessageTemplate,
    MessageVersion,
    Partner,
    PartnerStatement,
    Phase,
    Playbook,
    Publication,
    PublishChannel,
    Task,
    TeamMember,
    TeamRole,
    TransitionError,
    fill,
)
from .playbooks import seed
from .workflow import require_complete

log = logging.getLogger("sigap.crisis")


def _iso(at):
    return at.isoformat() if at else None


def issue_evidence(issue) -> dict:
    """A snapshot of the issue at declaration: score breakdown and level history, as they were."""
    return {
        "issue_id": issue.pk,
        "title": issue.title,
        "level": issue.level,
        "score": issue.score,
        "doc_count": issue.doc_count,
        "first_at": issue.first_at.isoformat() if issue.first_at else None,
        "event_start": _iso(event_start(issue)),
        "last_at": issue.last_at.isoformat() if issue.last_at else None,
        "components": list(issue.components or []),
        "level_changes": [
            {"at": c.at.isoformat(), "from": c.from_level, "to": c.to_level, "score": c.score, "reason": c.reason}
            for c in issue.level_changes.all()
        ],
        "taken_at": timezone.now().isoformat(),
    }


def ensure_library() -> int:
    """Seed the national playbook library on first use (migration 0002 seeds it too, but a
    flushed test database or a database restored without it has none)."""
    if Playbook.objects.filter(office__isnull=True).exists():
        return 0

    return seed(Playbook, MessageTemplate)


@transaction.atomic
def open_crisis(
    office,
    *,
    actor,
    title: str,
    summary: str = "",
    issue=None,
    playbook: Playbook | None = None,
    cluster: str | None = None,
    severity: int = 3,
    drill: bool = False,
    threatens_life: bool | None = None,
    declared_at=None,
    phase: str = Phase.AWAL,
) -> Crisis:
    """Declare a crisis: evidence snapshot, the initial phase's CERC checklist (holding statement due
    within an hour), the playbook's tasks and templates, and the serta-merta PPID task when needed."""
    declared_at = declared_at or timezone.now()
    ensure_library()
    crisis = Crisis.objects.create(
        office=office,
        title=title.strip()[:255],
        summary=summary,
        issue=issue,
        evidence=issue_evidence(issue) if issue is not None else {},
        playbook=playbook,
        cluster=cluster or (playbook.cluster if playbook else "victim"),
        severity=severity,
        drill=drill,
        threatens_life=playbook.threatens_life if threatens_life is None and playbook else bool(threatens_life),
        declared_at=declared_at,
        declared_by=actor,
        phase=phase,
        phase_since=declared_at,
    )
    AuditEvent.record(
        actor=actor,
        action="crisis.declared",
        target=crisis,
        office=office,
        to_state=phase,
        data={"issue": issue.pk if issue else None, "playbook": playbook.key if playbook else None, "drill": drill},
    )
    if actor is not None and getattr(actor, "is_authenticated", False):
        TeamMember.objects.get_or_create(crisis=crisis, user=actor, role=TeamRole.LEAD)
    crisis.add_checklist(phase, start=declared_at)
    if playbook is not None:
        Task.objects.bulk_create(
            [
                Task(
                    crisis=crisis,
                    phase=t.get("phase", Phase.AWAL),
                    title=t["title"][:255],
                    step="playbook",
                    order=50 + i,
                    due_at=declared_at + timedelta(minutes=t["minutes"]) if t.get("minutes") is not None else None,
                )
                for i, t in enumerate(playbook.tasks)
            ]
        )
    templates = list(playbook.templates) if playbook else []
    if not any(t["kind"] == MessageKind.HOLDING for t in templates):
        default = MessageTemplate.for_office(office.pk).filter(kind=MessageKind.HOLDING).order_by("-office_id").first()
        if default is not None:
            templates.insert(0, {"kind": default.kind, "title": default.title, "body": default.body})
    values = crisis.placeholder_values()
    for t in templates:
        create_message(
            crisis, actor=actor, kind=t["kind"], title=fill(t["title"], values), body=fill(t["body"], values)
        )
    if crisis.threatens_life and not drill:
        create_serta_merta(crisis, actor=actor)
    return crisis


def create_message(
    crisis: Crisis, *, actor, kind: str, title: str, body: str = "", data: dict | None = None
) -> Message:
    now = timezone.now()
    message = Message.objects.create(
        crisis=crisis,
        kind=kind,
        title=title[:255],
        body=body,
        data=data or {},
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        updated_by=actor if getattr(actor, "is_authenticated", False) else None,
        created_at=now,
        updated_at=now,
        shared=kind == MessageKind.MESSAGE_HOUSE,
    )
    MessageVersion.objects.create(
        message=message, number=1, title=message.title, body=body, data=message.data, author=message.created_by, at=now
    )
    AuditEvent.record(
        actor=actor,
        action="crisis_message.created",
        target=message,
        office=crisis.office,
        to_state=message.status,
        data={"kind": kind},
    )
    return message


def create_serta_merta(crisis: Crisis, *, actor):
    """UU KIP Pasal 10: information that threatens life or public order is announced without delay.
    Creates an unpublished DIP entry of category serta-merta: the PPID desk's task to publish it."""
    if crisis.serta_merta_id or crisis.drill:
        return crisis.serta_merta
    entry = DIPEntry.objects.create(
        office=crisis.office,
        category=DIPCategory.SERTA_MERTA,
        published=False,
        summary=_("Immediate information (serta-merta) on: %(title)s") % {"title": crisis.title},
        holding_unit=_("Crisis team"),
        responsible=_("PPID and the crisis spokesperson"),
        made_when_where=format_date(crisis.declared_at, crisis.office.time_zone),
        formats=_("website, social media, press release"),
        retention=_("while the crisis lasts"),
    )
    crisis.serta_merta = entry
    crisis.save(update_fields=["serta_merta"])
    AuditEvent.record(
        actor=actor, action="crisis.serta_merta", target=crisis, office=crisis.office, data={"dip_entry": entry.pk}
    )
    return entry


def add_team_member(crisis: Crisis, user, role: str, *, actor, contact: str = "") -> TeamMember:
    member, created = TeamMember.objects.get_or_create(
        crisis=crisis, user=user, role=role, defaults={"contact": contact}
    )
    if created:
        AuditEvent.record(
            actor=actor,
            action="crisis.team_added",
            target=crisis,
            office=crisis.office,
            data={"user": user.username, "role": role},
        )
    return member


def add_task(crisis: Crisis, *, actor, title: str, phase: str, owner=None, due_at=None) -> Task:
    task = Task.objects.create(crisis=crisis, title=title, phase=phase, owner=owner, due_at=due_at, order=99)
    AuditEvent.record(actor=actor, action="crisis_task.created", target=task, office=crisis.office, to_state="open")
    waiting.task_assigned(task, actor=actor)
    return task


def add_fact(crisis: Crisis, *, actor, statement: str, source: str, shared: bool = True) -> Fact:
    fact = Fact.objects.create(crisis=crisis, statement=statement, source=source, verified_by=actor, shared=shared)
    AuditEvent.record(
        actor=actor, action="crisis.fact_added", target=crisis, office=crisis.office, data={"fact": fact.pk}
    )
    return fact


def add_comment(message: Message, *, actor, body: str) -> Comment:
    return Comment.objects.create(message=message, author=actor, body=body, version=message.version)


# --------------------------------------------------------------------------- publication


def _post(endpoint: str, payload: dict) -> None:
    """Send to the outlet through the address guard (never to an internal address: docs/security.md)."""
    import json

    from django.conf import settings

    try:
        response = http.post(
            endpoint, content=json.dumps(payload).encode(), timeout=settings.FETCH_TIMEOUT,
            headers={"User-Agent": settings.FETCH_USER_AGENT, "Content-Type": "application/json"},
        )  # fmt: skip
    except Refused as exc:
        raise RuntimeError(refusal_message(exc)) from None
    response.raise_for_status()


def publish(
    message: Message, *, actor, kind: str, label: str = "", url: str = "", channel: PublishChannel | None = None
) -> Publication:
    """Record (and, for a channel with an endpoint, send) one publication of an approved message.
    A failed send is stored as failed and never counted as published. Drills are never sent outside."""
    if not message.publishable:
        raise TransitionError(_("Only an approved message can be published."))
    # before anything is recorded or sent; mark_published checks again under the row lock
    require_complete(message, "publish")
    if channel is not None:
        kind, label = channel.kind, label or channel.name
    if not label:
        label = str(ChannelKind(kind).label)
    pub = Publication.objects.create(message=message, channel=channel, kind=kind, label=label[:200], url=url, by=actor)
    return _attempt(pub, actor=actor)


def retry(pub: Publication, *, actor) -> Publication:
    if pub.status != Publication.Status.FAILED:
        return pub
    if not pub.message.publishable:
        raise TransitionError(_("Only an approved message can be published."))
    require_complete(pub.message, "publish")
    return _attempt(pub, actor=actor)


def _attempt(pub: Publication, *, actor) -> Publication:
    message, crisis = pub.message, pub.message.crisis
    pub.attempts += 1
    now = timezone.now()
    if crisis.drill:
        pub.status, pub.error = Publication.Status.SIMULATED, ""
    elif pub.channel is not None and pub.channel.endpoint:
        try:
            _post(
                pub.channel.endpoint,
                {
                    "crisis": crisis.title,
                    "office": crisis.office.name,
                    "kind": message.kind,
                    "title": message.title,
                    "text": message.body,
                    "version": message.version,
                },
            )
        except Exception as exc:  # noqa: BLE001 - any failure of the outlet: record it, never claim success
            log.warning("publication %s to %s failed: %s", pub.pk, pub.channel.endpoint, exc)
            pub.status, pub.error = Publication.Status.FAILED, str(exc)[:1000]
        else:
            pub.status, pub.error = Publication.Status.PUBLISHED, ""
    else:
        pub.status, pub.error = Publication.Status.PUBLISHED, ""
    if pub.status in (Publication.Status.PUBLISHED, Publication.Status.SIMULATED):
        pub.published_at = now
    pub.save(update_fields=["attempts", "status", "error", "published_at"])
    AuditEvent.record(
        actor=actor,
        action="crisis_publication." + pub.status,
        target=pub,
        office=crisis.office,
        to_state=pub.status,
        reason=pub.error,
        data={"message": message.pk, "where": pub.label},
    )
    if pub.published_at is not None:
        message.mark_published(actor=actor, publication=pub)
        if message.kind == MessageKind.HOLDING:
            # the golden-hour steps are done once an approved holding statement is out
            for task in crisis.tasks.open().filter(phase=Phase.AWAL, step__in=["holding", "clear", "release"]):
                task.complete(actor=actor)
    return pub


# --------------------------------------------------------------------------- one voice


def invite_partner(crisis: Crisis, office, *, actor) -> Partner:
    if office.pk == crisis.office_id:
        raise TransitionError(_("The crisis's own office is not a partner."))
    partner, created = Partner.objects.get_or_create(crisis=crisis, office=office, defaults={"invited_by": actor})
    if created:
        AuditEvent.record(
            actor=actor,
            action="crisis.partner_invited",
            target=crisis,
            office=crisis.office,
            data={"office": office.slug},
        )
    return partner


def key_texts(crisis: Crisis) -> list[str]:
    texts: list[str] = []
    for house in crisis.messages.filter(kind=MessageKind.MESSAGE_HOUSE):
        texts += house.key_texts()
    texts += [f.statement for f in crisis.facts.filter(shared=True)]
    return texts


def record_partner_statement(crisis: Crisis, office, *, actor, text: str, url: str = "", published_at=None):
    result = consistency.score(text, key_texts(crisis))
    statement = PartnerStatement.objects.create(
        crisis=crisis,
        office=office,
        text=text,
        url=url,
        published_at=published_at or timezone.now(),
        similarity=result["similarity"],
        consistent=result["consistent"],
        flags=result["flags"],
        method=result["method"],
        by=actor,
    )
    AuditEvent.record(
        actor=actor,
        action="crisis.partner_statement",
        target=crisis,
        office=crisis.office,
        data={"office": office.slug, "similarity": result["similarity"], "consistent": result["consistent"]},
    )
    return statement


def cosign(message: Message, office, *, actor) -> CoSign:
    """Kept for callers of the old action; the step lives on the message (workflow.py)."""
    return message.cosign(office, actor=actor)


# --------------------------------------------------------------------------- scheduled


def mark_overdue_tasks() -> int:
    """Scheduled: flag open tasks past due, once each, and raise a `task_overdue` event.

    The flag is what the crisis page shows in red; the event reaches whoever has an alert rule
    of the kind "Crisis task overdue" for the office (drills raise none)."""
    now = timezone.now()
    count = 0
    events = []
    for pk in Task.objects.overdue(now).filter(overdue_flagged_at__isnull=True).values_list("pk", flat=True):
        if not Task.objects.filter(pk=pk, overdue_flagged_at__isnull=True).update(overdue_flagged_at=now):
            continue  # another worker took it
        task = Task.objects.select_related("crisis", "crisis__office").get(pk=pk)
        assert task.due_at is not None  # noqa: S101 - narrows the type: overdue() selects due_at < now
        AuditEvent.record(
            actor=None,
            action="crisis_task.overdue",
            target=task,
            office=task.crisis.office,
            from_state="open",
            to_state="overdue",
            data={"due": task.due_at.isoformat()},
        )
        waiting.task_overdue(task)  # the owner is told even without an alert rule
        if not task.crisis.drill:
            events.append(
                Event(
                    kind=EventKind.TASK_OVERDUE,
                    office_id=task.crisis.office_id,
                    subject=f"crisis_task:{task.pk}",
                    title=_("Crisis task overdue: %(t)s") % {"t": task.title},
                    url=task.crisis.get_absolute_url(),
                    at=now,
                    level="krisis",
                    values={"crisis": task.crisis_id, "due": task.due_at.isoformat()},
                )
            )
        count += 1
    if events:
        alert_actions.raise_events(events, now=now)  # looked up on call: tests replace it
    return count


# --------------------------------------------------------------------------- contacts


@transaction.atomic
def add_contact(form, *, actor) -> Contact:
    contact = form.save()
    AuditEvent.record(
        actor=actor, action="crisis.contact_added", target=contact, office=contact.office, reason=str(contact)
    )
    return contact


@transaction.atomic
def remove_contact(contact: Contact, *, actor) -> None:
    AuditEvent.record(
        actor=actor, action="crisis.contact_removed", target=contact, office=contact.office, reason=str(contact)
    )
    contact.delete()


# --------------------------------------------------------------------------- the office's library


def _unique_key(office, name: str) -> str:
    from django.utils.text import slugify

    base = (slugify(name) or "skenario")[:34]
    key, n = base, 2
    while Playbook.objects.filter(office=office, key=key).exists():
        key, n = f"{base}-{n}", n + 1
    return key


@transaction.atomic
def save_playbook(form, tasks: list[dict], *, actor) -> Playbook:
    playbook = form.save(commit=False)
    new = playbook.pk is None
    if new:
        playbook.key = _unique_key(playbook.office, playbook.name)
    playbook.tasks = tasks
    playbook.save()
    action = "crisis.playbook_added" if new else "crisis.playbook_changed"
    AuditEvent.record(actor=actor, action=action, target=playbook, office=playbook.office, reason=playbook.name)
    return playbook


@transaction.atomic
def save_template(form, *, actor) -> MessageTemplate:
    new = form.instance.pk is None
    template = form.save()
    action = "crisis.template_added" if new else "crisis.template_changed"
    AuditEvent.record(actor=actor, action=action, target=template, office=template.office, reason=template.title)
    return template


@transaction.atomic
def set_retired(item: Playbook | MessageTemplate, retired: bool, *, actor) -> None:
    """Retire (hidden when a crisis is declared or a draft started) or bring back; never deleted,
    since past crises keep naming what they started from."""
    item = type(item).objects.select_for_update().get(pk=item.pk)
    if (item.retired_at is not None) == retired:
        return  # a second click changes nothing
    item.retired_at = timezone.now() if retired else None
    item.save(update_fields=["retired_at"])
    playbook = isinstance(item, Playbook)
    AuditEvent.record(
        actor=actor,
        action=("crisis.playbook_retired" if retired else "crisis.playbook_restored")
        if playbook
        else ("crisis.template_retired" if retired else "crisis.template_restored"),
        target=item,
        office=item.office,
        reason=str(item),
    )


@transaction.atomic
def copy_to_office(item: Playbook | MessageTemplate, office, *, actor) -> Playbook | MessageTemplate:
    """The office's own editable copy of a playbook or template (from the national library)."""
    copy = type(item).objects.get(pk=item.pk)
    copy.pk = None
    copy.office = office
    copy.retired_at = None
    if isinstance(copy, Playbook):
        copy.key = _unique_key(office, copy.name)
    copy.save()
    AuditEvent.record(
        actor=actor,
        action="crisis.playbook_copied" if isinstance(copy, Playbook) else "crisis.template_copied",
        target=copy,
        office=office,
        data={"from": item.pk},
        reason=str(copy),
    )
    return copy


@transaction.atomic
def save_channel(form, *, actor) -> PublishChannel:
    new = form.instance.pk is None
    channel = form.save()
    action = "crisis.channel_added" if new else "crisis.channel_changed"
    AuditEvent.record(actor=actor, action=action, target=channel, office=channel.office, reason=channel.name)
    return channel


@transaction.atomic
def remove_channel(channel: PublishChannel, *, actor) -> None:
    # Publications keep their label and link: the record of where a statement went survives.
    AuditEvent.record(
        actor=actor, action="crisis.channel_removed", target=channel, office=channel.office, reason=channel.name
    )
    channel.delete()
