"""Task durations in a playbook: stored in minutes, entered and shown in days, hours and minutes,
as officers speak ("2 hari", not "+2880 menit")."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext


class Unit(models.IntegerChoices):
    MINUTES = 1, _("minutes")
    HOURS = 60, _("hours")
    DAYS = 1440, _("days")


def split(minutes: int | None) -> tuple[int | None, int]:
    """The largest unit that holds the duration exactly: 2880 → (2, DAYS), 90 → (90, MINUTES)."""
    if not minutes:
        return None, Unit.HOURS
    for unit in (Unit.DAYS, Unit.HOURS):
        if minutes % unit == 0:
            return minutes // unit, unit
    return minutes, Unit.MINUTES


def words(minutes: int | None) -> str:
    """1440 → "1 hari", 90 → "1 jam 30 menit", 10080 → "7 hari"."""
    if not minutes:
        return ""
    days, rest = divmod(int(minutes), 1440)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(ngettext("%(n)d day", "%(n)d days", days) % {"n": days})
    if hours:
        parts.append(ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours})
    if mins:
        parts.append(ngettext("%(n)d minute", "%(n)d minutes", mins) % {"n": mins})
    return " ".join(parts)
