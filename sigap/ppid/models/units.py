"""Whether a PPID Pelaksana unit still takes dispositions.

A unit is an ``Office`` below the office whose PPID desk disposes requests to it. An office is never
deleted once requests point at it (the register must keep naming the unit that handled them), so a unit
that is dissolved or merged is switched off here instead. Offices without a row take dispositions.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Office


class PelaksanaUnit(models.Model):
    office = models.OneToOneField(
        Office, verbose_name=_("PPID Pelaksana unit"), on_delete=models.CASCADE, related_name="ppid_unit"
    )
    active = models.BooleanField(_("takes dispositions"), default=True)
    deactivated_at = models.DateTimeField(_("deactivated at"), null=True, blank=True)

    class Meta:
        verbose_name = _("PPID Pelaksana unit")
        verbose_name_plural = _("PPID Pelaksana units")

    def __str__(self) -> str:
        return self.office.name
