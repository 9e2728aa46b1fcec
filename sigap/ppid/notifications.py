"""E-mails to the requester and the PPID desk. Legal notices are in Indonesian (their legal language)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse

from sigap.core.models import Role
from sigap.lib.waktu import format_date

from .documents import render_pdf
from .models import InformationRequest

REQUESTER_EVENTS = {
    "registered": ("Tanda bukti permohonan informasi {number}", "receipt"),
    "extended": ("Pemberitahuan perpanjangan waktu permohonan {number}", "extension"),
    "notified": ("Pemberitahuan tertulis atas permohonan {number}", "notice"),
    "overdue": ("Permohonan {number} melewati batas waktu", None),
    "objection_registered": ("Tanda bukti pengajuan keberatan atas permohonan {number}", None),
}
# "Due soon", "overdue" and a new objection reach each officer as a waiting notification (in-app
# and e-mail, ppid/waiting.py) instead of a shared e-mail here.
STAFF_EVENTS = {
    "registered": "Permohonan informasi baru {number}",
}


def staff_emails(req: InformationRequest) -> list[str]:
    offices = {req.office_id} | ({req.assigned_unit_id} if req.assigned_unit_id else set())
    users = (
        get_user_model()
        .objects.filter(memberships__office_id__in=offices, memberships__role=Role.PPID, is_active=True)
        .exclude(email="")
        .distinct()
    )
    return sorted(u.email for u in users)


def notify(request_id: int, event: str, *, to_requester: bool = True) -> int:
    req = InformationRequest.objects.select_related("office").get(pk=request_id)
    context = {
        "req": req,
        "event": event,
        "tracking_url": settings.BASE_URL + reverse("portal:track_detail", args=[req.tracking_code]),
        "survey_url": settings.BASE_URL + reverse("portal:survey", args=[req.tracking_code]),
        "detail_url": settings.BASE_URL + reverse("ppid:request_detail", args=[req.pk]),
        "explanation": req.explain_deadline(),
        "objection": req.objections.order_by("-id").first(),
    }
    sent = 0
    fields = {"number": req.number, "due": format_date(req.due_date) if req.due_date else "-"}
    if event in REQUESTER_EVENTS and req.email and to_requester:
        subject, document = REQUESTER_EVENTS[event]
        body = render_to_string("ppid/email/requester.txt", context)
        mail = EmailMessage(subject.format(**fields), body, to=[req.email])
        if document:
            mail.attach(f"{document}-{req.pk}.pdf", render_pdf(document, req), "application/pdf")
        sent += mail.send()
    recipients = staff_emails(req)
    if event in STAFF_EVENTS and recipients:
        body = render_to_string("ppid/email/staff.txt", context)
        sent += EmailMessage(STAFF_EVENTS[event].format(**fields), body, to=recipients).send()
    return sent
