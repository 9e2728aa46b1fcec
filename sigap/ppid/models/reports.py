"""The laporan layanan informasi publik: the narrative; the figures are computed by sigap.ppid.stats."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Office

from .querysets import PPIDQuerySet


class ServiceReport(models.Model):
    """Laporan layanan informasi publik (UU KIP Pasal 12; Perki 1/2021 Pasal 56), any period."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="ppid_reports")
    title = models.CharField(_("title"), max_length=200)
    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("to"))
    policy = models.TextField(_("1. Overview of the information-service policy"), blank=True)
    implementation = models.TextField(_("2. Overview of how the service ran"), blank=True)
    obstacles = models.TextField(_("5. External and internal obstacles"), blank=True)
    recommendations = models.TextField(_("6. Recommendations and follow-up plan"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PPIDQuerySet.as_manager()

    class Meta:
        ordering = ["-period_end", "-id"]
        verbose_name = _("service report")
        verbose_name_plural = _("service reports")

    def __str__(self) -> str:
        return self.title
