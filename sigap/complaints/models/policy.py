"""An office's complaint rules: the clocks and the privacy choice complaints.md leaves open ([U])."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from sigap.core.calendar import office_chain
from sigap.core.models import Office

from .choices import DEFAULT_TIER_DAYS, DEFAULT_VERIFY_DAYS, Tier


class ComplaintPolicy(models.Model):
    """One row per office that departs from the defaults; an office without one uses its parent's."""

    office = models.OneToOneField(Office, on_delete=models.CASCADE, related_name="complaint_policy")
    verify_days = models.PositiveSmallIntegerField(_("working days to verify"), default=DEFAULT_VERIFY_DAYS)
    light_days = models.PositiveSmallIntegerField(_("light tier: working days"), default=DEFAULT_TIER_DAYS[Tier.LIGHT])
    normative_days = models.PositiveSmallIntegerField(
        _("normative tier: working days"), default=DEFAULT_TIER_DAYS[Tier.NORMATIVE]
    )
    no_oversight_days = models.PositiveSmallIntegerField(
        _("no-oversight tier: working days"), default=DEFAULT_TIER_DAYS[Tier.NO_OVERSIGHT]
    )
    oversight_days = models.PositiveSmallIntegerField(
        _("oversight tier: working days"), default=DEFAULT_TIER_DAYS[Tier.OVERSIGHT]
    )
    saturday_off = models.BooleanField(_("Saturday is a day off"), default=True)
    cuti_bersama_off = models.BooleanField(_("cuti bersama is a day off"), default=True)
    hide_anonymous_from_unit = models.BooleanField(_("hide an anonymous reporter from the unit as well"), default=True)

    class Meta:
        verbose_name = _("complaint rules")
        verbose_name_plural = _("complaint rules")

    def __str__(self) -> str:
        return str(self.office)

    def tier_days(self, tier: str) -> int:
        return int(getattr(self, f"{tier}_days"))

    @classmethod
    def for_office(cls, office: Office) -> ComplaintPolicy:
        chain = office_chain(office)
        rows = {p.office_id: p for p in cls.objects.filter(office_id__in=chain)}
        for office_id in chain:
            if office_id in rows:
                return rows[office_id]
        return cls(office=office)  # the defaults, never saved
