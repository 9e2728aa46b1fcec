"""Documents the PPID released to the requester with the written notice, and their redacted public copy."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .requests import InformationRequest


def released_path(instance, filename: str) -> str:
    return f"ppid/{instance.request.office_id}/{instance.request_id}/rilis-{secrets.token_hex(8)}.{instance.extension}"


def redacted_path(instance, filename: str) -> str:
    return f"ppid/{instance.request.office_id}/{instance.request_id}/rilis-{secrets.token_hex(8)}-publik.{instance.extension}"


class ReleasedDocument(models.Model):
    """A file "dirilis ke pemohon": stored under MEDIA_ROOT, served only to the tracking-code holder and the
    office's PPID desk. Only ``redacted`` (an image-only PDF, sigap/lib/pdf_redaction.py, or a re-encoded image
    without metadata, sigap/lib/image_redaction.py, in the original's format) is ever served
    publicly, and only once the officer reviewed it and published it with the request's archive entry."""

    request = models.ForeignKey(InformationRequest, on_delete=models.CASCADE, related_name="released_documents")
    file = models.FileField(upload_to=released_path, max_length=300)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=60)
    size = models.PositiveIntegerField()
    released_at = models.DateTimeField(_("released at"), auto_now_add=True)
    released_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    for_archive = models.BooleanField(_("also for the public archive"), default=False)
    redaction_boxes = models.TextField(_("areas to black out"), blank=True)
    redacted = models.FileField(upload_to=redacted_path, max_length=300, blank=True)
    redacted_at = models.DateTimeField(null=True, blank=True)
    published = models.BooleanField(_("published"), default=False)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["released_at", "id"]
        verbose_name = _("released document")
        verbose_name_plural = _("released documents")

    def __str__(self) -> str:
        return self.original_name

    @property
    def extension(self) -> str:
        return {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}.get(self.content_type, "bin")

    @property
    def is_pdf(self) -> bool:
        return self.content_type == "application/pdf"

    @property
    def is_image(self) -> bool:
        return self.content_type in ("image/jpeg", "image/png")

    @property
    def can_redact(self) -> bool:
        return self.is_pdf or self.is_image
