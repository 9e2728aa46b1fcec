"""Who is told that a PPID request or objection waits for them (sigap/alerts/waiting.py does the telling).

The office's PPID officers and those of the unit the request was assigned to (the same people as
the desk's e-mails, notifications.staff_emails). Titles carry the registration number and the due
date only, never the requester's name, NIK or contact: they also go out by e-mail.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import gettext as _

from sigap.alerts.models import WaitingKind
from sigap.alerts.waiting import notify_waiting, resolve_waiting
from sigap.core.models import Role
from sigap.lib.waktu import format_date

from .models import InformationRequest, Objection

#: An open request this many working days (or fewer) before its legal due date is "due soon"
#: (or earlier, when the office's regulation asks for an earlier reminder).
DUE_SOON_WORKING_DAYS = 3


def due_soon_days(req: InformationRequest) -> int:
    return max(DUE_SOON_WORKING_DAYS, req.regulation.reminder_days)


def officers(office_ids: set[int]):
    return (
        get_user_model()
        .objects.filter(memberships__office_id__in=office_ids, memberships__role=Role.PPID, is_active=True)
        .distinct()
    )


def _request_officers(req: InformationRequest):
    return officers({req.office_id} | ({req.assigned_unit_id} if req.assigned_unit_id else set()))


def _request_url(req: InformationRequest) -> str:
    return reverse("ppid:request_detail", args=[req.pk])


def request_due_soon(req: InformationRequest, working_days_left: int) -> int:
    assert req.due_date is not None  # noqa: S101 - narrows the type: only registered requests come here
    title = _("Request %(number)s is due on %(due)s (%(left)d working days left)") % {
        "number": req.number,
        "due": format_date(req.due_date),
        "left": working_days_left,
    }
    return notify_waiting(
        WaitingKind.PPID_DUE,
        office_id=req.office_id,
        subject=f"ppid_request:{req.pk}:due:{req.due_date.isoformat()}",  # an extension makes a new due date
        users=_request_officers(req),
        title=title,
        url=_request_url(req),
    )


def request_overdue(req: InformationRequest) -> int:
    assert req.due_date is not None  # noqa: S101 - narrows the type: overdue means one
    resolve_waiting(prefix=f"ppid_request:{req.pk}:due:")  # "due soon" is overtaken
    title = _("OVERDUE: request %(number)s passed its due date of %(due)s") % {
        "number": req.number,
        "due": format_date(req.due_date),
    }
    return notify_waiting(
        WaitingKind.PPID_OVERDUE,
        office_id=req.office_id,
        subject=f"ppid_request:{req.pk}:overdue",
        users=_request_officers(req),
        title=title,
        url=_request_url(req),
    )


def request_answered(req: InformationRequest) -> int:
    """Written notice issued or request withdrawn: nothing waits any more."""
    return resolve_waiting(prefix=f"ppid_request:{req.pk}:")


def request_extended(req: InformationRequest) -> int:
    """A later due date: the "due soon" of the old one no longer holds."""
    return resolve_waiting(prefix=f"ppid_request:{req.pk}:due:")


def objection_registered(obj: Objection) -> int:
    title = _("Objection %(number)s to request %(request)s awaits a decision by %(due)s") % {
        "number": obj.number,
        "request": obj.request.number,
        "due": format_date(obj.due_date) if obj.due_date else "-",
    }
    return notify_waiting(
        WaitingKind.OBJECTION,
        office_id=obj.office_id,
        subject=f"ppid_objection:{obj.pk}",
        users=officers({obj.office_id}),
        title=title,
        url=reverse("ppid:objection_detail", args=[obj.pk]),
    )


def objection_decided(obj: Objection) -> int:
    return resolve_waiting(f"ppid_objection:{obj.pk}")
