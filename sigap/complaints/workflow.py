"""The complaint workflow (SP4N-LAPOR!, docs/complaints.md): states, the map between them, and the kernel call.

Every move goes through sigap.core.transitions.change_state: the row is locked, the state the
officer saw is checked against the map, the change and its AuditEvent are written together.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from sigap.core.transitions import Workflow, change_state


class Status(models.TextChoices):
    RECEIVED = "received", _("Received, not yet verified")
    POSTPONED = "postponed", _("On hold")
    VERIFIED = "verified", _("Verified")
    DISPOSED = "disposed", _("Disposed to a unit")
    IN_FOLLOW_UP = "in_follow_up", _("Being followed up")
    FOLLOWED_UP = "followed_up", _("Followed up")
    REOPENED = "reopened", _("Reopened: the reporter says it is not resolved")
    RESOLVED = "resolved", _("Closed: resolved")
    NOT_COMPETENT = "not_competent", _("Closed: not within our authority")
    DUPLICATE = "duplicate", _("Closed: duplicate")
    NOT_ACTIONABLE = "not_actionable", _("Closed: cannot be followed up")


#: The closing states of the verification step (LAPOR!: Bukan Wewenang, Arsipkan).
REJECTING = (Status.NOT_COMPETENT, Status.DUPLICATE, Status.NOT_ACTIONABLE)
CLOSED_STATUSES = (Status.RESOLVED, *REJECTING)
#: Waiting for the office to verify (the 3-working-day clock runs).
UNVERIFIED = (Status.RECEIVED, Status.POSTPONED)
#: Waiting for the unit's follow-up (the tier clock runs).
IN_HAND = (Status.VERIFIED, Status.DISPOSED, Status.IN_FOLLOW_UP, Status.REOPENED)
OPEN_STATUSES = (*UNVERIFIED, *IN_HAND)

TRANSITIONS: dict[str, set[str]] = {
    Status.RECEIVED: {Status.VERIFIED, Status.POSTPONED, *REJECTING},
    Status.POSTPONED: {Status.VERIFIED, *REJECTING},
    Status.VERIFIED: {Status.DISPOSED, Status.IN_FOLLOW_UP, Status.FOLLOWED_UP, *REJECTING},
    Status.DISPOSED: {Status.IN_FOLLOW_UP, Status.FOLLOWED_UP},
    Status.IN_FOLLOW_UP: {Status.FOLLOWED_UP},
    Status.REOPENED: {Status.IN_FOLLOW_UP, Status.FOLLOWED_UP},
    Status.FOLLOWED_UP: {Status.RESOLVED, Status.REOPENED},
    Status.RESOLVED: {Status.REOPENED},
    Status.NOT_COMPETENT: set(),
    Status.DUPLICATE: set(),
    Status.NOT_ACTIONABLE: set(),
}

COMPLAINT_FLOW = Workflow(
    TRANSITIONS,
    notes={
        Status.RECEIVED: _("This complaint has not been verified yet"),
        Status.POSTPONED: _("This complaint is on hold, waiting for the reporter"),
        Status.VERIFIED: _("This complaint has already been verified"),
        Status.DISPOSED: _("This complaint has already been disposed to a unit"),
        Status.IN_FOLLOW_UP: _("This complaint is already being followed up"),
        Status.FOLLOWED_UP: _("This complaint has already been followed up"),
        Status.REOPENED: _("The reporter has already reopened this complaint"),
        Status.RESOLVED: _("This complaint is already closed as resolved"),
        Status.NOT_COMPETENT: _("This complaint is already closed as not within our authority"),
        Status.DUPLICATE: _("This complaint is already closed as a duplicate"),
        Status.NOT_ACTIONABLE: _("This complaint is already closed as impossible to follow up"),
    },
)


def move(complaint, to: str, *, actor, action: str, seen: str | None = None, **options):
    """One move of ``complaint`` to ``to`` through the kernel.

    ``seen`` is the state the page showed. A second identical click (the page still says
    ``seen`` but the row already reached ``to``) changes nothing and raises nothing."""
    if seen:
        if seen not in Status.values:
            seen = None
        else:
            complaint.status = seen
    done = (lambda row: row.status == to and seen is not None and seen != to) if seen else None
    return change_state(complaint, COMPLAINT_FLOW, to, actor=actor, action=action, done_if=done, **options)
