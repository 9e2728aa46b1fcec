"""Complaint vocabularies: who works the desk, the doors a complaint comes through, the service tiers."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Role

# The complaint desk (admin koordinator) changes complaints; pimpinan reads only. An OPD's
# admin penghubung holds one of the edit roles in the OPD's own office (a child office).
EDIT_ROLES = frozenset({Role.ADMIN, Role.PPID})
READ_ROLES = frozenset({Role.ADMIN, Role.PPID, Role.PIMPINAN})
UNIT_ROLES = EDIT_ROLES


class Channel(models.TextChoices):
    PORTAL = "portal", _("Web portal")
    COUNTER = "counter", _("Service counter")
    PHONE = "phone", _("Telephone")
    LETTER = "letter", _("Letter")
    WHATSAPP = "whatsapp", _("WhatsApp")
    EMAIL = "email", _("E-mail")


#: The doors an officer types a complaint in from (the portal fills itself in).
OFFICER_CHANNELS = [c for c in Channel.choices if c[0] != Channel.PORTAL]


class Tier(models.TextChoices):
    """Service-standard tiers (sippn.menpan.go.id); each office sets its own days (ComplaintPolicy)."""

    LIGHT = "light", _("Light")
    NORMATIVE = "normative", _("Normative")
    NO_OVERSIGHT = "no_oversight", _("No oversight content")
    OVERSIGHT = "oversight", _("Oversight needing examination")


#: Working days per tier when the office has set none (docs/complaints.md). NORMATIVE is also
#: LAPOR!'s 5 working days to formulate the follow-up, hence the default tier.
DEFAULT_TIER_DAYS = {Tier.LIGHT: 2, Tier.NORMATIVE: 5, Tier.NO_OVERSIGHT: 14, Tier.OVERSIGHT: 60}
DEFAULT_TIER = Tier.NORMATIVE
DEFAULT_VERIFY_DAYS = 3
