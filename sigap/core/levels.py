"""The level ladder of an issue and of the alerts it raises, lowest first: Pemantauan < Isu <
Kasus < Krisis (docs/escalation.md). The one definition: issues, alerts, the API, the
escalation rule and the evaluation all import it."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    PEMANTAUAN = "pemantauan", _("Monitoring")
    ISU = "isu", _("Potential issue")
    KASUS = "kasus", _("Emerging case")
    KRISIS = "krisis", _("Crisis")


#: The level values, lowest first. "Level reached X" also fires for the levels above X.
LEVELS: tuple[str, ...] = tuple(Level.values)


def level_rank(level: str) -> int:
    """0 for Pemantauan up to 3 for Krisis. Anything else ranks -1, below every level: an alert
    event without a level ("") never meets a rule's minimum level."""
    return LEVELS.index(level) if level in LEVELS else -1
