"""The open archive: answered requests the officer published, and visitors who follow a request by e-mail.

An archive entry holds only what the officer reviewed for publication (the question and the answer
with personal data removed); the public pages never read the request's own text or requester fields.
"""

from __future__ import annotations

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import DIPCategory
from .requests import InformationRequest


class ArchiveQuerySet(models.QuerySet):
    def public(self):
        """What the portal shows: published entries whose requester consented (checked again, not trusted)."""
        return self.filter(published=True, request__publish_consent=True, request__notified_at__isnull=False)


class ArchiveEntry(models.Model):
    request = models.OneToOneField(InformationRequest, on_delete=models.CASCADE, related_name="archive_entry")
    question = models.TextField(_("question (as published)"))
    answer = models.TextField(_("answer (as published)"))
    category = models.CharField(
        _("category of information"), max_length=20, choices=DIPCategory.choices, default=DIPCategory.SETIAP_SAAT
    )
    published = models.BooleanField(_("published"), default=False)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ArchiveQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("archive entry")
        verbose_name_plural = _("archive entries")

    def __str__(self) -> str:
        return str(self.request)


def _follow_token() -> str:
    return secrets.token_urlsafe(24)


class Follower(models.Model):
    """An e-mail address that asked for updates on one request; nothing is sent before it is confirmed."""

    class Via(models.TextChoices):
        TRACKING = "tracking", _("tracking page")
        ARCHIVE = "archive", _("archive")

    request = models.ForeignKey(InformationRequest, on_delete=models.CASCADE, related_name="followers")
    email = models.EmailField(_("e-mail"))
    via = models.CharField(max_length=10, choices=Via.choices)
    token = models.CharField(max_length=64, unique=True, default=_follow_token)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    # The public state last e-mailed: a move that changes nothing the follower sees sends nothing.
    last_state = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["request", "email", "via"], name="ppid_follower_once")]

    def __str__(self) -> str:
        return f"{self.request} ({self.get_via_display()})"
