"""What the office publishes and what it exempts: the DIP, consequence tests and the DIK."""

from __future__ import annotations

import secrets
from calendar import monthrange
from datetime import date

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Office

from .choices import DIPCategory, Pasal17
from .querysets import PPIDQuerySet


def dip_document_path(instance, filename: str) -> str:
    # A random name: the public address goes through the portal view, never the file's own path.
    return f"ppid/dip/{instance.office_id}/{secrets.token_hex(8)}.{instance.document_extension}"


class DIPEntry(models.Model):
    """One row of the Daftar Informasi Publik (Perki 1/2010 Lampiran II columns; docs/ppid.md, DIP and DIK)."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="dip_entries")
    summary = models.TextField(_("summary of the information"))
    holding_unit = models.CharField(_("unit that holds it"), max_length=200)
    responsible = models.CharField(_("responsible for producing it"), max_length=200)
    made_when_where = models.CharField(_("when and where it was made"), max_length=200)
    formats = models.CharField(_("available formats"), max_length=200)
    retention = models.CharField(_("retention period"), max_length=100)
    category = models.CharField(_("category"), max_length=20, choices=DIPCategory.choices)
    url = models.URLField(_("publication URL"), blank=True)
    information_date = models.DateField(_("date of the information"), null=True, blank=True)
    last_reviewed_on = models.DateField(
        _("last updated on"),
        null=True,
        blank=True,
        help_text=_("The day the information was last updated or checked as still current."),
    )
    review_months = models.PositiveSmallIntegerField(
        _("update every (months)"),
        null=True,
        blank=True,
        help_text=_("Empty: 6 months for periodic information, 12 for information available at any time."),
    )
    published = models.BooleanField(_("published on the portal"), default=True)
    # The document the public downloads (PDF/JPG/PNG, checked by content like every upload).
    document = models.FileField(_("document"), upload_to=dip_document_path, max_length=300, blank=True)
    document_name = models.CharField(max_length=255, blank=True)
    document_content_type = models.CharField(max_length=60, blank=True)

    objects = PPIDQuerySet.as_manager()

    REVIEW_MONTHS = 6  # UU KIP Pasal 9: berkala information at least every 6 months
    # Months between updates when the entry sets none. Berkala is the law (Pasal 9); setiap saat has no
    # legal interval, a yearly check is common practice, so the office may change it per entry.
    # Serta-merta is announced once, at once (Pasal 10): it has no interval.
    DEFAULT_REVIEW_MONTHS: dict[str, int] = {DIPCategory.BERKALA: REVIEW_MONTHS, DIPCategory.SETIAP_SAAT: 12}

    class Meta:
        ordering = ["office", "category", "id"]
        verbose_name = _("DIP entry")
        verbose_name_plural = _("DIP entries")

    def __str__(self) -> str:
        return self.summary[:80]

    @property
    def document_extension(self) -> str:
        return {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}.get(
            self.document_content_type, "bin"
        )

    @property
    def review_interval(self) -> int | None:
        """Months between updates, or None when the entry is never due (serta-merta without one set)."""
        return self.review_months or self.DEFAULT_REVIEW_MONTHS.get(self.category)

    @property
    def next_review_on(self) -> date | None:
        months = self.review_interval
        if months is None:
            return None
        if self.last_reviewed_on is None:
            return timezone.localdate()
        d = self.last_reviewed_on
        month = d.month - 1 + months
        year, month = d.year + month // 12, month % 12 + 1
        return date(year, month, min(d.day, monthrange(year, month)[1]))

    @property
    def review_due(self) -> bool:
        nxt = self.next_review_on
        return nxt is not None and nxt <= timezone.localdate()

    @property
    def awaiting_announcement(self) -> bool:
        """Serta-merta information not yet on the portal: Pasal 10 asks for it without delay."""
        return self.category == DIPCategory.SERTA_MERTA and not self.published

    @property
    def needs_update(self) -> bool:
        return self.review_due or self.awaiting_announcement


class ConsequenceTest(models.Model):
    """Uji konsekuensi (Perki 1/2021 Pasal 49): the record behind an exemption."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="consequence_tests")
    document = models.CharField(_("document containing the information"), max_length=300)
    information = models.TextField(_("information to be exempted"))
    ground = models.CharField(_("Pasal 17 ground"), max_length=2, choices=Pasal17.choices)
    legal_basis = models.CharField(_("legal basis"), max_length=300)
    consequence = models.TextField(_("consequence of disclosure"))
    public_interest = models.TextField(_("public interest weighed"), blank=True)
    decided_on = models.DateField(_("decided on"))
    decree_number = models.CharField(_("PPID decree (SK) number"), max_length=120, blank=True)
    exempt_until = models.DateField(_("exempt until"))

    objects = PPIDQuerySet.as_manager()

    class Meta:
        ordering = ["-decided_on", "-id"]
        verbose_name = _("consequence test")
        verbose_name_plural = _("consequence tests")

    def __str__(self) -> str:
        return f"{self.document} ({self.decided_on})"


class DIKEntry(models.Model):
    """Daftar Informasi yang Dikecualikan: not permanent (Pasal 20), so each entry expires."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="dik_entries")
    information = models.TextField(_("information"))
    ground = models.CharField(_("Pasal 17 ground"), max_length=2, choices=Pasal17.choices)
    legal_basis = models.CharField(_("legal basis"), max_length=300)
    consequence = models.TextField(_("consequence of disclosure"))
    consequence_test = models.ForeignKey(
        ConsequenceTest, verbose_name=_("consequence test"), on_delete=models.PROTECT, related_name="dik_entries"
    )
    exempt_until = models.DateField(_("exempt until"))

    objects = PPIDQuerySet.as_manager()

    EXPIRY_WARNING_DAYS = 60

    class Meta:
        ordering = ["exempt_until", "id"]
        verbose_name = _("DIK entry")
        verbose_name_plural = _("DIK entries")

    def __str__(self) -> str:
        return self.information[:80]

    @property
    def expired(self) -> bool:
        return self.exempt_until < timezone.localdate()

    @property
    def expiring(self) -> bool:
        return not self.expired and (self.exempt_until - timezone.localdate()).days <= self.EXPIRY_WARNING_DAYS
