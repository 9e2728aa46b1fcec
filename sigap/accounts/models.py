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
