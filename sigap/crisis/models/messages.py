"""Crisis messages: versioned drafts, comments, partner co-signatures and publications."""

from __future__ import annotations

from django.conf import settings
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sigap.core.models import AuditEvent, Office
from sigap.core.transitions import TransitionError

from ..placeholders import unfilled
from ..workflow import MessageStatus, MessageTransitions
from .preparedness import PublishChannel
from .scoping import CrisisPartQuerySet
from .vocabularies import ChannelKind, MessageKind


class StaleVersion(Exception):
    """Someone else saved the draft after the version the editor started from."""

    def __init__(self, current):
        super().__init__("stale version")
        self.current = current


class Message(MessageTransitions, models.Model):
    crisis = models.ForeignKey("Crisis", on_delete=models.CASCADE, related_name="messages")
    kind = models.CharField(_("kind"), max_length=20, choices=MessageKind.choices)
    title = models.CharField(_("title"), max_length=255)
    body = models.TextField(_("text"), blank=True)
    # message house: {"overarching": str, "keys": [{"text": str, "proofs": [str, str, str]}]}
    data = models.JSONField(default=dict, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=MessageStatus.choices, default=MessageStatus.DRAFT)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    updated_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField(null=True, blank=True)
    shared = models.BooleanField(_("share with partner offices"), default=False)

    objects = CrisisPartQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("crisis:message", args=[self.crisis_id, self.pk])

    @property
    def key_messages(self) -> list[dict]:
        return list((self.data or {}).get("keys", []))

    def key_texts(self) -> list[str]:
        texts = [self.data.get("overarching", "")] if self.data.get("overarching") else []
        for k in self.key_messages:
            texts.append(" ".join([k.get("text", ""), *k.get("proofs", [])]).strip())
        return [t for t in texts if t]

    def blanks(self) -> list[str]:
        """Template blanks still in the title, the text or the message house (placeholders.py)."""
        return unfilled(self.title, self.body, *self.key_texts())

    # ---- versioned edits with optimistic locking -----------------------------------------

    def save_draft(self, *, actor, base_version: int, title: str, body: str, data: dict | None = None) -> None:
        """Save a new version; refuse (StaleVersion) when someone saved after `base_version`."""
        if self.status == MessageStatus.PUBLISHED:
            raise TransitionError(gettext("A published message cannot be edited: write an update instead."))
        now = timezone.now()
        new_status = MessageStatus.DRAFT
        with transaction.atomic():
            updated = (
                Message.objects.filter(pk=self.pk, version=base_version)
                .exclude(status=MessageStatus.PUBLISHED)
                .update(
                    title=title,
                    body=body,
                    data=data if data is not None else self.data,
                    version=base_version + 1,
                    updated_by=actor,
                    updated_at=now,
                    status=new_status,
                )
            )
            if not updated:
                raise StaleVersion(Message.objects.get(pk=self.pk))
            old_status = self.status
            self.refresh_from_db()
            MessageVersion.objects.create(
                message=self, number=self.version, title=title, body=body, data=self.data, author=actor, at=now
            )
            AuditEvent.record(
                actor=actor,
                action="crisis_message.saved",
                target=self,
                office=self.crisis.office,
                from_state=old_status,
                to_state=self.status,
                data={"version": self.version},
            )
            if old_status == MessageStatus.REVIEW:
                from ..waiting import message_decided  # local: waiting imports these models

                message_decided(self)  # edited in review: back to draft, no longer awaits approval

    @property
    def publishable(self) -> bool:
        return self.status in (MessageStatus.APPROVED, MessageStatus.PUBLISHED)


class MessageVersion(models.Model):
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=255)
    body = models.TextField(blank=True)
    data = models.JSONField(default=dict, blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["message", "number"], name="unique_message_version")]

    def __str__(self) -> str:
        return f"{self.message_id} v{self.number}"


class Comment(models.Model):
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    version = models.PositiveIntegerField(default=1)
    body = models.TextField(_("comment"))
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return self.body[:60]


class CoSign(models.Model):
    """A partner office co-signs a statement (one voice)."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="cosigns")
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["message", "office"], name="unique_message_cosign")]

    def __str__(self) -> str:
        return f"{self.message_id}: {self.office}"


class Publication(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Sending")
        PUBLISHED = "published", _("Published")
        FAILED = "failed", _("Failed")
        SIMULATED = "simulated", _("Drill: not sent outside")

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="publications")
    channel = models.ForeignKey(PublishChannel, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    kind = models.CharField(_("channel"), max_length=10, choices=ChannelKind.choices)
    label = models.CharField(_("where"), max_length=200)
    url = models.URLField(_("link"), blank=True, max_length=500)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    error = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.message} → {self.label}"
