"""portal models."""

from django.db import models


class Throttle(models.Model):
    """One counted event of the public portal (a stored submission, a receipt e-mailed).

    Kept in the database, not a per-process cache, so every web worker sees the same counts.
    ``key`` is a keyed hash of the client address or e-mail: no personal data is stored here.
    """

    kind = models.CharField(max_length=20)
    key = models.CharField(max_length=64)
    at = models.DateTimeField(db_index=True)

    class Meta:
        indexes = [models.Index(fields=["kind", "key", "at"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.key[:8]} {self.at:%Y-%m-%d %H:%M}"
