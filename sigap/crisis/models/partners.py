"""Partner offices invited into a crisis (one voice) and their published statements."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Office


class Partner(models.Model):
    """A partner office invited into the crisis (Bakohumas: one voice across agencies)."""

    crisis = models.ForeignKey("Crisis", on_delete=models.CASCADE, related_name="partner_links")
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="+")
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    invited_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["crisis", "office"], name="unique_crisis_partner")]

    def __str__(self) -> str:
        return f"{self.crisis_id}: {self.office}"


class PartnerStatement(models.Model):
    """A partner office's published text, scored against the key messages."""

    crisis = models.ForeignKey("Crisis", on_delete=models.CASCADE, related_name="partner_statements")
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("published text"))
    url = models.URLField(_("link"), blank=True, max_length=500)
    published_at = models.DateTimeField(_("published at"), default=timezone.now)
    similarity = models.FloatField(default=0)
    consistent = models.BooleanField(default=True)
    flags = models.JSONField(default=list, blank=True)
    method = models.CharField(max_length=60, blank=True)  # model name and version of the scorer
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-published_at", "-id"]

    def __str__(self) -> str:
        return f"{self.office}: {self.text[:50]}"
