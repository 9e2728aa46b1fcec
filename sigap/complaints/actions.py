"""Every write of the complaints app: intake and the moves of the LAPOR! workflow (docs/complaints.md).

Intake runs in one transaction with its AuditEvent; each move goes through the core kernel
(workflow.move → sigap.core.transitions.change_state): locked, checked against the map, audited,
and a repeated click changes nothing twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext

from sigap.core.models import AuditEvent, Office, save_with_audit
from sigap.core.transitions import TransitionError

from .calendar import deadline
from .models import Channel, Complaint, ComplaintPolicy
from .workflow import REJECTING, Status, move

# Written out, not built from the state: every audit code stays findable in the source.
CLOSE_ACTIONS: dict[str, str] = {
    Status.NOT_COMPETENT: "complaint.not_competent",
    Status.DUPLICATE: "complaint.duplicate",
    Status.NOT_ACTIONABLE: "complaint.not_actionable",
}
INTAKE_FIELDS = ("title", "text", "place", "name", "phone", "email", "anonymous", "confidential")


def create_complaint(
    office: Office,
    data: dict,
    *,
    channel: str = Channel.PORTAL,
    actor=None,
    idempotency_key: str = "",
    received_at: datetime | None = None,
) -> tuple[Complaint, bool]:
    """Register a complaint and start its verification clock; (complaint, created).

    The same ``idempotency_key`` twice (a double click on "send") returns the first complaint."""
    if idempotency_key:
        existing = Complaint.objects.filter(idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing, False
    policy = ComplaintPolicy.for_office(office)
    received = received_at or timezone.now()
    due = deadline(office, received, policy.verify_days, policy)
    complaint = Complaint(
        office=office,
        channel=channel,
        received_at=received,
        verify_days=policy.verify_days,
        verify_due_at=due.due_at,
        calendar_version=due.calendar_version,
        idempotency_key=idempotency_key or None,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        **{k: data[k] for k in INTAKE_FIELDS if k in data},
    )
    try:
        with transaction.atomic():
            complaint.save()
            AuditEvent.record(
                actor=actor,
                action="complaint.received",
                target=complaint,
                office=office,
                to_state=complaint.status,
                data={"channel": channel},
            )
    except IntegrityError:
        # Two identical submits raced past the lookup above: the other one stored it.
        existing = Complaint.objects.filter(idempotency_key=idempotency_key).first() if idempotency_key else None
        if existing is None:
            raise
        return existing, False
    return complaint, True


def _start_follow_up_clock(c: Complaint, now: datetime) -> list[str]:
    """The tier's working days run from the moment the complaint is handed over (LAPOR!: 5 HK after forwarding)."""
    policy = ComplaintPolicy.for_office(c.office)
    days = policy.tier_days(c.tier)
    due = deadline(c.office, now, days, policy)
    c.follow_up_days, c.follow_up_from, c.follow_up_due_at = days, now, due.due_at
    c.calendar_version = due.calendar_version
    return ["follow_up_days", "follow_up_from", "follow_up_due_at", "calendar_version"]


def verify(actor, c: Complaint, *, tier: str, anonymous: bool, confidential: bool, seen: str | None = None):
    """Verifikasi: the complaint is clear and ours; the desk confirms the tier and both privacy flags."""
    fields = ["verified_at", "tier", "anonymous", "confidential", "hold_reason"]

    def change(row):
        now = timezone.now()
        row.verified_at, row.tier, row.hold_reason = now, tier, ""
        # The desk may add a flag the reporter forgot, never lift one the reporter chose.
        row.anonymous, row.confidential = row.anonymous or anonymous, row.confidential or confidential
        fields.extend(_start_follow_up_clock(row, now))
        return {"tier": tier, "on_time": bool(row.verify_due_at and now <= row.verify_due_at)}

    return move(
        c,
        Status.VERIFIED,
        actor=actor,
        action="complaint.verified",
        seen=seen,
        change=change,
        fields=fields,
        refused=gettext("it cannot be verified"),
    )


def hold(actor, c: Complaint, reason: str, *, seen: str | None = None):
    """Tunda: waits for data from the reporter; the reason is shown to the reporter."""

    def change(row):
        row.hold_reason = reason

    return move(
        c,
        Status.POSTPONED,
        actor=actor,
        action="complaint.postponed",
        seen=seen,
        reason=reason,
        change=change,
        fields=["hold_reason"],
        refused=gettext("it cannot be put on hold"),
    )


def dispose(actor, c: Complaint, unit: Office, note: str = "", *, seen: str | None = None):
    """Disposisi to the unit (OPD) that owns the service; the follow-up clock restarts from here."""
    if unit.parent_id != c.office_id:
        raise TransitionError(gettext("A complaint can only be disposed to a unit of this office."))
    fields = ["assigned_unit", "assigned_at", "disposition_note"]

    def change(row):
        now = timezone.now()
        row.assigned_unit, row.assigned_at, row.disposition_note = unit, now, note
        fields.extend(_start_follow_up_clock(row, now))
        return {"unit": unit.name}

    return move(
        c,
        Status.DISPOSED,
        actor=actor,
        action="complaint.disposed",
        seen=seen,
        reason=note,
        change=change,
        fields=fields,
        refused=gettext("it cannot be disposed"),
    )


def start_follow_up(actor, c: Complaint, *, seen: str | None = None):
    return move(
        c,
        Status.IN_FOLLOW_UP,
        actor=actor,
        action="complaint.follow_up_started",
        seen=seen,
        refused=gettext("the follow-up cannot be started"),
    )


def answer(actor, c: Complaint, text: str, *, seen: str | None = None):
    """The follow-up the reporter reads on the tracking page."""

    def change(row):
        row.follow_up, row.followed_up_at = text, timezone.now()
        return {"on_time": bool(row.follow_up_due_at and row.followed_up_at <= row.follow_up_due_at)}

    return move(
        c,
        Status.FOLLOWED_UP,
        actor=actor,
        action="complaint.followed_up",
        seen=seen,
        change=change,
        fields=["follow_up", "followed_up_at"],
        refused=gettext("the follow-up cannot be recorded"),
    )


def reject(actor, c: Complaint, to: str, reason: str, *, forwarded_to: str = "", seen: str | None = None):
    """Bukan wewenang (with the receiving body, when forwarded), duplicate or cannot be followed up: always a reason."""
    if to not in REJECTING:
        raise TransitionError(gettext("Choose how the complaint is closed."))
    if not reason.strip():
        raise TransitionError(gettext("Give the reason for closing the complaint."))

    def change(row):
        row.close_reason, row.forwarded_to, row.closed_at = reason, forwarded_to, timezone.now()
        return {"forwarded_to": forwarded_to} if forwarded_to else None

    return move(
        c,
        to,
        actor=actor,
        action=CLOSE_ACTIONS[to],
        seen=seen,
        reason=reason,
        change=change,
        fields=["close_reason", "forwarded_to", "closed_at"],
        refused=gettext("it cannot be closed this way"),
    )


def resolve(actor, c: Complaint, *, seen: str | None = None):
    def change(row):
        row.closed_at = timezone.now()

    return move(
        c,
        Status.RESOLVED,
        actor=actor,
        action="complaint.resolved",
        seen=seen,
        change=change,
        fields=["closed_at"],
        refused=gettext("it cannot be closed as resolved"),
    )


def reopen(c: Complaint, reason: str, *, seen: str | None = None):
    """The reporter says "belum selesai" on the tracking page: back to the unit, on a fresh follow-up clock."""
    fields = ["reopen_count", "closed_at"]

    def change(row):
        row.reopen_count += 1
        row.closed_at = None
        fields.extend(_start_follow_up_clock(row, timezone.now()))

    return move(
        c,
        Status.REOPENED,
        actor=None,
        action="complaint.reopened",
        seen=seen,
        reason=reason,
        change=change,
        fields=fields,
        refused=gettext("it cannot be reopened"),
    )


def save_policy(actor, policy: ComplaintPolicy, changed) -> ComplaintPolicy:
    """Store the office's own rules (the first save creates its row). Running clocks keep their due
    dates: the complaints app has no recompute, so new rules count from the next step on."""
    with transaction.atomic():
        save_with_audit(policy, actor, "complaint_policy", office=policy.office, data={"changed": list(changed)})
    return policy


def drop_policy(actor, office: Office) -> bool:
    """Delete the office's own rules: it follows its parent's (or the defaults) again."""
    with transaction.atomic():
        policy = ComplaintPolicy.objects.select_for_update().filter(office=office).first()
        if policy is None:
            return False
        AuditEvent.record(actor=actor, action="complaint_policy.deleted", target=policy, office=office)
        policy.delete()
    return True


#: LAPOR!: a followed-up complaint closes by itself when the reporter has not answered in this many
#: working days (docs/complaints.md). Saying "belum selesai" before then reopens it instead.
AUTO_CLOSE_DAYS = 10


def auto_close_due(now: datetime | None = None) -> int:
    """Scheduler job: close as resolved every followed-up complaint whose reporter stayed silent for
    AUTO_CLOSE_DAYS working days after the follow-up (office calendar). Each close goes through the
    kernel (row locked, state checked), so two schedulers never close one complaint twice."""
    now = now or timezone.now()
    # 10 working days are at least 10 calendar days: only those rows need the calendar.
    candidates = Complaint.objects.filter(
        status=Status.FOLLOWED_UP, followed_up_at__lte=now - timedelta(days=AUTO_CLOSE_DAYS)
    ).select_related("office")
    closed = 0
    for c in candidates:
        if c.followed_up_at is None:  # excluded by the filter; narrows the type
            continue
        due = deadline(c.office, c.followed_up_at, AUTO_CLOSE_DAYS)
        if due.due_at > now:
            continue

        def change(row):
            row.closed_at = now

        try:
            move(
                c,
                Status.RESOLVED,
                actor=None,
                action="complaint.auto_closed",
                seen=Status.FOLLOWED_UP,
                reason=gettext("The reporter did not answer the follow-up within %(days)s working days.")
                % {"days": AUTO_CLOSE_DAYS},
                change=change,
                fields=["closed_at"],
                refused=gettext("it cannot be closed as resolved"),
            )
        except TransitionError:  # the reporter reopened it meanwhile
            continue
        closed += Complaint.objects.filter(pk=c.pk, status=Status.RESOLVED, closed_at=now).count()
    return closed
