"""Information requests (UU KIP Pasal 22) and the files the requester sent."""

from __future__ import annotations

import secrets
from datetime import date, datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sigap.core.access import member_office_ids
from sigap.core.models import AuditEvent, Office
from sigap.core.transitions import TransitionError
from sigap.lib.workdays import format_date

from ..calendar import deadline, office_zone, working_days_left
from ..workflow import OPEN_STATUSES, Outcome, RequestTransitions, Status
from .choices import (
    PPID_READ_ROLES,
    AttachmentKind,
    Channel,
    ClockStart,
    DeliveryMethod,
    ObtainMethod,
    Pasal17,
    Pasal35,
    RequesterKind,
)
from .regulation import Counter, Regulation


class RequestQuerySet(models.QuerySet):
    def visible_to(self, user):
        # access imports these models: a module-level import is a cycle
        from ..access import ppid_office_ids

        ids = ppid_office_ids(user)
        units = member_office_ids(user, PPID_READ_ROLES)
        return self.filter(Q(office_id__in=ids) | Q(assigned_unit_id__in=units))

    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, now: datetime | None = None):
        return self.open().filter(due_at__lt=now or timezone.now())


def _tracking_code() -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read over the phone
    return "".join(secrets.choice(alphabet) for _ in range(10))


class InformationRequest(RequestTransitions, models.Model):
    office = models.ForeignKey(
        Office, verbose_name=_("public body"), on_delete=models.PROTECT, related_name="ppid_requests"
    )
    number = models.CharField(_("registration number"), max_length=60, blank=True, db_index=True)
    tracking_code = models.CharField(_("tracking code"), max_length=12, unique=True, default=_tracking_code)
    idempotency_key = models.CharField(max_length=64, unique=True, null=True, blank=True)
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices, default=Channel.PORTAL)
    # requester (personal data: never on a public page)
    requester_kind = models.CharField(
        _("requester type"), max_length=20, choices=RequesterKind.choices, default=RequesterKind.INDIVIDUAL
    )
    name = models.CharField(_("full name"), max_length=200)
    nik = models.CharField(_("NIK or legal-entity SK number"), max_length=60, blank=True)
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    occupation = models.CharField(_("occupation"), max_length=120, blank=True)
    via_proxy = models.BooleanField(_("through a proxy"), default=False)
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True)
    disability = models.BooleanField(_("requester with a disability"), default=False)
    # asked at submission; the officer still decides per request (ppid/archive.py)
    publish_consent = models.BooleanField(
        _("I agree that the question and the answer to this request may be published without my personal data"),
        default=False,
    )
    # the request
    information = models.TextField(_("information requested"))
    purpose = models.TextField(_("purpose of use"))
    obtain_method = models.CharField(
        _("how to obtain it"), max_length=20, choices=ObtainMethod.choices, default=ObtainMethod.SOFTCOPY
    )
    delivery_method = models.CharField(
        _("how to send it"), max_length=20, choices=DeliveryMethod.choices, default=DeliveryMethod.EMAIL
    )
    # clock
    received_at = models.DateTimeField(_("received at"))
    registered_at = models.DateTimeField(_("registered at"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.REGISTERED, db_index=True
    )
    base_days = models.PositiveSmallIntegerField(default=10)
    extension_days = models.PositiveSmallIntegerField(default=0)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    due_at = models.DateTimeField(_("due at"), null=True, blank=True, db_index=True)
    calendar_version = models.CharField(_("calendar version"), max_length=40, blank=True)
    extended_at = models.DateTimeField(_("extended at"), null=True, blank=True)
    extension_reason = models.TextField(_("reason for the extension"), blank=True)
    # disposition
    assigned_unit = models.ForeignKey(
        Office,
        verbose_name=_("PPID Pelaksana unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ppid_assigned",
    )
    assigned_at = models.DateTimeField(null=True, blank=True)
    internal_due_date = models.DateField(_("internal due date"), null=True, blank=True)
    # written notice
    notified_at = models.DateTimeField(_("written notice date"), null=True, blank=True)
    outcome = models.CharField(_("decision"), max_length=20, choices=Outcome.choices, blank=True)
    notice_text = models.TextField(_("information provided / explanation"), blank=True)
    info_form = models.CharField(_("form of the information"), max_length=20, blank=True)
    redaction_notes = models.TextField(_("what was blacked out and why"), blank=True)
    refusal_ground = models.CharField(_("Pasal 17 ground"), max_length=2, choices=Pasal17.choices, blank=True)
    consequence_test = models.ForeignKey(
        "ConsequenceTest",
        verbose_name=_("consequence test"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    dik_entry = models.ForeignKey(
        "DIKEntry", verbose_name=_("DIK entry"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    holder = models.CharField(_("body that holds the information"), max_length=300, blank=True)
    documented_by = models.DateField(_("to be documented by"), null=True, blank=True)
    cost = models.DecimalField(_("cost (Rp)"), max_digits=12, decimal_places=0, default=0)
    provide_days = models.PositiveSmallIntegerField(_("days to provide"), null=True, blank=True)
    # delivery / end
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    delivery_channel = models.CharField(
        _("delivered through"), max_length=20, choices=DeliveryMethod.choices, blank=True
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    # periodic jobs claim rows with these (conditional UPDATE)
    reminded_at = models.DateTimeField(null=True, blank=True)
    overdue_flagged_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # converted from a complaint-channel document (monitoring.Document; an id, not a FK: documents are purged/partitioned)
    source_document_id = models.BigIntegerField(_("source document"), null=True, blank=True, db_index=True)
    source_url = models.URLField(_("source URL"), max_length=1000, blank=True)

    objects = RequestQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name = _("information request")
        verbose_name_plural = _("information requests")

    def __str__(self) -> str:
        return self.number or f"#{self.pk}"

    # -- clock

    @property
    def regulation(self) -> Regulation:
        if not hasattr(self, "_regulation"):
            self._regulation = Regulation.for_office(self.office)
        return self._regulation

    @property
    def clock_start(self) -> datetime:
        if self.regulation.clock_start == ClockStart.REGISTRATION and self.registered_at:
            return self.registered_at
        return self.received_at

    def compute_deadline(self):
        return deadline(
            self.office,
            self.clock_start,
            self.base_days + self.extension_days,
            extension_days=self.extension_days,
            regulation=self.regulation,
        )

    def apply_deadline(self) -> bool:
        """Recompute due date and calendar version; True if anything changed."""
        d = self.compute_deadline()
        changed = (self.due_date, self.calendar_version) != (d.due, d.calendar_version)
        self.due_date, self.due_at, self.calendar_version = d.due, d.due_at, d.calendar_version
        return changed

    def explain_deadline(self) -> str:
        return self.compute_deadline().explain() if self.due_date else ""

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def is_overdue(self) -> bool:
        """Derived (docs/ppid.md, Legal clock: TERLAMBAT): past due and no written notice yet."""
        return self.is_open and self.due_at is not None and timezone.now() > self.due_at

    @property
    def notice_late(self) -> bool:
        return bool(self.notified_at and self.due_at and self.notified_at > self.due_at)

    def working_days_left(self) -> int | None:
        return working_days_left(self.office, self.due_date) if self.due_date else None

    def urgency(self) -> str:
        """'overdue', 'soon' (due within the reminder window) or ''; for highlighting lists."""
        if not self.is_open or self.due_date is None:
            return ""
        if self.is_overdue:
            return "overdue"
        left = self.working_days_left()
        return "soon" if left is not None and left <= self.regulation.reminder_days else ""

    # -- state: the moves are in workflow.RequestTransitions; registering happens once, on creation

    def register(self, actor) -> None:
        """Nomor pendaftaran and due date at once (UU KIP Pasal 22(4)–(5)); called on creation."""
        if self.number:
            raise TransitionError(gettext("This request is already registered."))
        self.registered_at = self.registered_at or timezone.now()
        self.base_days = self.regulation.response_days
        local = timezone.localtime(self.received_at, timezone=office_zone(self.office))
        seq = Counter.next(self.office, local.year, "permohonan")
        self.number = f"{seq:03d}/PPID/{self.office.slug.upper()}/{local.year}"
        self.apply_deadline()
        self.save(update_fields=["number", "registered_at", "base_days", "due_date", "due_at", "calendar_version"])
        assert self.due_date is not None  # noqa: S101 - narrows the type: apply_deadline just set it
        AuditEvent.record(
            actor=actor,
            action="ppid_request.registered",
            target=self,
            office=self.office,
            to_state=self.status,
            data={"channel": self.channel, "due": self.due_date.isoformat(), "calendar": self.calendar_version},
        )

    # -- objections

    def objection_grounds_open(self) -> list[str]:
        """Pasal 35 grounds the requester may invoke now (docs/ppid.md, Objection window: no 17-day gate)."""
        grounds: list[str] = []
        if self.status == Status.WITHDRAWN:
            return grounds
        if self.outcome == Outcome.REFUSED:
            grounds.append("a")
        grounds.append("b")
        if self.is_overdue:
            grounds.append("c")
        if self.notified_at:
            grounds += ["d", "e", "f"]
        if self.is_overdue or self.notice_late:
            grounds.append("g")
        return grounds

    def ground_arose_on(self, ground: str) -> date | None:
        """The office-local date a Pasal 35 ground arose (day 0 of its 30-working-day window, Pasal 36(1)).

        a, f: the written notice (refusal, fee). d, e: the notice, or the delivery if later (what was
        handed over). c: the due date passed without an answer. g: the late notice, or the due date
        while there is none. b: the request itself (the requester found the periodic information missing).
        """
        zone = office_zone(self.office)

        def local(moment):
            return timezone.localtime(moment, timezone=zone).date() if moment else None

        if ground in ("a", "f"):
            return local(self.notified_at)
        if ground in ("d", "e"):
            return local(self.delivered_at) or local(self.notified_at)
        if ground == "c":
            return self.due_date if self.is_overdue else None
        if ground == "g":
            if self.notice_late:
                return local(self.notified_at)
            return self.due_date if self.is_overdue else None
        if ground == "b":
            return local(self.received_at)
        return None

    def objection_window(self, ground: str):
        """The Deadline (last day to file) for one ground, or None while the ground has not arisen."""
        arose = self.ground_arose_on(ground)
        if arose is None:
            return None
        reg = self.regulation
        return deadline(self.office, arose, reg.objection_window_days, regulation=reg)

    def objection_window_errors(self, grounds, at: datetime | None = None) -> list[str]:
        """Indonesian messages for grounds whose window closed before ``at`` (default: now)."""
        today = timezone.localtime(at or timezone.now(), timezone=office_zone(self.office)).date()
        errors = []
        for ground in grounds:
            window = self.objection_window(ground)
            if window is not None and today > window.due:
                errors.append(
                    gettext(
                        "An objection on ground “%(ground)s” had to be filed by %(last)s at the latest "
                        "(%(days)s working days after %(arose)s, UU KIP Pasal 36(1))."
                    )
                    % {
                        "ground": Pasal35(ground).label,
                        "last": format_date(window.due),
                        "days": window.days,
                        "arose": format_date(window.counted_from),
                    }
                )
        return errors

    def objection_last_dates(self) -> list[tuple[str, date]]:
        """(ground label, last allowed date) for the grounds open now: shown next to the objection form."""
        rows = []
        for ground in self.objection_grounds_open():
            window = self.objection_window(ground)
            if window is not None:
                rows.append((str(Pasal35(ground).label), window.due))
        return rows

    def can_object(self) -> bool:
        qualifying = self.outcome in (Outcome.PARTLY_GRANTED, Outcome.REFUSED, Outcome.NOT_HELD, Outcome.NOT_DOCUMENTED)
        return self.status != Status.WITHDRAWN and (
            qualifying or self.is_overdue or self.status in (Status.NOTIFIED, Status.DELIVERED)
        )


def attachment_path(instance, filename: str) -> str:
    return f"ppid/{instance.request.office_id}/{instance.request_id}/{secrets.token_hex(8)}.{instance.extension}"


class AttachmentQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Personal data: only the PPID desk that may change the request (not pimpinan) opens the files."""
        from ..access import ppid_edit_office_ids  # local: access imports the models

        return self.filter(request__office_id__in=ppid_edit_office_ids(user))


class Attachment(models.Model):
    """Files the requester sent. Personal data: stored under MEDIA_ROOT, never served publicly."""

    request = models.ForeignKey(InformationRequest, on_delete=models.CASCADE, related_name="attachments")
    kind = models.CharField(_("kind"), max_length=20, choices=AttachmentKind.choices)
    file = models.FileField(upload_to=attachment_path, max_length=300)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=60)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)

    objects = AttachmentQuerySet.as_manager()

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.original_name}"

    @property
    def extension(self) -> str:
        return {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}.get(self.content_type, "bin")
