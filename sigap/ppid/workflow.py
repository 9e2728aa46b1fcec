"""The PPID workflows: request and objection states, their maps, and one method per move.

Mixed into the models (InformationRequest, Objection). Every move goes through the core kernel
(sigap.core.transitions.change_state: lock the row, check the state the officer saw and the map,
guard, save, audit, e-mail after commit), so concurrent clicks give one change (docs/state-changes.md).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, cast

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sigap.core.transitions import TransitionError, Workflow, change_state

if TYPE_CHECKING:
    from sigap.core.models import Office

    from .models import InformationRequest, Objection


class Status(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    IN_PROCESS = "in_process", _("In process")
    EXTENDED = "extended", _("Extended")
    NOTIFIED = "notified", _("Written notice issued")
    DELIVERED = "delivered", _("Information delivered")
    CLOSED = "closed", _("Closed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


OPEN_STATUSES = (Status.REGISTERED, Status.IN_PROCESS, Status.EXTENDED)

TRANSITIONS: dict[str, set[str]] = {
    Status.REGISTERED: {Status.IN_PROCESS, Status.EXTENDED, Status.NOTIFIED, Status.WITHDRAWN},
    Status.IN_PROCESS: {Status.EXTENDED, Status.NOTIFIED, Status.WITHDRAWN},
    Status.EXTENDED: {Status.NOTIFIED, Status.WITHDRAWN},
    Status.NOTIFIED: {Status.DELIVERED, Status.CLOSED, Status.WITHDRAWN},
    Status.DELIVERED: {Status.CLOSED},
    Status.CLOSED: set(),
    Status.WITHDRAWN: set(),
}

# What each state means to an officer whose click came too late (first half of a refusal).
REQUEST_FLOW = Workflow(
    TRANSITIONS,
    notes={
        Status.REGISTERED: _("This request has only just been registered"),
        Status.IN_PROCESS: _("This request is being processed"),
        Status.EXTENDED: _("The deadline of this request has already been extended"),
        Status.NOTIFIED: _("The written notice for this request has already been issued"),
        Status.DELIVERED: _("The information has already been delivered to the requester"),
        Status.CLOSED: _("This request is already closed"),
        Status.WITHDRAWN: _("This request has already been withdrawn by the requester"),
    },
)


class Outcome(models.TextChoices):
    GRANTED = "granted", _("Granted")
    PARTLY_GRANTED = "partly_granted", _("Partly granted")
    REFUSED = "refused", _("Refused")
    NOT_HELD = "not_held", _("Not held by this body")
    NOT_DOCUMENTED = "not_documented", _("Not yet documented")


DELIVERABLE_OUTCOMES = (Outcome.GRANTED, Outcome.PARTLY_GRANTED)


class ObjectionStatus(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    IN_REVIEW = "in_review", _("Under review by the Atasan PPID")
    UPHELD = "upheld", _("Granted: information to be provided")
    REJECTED = "rejected", _("Rejected: PPID decision confirmed")
    CLOSED = "closed", _("Closed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


OBJECTION_TRANSITIONS: dict[str, set[str]] = {
    ObjectionStatus.REGISTERED: {
        ObjectionStatus.IN_REVIEW,
        ObjectionStatus.UPHELD,
        ObjectionStatus.REJECTED,
        ObjectionStatus.WITHDRAWN,
    },
    ObjectionStatus.IN_REVIEW: {ObjectionStatus.UPHELD, ObjectionStatus.REJECTED, ObjectionStatus.WITHDRAWN},
    ObjectionStatus.UPHELD: {ObjectionStatus.CLOSED},
    ObjectionStatus.REJECTED: {ObjectionStatus.CLOSED},
    ObjectionStatus.CLOSED: set(),
    ObjectionStatus.WITHDRAWN: set(),
}

OBJECTION_FLOW = Workflow(
    OBJECTION_TRANSITIONS,
    notes={
        ObjectionStatus.REGISTERED: _("This objection has only just been registered"),
        ObjectionStatus.IN_REVIEW: _("This objection is under review by the Atasan PPID"),
        ObjectionStatus.UPHELD: _("The Atasan PPID has already granted this objection"),
        ObjectionStatus.REJECTED: _("The Atasan PPID has already rejected this objection"),
        ObjectionStatus.CLOSED: _("This objection is already closed"),
        ObjectionStatus.WITHDRAWN: _("This objection has already been withdrawn"),
    },
)


def _waiting():
    from . import waiting  # local: waiting imports the models, which import this module

    return waiting


class RequestTransitions:
    """The moves of an information request (UU KIP Pasal 22; docs/ppid.md, Workflow)."""

    # -- state machine: every move goes through the core kernel (lock, check, save, audit, notify)

    def _move(self, actor, to, action: str, *, refused: str, email: str = "", **options) -> None:
        this = cast("InformationRequest", self)  # mixed into InformationRequest only
        notify = [partial(_queue_email, this.pk, email)] if email else []
        notify.append(partial(_queue_follow_updates, this.pk))  # e-mail followers (ppid/following.py)
        change_state(this, REQUEST_FLOW, to, actor=actor, action=action, refused=refused, notify=notify, **options)

    def dispose(self, actor, unit: Office, internal_due: date | None, note: str = "") -> None:
        """Disposisi to a PPID Pelaksana / Pembantu unit with an internal due date."""

        def guard(req):
            if req.status not in OPEN_STATUSES:
                raise TransitionError(gettext("Only an open request can be assigned."))
            if internal_due and req.due_date and internal_due > req.due_date:
                raise TransitionError(gettext("The internal due date must not be after the legal due date."))

        def change(req):
            req.assigned_unit, req.assigned_at, req.internal_due_date = unit, timezone.now(), internal_due

        # a registered request goes into process; one already in process keeps its status
        self._move(
            actor,
            lambda req: Status.IN_PROCESS if req.status == Status.REGISTERED else None,
            "ppid_request.disposed",
            refused=gettext("the assignment cannot be made"),
            reason=note,
            guard=guard,
            change=change,
            fields=["assigned_unit", "assigned_at", "internal_due_date"],
            data={"unit": unit.name, "internal_due": internal_due.isoformat() if internal_due else ""},
        )

    def extend(self, actor, reason: str) -> None:
        """+7 working days with written reasons, once (UU KIP Pasal 22(8)), before the due date."""
        if not reason.strip():
            raise TransitionError(gettext("An extension needs a written reason."))

        def guard(req):
            if req.extended_at or req.extension_days:
                raise TransitionError(gettext("The deadline may be extended only once."))
            if req.is_overdue:
                raise TransitionError(gettext("The due date has passed; it can no longer be extended."))

        def change(req):
            old_due = req.due_date
            req.extension_days = req.regulation.extension_days
            req.extended_at, req.extension_reason = timezone.now(), reason.strip()
            req.apply_deadline()
            req.reminded_at = None
            return {"old_due": old_due.isoformat() if old_due else "", "due": req.due_date.isoformat()}

        self._move(
            actor,
            Status.EXTENDED,
            "ppid_request.extended",
            refused=gettext("the extension cannot be made"),
            already=gettext("The deadline may be extended only once."),
            reason=reason,
            guard=guard,
            change=change,
            fields=[
                "extension_days",
                "extended_at",
                "extension_reason",
                "due_date",
                "due_at",
                "calendar_version",
                "reminded_at",
            ],
            then=lambda req: _waiting().request_extended(req),
            email="extended",
        )

    def notify(self, actor, outcome: str, **values) -> None:
        """Pemberitahuan tertulis with exactly one outcome (UU KIP Pasal 22(7); docs/ppid.md, Written notice)."""
        outcome = Outcome(outcome)
        errors = {}
        if outcome == Outcome.PARTLY_GRANTED and not values.get("redaction_notes", "").strip():
            errors["redaction_notes"] = gettext("Explain what was blacked out and why.")
        if outcome == Outcome.REFUSED:
            if not values.get("refusal_ground"):
                errors["refusal_ground"] = gettext("A refusal needs its Pasal 17 ground.")
            if not values.get("consequence_test") and not values.get("dik_entry"):
                errors["dik_entry"] = gettext("A refusal must point to a DIK entry or a consequence test.")
        if outcome == Outcome.NOT_HELD and not values.get("holder", "").strip():
            errors["holder"] = gettext("Name the body that holds the information (or write “tidak diketahui”).")
        if outcome == Outcome.NOT_DOCUMENTED and not values.get("documented_by"):
            errors["documented_by"] = gettext("State when the information will be documented.")
        if errors:
            raise TransitionError(errors)
        allowed = {
            "notice_text",
            "info_form",
            "redaction_notes",
            "refusal_ground",
            "consequence_test",
            "dik_entry",
            "holder",
            "documented_by",
            "cost",
            "provide_days",
        }

        def change(req):
            for key, value in values.items():
                if key in allowed and value is not None:
                    setattr(req, key, value)
            req.outcome, req.notified_at = outcome, values.get("notified_at") or timezone.now()
            return {"outcome": outcome.value, "late": req.notice_late}

        self._move(
            actor,
            Status.NOTIFIED,
            "ppid_request.notified",
            refused=gettext("no written notice can be issued"),
            reason=values.get("notice_text") or cast("InformationRequest", self).notice_text,
            change=change,
            fields=["outcome", "notified_at", *(k for k in allowed if k in values)],
            then=lambda req: _waiting().request_answered(req),
            email="notified",
        )

    def deliver(self, actor, channel: str, cost=None, note: str = "") -> None:
        def guard(req):
            if req.status == Status.NOTIFIED and req.outcome not in DELIVERABLE_OUTCOMES:
                raise TransitionError(gettext("Only granted information can be delivered."))

        def change(req):
            req.delivered_at, req.delivery_channel = timezone.now(), channel
            if cost is not None:
                req.cost = cost

        self._move(
            actor,
            Status.DELIVERED,
            "ppid_request.delivered",
            refused=gettext("the information cannot be delivered"),
            reason=note,
            guard=guard,
            change=change,
            fields=["delivered_at", "delivery_channel", *(["cost"] if cost is not None else [])],
            data={"channel": channel},
        )

    def close(self, actor, note: str = "") -> None:
        def change(req):
            req.closed_at = timezone.now()

        self._move(
            actor,
            Status.CLOSED,
            "ppid_request.closed",
            refused=gettext("it cannot be closed"),
            reason=note,
            change=change,
            fields=["closed_at"],
        )

    def withdraw(self, actor, reason: str = "") -> None:
        def change(req):
            req.withdrawn_at = timezone.now()

        self._move(
            actor,
            Status.WITHDRAWN,
            "ppid_request.withdrawn",
            refused=gettext("it cannot be withdrawn"),
            reason=reason,
            change=change,
            fields=["withdrawn_at"],
            then=lambda req: _waiting().request_answered(req),
        )

    def reopen_for_delivery(self, actor, objection) -> None:
        """The Atasan PPID ordered disclosure: the request goes back to 'notice issued, granted'.

        Not a move of the desk's map but an order from above, so allowed from any state; a request
        withdrawn or already delivered (as read under its lock) has nothing to reopen."""

        def change(req):
            req.outcome = Outcome.GRANTED

        self._move(
            actor,
            Status.NOTIFIED,
            "ppid_request.reopened",
            refused=gettext("the objection decision cannot reopen it"),
            reason=objection.decision_text,
            change=change,
            fields=["outcome"],
            data={"objection": objection.number},
            from_states=Status.values,
            check_seen=False,
            done_if=lambda req: req.status in (Status.WITHDRAWN, Status.DELIVERED),
        )


class ObjectionTransitions:
    """The moves of an objection to the Atasan PPID (UU KIP Pasal 35–36)."""

    def _move(self, actor, to, action: str, *, refused: str, **options) -> None:
        this = cast("Objection", self)
        notify = [partial(_queue_follow_updates, this.request_id)]  # the tracking page shows objections
        change_state(this, OBJECTION_FLOW, to, actor=actor, action=action, refused=refused, notify=notify, **options)

    def start_review(self, actor, note: str = "") -> None:
        self._move(
            actor,
            ObjectionStatus.IN_REVIEW,
            "ppid_objection.in_review",
            refused=gettext("the review cannot start"),
            reason=note,
        )

    def answer(self, actor, *, upheld: bool, decision_text: str, superior_name: str, superior_position: str) -> None:
        """The Atasan PPID's written answer; confirming the PPID needs written reasons (Pasal 36(2))."""
        if not decision_text.strip():
            raise TransitionError({"decision_text": gettext("The answer needs written reasons.")})
        if not superior_name.strip() or not superior_position.strip():
            raise TransitionError({"superior_name": gettext("Give the name and position of the Atasan PPID.")})

        def change(obj):
            obj.decision_text, obj.superior_name, obj.superior_position = (
                decision_text,
                superior_name,
                superior_position,
            )
            obj.answered_at = timezone.now()

        def then(obj):
            _waiting().objection_decided(obj)
            # in the same transaction: an upheld objection reopens the request (locked in its turn)
            if upheld:
                obj.request.reopen_for_delivery(actor, obj)

        to = ObjectionStatus.UPHELD if upheld else ObjectionStatus.REJECTED
        self._move(
            actor,
            to,
            "ppid_objection.answered",
            refused=gettext("no answer can be recorded"),
            reason=decision_text,
            change=change,
            then=then,
            fields=["decision_text", "superior_name", "superior_position", "answered_at"],
        )

    def record_reaction(self, actor, reaction: str) -> None:
        if not reaction.strip():
            raise TransitionError({"requester_reaction": gettext("Write down the requester's reaction.")})

        def change(obj):
            obj.requester_reaction, obj.reaction_at = reaction, timezone.now()

        self._move(
            actor,
            ObjectionStatus.CLOSED,
            "ppid_objection.closed",
            refused=gettext("it cannot be closed"),
            reason=reaction,
            change=change,
            fields=["requester_reaction", "reaction_at"],
        )

    def withdraw(self, actor, reason: str = "") -> None:
        self._move(
            actor,
            ObjectionStatus.WITHDRAWN,
            "ppid_objection.withdrawn",
            refused=gettext("it cannot be withdrawn"),
            reason=reason,
            then=lambda obj: _waiting().objection_decided(obj),
        )


def _queue_email(request_id: int, event: str) -> None:
    from .tasks import notify_task  # local: the models import this module; tasks imports them

    notify_task.enqueue(request_id, event)


def _queue_follow_updates(request_id: int) -> None:
    from .following import queue_updates  # local: following imports the models, which import this module

    queue_updates(request_id)
