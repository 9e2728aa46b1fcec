from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LoginFailure(models.Model):
    """One wrong password. Kept in the database (not process memory or a per-process cache) so
    every worker process and machine sees the same count, on SQLite and PostgreSQL alike."""

    username = models.CharField(max_length=150, db_index=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("failed sign-in")
        verbose_name_plural = _("failed sign-ins")
        indexes = [
            models.Index(fields=["username", "at"], name="loginfail_user_at"),
            models.Index(fields=["ip", "at"], name="loginfail_ip_at"),
        ]

    def __str__(self):
        return f"{self.username} {self.ip} {self.at:%Y-%m-%d %H:%M}"


class TOTPDevice(models.Model):
    """A user's authenticator app (RFC 6238). Unconfirmed until the user types a valid code;
    only a confirmed one is asked for at sign-in (docs/security.md)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="totp_device")
    # Base32, as the app needs it: the server must read it back to check codes, so it is not hashed.
    secret = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    # The 30-second step of the last accepted code: a code of this step or an older one is a replay.
    last_step = models.BigIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("two-step sign-in device")
        verbose_name_plural = _("two-step sign-in devices")

    def __str__(self):
        return str(self.user)


class RecoveryCode(models.Model):
    """A one-time code for when the phone is lost. Only its SHA-256 is kept: the codes are long
    random strings, so a fast hash is enough and the plain code is shown to the user only once."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="recovery_codes")
    code_hash = models.CharField(max_length=64, db_index=True)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("recovery code")
        verbose_name_plural = _("recovery codes")

    def __str__(self):
        return f"{self.user} {self.code_hash[:8]}"


class OfficeSecurity(models.Model):
    """Sign-in rules an office's admin sets for that office. Kept here, not on core's Office,
    because only accounts' sign-in flow reads it; an office without a row has every rule off."""

    office = models.OneToOneField("core.Office", on_delete=models.CASCADE, primary_key=True, related_name="security")
    admins_need_two_factor = models.BooleanField(_("two-step sign-in required for admins"), default=False)

    class Meta:
        verbose_name = _("office sign-in rules")
        verbose_name_plural = _("office sign-in rules")

    def __str__(self):
        return str(self.office)


class InactiveMember(models.Model):
    """A member an office's admin turned off. Their core.Membership rows are removed, so every
    access check and every app (which read only those) drops them at once; their roles are kept
    here for turning them on again. The user row itself stays: the audit trail points at it."""

    office = models.ForeignKey("core.Office", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="inactive_memberships")
    roles = models.JSONField(default=list)
    since = models.DateTimeField(auto_now_add=True)
    # True when turning this membership off left the account with no office, so Sigap turned the
    # whole account off (is_active); only then may an office admin turn the account on again.
    account_turned_off = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["office", "user"], name="unique_inactive_member")]
        verbose_name = _("inactive member")
        verbose_name_plural = _("inactive members")

    def __str__(self):
        return f"{self.user} — {self.office}"
