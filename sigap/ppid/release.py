"""Documents released to the requester with the written notice, and their redacted copy for the open archive.

The officer attaches the files "dirilis ke pemohon" once the written notice is issued; the requester
downloads them from the tracking page with the tracking code. A PDF, JPEG or PNG may also go to the open
archive, but only as a redacted copy that the officer made and read first: a PDF's pages turned into images
with personal data painted black (sigap/lib/pdf_redaction.py), an image re-encoded without its metadata with
the officer's boxes painted black (sigap/lib/image_redaction.py). Each write is one transaction, audited.
"""

from __future__ import annotations

from django import forms
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sigap.core.models import AuditEvent
from sigap.lib.image_redaction import BoxOutsideImage, UnreadableImage, redact_image
from sigap.lib.pdf_redaction import BoxSyntaxError, UnreadablePDF, parse_boxes, redact_pdf

from .archive import refusal
from .models import InformationRequest, Regulation, ReleasedDocument, TransitionError
from .validators import check_upload


class ReleaseForm(forms.Form):
    file = forms.FileField(
        label=_("Document"), help_text=_("PDF, JPG or PNG. The requester downloads it with the tracking code.")
    )
    for_archive = forms.BooleanField(
        label=_("Also for the public archive (a redacted copy, made and checked before it is published)"),
        required=False,
    )

    def __init__(self, req: InformationRequest, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_mb = Regulation.for_office(req.office).attachment_max_mb

    def clean_file(self):
        upload = self.cleaned_data["file"]
        self.content_type = check_upload(upload, self.max_mb)
        return upload


class RedactionForm(forms.Form):
    boxes = forms.CharField(
        label=_("Other areas to black out"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "One area a line: page, left, top, right, bottom, in percent of the page from the top-left corner "
            "(for example “1, 10, 20, 60, 25”). NIK, telephone numbers, e-mail addresses and the requester's "
            "name and address are found by themselves; list signatures, stamps or scanned text here."
        ),
    )

    def clean_boxes(self):
        text = self.cleaned_data["boxes"]
        try:
            parse_boxes(text)
        except BoxSyntaxError as exc:
            raise forms.ValidationError(
                gettext("Line %(line)s is not “page, left, top, right, bottom” in percent: %(text)s")
                % {"line": exc.line_no, "text": exc.line}
            ) from exc
        return text


def _audit(actor, req: InformationRequest, action: str, doc: ReleasedDocument) -> None:
    AuditEvent.record(
        actor=actor,
        action=action,
        target=req,
        office=req.office,
        from_state=req.status,
        to_state=req.status,
        data={"document": doc.pk, "name": doc.original_name},
    )


def release(actor, req: InformationRequest, upload, content_type: str, *, for_archive: bool = False):
    """Attach a file to the written notice as released to the requester."""
    with transaction.atomic():
        req = InformationRequest.objects.select_for_update().get(pk=req.pk)
        if not req.notified_at:
            raise TransitionError(gettext("Documents are released with the written notice: issue the notice first."))
        doc = ReleasedDocument(
            request=req,
            original_name=upload.name[:255],
            content_type=content_type,
            size=upload.size,
            released_by=actor,
            for_archive=for_archive,
        )
        doc.file.save(upload.name, upload, save=False)
        doc.save()
        _audit(actor, req, "ppid_request.document_released", doc)
    return doc


def make_public_copy(actor, doc: ReleasedDocument, boxes: str = "") -> int:
    """Make (again) the redacted copy for the archive; it stays unpublished until the officer read it.

    Returns the number of areas blacked out."""
    with doc.file.open("rb") as fh:
        original = fh.read()
    data, count = _redacted(doc, original, parse_boxes(boxes))
    with transaction.atomic():
        doc = ReleasedDocument.objects.select_for_update().select_related("request__office").get(pk=doc.pk)
        old = doc.redacted.name
        doc.redacted.save(f"publik.{doc.extension}", ContentFile(data), save=False)
        doc.redaction_boxes, doc.redacted_at, doc.for_archive, doc.published = boxes, timezone.now(), True, False
        doc.save()
        _audit(actor, doc.request, "ppid_request.document_redacted", doc)
        if old:
            storage = doc.redacted.storage
            transaction.on_commit(lambda: storage.delete(old))
    return count


def _redacted(doc: ReleasedDocument, original: bytes, boxes) -> tuple[bytes, int]:
    """The redacted bytes and the number of areas blacked out; TransitionError (nothing written) if it fails.

    Rendering is slow: called outside the transaction."""
    req = doc.request
    if doc.is_pdf:
        try:
            return redact_pdf(original, name=req.name, addresses=[req.address], extra_boxes=boxes)
        except UnreadablePDF as exc:
            raise TransitionError(gettext("The PDF could not be read (damaged or protected with a password).")) from exc
    if not doc.is_image:
        raise TransitionError(gettext("Only a PDF, JPG or PNG can be redacted for the public archive."))
    try:
        data, _content_type, count = redact_image(original, boxes)
    except BoxOutsideImage as exc:
        raise TransitionError(
            gettext("An image has only page 1: the area on page %(page)s cannot be blacked out.")
            % {"page": exc.box.page + 1}
        ) from exc
    except UnreadableImage as exc:
        raise TransitionError(gettext("The image could not be read (damaged or not a JPG or PNG).")) from exc
    return data, count


def publish(actor, doc: ReleasedDocument) -> None:
    """Publish the reviewed redacted copy with the request's archive entry (never the original)."""
    with transaction.atomic():
        doc = ReleasedDocument.objects.select_for_update().select_related("request__office").get(pk=doc.pk)
        reason = refusal(doc.request)
        if reason:
            raise TransitionError(reason)
        if not doc.redacted:
            raise TransitionError(gettext("Make the redacted copy and read it before publishing."))
        doc.published, doc.published_at = True, timezone.now()
        doc.save(update_fields=["published", "published_at"])
        _audit(actor, doc.request, "ppid_request.document_published", doc)


def unpublish(actor, doc: ReleasedDocument) -> None:
    with transaction.atomic():
        doc = ReleasedDocument.objects.select_for_update().select_related("request__office").get(pk=doc.pk)
        doc.published = False
        doc.save(update_fields=["published"])
        _audit(actor, doc.request, "ppid_request.document_unpublished", doc)
