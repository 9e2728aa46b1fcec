"""Checklist tasks of a crisis, with owners and due times."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..workflow import Phase, TaskTransitions
from .scoping import CrisisPartQuerySet


class TaskQuerySet(CrisisPartQuerySet):
    def open(self):
        return self.filter(done_at__isnull=True)

    def overdue(self, now: datetime):
        return self.open().filter(due_at__lt=now)


class Task(TaskTransitions, models.Model):
    crisis = models.ForeignKey("Crisis", on_delete=models.CASCADE, related_name="tasks")
    phase = models.CharField(_("phase"), max_length=14, choices=Phase.choices)
    step = models.CharField(max_length=30, blank=True)
    title = models.CharField(_("task"), max_length=255)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="crisis_tasks",
    )
    due_at = models.DateTimeField(_("due at"), null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    overdue_flagged_at = models.DateTimeField(null=True, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    objects = TaskQuerySet.as_manager()

    class Meta:
        ordering = ["due_at", "order", "id"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_overdue(self) -> bool:
        return self.done_at is None and self.due_at is not None and self.due_at < timezone.now()

    @property
    def done_late(self) -> bool:
        if self.due_at is None:
            return False
        return (self.done_at or timezone.now()) > self.due_at
