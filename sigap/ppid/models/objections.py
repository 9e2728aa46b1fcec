"""Objections to the Atasan PPID and disputes at the Komisi Informasi."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sigap.core.models import AuditEvent, Office

from ..calendar import deadline, office_zone
from ..workflow import ObjectionStatus, ObjectionTransitions
from .choices import Channel, DisputeResult, DisputeStage, Pasal35
from .querysets import PPIDQuerySet
from .regulation import Counter, Regulation
from .requests import InformationRequest


class ObjectionQuerySet(PPIDQuerySet):
    """Objections follow the PPID desk's rule (querysets.PPIDQuerySet)."""


class Objection(ObjectionTransitions, models.Model):
    """Keberatan to the Atasan PPID (UU KIP Pasal 35–36; docs/ppid.md, Workflow)."""

    request = models.ForeignKey(InformationRequest, on_delete=models.PROTECT, related_name="objections")
    office = models.ForeignKey(Office, on_delete=models.PROTECT, related_name="ppid_objections")
    number = models.CharField(_("objection number"), max_length=60, blank=True)
    grounds = models.JSONField(_("grounds (Pasal 35)"), default=list)
    case_summary = models.TextField(_("summary of the case"))
    purpose = models.TextField(_("purpose of use"), blank=True)
    proxy_name = models.CharField(_("proxy"), max_length=200, blank=True)
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices, default=Channel.PORTAL)
    received_at = models.DateTimeField(_("received at"))
    status = models.CharField(
        _("status"), max_length=20, choices=ObjectionStatus.choices, default=ObjectionStatus.REGISTERED
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    due_at = models.DateTimeField(null=True, blank=True)
    calendar_version = models.CharField(max_length=40, blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    decision_text = models.TextField(_("decision and reasons"), blank=True)
    superior_name = models.CharField(_("name of the Atasan PPID"), max_length=200, blank=True)
    superior_position = models.CharField(_("position of the Atasan PPID"), max_length=200, blank=True)
    requester_reaction = models.TextField(_("requester's reaction"), blank=True)
    reaction_at = models.DateTimeField(null=True, blank=True)
    idempotency_key = models.CharField(max_length=64, unique=True, null=True, blank=True)

    objects = ObjectionQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name = _("objection")
        verbose_name_plural = _("objections")

    def __str__(self) -> str:
        return self.number or f"#{self.pk}"

    def ground_labels(self) -> list[str]:
        return [str(Pasal35(g).label) for g in self.grounds if g in Pasal35.values]

    def compute_deadline(self):
        reg = Regulation.for_office(self.office)
        return deadline(self.office, self.received_at, reg.objection_answer_days, regulation=reg)

    def apply_deadline(self) -> bool:
        d = self.compute_deadline()
        changed = (self.due_date, self.calendar_version) != (d.due, d.calendar_version)
        self.due_date, self.due_at, self.calendar_version = d.due, d.due_at, d.calendar_version
        return changed

    def explain_deadline(self) -> str:
        return self.compute_deadline().explain() if self.due_date else ""

    @property
    def is_open(self) -> bool:
        return self.status in (ObjectionStatus.REGISTERED, ObjectionStatus.IN_REVIEW)

    @property
    def is_overdue(self) -> bool:
        """TIDAK_DITANGGAPI (derived): the 30 working days passed without an answer."""
        return self.is_open and self.due_at is not None and timezone.now() > self.due_at

    def dispute_window(self):
        """The 14 working days to file at the Komisi Informasi (UU KIP Pasal 37(2)), once they have started."""
        reg = Regulation.for_office(self.office)
        start = self.answered_at or (self.due_at if self.is_overdue else None)
        if start is None:
            return None
        return deadline(self.office, start, reg.dispute_filing_days, regulation=reg)

    def register(self, actor) -> None:
        local = timezone.localtime(self.received_at, timezone=office_zone(self.office))
        seq = Counter.next(self.office, local.year, "keberatan")
        self.number = f"KEB-{seq:03d}/PPID/{self.office.slug.upper()}/{local.year}"
        self.apply_deadline()
        self.save(update_fields=["number", "due_date", "due_at", "calendar_version"])
        assert self.due_date is not None  # noqa: S101 - narrows the type: apply_deadline just set it
        AuditEvent.record(
            actor=actor,
            action="ppid_objection.registered",
            target=self,
            office=self.office,
            to_state=self.status,
            data={"request": self.request.number, "grounds": self.grounds, "due": self.due_date.isoformat()},
        )
        AuditEvent.record(
            actor=actor,
            action="ppid_request.objection_filed",
            target=self.request,
            office=self.office,
            from_state=self.request.status,
            to_state=self.request.status,
            data={"objection": self.number},
        )


class Dispute(models.Model):
    """Sengketa informasi at the Komisi Informasi, tracked only (UU KIP Pasal 37–50)."""

    objection = models.ForeignKey(Objection, on_delete=models.PROTECT, related_name="disputes")
    office = models.ForeignKey(Office, on_delete=models.PROTECT, related_name="ppid_disputes")
    commission = models.CharField(_("Komisi Informasi"), max_length=200)
    ki_number = models.CharField(_("KI register number"), max_length=100, blank=True)
    filed_on = models.DateField(_("filed on"))
    registered_on = models.DateField(_("registered by the KI on"), null=True, blank=True)
    stage = models.CharField(_("stage"), max_length=20, choices=DisputeStage.choices, default=DisputeStage.FILED)
    hearings = models.TextField(_("hearing dates and notes"), blank=True)
    decision_on = models.DateField(_("decision date"), null=True, blank=True)
    result = models.CharField(_("result"), max_length=20, choices=DisputeResult.choices, blank=True)
    decision_summary = models.TextField(_("decision"), blank=True)
    compliance = models.TextField(_("compliance with the decision"), blank=True)
    complied_on = models.DateField(_("complied on"), null=True, blank=True)

    objects = PPIDQuerySet.as_manager()

    class Meta:
        ordering = ["-filed_on", "-id"]
        verbose_name = _("dispute")
        verbose_name_plural = _("disputes")

    def __str__(self) -> str:
        return self.ki_number or f"{self.commission} {self.filed_on}"
