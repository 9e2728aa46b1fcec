"""The crisis workflows: CERC phases, the approval of messages, checklist tasks.

Mixed into the models (Crisis, Message, Task). Every move goes through the core kernel
(sigap.core.transitions.change_state: lock the row, check the state the user saw and the map,
save, audit, notify after commit), so concurrent clicks give one change (docs/state-changes.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sigap.core.transitions import TransitionError, Workflow, change_state

if TYPE_CHECKING:
    from .models import Crisis, Message, Publication, Task


class Phase(models.TextChoices):
    PRA_KRISIS = "pra_krisis", _("Pre-crisis")
    AWAL = "awal", _("Initial")
    PEMELIHARAAN = "pemeliharaan", _("Maintenance")
    RESOLUSI = "resolusi", _("Resolution")
    EVALUASI = "evaluasi", _("Evaluation")


PHASE_TRANSITIONS: dict[str, set[str]] = {
    Phase.PRA_KRISIS: {Phase.AWAL},
    Phase.AWAL: {Phase.PEMELIHARAAN, Phase.RESOLUSI},
    Phase.PEMELIHARAAN: {Phase.AWAL, Phase.RESOLUSI},
    Phase.RESOLUSI: {Phase.PEMELIHARAAN, Phase.EVALUASI},
    Phase.EVALUASI: {Phase.PEMELIHARAAN},
}

PHASE_FLOW = Workflow(
    PHASE_TRANSITIONS,
    field="phase",
    notes={phase: format_lazy(_("The crisis is now in the “{}” phase"), label) for phase, label in Phase.choices},
)


class MessageStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    APPROVED = "approved", _("Approved")
    PUBLISHED = "published", _("Published")


MESSAGE_TRANSITIONS: dict[str, set[str]] = {
    MessageStatus.DRAFT: {MessageStatus.REVIEW},
    MessageStatus.REVIEW: {MessageStatus.DRAFT, MessageStatus.APPROVED},
    MessageStatus.APPROVED: {MessageStatus.PUBLISHED, MessageStatus.DRAFT},
    MessageStatus.PUBLISHED: {MessageStatus.PUBLISHED},
}

# A decision on a message is about the version the user read: a newer version makes it stale.
MESSAGE_FLOW = Workflow(
    MESSAGE_TRANSITIONS,
    watch=("version",),
    notes={
        MessageStatus.DRAFT: _("This message is a draft"),
        MessageStatus.REVIEW: _("This message is already in review"),
        MessageStatus.APPROVED: _("This message has already been approved"),
        MessageStatus.PUBLISHED: _("This message has already been published"),
    },
)

# A statement with a template blank left ("[fakta yang sudah diverifikasi]", "{juru_bicara}") goes
# no further: each step names the blanks and says what to do (Message.blanks, placeholders.py).
BLANKS_REFUSAL = {
    "submit": _("The statement still has blanks to fill in: %(blanks)s. Complete them before sending it for review."),
    "approve": _(
        "The statement still has blanks to fill in: %(blanks)s. Return it to draft to be completed before approval."
    ),
    "publish": _(
        "The statement still has blanks to fill in: %(blanks)s. Complete them (the message goes back to draft "
        "and needs approval again) before publishing."
    ),
}


def require_complete(message: Message, step: str) -> None:
    """Refuse ``step`` (submit, approve, publish) while the message has a template blank left."""
    blanks = message.blanks()
    if blanks:
        raise TransitionError(str(BLANKS_REFUSAL[step]) % {"blanks": ", ".join(blanks)})


# A task has no status column: it is open or done by its done_at.
TASK_FLOW = Workflow(
    {"open": {"done"}, "done": {"open"}},
    field=None,
    watch=("done_at",),
    state=lambda task: "done" if task.done_at else "open",
    labels={"open": _("not done yet"), "done": _("done")},
)


def _waiting():
    from . import waiting  # local: waiting imports access, which imports the models that import this module

    return waiting


class PhaseTransitions:
    """The CERC phase of a crisis."""

    def move_phase(self, to: str, *, actor, reason: str) -> None:
        this = cast("Crisis", self)  # mixed into Crisis only
        if to not in Phase.values:
            raise TransitionError(
                gettext("The crisis cannot move from %(a)s to %(b)s.") % {"a": this.get_phase_display(), "b": to}
            )
        if not reason.strip():
            raise TransitionError(gettext("Give a reason for the phase change."))
        label = Phase(to).label

        def change(crisis):
            crisis.phase_since = timezone.now()
            if to in (Phase.RESOLUSI, Phase.EVALUASI) and crisis.resolved_at is None:
                crisis.resolved_at = crisis.phase_since

        change_state(
            this,
            PHASE_FLOW,
            to,
            actor=actor,
            action="crisis.phase",
            reason=reason.strip(),
            change=change,
            fields=["phase_since", "resolved_at"],
            then=lambda crisis: crisis.add_checklist(to, start=crisis.phase_since),
            refused=gettext("the move to %(b)s cannot be made") % {"b": label},
            already=gettext("The crisis is already in the “%(b)s” phase.") % {"b": label},
        )


class TaskTransitions:
    """A checklist task is open or done."""

    def complete(self, *, actor) -> None:
        """Mark done; a second click (or a second worker) finds it done and changes nothing."""
        this = cast("Task", self)  # mixed into Task only

        def change(task):
            task.done_at, task.done_by = timezone.now(), actor
            return {"late": task.done_late}

        change_state(
            this,
            TASK_FLOW,
            "done",
            actor=actor,
            action="crisis_task.done",
            office=this.crisis.office,
            change=change,
            fields=["done_at", "done_by"],
            done_if=lambda task: task.done_at is not None,
            then=lambda task: _waiting().task_done(task),
            refused=gettext("it cannot be marked done"),
        )

    def reopen(self, *, actor) -> None:
        this = cast("Task", self)  # mixed into Task only

        def change(task):
            task.done_at, task.done_by = None, None

        change_state(
            this,
            TASK_FLOW,
            "open",
            actor=actor,
            action="crisis_task.reopened",
            office=this.crisis.office,
            change=change,
            fields=["done_at", "done_by"],
            done_if=lambda task: task.done_at is None,
            refused=gettext("it cannot be reopened"),
        )


class MessageTransitions:
    """Draft → review → approved → published (the edits themselves are Message.save_draft)."""

    def _move(self, to: str, *, actor, action: str, refused: str, **options) -> None:
        this = cast("Message", self)  # mixed into Message only
        change_state(
            this,
            MESSAGE_FLOW,
            to,
            actor=actor,
            action=action,
            office=this.crisis.office,
            data={"version": this.version},
            refused=refused,
            **options,
        )

    def submit(self, *, actor) -> None:
        def change(message):
            message.submitted_at = timezone.now()

        self._move(
            MessageStatus.REVIEW,
            actor=actor,
            action="crisis_message.submitted",
            refused=gettext("it cannot be sent for review"),
            guard=lambda message: require_complete(message, "submit"),
            change=change,
            fields=["submitted_at"],
            then=lambda message: _waiting().message_in_review(message, actor=actor),
        )

    def return_to_draft(self, *, actor, reason: str) -> None:
        self._move(
            MessageStatus.DRAFT,
            actor=actor,
            action="crisis_message.returned",
            refused=gettext("it cannot be returned to draft"),
            reason=reason,
            then=lambda message: _waiting().message_decided(message),
        )

    def approve(self, *, actor) -> None:
        from .access import can_approve  # local: the models import this module; access imports them

        if not can_approve(actor, cast("Message", self).crisis):
            raise PermissionDenied(
                gettext("Only the crisis approver or the office's leadership may approve this message.")
            )

        def change(message):
            message.approved_at, message.approved_by = timezone.now(), actor

        self._move(
            MessageStatus.APPROVED,
            actor=actor,
            action="crisis_message.approved",
            refused=gettext("it cannot be approved"),
            guard=lambda message: require_complete(message, "approve"),
            change=change,
            fields=["approved_at", "approved_by"],
            then=lambda message: _waiting().message_decided(message),
        )

    def cosign(self, office, *, actor):
        """A partner office endorses the approved text; the message itself stays where it is.

        Through the kernel so a co-signature cannot land on a message that was just returned to
        draft (a new text the partner never read); a second click changes nothing."""
        # local: the models import this module; access imports them
        from .access import cosign_office_ids
        from .models import CoSign

        if office.pk not in cosign_office_ids(actor, self.crisis):
            raise PermissionDenied(gettext("Only the leadership or an admin of an invited partner office may co-sign."))
        change_state(
            self,
            MESSAGE_FLOW,
            None,
            actor=actor,
            action="crisis_message.cosigned",
            office=self.crisis.office,
            data={"office": office.slug, "version": self.version},
            from_states={MessageStatus.APPROVED, MessageStatus.PUBLISHED},
            done_if=lambda message: message.cosigns.filter(office=office).exists(),
            then=lambda message: CoSign.objects.create(message=message, office=office, user=actor),
            refused=gettext("it cannot be co-signed"),
        )
        return self.cosigns.get(office=office)

    def mark_published(self, *, actor, publication: Publication) -> None:
        """The first publication publishes the message; later ones (other channels) change nothing."""

        def change(message):
            message.published_at = publication.published_at

        self._move(
            MessageStatus.PUBLISHED,
            actor=actor,
            action="crisis_message.published",
            refused=gettext("it cannot be published"),
            guard=lambda message: require_complete(message, "publish"),
            change=change,
            fields=["published_at"],
            done_if=lambda message: message.status == MessageStatus.PUBLISHED,
        )
