"""What the public needs to reach an office's PPID: hours, numbers, address, maklumat, complaint channels."""

from __future__ import annotations

import re

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Office

LAPOR_URL = "https://www.lapor.go.id/"


class ServiceInfo(models.Model):
    """One office's public service information, shown on its portal pages (/layanan/<kantor>/…).

    Everything here is public by intent: the office's own desk, not a person's private contact.
    Edited by the office admin or PPID at /ppid/layanan-publik/ (audited as ``ppid_service_info.*``).
    """

    office = models.OneToOneField(
        Office, verbose_name=_("office"), on_delete=models.CASCADE, related_name="ppid_service_info"
    )
    service_hours = models.TextField(
        _("service hours"), blank=True, help_text=_("E.g. Monday–Thursday 08.00–15.30 WIB, Friday 08.00–11.00 WIB.")
    )
    hotline = models.CharField(_("hotline"), max_length=40, blank=True)
    whatsapp = models.CharField(
        _("WhatsApp number"), max_length=40, blank=True, help_text=_("E.g. 0812 3456 7890 or +62 812 3456 7890.")
    )
    address = models.TextField(_("address of the service desk"), blank=True)
    maklumat = models.TextField(
        _("maklumat pelayanan"), blank=True, help_text=_("The office's service pledge, as signed by its head.")
    )
    officer_contact = models.TextField(
        _("PPID officer contact"),
        blank=True,
        help_text=_("The desk's public e-mail or telephone; no private number of an officer."),
    )
    complaint_url = models.URLField(_("SP4N-LAPOR! link"), max_length=300, default=LAPOR_URL)
    other_channels = models.TextField(
        _("other complaint channels"), blank=True, help_text=_("E.g. a complaint box at the desk, an e-mail address.")
    )
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("public service information")
        verbose_name_plural = _("public service information")

    def __str__(self) -> str:
        return str(self.office)

    @property
    def whatsapp_link(self) -> str:
        """``https://wa.me/62…`` (international form without +), or '' when no usable number is set."""
        digits = re.sub(r"\D", "", self.whatsapp)
        if digits.startswith("0"):
            digits = "62" + digits[1:]
        return f"https://wa.me/{digits}" if len(digits) >= 9 else ""
