"""An office's letterhead and its own texts of the generated letters."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Office

from ..letters import placeholder_errors
from .choices import LetterKind
from .querysets import PPIDQuerySet


def letterhead_logo_path(instance, filename: str) -> str:
    ext = "png" if filename.lower().endswith(".png") else "jpg"
    return f"ppid/kop/{instance.office_id}/{secrets.token_hex(8)}.{ext}"


class Letterhead(models.Model):
    """Kop surat and signatory of an office's PPID letters (docs/ppid.md, Written notice: place, date, name of the PPID)."""

    office = models.OneToOneField(
        Office, verbose_name=_("office"), on_delete=models.CASCADE, related_name="ppid_letterhead"
    )
    name_lines = models.TextField(
        _("office name lines"),
        help_text=_("One line each, from the top, e.g. PEMERINTAH KABUPATEN DEMAK / DINAS KOMUNIKASI DAN INFORMATIKA."),
    )
    address = models.TextField(_("address and contact"), blank=True)
    logo = models.FileField(_("logo"), upload_to=letterhead_logo_path, max_length=300, blank=True)
    place = models.CharField(
        _("place of signing"), max_length=100, blank=True, help_text=_("E.g. Demak. Empty: the office name.")
    )
    signatory_name = models.CharField(_("signatory name"), max_length=200, blank=True)
    signatory_position = models.CharField(_("signatory position"), max_length=200, blank=True)
    signatory_id = models.CharField(_("signatory NIP"), max_length=40, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PPIDQuerySet.as_manager()

    class Meta:
        verbose_name = _("letterhead")
        verbose_name_plural = _("letterheads")

    def __str__(self) -> str:
        return str(self.office)

    @property
    def lines(self) -> list[str]:
        return [line.strip() for line in self.name_lines.splitlines() if line.strip()]


class LetterTemplate(models.Model):
    """An office's own text for one generated letter: plain text with named placeholders ({nomor_pendaftaran} …).

    Not Django template syntax: :mod:`sigap.ppid.letters` substitutes escaped values, and only the
    placeholders it knows (``PLACEHOLDERS``) are accepted when saving.
    """

    office = models.ForeignKey(
        Office, verbose_name=_("office"), on_delete=models.CASCADE, related_name="ppid_letter_templates"
    )
    kind = models.CharField(_("letter"), max_length=20, choices=LetterKind.choices)
    body = models.TextField(_("text of the letter"))
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = PPIDQuerySet.as_manager()

    class Meta:
        ordering = ["office", "kind"]
        constraints = [models.UniqueConstraint(fields=["office", "kind"], name="ppid_unique_letter_template")]
        verbose_name = _("letter template")
        verbose_name_plural = _("letter templates")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.office}"

    def clean(self) -> None:
        problem = placeholder_errors(self.body or "")
        if problem:
            raise ValidationError({"body": problem})
