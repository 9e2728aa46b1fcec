"""The tracking page's story: what happened to a request, what comes next and by when, and the right to object.

Written for the code holder: only what they already know or what the office did in public duty
(dates, decisions, deadlines). No name, NIK, address, contact or file of the requester, and no
officer's name. Dates in the office zone, in the house form (sigap/lib/waktu.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext as _

from sigap.lib.waktu import format_date, format_datetime
from sigap.ppid.models import DELIVERABLE_OUTCOMES, InformationRequest, Outcome, Status


@dataclass(frozen=True)
class Step:
    at: datetime
    when: str
    text: str


def _when(req: InformationRequest, moment: datetime) -> str:
    return format_datetime(moment, req.office.time_zone)


def history(req: InformationRequest, objections) -> list[Step]:
    """What happened, oldest first, one Indonesian sentence each."""
    rows: list[tuple[datetime, str]] = [
        (
            req.received_at,
            _("The request was received through %(channel)s and registered with number %(number)s.")
            % {"channel": req.get_channel_display(), "number": req.number},
        )
    ]
    if req.assigned_at:
        rows.append((req.assigned_at, _("The request was passed to the PPID unit that holds the information.")))
    if req.extended_at and req.due_date:
        rows.append(
            (
                req.extended_at,
                _("The PPID extended the time limit by %(days)s working days, to %(due)s.")
                % {"days": req.extension_days, "due": format_date(req.due_date)},
            )
        )
    if req.notified_at:
        rows.append(
            (
                req.notified_at,
                _("The PPID issued the written notice. Decision: %(outcome)s.")
                % {"outcome": req.get_outcome_display() or "-"},
            )
        )
    if req.delivered_at:
        channel = req.get_delivery_channel_display() or req.get_delivery_method_display()
        rows.append((req.delivered_at, _("The information was handed over (%(channel)s).") % {"channel": channel}))
    if req.withdrawn_at:
        rows.append((req.withdrawn_at, _("The request was withdrawn.")))
    if req.closed_at:
        rows.append((req.closed_at, _("The request was closed.")))
    for o in objections:
        rows.append((o.received_at, _("Objection %(number)s was filed with the Atasan PPID.") % {"number": o.number}))
        if o.answered_at:
            rows.append(
                (
                    o.answered_at,
                    _("The Atasan PPID answered objection %(number)s: %(status)s.")
                    % {"number": o.number, "status": o.get_status_display()},
                )
            )
    rows.sort(key=lambda row: row[0])
    return [Step(at, _when(req, at), text) for at, text in rows]


def next_step(req: InformationRequest, objections) -> str:
    """What happens next and by when (UU KIP Pasal 22(7)–(8), Pasal 36(2)), in one or two sentences."""
    waiting = [o for o in objections if o.is_open and o.due_date]
    if waiting:
        o = waiting[-1]
        return _("The Atasan PPID must answer objection %(number)s by %(due)s at the latest (30 working days).") % {
            "number": o.number,
            "due": format_date(o.due_date),
        }
    if req.status == Status.WITHDRAWN:
        return _("The request was withdrawn: the PPID takes no further step.")
    if req.is_open and req.due_date:
        due = format_date(req.due_date)
        if req.is_overdue:
            return _(
                "The time limit for the written notice (%(due)s) has passed without an answer. "
                "You have the right to file an objection with the Atasan PPID."
            ) % {"due": due}
        if req.extended_at:
            return _(
                "The PPID must give you a written notice by %(due)s at the latest: the time limit after the "
                "extension, which may be used only once."
            ) % {"due": due}
        return _(
            "The PPID must give you a written notice by %(due)s at the latest (%(days)s working days after the "
            "request was received). The PPID may extend this once, by at most 7 working days, with written reasons."
        ) % {"due": due, "days": req.base_days}
    if req.status == Status.NOTIFIED and req.outcome in DELIVERABLE_OUTCOMES:
        return _(
            "The information will be handed over the way you chose (%(method)s). Contact the PPID desk if it "
            "has not reached you."
        ) % {"method": req.get_delivery_method_display()}
    if req.status == Status.DELIVERED:
        return _(
            "The information has been handed over (%(channel)s); this portal keeps no copy of it. "
            "Contact the PPID desk if it has not reached you."
        ) % {"channel": req.get_delivery_channel_display() or req.get_delivery_method_display()}
    if req.outcome in (Outcome.REFUSED, Outcome.NOT_HELD, Outcome.NOT_DOCUMENTED):
        return _("The PPID has issued its written notice; no further step is due from the PPID.")
    return _("The request is finished: no further step is due from the PPID.")
