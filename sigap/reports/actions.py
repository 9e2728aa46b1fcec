"""Writes of the reports app, each in one transaction with its audit row."""

from __future__ import annotations

from django.db import transaction

from sigap.core.models import AuditEvent

from .models import BriefSchedule


@transaction.atomic
def save_brief_schedule(form, *, actor) -> BriefSchedule:
    before = BriefSchedule.objects.filter(pk=form.instance.pk).values_list("hour", flat=True).first()
    schedule = form.save()
    AuditEvent.record(
        actor=actor,
        action="brief_schedule.changed",
        target=schedule,
        office=schedule.office,
        data={"hour": schedule.hour, "hour_before": before},
    )
    return schedule
