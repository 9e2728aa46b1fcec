"""API tokens: a secret shown once, stored only as its SHA-256 hash; the prefix identifies it afterwards."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sigap.core.models import AuditEvent

TOKEN_TAG = "sgp_"  # noqa: S105 - a public prefix, not a secret; every token starts with it, so a leaked token is easy to recognise in logs and scans
PREFIX_LENGTH = 12  # TOKEN_TAG + 8 random characters: shown in lists, used to revoke
LAST_USED_RESOLUTION = timedelta(minutes=1)  # last_used_at is written at most once a minute per token
DEFAULT_LIFETIME_DAYS = 90  # `sigap token create` without --days; 0 means the token never expires


def hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True, user__is_active=True)

    def authenticate(self, raw: str) -> ApiToken | None:
        """The unrevoked token whose secret is ``raw`` (its user loaded), or None. Marks it used unless it
        has expired: the caller checks ``expired`` to refuse it with its own message."""
        if not raw or not raw.startswith(TOKEN_TAG) or len(raw) > 200:
            return None
        token = self.active().select_related("user").filter(key_hash=hash_key(raw)).first()
        if token is not None and not token.expired:
            token.mark_used()
        return token


class ApiToken(models.Model):
    class Scope(models.TextChoices):
        READ = "read", _("read only")
        WRITE = "write", _("read and write")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("What the token is for, e.g. “dashboard BI”."))
    prefix = models.CharField(_("prefix"), max_length=PREFIX_LENGTH, unique=True, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)
    expires_at = models.DateTimeField(
        _("expires"), null=True, blank=True, editable=False, help_text=_("Empty: the token never expires.")
    )
    scope = models.CharField(
        _("scope"),
        max_length=5,
        choices=Scope.choices,
        default=Scope.READ,
        editable=False,
        help_text=_("A read-only token may only make GET requests."),
    )

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.name})"

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= timezone.now()

    @property
    def can_write(self) -> bool:
        return self.scope == self.Scope.WRITE

    @classmethod
    def issue(cls, user, name: str, *, actor=None, scope: str = Scope.WRITE, expires_at=None) -> tuple[ApiToken, str]:
        """Create a token for ``user``; returns it with the secret, which is never stored or shown again.

        ``scope`` is "read" or "write"; ``expires_at`` None means it never expires. (``sigap token create``
        defaults to a read-only token valid for DEFAULT_LIFETIME_DAYS days.)"""
        if scope not in cls.Scope.values:
            raise ValueError(f"unknown scope {scope!r}")
        for _attempt in range(5):
            raw = TOKEN_TAG + secrets.token_urlsafe(32)
            try:
                with transaction.atomic():
                    token = cls.objects.create(
                        user=user,
                        name=name[:100],
                        prefix=raw[:PREFIX_LENGTH],
                        key_hash=hash_key(raw),
                        scope=scope,
                        expires_at=expires_at,
                    )
                    AuditEvent.record(
                        actor=actor,
                        action="api_token.created",
                        target=token,
                        data={
                            "user": user.get_username(),
                            "prefix": token.prefix,
                            "scope": scope,
                            "expires_at": expires_at.isoformat() if expires_at else None,
                        },
                    )
                return token, raw
            except IntegrityError:  # the random prefix is taken (48 bits: practically never); draw again
                continue
        raise RuntimeError("could not draw a unique token prefix")

    def revoke(self, *, actor=None, reason: str = "") -> bool:
        """Revoke the token (idempotent). Returns False when it was already revoked."""
        with transaction.atomic():
            now = timezone.now()
            if not ApiToken.objects.filter(pk=self.pk, revoked_at__isnull=True).update(revoked_at=now):
                self.refresh_from_db(fields=["revoked_at"])
                return False
            self.revoked_at = now
            AuditEvent.record(
                actor=actor,
                action="api_token.revoked",
                target=self,
                from_state="active",
                to_state="revoked",
                reason=reason,
                data={"user": self.user.get_username(), "prefix": self.prefix},
            )
        return True

    def mark_used(self, now=None) -> None:
        now = now or timezone.now()
        if self.last_used_at is None or now - self.last_used_at >= LAST_USED_RESOLUTION:
            ApiToken.objects.filter(pk=self.pk).update(last_used_at=now)
            self.last_used_at = now
