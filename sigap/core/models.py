"""Offices (a hierarchy), who works in them with which role, and the audit trail of every change."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMIN = "admin", _("Admin")
    ANALIS = "analis", _("Analyst")
    TIM_KRISIS = "tim_krisis", _("Crisis team")
    PPID = "ppid", _("PPID")
    PIMPINAN = "pimpinan", _("Leadership (read-only)")


# Roles that may change monitoring data (sources, watchlists, imports). Pimpinan reads only.
EDITOR_ROLES = frozenset({Role.ADMIN, Role.ANALIS})


class OfficeKind(models.TextChoices):
    KEMENTERIAN = "kementerian", _("Ministry/agency")
    PROVINSI = "provinsi", _("Provincial government")
    KABUPATEN = "kabupaten", _("Regency/city government")
    DINAS = "dinas", _("Agency/unit")
    PPID_UTAMA = "ppid_utama", _("PPID Utama")
    PPID_PELAKSANA = "ppid_pelaksana", _("PPID Pelaksana")


class TimeZone(models.TextChoices):
    WIB = "Asia/Jakarta", _("WIB (Asia/Jakarta)")
    WITA = "Asia/Makassar", _("WITA (Asia/Makassar)")
    WIT = "Asia/Jayapura", _("WIT (Asia/Jayapura)")


class OfficeQuerySet(models.QuerySet):
    def descendants_of(self, office_ids: set[int]) -> set[int]:
        """The given offices and every office below them (Pemprov sees its Dinas)."""
        found = set(office_ids)
        frontier = set(office_ids)
        while frontier:
            frontier = set(self.filter(parent_id__in=frontier).values_list("id", flat=True)) - found
            found |= frontier
        return found


class Office(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("code"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OfficeKind.choices)
    parent = models.ForeignKey(
        "self", verbose_name=_("parent"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    time_zone = models.CharField(_("time zone"), max_length=40, choices=TimeZone.choices, default=TimeZone.WIB)
    region_code = models.CharField(_("region code"), max_length=13, blank=True)
    # A drill copy of a real office (`sigap replay`): its documents, issues and clock are its own.
    drill_of = models.ForeignKey(
        "self", verbose_name=_("drill of"), null=True, blank=True, on_delete=models.CASCADE, related_name="drills"
    )

    objects = OfficeQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("office")
        verbose_name_plural = _("office")

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "office", "role"], name="unique_membership_role")]
        verbose_name = _("membership")
        verbose_name_plural = _("membership")

    def __str__(self) -> str:
        return f"{self.user} — {self.office} ({self.get_role_display()})"


class AuditEvent(models.Model):
    """One row per change of state: who, when, what, from, to, why. Also the timeline shown in the UI."""

    at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    office = models.ForeignKey(Office, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(_("action"), max_length=60)
    target_type = models.CharField(max_length=60)
    target_id = models.CharField(max_length=64)
    target_label = models.CharField(max_length=255, blank=True)
    from_state = models.CharField(max_length=40, blank=True)
    to_state = models.CharField(max_length=40, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id", "at"])]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit event")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.target_type}#{self.target_id}"

    @classmethod
    def record(
        cls,
        *,
        actor,
        action: str,
        target: models.Model,
        office: Office | None = None,
        from_state: str = "",
        to_state: str = "",
        reason: str = "",
        data: dict | None = None,
    ) -> AuditEvent:
        return cls.objects.create(
            actor=actor if getattr(actor, "is_authenticated", False) else None,
            office=office,
            action=action,
            target_type=target._meta.label_lower,
            target_id=str(target.pk),
            target_label=str(target)[:255],
            from_state=from_state,
            to_state=to_state,
            reason=reason,
            data=data or {},
        )


def save_with_audit(obj: models.Model, actor, prefix: str, *, office: Office | None = None, **record) -> AuditEvent:
    """Save ``obj`` and audit it as ``<prefix>.created`` if it was new, ``<prefix>.changed`` if
    not; ``record`` goes on to :meth:`AuditEvent.record` (data, to_state, …). The caller holds
    the transaction."""
    created = obj.pk is None
    obj.save()
    return AuditEvent.record(
        actor=actor, action=f"{prefix}.{'created' if created else 'changed'}", target=obj, office=office, **record
    )


class HolidayKind(models.TextChoices):
    LIBUR_NASIONAL = "libur_nasional", _("National holiday")
    CUTI_BERSAMA = "cuti_bersama", _("Collective leave (cuti bersama)")
    LIBUR_DAERAH = "libur_daerah", _("Regional holiday")
    LAINNYA = "lainnya", _("Other day off")


class Holiday(models.Model):
    """An admin-editable override of the working-day calendar seeded from the ``holidays`` package.

    A row with ``day_off`` adds a day off (a libur nasional, cuti bersama or libur daerah the package
    lacks or got wrong); a row without it cancels whatever the seed says about that date (e.g. a cuti
    bersama withdrawn by a later Keppres). A row with an office applies to that office and the
    offices below it (libur daerah); without one it applies everywhere. Inactive rows are ignored.
    Whoever changes this table must recompute open deadlines (see ``Holiday.listeners``).
    """

    date = models.DateField(_("date"), db_index=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=HolidayKind.choices, default=HolidayKind.LIBUR_NASIONAL)
    day_off = models.BooleanField(
        _("day off"),
        default=True,
        help_text=_("Untick to make the date a working day again (e.g. a cancelled cuti bersama)."),
    )
    office = models.ForeignKey(
        Office,
        verbose_name=_("office"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="holidays",
        help_text=_("Only for a regional holiday: the office (and the offices below it) it applies to."),
    )
    legal_basis = models.CharField(_("legal basis"), max_length=300, blank=True)
    source_url = models.URLField(_("source URL"), blank=True)
    active = models.BooleanField(_("active"), default=True)

    #: Callables ``f(actor, holiday, action)`` run after a change through the admin; domain apps
    #: (PPID) register their "recompute open deadlines" here in AppConfig.ready, so core imports none.
    listeners: list = []

    class Meta:
        ordering = ["date", "id"]
        verbose_name = _("holiday")
        verbose_name_plural = _("holidays")

    def __str__(self) -> str:
        return f"{self.date.isoformat()} {self.name}"

    @classmethod
    def changed(cls, actor, holiday: Holiday, action: str) -> None:
        for listener in cls.listeners:
            listener(actor, holiday, action)


class WorkerProcess(models.Model):
    """A running `sigap worker` process and when it last said it was alive (docs/background-jobs.md).

    A task a worker holds while its heartbeat has stopped belongs to a dead worker and is queued
    again by the scheduler (sigap.core.jobs.requeue_abandoned_tasks)."""

    worker_id = models.CharField(max_length=64, unique=True)
    host = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    queues = models.CharField(max_length=200)
    started_at = models.DateTimeField(auto_now_add=True)
    seen_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("worker process")
        verbose_name_plural = _("worker process")

    def __str__(self) -> str:
        return f"{self.host}:{self.pid} ({self.queues})"
