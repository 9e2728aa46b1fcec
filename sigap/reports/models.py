"""When each office's daily brief is e-mailed, and the last day it went out."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Office


class BriefSchedule(models.Model):
    """Per office: the hour of the daily brief (office time) and the day it was last claimed for sending."""

    office = models.OneToOneField(Office, on_delete=models.CASCADE, related_name="brief_schedule")
    hour = models.PositiveSmallIntegerField(
        _("daily brief hour (office time)"),
        default=7,
        help_text=_("The daily brief is e-mailed at this hour, 0–23."),
    )
    # Set by the scheduler's conditional UPDATE (sigap/reports/tasks.py), so a brief goes out once a day.
    sent_on = models.DateField(null=True, blank=True, editable=False)
    # Until when the worker that claimed today's brief has to send it; cleared once sent. A claim
    # whose lease ran out (the worker stopped) is claimed again (docs/background-jobs.md).
    lease_until = models.DateTimeField(null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("daily brief schedule")
        verbose_name_plural = _("daily brief schedules")

    def __str__(self) -> str:
        return str(self.office)

    @classmethod
    def for_office(cls, office_id: int) -> BriefSchedule:
        return cls.objects.get_or_create(office_id=office_id)[0]

    def clean(self):
        if self.hour is not None and self.hour > 23:
            raise ValidationError({"hour": _("Enter an hour from 0 to 23.")})
