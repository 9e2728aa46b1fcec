"""The open archive's writes: the officer publishes an answered request (or takes it down again).

Only a request with a written notice whose requester consented at submission can be published,
and only the text the officer reviewed: the question and the answer with personal data removed
(sigap.lib.redaction, run again on what the officer saved). Each write is one transaction, audited.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from sigap.core.models import AuditEvent
from sigap.lib.redaction import redact_personal_data

from .following import queue_updates
from .models import ArchiveEntry, InformationRequest, Outcome, TransitionError


def refusal(req: InformationRequest) -> str:
    """Why ``req`` cannot be published now, or '' when it can."""
    if not req.publish_consent:
        return gettext("The requester did not agree to publication: this request cannot be published.")
    if not req.notified_at or not req.outcome:
        return gettext("Only a request with a written notice can be published.")
    return ""


def redact(req: InformationRequest, text: str) -> str:
    """``text`` without the requester's NIK, telephone, e-mail, name or address (and such patterns generally)."""
    return redact_personal_data(text, name=req.name, addresses=[req.address]).strip()


def draft(req: InformationRequest) -> dict[str, str]:
    """The redacted preview the officer starts from: the request's question and the written notice's answer."""
    answer = req.notice_text
    if req.outcome == Outcome.PARTLY_GRANTED and req.redaction_notes:
        answer = f"{answer}\n\n{req.redaction_notes}".strip()
    if req.outcome == Outcome.NOT_HELD and req.holder:
        answer = f"{answer}\n\n{req.holder}".strip()
    return {"question": redact(req, req.information), "answer": redact(req, answer)}


def _locked(req: InformationRequest) -> InformationRequest:
    return InformationRequest.objects.select_for_update().get(pk=req.pk)


def publish(actor, req: InformationRequest, *, question: str, answer: str, category: str) -> ArchiveEntry:
    """Publish (or change what is published); the texts are redacted once more before they are stored."""
    with transaction.atomic():
        req = _locked(req)
        reason = refusal(req)
        if reason:
            raise TransitionError(reason)
        entry = ArchiveEntry.objects.select_for_update().filter(request=req).first() or ArchiveEntry(request=req)
        was_published = entry.published
        entry.question, entry.answer, entry.category = redact(req, question), redact(req, answer), category
        entry.published = True
        entry.published_at = entry.published_at if was_published else timezone.now()
        entry.save()
        AuditEvent.record(
            actor=actor,
            action="ppid_request.archive_changed" if was_published else "ppid_request.published",
            target=req,
            office=req.office,
            from_state=req.status,
            to_state=req.status,
            data={"category": category},
        )
        queue_updates(req.pk)
    return entry


def unpublish(actor, req: InformationRequest, reason: str = "") -> None:
    with transaction.atomic():
        req = _locked(req)
        entry = ArchiveEntry.objects.select_for_update().filter(request=req, published=True).first()
        if entry is None:
            raise TransitionError(gettext("This request is not published."))
        entry.published = False
        entry.save(update_fields=["published", "updated_at"])
        AuditEvent.record(
            actor=actor,
            action="ppid_request.unpublished",
            target=req,
            office=req.office,
            from_state=req.status,
            to_state=req.status,
            reason=reason,
        )
        queue_updates(req.pk)
