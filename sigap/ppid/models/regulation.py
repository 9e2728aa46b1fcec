"""The legal clock's settings per office and the registration-number counters."""

from __future__ import annotations

from django.db import models, transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sigap.core.calendar import office_chain
from sigap.core.models import Office

from .choices import ClockStart


class Regulation(models.Model):
    """The legal clock as data (docs/ppid.md, Legal clock): one row per office, inherited by offices below it.

    Values that no rule settles (docs/workdays.md §3: cuti bersama, Saturdays, closing time, clock start) are settings.
    """

    office = models.OneToOneField(
        Office,
        verbose_name=_("office"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="ppid_regulation",
        help_text=_("Empty: the default for every office without its own row."),
    )
    response_days = models.PositiveSmallIntegerField(_("working days for the written notice"), default=10)
    extension_days = models.PositiveSmallIntegerField(_("working days of the extension"), default=7)
    objection_window_days = models.PositiveSmallIntegerField(_("working days to file an objection"), default=30)
    objection_answer_days = models.PositiveSmallIntegerField(_("working days for the superior's answer"), default=30)
    dispute_filing_days = models.PositiveSmallIntegerField(_("working days to file a dispute"), default=14)
    clock_start = models.CharField(
        _("clock starts"), max_length=20, choices=ClockStart.choices, default=ClockStart.RECEIPT
    )
    cuti_bersama_off = models.BooleanField(_("cuti bersama is not a working day"), default=True)
    saturday_off = models.BooleanField(_("Saturday is not a working day"), default=True)
    cutoff = models.TimeField(
        _("service closing time"),
        null=True,
        blank=True,
        help_text=_(
            "A request received at or after this time counts as received the next day. Empty: the hour does not matter."
        ),
    )
    reminder_days = models.PositiveSmallIntegerField(_("remind this many working days before the due date"), default=2)
    attachment_max_mb = models.PositiveSmallIntegerField(_("largest attachment (MB)"), default=2)

    class Meta:
        verbose_name = _("PPID regulation")
        verbose_name_plural = _("PPID regulations")

    def __str__(self) -> str:
        return str(self.office or gettext("Default"))

    @classmethod
    def for_office(cls, office: Office | None) -> Regulation:
        if office is not None:
            rows = {r.office_id: r for r in cls.objects.filter(office_id__in=office_chain(office))}
            for office_id in office_chain(office):
                if office_id in rows:
                    return rows[office_id]
        return cls.objects.filter(office__isnull=True).first() or cls()


class Counter(models.Model):
    """Registration numbers per office, year and register, handed out under a row lock."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    register = models.CharField(max_length=20)
    value = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["office", "year", "register"], name="ppid_unique_counter")]

    def __str__(self) -> str:
        return f"{self.register} {self.year}: {self.value}"

    @classmethod
    def next(cls, office: Office, year: int, register: str) -> int:
        with transaction.atomic():
            cls.objects.get_or_create(office=office, year=year, register=register)
            row = cls.objects.select_for_update().get(office=office, year=year, register=register)
            row.value += 1
            row.save(update_fields=["value"])
            return row.value
