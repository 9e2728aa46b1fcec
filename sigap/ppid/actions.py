"""Writes that span models or have side effects: intake, attachments, recomputing deadlines, periodic jobs."""

from __future__ import annotations

import logging
from copy import copy
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext

from sigap.alerts.actions import raise_events
from sigap.alerts.events import Event, EventKind
from sigap.core.models import AuditEvent, Holiday, Membership, Office, OfficeKind, Role, save_with_audit
from sigap.lib.waktu import format_date

from .following import queue_updates
from .models import (
    OPEN_STATUSES,
    Attachment,
    Channel,
    Dispute,
    InformationRequest,
    Letterhead,
    LetterTemplate,
    Objection,
    ObjectionStatus,
    PelaksanaUnit,
    Regulation,
    SatisfactionResponse,
    TransitionError,
)
from .models.satisfaction import IKM_ELEMENTS
from .tasks import notify_task
from .waiting import due_soon_days, objection_registered, request_due_soon, request_overdue

log = logging.getLogger("sigap.ppid")


def _notify(request_id: int, event: str, *, to_requester: bool = True) -> None:
    if to_requester:
        transaction.on_commit(lambda: notify_task.enqueue(request_id, event))
    else:
        transaction.on_commit(lambda: notify_task.enqueue(request_id, event, to_requester=False))


def create_request(
    office: Office, data: dict, *, actor=None, files=(), idempotency_key: str | None = None, send_receipt: bool = True
):
    """Store a request, register it at once (number, due date, receipt) and queue the receipt e-mail.

    With an ``idempotency_key`` the same submission stored twice returns the first request.
    ``send_receipt=False`` stores and registers it but e-mails no receipt (the portal's per-address cap).
    Returns ``(request, created)``.
    """
    if idempotency_key:
        existing = InformationRequest.objects.filter(idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing, False
    try:
        with transaction.atomic():
            req = InformationRequest(
                office=office,
                idempotency_key=idempotency_key or None,
                created_by=actor if getattr(actor, "is_authenticated", False) else None,
                **data,
            )
            req.received_at = req.received_at or timezone.now()
            req.save()
            for kind, upload, content_type in files:
                add_attachment(req, kind, upload, content_type)
            req.register(actor)
    except IntegrityError:
        existing = (
            InformationRequest.objects.filter(idempotency_key=idempotency_key).first() if idempotency_key else None
        )
        if existing is None:
            raise
        return existing, False
    _notify(req.pk, "registered", to_requester=send_receipt)
    return req, True


def add_attachment(req: InformationRequest, kind: str, upload, content_type: str) -> Attachment:
    att = Attachment(
        request=req, kind=kind, original_name=upload.name[:255], content_type=content_type, size=upload.size
    )
    att.file.save(upload.name, upload, save=False)
    att.save()
    return att


def file_objection(req: InformationRequest, data: dict, *, actor=None, idempotency_key: str | None = None):
    if idempotency_key:
        existing = Objection.objects.filter(idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing, False
    with transaction.atomic():
        obj = Objection(request=req, office=req.office, idempotency_key=idempotency_key or None, **data)
        obj.received_at = obj.received_at or timezone.now()
        late = req.objection_window_errors(obj.grounds, obj.received_at)
        if late:  # UU KIP Pasal 36(1); the forms show the same messages field by field
            raise TransitionError({"grounds": late})
        obj.purpose = obj.purpose or req.purpose
        obj.save()
        obj.register(actor)
        objection_registered(obj)
    _notify(req.pk, "objection_registered")
    queue_updates(req.pk)  # the tracking page shows the objection: tell its followers
    return obj, True


# --------------------------------------------------------------------------- calendar changes


def _open_deadlines(offices=None) -> list[InformationRequest | Objection]:
    """Requests and objections whose legal clock still runs (of ``offices``; all when None)."""
    requests = InformationRequest.objects.filter(status__in=OPEN_STATUSES).select_related("office")
    objections = Objection.objects.filter(
        status__in=(ObjectionStatus.REGISTERED, ObjectionStatus.IN_REVIEW)
    ).select_related("office", "request")
    if offices is not None:
        requests, objections = requests.filter(office__in=offices), objections.filter(office__in=offices)
    return [*requests, *objections]


def recompute_open_deadlines(actor=None, *, reason: str = "", offices=None) -> int:
    """Recompute every open deadline (after a holiday or regulation change); audit each one that moved."""
    changed = 0
    for obj in _open_deadlines(offices):
        before_due, before_version = obj.due_date, obj.calendar_version
        if not obj.apply_deadline():
            continue
        assert obj.due_date is not None  # noqa: S101 - narrows the type: apply_deadline has just set it
        obj.save(update_fields=["due_date", "due_at", "calendar_version"])
        changed += 1
        AuditEvent.record(
            actor=actor,
            action=f"{obj._meta.model_name}.deadline_recomputed",
            target=obj,
            office=obj.office,
            from_state=getattr(obj, "status", ""),
            to_state=getattr(obj, "status", ""),
            reason=reason,
            data={
                "old_due": before_due.isoformat() if before_due else "",
                "due": obj.due_date.isoformat(),
                "old_calendar": before_version,
                "calendar": obj.calendar_version,
            },
        )
    return changed


def on_holiday_changed(actor, holiday: Holiday, action: str) -> None:
    """Registered in ``Holiday.listeners``: the admin changed the calendar."""
    offices = None
    if holiday.office_id:
        offices = Office.objects.filter(id__in=Office.objects.descendants_of({holiday.office_id}))
    recompute_open_deadlines(actor, reason=f"{action}: {holiday}", offices=offices)


def on_regulation_changed(actor, regulation: Regulation) -> int:
    offices = None
    if regulation.office_id:
        offices = Office.objects.filter(id__in=Office.objects.descendants_of({regulation.office_id}))
    return recompute_open_deadlines(actor, reason=f"regulation changed: {regulation}", offices=offices)


# --------------------------------------------------------------------------- periodic jobs


def mark_overdue() -> int:
    """Scheduled: flag requests past due without a notice (TERLAMBAT), once each; tell both sides."""
    now = timezone.now()
    count = 0
    for pk in (
        InformationRequest.objects.overdue(now).filter(overdue_flagged_at__isnull=True).values_list("pk", flat=True)
    ):
        claimed = InformationRequest.objects.filter(pk=pk, overdue_flagged_at__isnull=True).update(
            overdue_flagged_at=now
        )
        if not claimed:
            continue  # another worker took it
        req = InformationRequest.objects.select_related("office").get(pk=pk)
        assert req.due_date is not None  # noqa: S101 - narrows the type: overdue() means one
        AuditEvent.record(
            actor=None,
            action="ppid_request.overdue",
            target=req,
            office=req.office,
            from_state=req.status,
            to_state=req.status,
            data={"due": req.due_date.isoformat()},
        )
        _raise_alert(req)
        request_overdue(req)  # the officers, in-app and by e-mail
        _notify(req.pk, "overdue")  # the requester
        count += 1
    return count


def send_reminders() -> int:
    """Scheduled: tell the PPID officers (in-app and by e-mail) that a request is due within
    `waiting.due_soon_days` working days, once per due date (an extension resets `reminded_at`)."""
    now = timezone.now()
    count = 0
    soon = InformationRequest.objects.open().filter(
        reminded_at__isnull=True, due_at__gte=now, due_at__lte=now + timedelta(days=21)
    )
    for req in soon.select_related("office"):
        left = req.working_days_left()
        if left is None or left > due_soon_days(req):
            continue
        if not InformationRequest.objects.filter(pk=req.pk, reminded_at__isnull=True).update(reminded_at=now):
            continue
        AuditEvent.record(
            actor=None,
            action="ppid_request.reminder",
            target=req,
            office=req.office,
            from_state=req.status,
            to_state=req.status,
            data={"due": req.due_date.isoformat(), "working_days_left": left},
        )
        request_due_soon(req, left)
        count += 1
    return count


def _raise_alert(req: InformationRequest) -> None:
    """Hand the overdue request to the alerts app: rules of the kind "PPID request past its deadline" match it."""
    try:
        assert req.due_date is not None  # noqa: S101 - narrows the type: only overdue requests come here
        raise_events(
            [
                Event(
                    kind=EventKind.PPID_OVERDUE,
                    office_id=req.office_id,
                    subject=f"ppid_request:{req.pk}",
                    title=gettext("Request %(number)s is past its due date of %(due)s")
                    % {"number": req.number, "due": format_date(req.due_date)},
                    url=reverse("ppid:request_detail", args=[req.pk]),
                    at=timezone.now(),
                )
            ]
        )
    except Exception:  # alerts are best effort; the audit row and the e-mail already record it
        log.exception("raising the PPID alert failed")


# --------------------------------------------------------------------------- complaint channel → request


def is_complaint_document(document) -> bool:
    return document.channel == "complaint" or getattr(document.source, "channel", "") == "complaint"


def intake_initial_from_document(document, offices) -> dict:
    """Prefill the officer intake from a complaint-channel document (e.g. an SP4N-LAPOR! import).

    The legal clock starts when the complaint reached the body: the document's published time.
    """
    office = offices.filter(pk=document.office_id).first() or offices.first()
    text = document.text if not document.title else f"{document.title}\n\n{document.text}"
    received = timezone.localtime(document.published_at)
    return {
        "office": office,
        "channel": Channel.LAPOR,
        "information": text,
        "received_at": received.strftime("%Y-%m-%dT%H:%M"),
        "name": (document.author_name or document.author)[:200],
        "purpose": "",
    }


def document_request_key(document) -> str:
    """One request per complaint document: the conversion is idempotent."""
    return f"monitoring-document-{document.pk}"


def converted_request(document):
    return InformationRequest.objects.filter(idempotency_key=document_request_key(document)).first()


def create_request_from_document(office: Office, data: dict, document, *, actor, files=()):
    data = {**data, "source_document_id": document.pk, "source_url": document.url[:1000]}
    req, created = create_request(
        office, data, actor=actor, files=files, idempotency_key=document_request_key(document)
    )
    if created:
        AuditEvent.record(
            actor=actor,
            action="ppid_request.converted_from_complaint",
            target=req,
            office=req.office,
            to_state=req.status,
            data={
                "document": document.pk,
                "url": document.url,
                "source": document.source_id,
                "published_at": document.published_at.isoformat(),
            },
        )
    return req, created


# --------------------------------------------------------------------------- desk edits, each audited


def record_personal_data_viewed(actor, req: InformationRequest, data: dict) -> None:
    """Opening personal data (the full NIK, an attachment) is itself a row in the audit log."""
    with transaction.atomic():
        AuditEvent.record(
            actor=actor, action="ppid_request.personal_data_viewed", target=req, office=req.office, data=data
        )


def record_register_export(actor, offices, kind: str, fmt: str, rows: int) -> None:
    with transaction.atomic():
        AuditEvent.record(
            actor=actor,
            action="ppid_register.exported",
            target=offices.first(),
            data={"register": kind, "format": fmt, "rows": rows},
        )


def save_dispute(actor, objection: Objection, dispute: Dispute, *, changed: list[str]) -> Dispute:
    """Store a dispute of the objection; the objection's timeline shows the stage too."""
    with transaction.atomic():
        dispute.objection, dispute.office = objection, objection.office
        save_with_audit(
            dispute, actor, "ppid_dispute", office=objection.office, to_state=dispute.stage, data={"changed": changed}
        )
        AuditEvent.record(
            actor=actor,
            action="ppid_objection.dispute",
            target=objection,
            office=objection.office,
            from_state=objection.status,
            to_state=objection.status,
            reason=f"{dispute.get_stage_display()}",
            data={"dispute": dispute.pk},
        )
    return dispute


def save_office_record(actor, record, *, action: str, changed: list[str]):
    """A DIP or DIK entry, consequence test or service report (``action``: the audit prefix, e.g. ``dip_entry``)."""
    with transaction.atomic():
        save_with_audit(record, actor, action, office=record.office, data={"changed": changed})
    return record


def save_letterhead(actor, office: Office, head: Letterhead, *, changed: list[str]) -> Letterhead:
    with transaction.atomic():
        head.office = office
        save_with_audit(head, actor, "ppid_letterhead", office=office, data={"changed": changed})
    return head


def save_letter_template(actor, office: Office, kind: str, template: LetterTemplate) -> LetterTemplate:
    with transaction.atomic():
        template.office, template.kind, template.updated_by = office, kind, actor
        save_with_audit(
            template, actor, "ppid_letter_template", office=office, data={"kind": kind, "body": template.body}
        )
    return template


def reset_letter_template(actor, office: Office, template: LetterTemplate) -> None:
    """Back to the built-in letter: the office's text is deleted, and kept in the audit row."""
    with transaction.atomic():
        AuditEvent.record(
            actor=actor,
            action="ppid_letter_template.reset",
            target=template,
            office=office,
            data={"kind": template.kind, "body": template.body},
        )
        template.delete()


# --------------------------------------------------------------------------- office setup: units, calendar


def _unit_slug(parent: Office, name: str) -> str:
    base = slugify(f"{parent.slug}-{name}")[:50] or f"{parent.slug}-unit"
    slug, n = base, 2
    while Office.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def save_unit(actor, unit: Office, officers, *, parent: Office | None = None, changed=()) -> Office:
    """Add or rename a PPID Pelaksana unit and set who its officers are (role PPID in the unit)."""
    with transaction.atomic():
        created = unit.pk is None
        if created:
            assert parent is not None  # noqa: S101 - the form requires it for a new unit
            unit.parent, unit.kind, unit.time_zone = parent, OfficeKind.PPID_PELAKSANA, parent.time_zone
            unit.slug = _unit_slug(parent, unit.name)
        unit.save()
        PelaksanaUnit.objects.get_or_create(office=unit)
        AuditEvent.record(
            actor=actor,
            action="ppid_unit.created" if created else "ppid_unit.changed",
            target=unit,
            office=unit.parent,
            data={"changed": list(changed)},
        )
        current = {m.user_id: m for m in Membership.objects.filter(office=unit, role=Role.PPID).select_related("user")}
        wanted = {u.pk: u for u in officers}
        for user_id, membership in current.items():
            if user_id not in wanted:
                membership.delete()
                AuditEvent.record(
                    actor=actor,
                    action="ppid_unit.officer_removed",
                    target=unit,
                    office=unit.parent,
                    data={"user": membership.user.username},
                )
        for user_id, user in wanted.items():
            if user_id not in current:
                Membership.objects.create(user=user, office=unit, role=Role.PPID)
                AuditEvent.record(
                    actor=actor,
                    action="ppid_unit.officer_added",
                    target=unit,
                    office=unit.parent,
                    data={"user": user.username},
                )
    return unit


def set_unit_active(actor, unit: Office, active: bool, reason: str = "") -> None:
    """Stop (or resume) dispositions to a unit; its past dispositions and officers stay as they were."""
    with transaction.atomic():
        row, _ = PelaksanaUnit.objects.select_for_update().get_or_create(office=unit)
        if row.active == active:
            return
        row.active, row.deactivated_at = active, None if active else timezone.now()
        row.save(update_fields=["active", "deactivated_at"])
        AuditEvent.record(
            actor=actor,
            action="ppid_unit.reactivated" if active else "ppid_unit.deactivated",
            target=unit,
            office=unit.parent,
            reason=reason,
        )


def _moved_since(last_event_id: int) -> int:
    return AuditEvent.objects.filter(
        id__gt=last_event_id,
        action__in=("informationrequest.deadline_recomputed", "objection.deadline_recomputed"),
    ).count()


def _last_event_id() -> int:
    return AuditEvent.objects.order_by("-id").values_list("id", flat=True).first() or 0


def save_holiday(actor, holiday: Holiday, *, changed=()) -> int:
    """Store a day of the office calendar; the open deadlines are recomputed (``Holiday.listeners``).

    Returns how many deadlines moved.
    """
    with transaction.atomic():
        last = _last_event_id()
        event = save_with_audit(
            holiday,
            actor,
            "holiday",
            office=holiday.office,
            data={"changed": list(changed), "date": holiday.date.isoformat()},
        )
        Holiday.changed(actor, holiday, event.action)
        return _moved_since(last)


def delete_holiday(actor, holiday: Holiday, reason: str) -> int:
    with transaction.atomic():
        last = _last_event_id()
        AuditEvent.record(
            actor=actor,
            action="holiday.deleted",
            target=holiday,
            office=holiday.office,
            reason=reason,
            data={"date": holiday.date.isoformat(), "name": holiday.name},
        )
        holiday.delete()
        Holiday.changed(actor, holiday, "holiday.deleted")
        return _moved_since(last)


class _DryRun(Exception):
    pass


def holiday_impact(holiday: Holiday, *, delete: bool = False) -> list[dict]:
    """The open deadlines a calendar change would move, before it is made.

    The change is written inside a savepoint that is rolled back, and the deadlines are computed by
    the same code as the real recomputation, so the preview cannot drift from what saving does.
    """
    offices = None
    if holiday.office_id:
        offices = Office.objects.filter(id__in=Office.objects.descendants_of({holiday.office_id}))
    moved: list[dict] = []
    row = copy(holiday)
    try:
        with transaction.atomic():
            if delete:
                Holiday.objects.filter(pk=holiday.pk).delete()
            else:
                row.save()
            for obj in _open_deadlines(offices):
                before = obj.due_date
                if obj.apply_deadline() and obj.due_date != before:
                    moved.append({"item": obj, "old": before, "new": obj.due_date})
            raise _DryRun
    except _DryRun:
        pass
    return moved


def submit_satisfaction(req: InformationRequest, scores: dict, comment: str = "") -> tuple[SatisfactionResponse, bool]:
    """The requester's IKM survey (docs/ppid.md, Satisfaction): (response, created).

    Once per request: a second submit (a double click, a reload) returns the first response and
    counts nothing. Only a request that is no longer open may be rated.
    """
    bad = {
        key: gettext("Choose a score from 1 to 4.")
        for key, _label in IKM_ELEMENTS
        if scores.get(key) not in range(1, 5)
    }
    if bad:
        raise TransitionError(bad)
    try:
        with transaction.atomic():
            locked = InformationRequest.objects.select_for_update().get(pk=req.pk)
            if locked.is_open:
                raise TransitionError(gettext("The survey opens once the request has been answered."))
            existing = SatisfactionResponse.objects.filter(request=locked).first()
            if existing is not None:
                return existing, False
            response = SatisfactionResponse.objects.create(
                request=locked,
                office_id=locked.office_id,
                comment=comment.strip(),
                submitted_at=timezone.now(),
                **{key: scores[key] for key, _label in IKM_ELEMENTS},
            )
            return response, True
    except IntegrityError:  # the same request's other submit won the race
        return SatisfactionResponse.objects.get(request_id=req.pk), False
