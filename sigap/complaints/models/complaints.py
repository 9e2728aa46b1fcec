"""A pengaduan: what went wrong, who says so (personal data), the flags that hide it, and its two clocks."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sigap.core.access import member_office_ids
from sigap.core.models import Office

from ..workflow import CLOSED_STATUSES, OPEN_STATUSES, UNVERIFIED, Status
from .choices import DEFAULT_TIER, UNIT_ROLES, Channel, Tier


def _tracking_code() -> str:
    # 32**10 ≈ 10**15 codes: unguessable, and read over the phone without 0/O or 1/I mix-ups.
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))


class ComplaintQuerySet(models.QuerySet):
    def visible_to(self, user):
        from ..access import complaint_office_ids  # local: access imports the models

        units = member_office_ids(user, UNIT_ROLES)
        return self.filter(Q(office_id__in=complaint_office_ids(user)) | Q(assigned_unit_id__in=units))

    def open(self):
        return self.filter(status__in=OPEN_STATUSES)


class Complaint(models.Model):
    office = models.ForeignKey(Office, verbose_name=_("office"), on_delete=models.PROTECT, related_name="complaints")
    tracking_code = models.CharField(_("tracking ID"), max_length=12, unique=True, default=_tracking_code)
    idempotency_key = models.CharField(max_length=64, unique=True, null=True, blank=True)
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices, default=Channel.PORTAL)
    # the complaint
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("what happened"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    # the reporter (personal data: never on a public page; hidden from the unit when anonymous)
    name = models.CharField(_("name"), max_length=200, blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    anonymous = models.BooleanField(_("anonymous"), default=False)
    confidential = models.BooleanField(_("confidential"), default=False)
    # clocks
    received_at = models.DateTimeField(_("received at"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    verify_days = models.PositiveSmallIntegerField(default=3)
    verify_due_at = models.DateTimeField(_("verification due"), null=True, blank=True, db_index=True)
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    tier = models.CharField(_("service tier"), max_length=20, choices=Tier.choices, default=DEFAULT_TIER)
    follow_up_days = models.PositiveSmallIntegerField(null=True, blank=True)
    follow_up_from = models.DateTimeField(null=True, blank=True)
    follow_up_due_at = models.DateTimeField(_("follow-up due"), null=True, blank=True, db_index=True)
    calendar_version = models.CharField(max_length=40, blank=True)
    hold_reason = models.TextField(_("reason for the hold"), blank=True)
    # routing
    assigned_unit = models.ForeignKey(
        Office,
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="complaints_assigned",
    )
    assigned_at = models.DateTimeField(null=True, blank=True)
    disposition_note = models.TextField(_("disposition note"), blank=True)
    forwarded_to = models.CharField(_("forwarded to"), max_length=200, blank=True)
    close_reason = models.TextField(_("reason"), blank=True)
    # the answer the reporter sees on the tracking page
    follow_up = models.TextField(_("follow-up"), blank=True)
    followed_up_at = models.DateTimeField(_("followed up at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    reopen_count = models.PositiveSmallIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = ComplaintQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")

    def __str__(self) -> str:
        return f"{self.tracking_code} {self.title}"[:255]

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    @property
    def due_at(self):
        """The clock that runs now: verification while unverified, then the follow-up."""
        if self.status in UNVERIFIED:
            return self.verify_due_at
        return self.follow_up_due_at if self.is_open else None

    def explain_verification(self) -> str:
        from ..calendar import deadline  # local: the calendar imports the policy model

        return deadline(self.office, self.received_at, self.verify_days).explain()

    def explain_follow_up(self) -> str:
        from ..calendar import deadline

        if not self.follow_up_from or not self.follow_up_days:
            return ""
        return deadline(self.office, self.follow_up_from, self.follow_up_days).explain()
