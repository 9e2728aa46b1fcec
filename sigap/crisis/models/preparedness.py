"""Preparedness: scenario playbooks, pre-approved templates, the contact list and the office's outlets."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Office
from sigap.monitoring.urlguard import validate_fetch_url

from .scoping import CrisisOfficeQuerySet, LibraryQuerySet
from .vocabularies import ChannelKind, Cluster, MessageKind


class Playbook(models.Model):
    """A scenario playbook: the tasks and the pre-approved templates a crisis of this kind starts with.
    Without an office it belongs to the national library every office may use."""

    office = models.ForeignKey(Office, null=True, blank=True, on_delete=models.CASCADE, related_name="crisis_playbooks")
    key = models.SlugField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    cluster = models.CharField(_("SCCT cluster"), max_length=12, choices=Cluster.choices, default=Cluster.VICTIM)
    threatens_life = models.BooleanField(_("threatens life or public order"), default=False)
    tasks = models.JSONField(default=list, blank=True)  # [{"phase", "title", "minutes"}]
    templates = models.JSONField(default=list, blank=True)  # [{"kind", "title", "body"}]
    # retired, never deleted: past crises still name the playbook they started from
    retired_at = models.DateTimeField(_("retired"), null=True, blank=True)

    objects = LibraryQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["office", "key"], name="unique_crisis_playbook")]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def for_office(cls, office_id: int):
        """What a new crisis of the office may start from: the library and its own, not retired."""
        return cls.objects.filter(models.Q(office__isnull=True) | models.Q(office_id=office_id)).filter(
            retired_at__isnull=True
        )


class MessageTemplate(models.Model):
    """A pre-approved message template in Indonesian with {placeholders}."""

    office = models.ForeignKey(Office, null=True, blank=True, on_delete=models.CASCADE, related_name="crisis_templates")
    kind = models.CharField(_("kind"), max_length=20, choices=MessageKind.choices)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"))
    retired_at = models.DateTimeField(_("retired"), null=True, blank=True)

    PLACEHOLDERS = ("instansi", "kejadian", "waktu", "juru_bicara", "pembaruan_berikutnya")

    objects = LibraryQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "title"]

    def __str__(self) -> str:
        return self.title

    @classmethod
    def for_office(cls, office_id: int):
        """What a new crisis of the office may start from: the library and its own, not retired."""
        return cls.objects.filter(models.Q(office__isnull=True) | models.Q(office_id=office_id)).filter(
            retired_at__isnull=True
        )


class Contact(models.Model):
    """The office's contact list for crises: partner agencies, media and internal contacts."""

    class Kind(models.TextChoices):
        AGENCY = "agency", _("Partner agency")
        MEDIA = "media", _("Media")
        INTERNAL = "internal", _("Internal")
        COMMUNITY = "community", _("Community figure or NGO")

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="crisis_contacts")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    notes = models.CharField(_("notes"), max_length=300, blank=True)

    objects = CrisisOfficeQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "organisation", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation else self.name


class _Keep(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def fill(text: str, values: dict) -> str:
    """Replace {placeholders}; unknown ones stay as written so nobody loses a word."""
    try:
        return text.format_map(_Keep(values))
    except (ValueError, IndexError):
        return text


class PublishChannel(models.Model):
    """An outlet of the office: a social account, a partner agency, a press room. With an endpoint,
    Sigap posts the statement there (JSON webhook); without one, the team logs the link by hand."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="crisis_channels")
    kind = models.CharField(_("kind"), max_length=10, choices=ChannelKind.choices)
    name = models.CharField(_("name"), max_length=120)
    endpoint = models.URLField(_("webhook endpoint"), blank=True)

    objects = CrisisOfficeQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.endpoint:
            try:
                validate_fetch_url(self.endpoint)
            except ValidationError as exc:
                raise ValidationError({"endpoint": exc.messages}) from None
