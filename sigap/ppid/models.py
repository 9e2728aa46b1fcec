"""PPID: information requests under UU 14/2008 (KIP), objections, disputes, DIP/DIK and reports.

Rules: docs/ppid.md. Workflows follow docs/state-changes.md: a Status, an explicit
TRANSITIONS map and one guarded method per transition, each going through the core kernel
(sigap.core.transitions.change_state: lock, check, save, audit, notify after commit).
"""

from __future__ import annotations

import secrets
from datetime import date, datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sigap.core.access import member_office_ids
from sigap.core.models import AuditEvent, Office, Role
from sigap.core.transitions import TransitionError

# TransitionError (core's one class) and the workflow's names stay importable from here as before.
from .workflow import (  # noqa: F401
    DELIVERABLE_OUTCOMES,
    OBJECTION_FLOW,
    OBJECTION_TRANSITIONS,
    OPEN_STATUSES,
    REQUEST_FLOW,
    TRANSITIONS,
    ObjectionStatus,
    ObjectionTransitions,
    Outcome,
    RequestTransitions,
    Status,
)

# Roles that work the PPID desk; pimpinan reads only.
PPID_EDIT_ROLES = frozenset({Role.PPID, Role.ADMIN})
PPID_READ_ROLES = frozenset({Role.PPID, Role.ADMIN, Role.PIMPINAN})


# --------------------------------------------------------------------------- settings per office


class ClockStart(models.TextChoices):
    RECEIPT = "receipt", _("When the request is received")
    REGISTRATION = "registration", _("When the request is registered")


class Regulation(models.Model):
    """The legal clock as data (ppid.md §2, §13): one row per office, inherited by offices below it.

    Values marked [U] in ppid.md (cuti bersama, Saturdays, closing time, clock start) are settings.
    """

    office = models.OneToOneField(
        Office, verbose_name=_("office"), null=True, blank=True, on_delete=models.CASCADE, related_name="ppid_regulation",
        help_text=_("Empty: the default for every office without its own row."),
    )
    response_days = models.PositiveSmallIntegerField(_("working days for the written notice"), default=10)
    extension_days = models.PositiveSmallIntegerField(_("working days of the extension"), default=7)
    objection_window_days = models.PositiveSmallIntegerField(_("working days to file an objection"), default=30)
    objection_answer_days = models.PositiveSmallIntegerField(_("working days for the superior's answer"), default=30)
    dispute_filing_days = models.PositiveSmallIntegerField(_("working days to file a dispute"), default=14)
    clock_start = models.CharField(_("clock starts"), max_length=20, choices=ClockStart.choices, default=ClockStart.RECEIPT)
    cuti_bersama_off = models.BooleanField(_("cuti bersama is not a working day"), default=True)
    saturday_off = models.BooleanField(_("Saturday is not a working day"), default=True)
    cutoff = models.TimeField(
        _("service closing time"), null=True, blank=True,
        help_text=_("A request received at or after this time counts as received the next day. Empty: the hour does not matter."),
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
        from .calendar import office_chain

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


# --------------------------------------------------------------------------- requests


class Channel(models.TextChoices):
    PORTAL = "portal", _("Web portal")
    WALK_IN = "walk_in", _("In person")
    PHONE = "phone", _("Telephone")
    LETTER = "letter", _("Letter")
    EMAIL = "email", _("E-mail")
    LAPOR = "lapor", _("SP4N-LAPOR!")


class RequesterKind(models.TextChoices):
    INDIVIDUAL = "individual", _("Individual")
    LEGAL_ENTITY = "legal_entity", _("Legal entity")
    GROUP = "group", _("Group of people")


class ObtainMethod(models.TextChoices):
    SEE = "see", _("See / read / listen / note")
    SOFTCOPY = "softcopy", _("A copy (softcopy)")
    HARDCOPY = "hardcopy", _("A copy (hardcopy)")


class DeliveryMethod(models.TextChoices):
    PICK_UP = "pick_up", _("Collect in person")
    COURIER = "courier", _("Courier")
    POST = "post", _("Post")
    EMAIL = "email", _("E-mail")
    FAX = "fax", _("Fax")


class Pasal17(models.TextChoices):
    """Grounds for exempting information, UU KIP Pasal 17 a–j."""

    A = "a", _("a. would obstruct law enforcement")
    B = "b", _("b. would harm intellectual property or fair competition")
    C = "c", _("c. would endanger national defence and security")
    D = "d", _("d. would reveal Indonesia's natural resources")
    E = "e", _("e. would harm national economic resilience")
    F = "f", _("f. would harm foreign relations")
    G = "g", _("g. would reveal an authentic deed of a personal nature or a will")
    H = "h", _("h. would reveal personal secrets")
    I = "i", _("i. confidential memoranda between or within public bodies")  # noqa: E741
    J = "j", _("j. information closed by another law")


class RequestQuerySet(models.QuerySet):
    def visible_to(self, user):
        from .access import ppid_office_ids

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
    office = models.ForeignKey(Office, verbose_name=_("public body"), on_delete=models.PROTECT, related_name="ppid_requests")
    number = models.CharField(_("registration number"), max_length=60, blank=True, db_index=True)
    tracking_code = models.CharField(_("tracking code"), max_length=12, unique=True, default=_tracking_code)
    idempotency_key = models.CharField(max_length=64, unique=True, null=True, blank=True)
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices, default=Channel.PORTAL)
    # requester (personal data: never on a public page)
    requester_kind = models.CharField(_("requester type"), max_length=20, choices=RequesterKind.choices, default=RequesterKind.INDIVIDUAL)
    name = models.CharField(_("full name"), max_length=200)
    nik = models.CharField(_("NIK or legal-entity SK number"), max_length=60, blank=True)
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    occupation = models.CharField(_("occupation"), max_length=120, blank=True)
    via_proxy = models.BooleanField(_("through a proxy"), default=False)
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True)
    disability = models.BooleanField(_("requester with a disability"), default=False)
    # the request
    information = models.TextField(_("information requested"))
    purpose = models.TextField(_("purpose of use"))
    obtain_method = models.CharField(_("how to obtain it"), max_length=20, choices=ObtainMethod.choices, default=ObtainMethod.SOFTCOPY)
    delivery_method = models.CharField(_("how to send it"), max_length=20, choices=DeliveryMethod.choices, default=DeliveryMethod.EMAIL)
    # clock
    received_at = models.DateTimeField(_("received at"))
    registered_at = models.DateTimeField(_("registered at"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.REGISTERED, db_index=True)
    base_days = models.PositiveSmallIntegerField(default=10)
    extension_days = models.PositiveSmallIntegerField(default=0)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    due_at = models.DateTimeField(_("due at"), null=True, blank=True, db_index=True)
    calendar_version = models.CharField(_("calendar version"), max_length=40, blank=True)
    extended_at = models.DateTimeField(_("extended at"), null=True, blank=True)
    extension_reason = models.TextField(_("reason for the extension"), blank=True)
    # disposition
    assigned_unit = models.ForeignKey(
        Office, verbose_name=_("PPID Pelaksana unit"), null=True, blank=True, on_delete=models.SET_NULL, related_name="ppid_assigned"
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
        "ConsequenceTest", verbose_name=_("consequence test"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
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
    delivery_channel = models.CharField(_("delivered through"), max_length=20, choices=DeliveryMethod.choices, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    # periodic jobs claim rows with these (conditional UPDATE)
    reminded_at = models.DateTimeField(null=True, blank=True)
    overdue_flagged_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
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
        from .calendar import deadline

        return deadline(
            self.office, self.clock_start, self.base_days + self.extension_days,
            extension_days=self.extension_days, regulation=self.regulation,
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
        """Derived (ppid.md §6 TERLAMBAT): past due and no written notice yet."""
        return self.is_open and self.due_at is not None and timezone.now() > self.due_at

    @property
    def notice_late(self) -> bool:
        return bool(self.notified_at and self.due_at and self.notified_at > self.due_at)

    def working_days_left(self) -> int | None:
        from .calendar import working_days_left

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
        local = timezone.localtime(self.received_at, timezone=_zone(self.office))
        seq = Counter.next(self.office, local.year, "permohonan")
        self.number = f"{seq:03d}/PPID/{self.office.slug.upper()}/{local.year}"
        self.apply_deadline()
        self.save(update_fields=["number", "registered_at", "base_days", "due_date", "due_at", "calendar_version"])
        AuditEvent.record(
            actor=actor, action="ppid_request.registered", target=self, office=self.office, to_state=self.status,
            data={"channel": self.channel, "due": self.due_date.isoformat(), "calendar": self.calendar_version},
        )

    # -- objections

    def objection_grounds_open(self) -> list[str]:
        """Pasal 35 grounds the requester may invoke now (ppid.md §2 notes: not only after 17 days)."""
        grounds = []
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
        zone = _zone(self.office)

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
        from .calendar import deadline

        arose = self.ground_arose_on(ground)
        if arose is None:
            return None
        reg = self.regulation
        return deadline(self.office, arose, reg.objection_window_days, regulation=reg)

    def objection_window_errors(self, grounds, at: datetime | None = None) -> list[str]:
        """Indonesian messages for grounds whose window closed before ``at`` (default: now)."""
        today = timezone.localtime(at or timezone.now(), timezone=_zone(self.office)).date()
        errors = []
        for ground in grounds:
            window = self.objection_window(ground)
            if window is not None and today > window.due:
                from sigap.lib.workdays import format_date

                errors.append(
                    gettext("An objection on ground “%(ground)s” had to be filed by %(last)s at the latest "
                            "(%(days)s working days after %(arose)s, UU KIP Pasal 36(1)).")
                    % {"ground": Pasal35(ground).label, "last": format_date(window.due), "days": window.days,
                       "arose": format_date(window.counted_from)}
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


def _zone(office):
    from sigap.lib.workdays import resolve_zone

    return resolve_zone(office.time_zone or "Asia/Jakarta")


def attachment_path(instance, filename: str) -> str:
    return f"ppid/{instance.request.office_id}/{instance.request_id}/{secrets.token_hex(8)}.{instance.extension}"


class AttachmentKind(models.TextChoices):
    KTP = "ktp", _("KTP scan")
    POWER_OF_ATTORNEY = "kuasa", _("Power of attorney")
    LEGAL_ENTITY = "badan_hukum", _("Legal-entity deed")
    OTHER = "lainnya", _("Other")


class Attachment(models.Model):
    """Files the requester sent. Personal data: stored under MEDIA_ROOT, never served publicly."""

    request = models.ForeignKey(InformationRequest, on_delete=models.CASCADE, related_name="attachments")
    kind = models.CharField(_("kind"), max_length=20, choices=AttachmentKind.choices)
    file = models.FileField(upload_to=attachment_path, max_length=300)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=60)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.original_name}"

    @property
    def extension(self) -> str:
        return {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}.get(self.content_type, "bin")


# --------------------------------------------------------------------------- objections and disputes


class Pasal35(models.TextChoices):
    A = "a", _("a. refusal under Pasal 17")
    B = "b", _("b. periodic information not published")
    C = "c", _("c. request not answered")
    D = "d", _("d. answered differently from what was asked")
    E = "e", _("e. request not fulfilled")
    F = "f", _("f. unreasonable fee")
    G = "g", _("g. information delivered later than the law allows")


class ObjectionQuerySet(models.QuerySet):
    def visible_to(self, user):
        from .access import ppid_office_ids

        return self.filter(office_id__in=ppid_office_ids(user))


class Objection(ObjectionTransitions, models.Model):
    """Keberatan to the Atasan PPID (UU KIP Pasal 35–36; ppid.md §5.4)."""

    request = models.ForeignKey(InformationRequest, on_delete=models.PROTECT, related_name="objections")
    office = models.ForeignKey(Office, on_delete=models.PROTECT, related_name="ppid_objections")
    number = models.CharField(_("objection number"), max_length=60, blank=True)
    grounds = models.JSONField(_("grounds (Pasal 35)"), default=list)
    case_summary = models.TextField(_("summary of the case"))
    purpose = models.TextField(_("purpose of use"), blank=True)
    proxy_name = models.CharField(_("proxy"), max_length=200, blank=True)
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices, default=Channel.PORTAL)
    received_at = models.DateTimeField(_("received at"))
    status = models.CharField(_("status"), max_length=20, choices=ObjectionStatus.choices, default=ObjectionStatus.REGISTERED)
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
        from .calendar import deadline

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
        from .calendar import deadline

        reg = Regulation.for_office(self.office)
        start = self.answered_at or (self.due_at if self.is_overdue else None)
        if start is None:
            return None
        return deadline(self.office, start, reg.dispute_filing_days, regulation=reg)

    def register(self, actor) -> None:
        local = timezone.localtime(self.received_at, timezone=_zone(self.office))
        seq = Counter.next(self.office, local.year, "keberatan")
        self.number = f"KEB-{seq:03d}/PPID/{self.office.slug.upper()}/{local.year}"
        self.apply_deadline()
        self.save(update_fields=["number", "due_date", "due_at", "calendar_version"])
        AuditEvent.record(
            actor=actor, action="ppid_objection.registered", target=self, office=self.office, to_state=self.status,
            data={"request": self.request.number, "grounds": self.grounds, "due": self.due_date.isoformat()},
        )
        AuditEvent.record(
            actor=actor, action="ppid_request.objection_filed", target=self.request, office=self.office,
            from_state=self.request.status, to_state=self.request.status, data={"objection": self.number},
        )

class DisputeStage(models.TextChoices):
    FILED = "filed", _("Filed at the Komisi Informasi")
    REGISTERED = "registered", _("Registered by the KI")
    MEDIATION = "mediation", _("Mediation")
    ADJUDICATION = "adjudication", _("Adjudication")
    DECIDED = "decided", _("KI decision")
    COURT = "court", _("Court challenge (PTUN/PN)")
    CASSATION = "cassation", _("Cassation (Mahkamah Agung)")
    FINAL = "final", _("Final and binding")


class DisputeResult(models.TextChoices):
    NONE = "", _("Not yet")
    MEDIATED = "mediated", _("Settled by mediation")
    GRANTED = "granted", _("Requester's petition granted")
    PARTLY = "partly", _("Petition partly granted")
    REJECTED = "rejected", _("Petition rejected")
    WITHDRAWN = "withdrawn", _("Petition withdrawn")


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

    class Meta:
        ordering = ["-filed_on", "-id"]
        verbose_name = _("dispute")
        verbose_name_plural = _("disputes")

    def __str__(self) -> str:
        return self.ki_number or f"{self.commission} {self.filed_on}"


# --------------------------------------------------------------------------- DIP and DIK


class DIPCategory(models.TextChoices):
    BERKALA = "berkala", _("Periodic (berkala)")
    SERTA_MERTA = "serta_merta", _("Immediate (serta-merta)")
    SETIAP_SAAT = "setiap_saat", _("Available at any time (setiap saat)")


class DIPEntry(models.Model):
    """One row of the Daftar Informasi Publik (Perki 1/2010 Lampiran II columns; ppid.md §4)."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="dip_entries")
    summary = models.TextField(_("summary of the information"))
    holding_unit = models.CharField(_("unit that holds it"), max_length=200)
    responsible = models.CharField(_("responsible for producing it"), max_length=200)
    made_when_where = models.CharField(_("when and where it was made"), max_length=200)
    formats = models.CharField(_("available formats"), max_length=200)
    retention = models.CharField(_("retention period"), max_length=100)
    category = models.CharField(_("category"), max_length=20, choices=DIPCategory.choices)
    url = models.URLField(_("publication URL"), blank=True)
    last_reviewed_on = models.DateField(_("last reviewed on"), null=True, blank=True)
    published = models.BooleanField(_("published on the portal"), default=True)

    REVIEW_MONTHS = 6  # UU KIP Pasal 9: berkala information at least every 6 months

    class Meta:
        ordering = ["office", "category", "id"]
        verbose_name = _("DIP entry")
        verbose_name_plural = _("DIP entries")

    def __str__(self) -> str:
        return self.summary[:80]

    @property
    def next_review_on(self) -> date | None:
        if self.category != DIPCategory.BERKALA:
            return None
        if self.last_reviewed_on is None:
            return timezone.localdate()
        d = self.last_reviewed_on
        month = d.month - 1 + self.REVIEW_MONTHS
        year, month = d.year + month // 12, month % 12 + 1
        return date(year, month, min(d.day, 28))

    @property
    def review_due(self) -> bool:
        nxt = self.next_review_on
        return nxt is not None and nxt <= timezone.localdate()


class ConsequenceTest(models.Model):
    """Uji konsekuensi (Perki 1/2021 Pasal 49): the record behind an exemption."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="consequence_tests")
    document = models.CharField(_("document containing the information"), max_length=300)
    information = models.TextField(_("information to be exempted"))
    ground = models.CharField(_("Pasal 17 ground"), max_length=2, choices=Pasal17.choices)
    legal_basis = models.CharField(_("legal basis"), max_length=300)
    consequence = models.TextField(_("consequence of disclosure"))
    public_interest = models.TextField(_("public interest weighed"), blank=True)
    decided_on = models.DateField(_("decided on"))
    decree_number = models.CharField(_("PPID decree (SK) number"), max_length=120, blank=True)
    exempt_until = models.DateField(_("exempt until"))

    class Meta:
        ordering = ["-decided_on", "-id"]
        verbose_name = _("consequence test")
        verbose_name_plural = _("consequence tests")

    def __str__(self) -> str:
        return f"{self.document} ({self.decided_on})"


class DIKEntry(models.Model):
    """Daftar Informasi yang Dikecualikan: not permanent (Pasal 20), so each entry expires."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="dik_entries")
    information = models.TextField(_("information"))
    ground = models.CharField(_("Pasal 17 ground"), max_length=2, choices=Pasal17.choices)
    legal_basis = models.CharField(_("legal basis"), max_length=300)
    consequence = models.TextField(_("consequence of disclosure"))
    consequence_test = models.ForeignKey(ConsequenceTest, verbose_name=_("consequence test"), on_delete=models.PROTECT, related_name="dik_entries")
    exempt_until = models.DateField(_("exempt until"))

    EXPIRY_WARNING_DAYS = 60

    class Meta:
        ordering = ["exempt_until", "id"]
        verbose_name = _("DIK entry")
        verbose_name_plural = _("DIK entries")

    def __str__(self) -> str:
        return self.information[:80]

    @property
    def expired(self) -> bool:
        return self.exempt_until < timezone.localdate()

    @property
    def expiring(self) -> bool:
        return not self.expired and (self.exempt_until - timezone.localdate()).days <= self.EXPIRY_WARNING_DAYS


# --------------------------------------------------------------------------- report


class ServiceReport(models.Model):
    """Laporan layanan informasi publik (UU KIP Pasal 12; Perki 1/2021 Pasal 56), any period."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="ppid_reports")
    title = models.CharField(_("title"), max_length=200)
    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("to"))
    policy = models.TextField(_("1. Overview of the information-service policy"), blank=True)
    implementation = models.TextField(_("2. Overview of how the service ran"), blank=True)
    obstacles = models.TextField(_("5. External and internal obstacles"), blank=True)
    recommendations = models.TextField(_("6. Recommendations and follow-up plan"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-period_end", "-id"]
        verbose_name = _("service report")
        verbose_name_plural = _("service reports")

    def __str__(self) -> str:
        return self.title


# --------------------------------------------------------------------------- letters


class LetterKind(models.TextChoices):
    RECEIPT = "receipt", _("Receipt of the request")
    NOTICE = "notice", _("Written notice")
    EXTENSION = "extension", _("Extension notice")
    REFUSAL = "refusal", _("Refusal decision")
    OBJECTION_RECEIPT = "objection_receipt", _("Objection receipt")


def letterhead_logo_path(instance, filename: str) -> str:
    ext = "png" if filename.lower().endswith(".png") else "jpg"
    return f"ppid/kop/{instance.office_id}/{secrets.token_hex(8)}.{ext}"


class Letterhead(models.Model):
    """Kop surat and signatory of an office's PPID letters (ppid.md §5.3: place, date, name of the PPID)."""

    office = models.OneToOneField(Office, verbose_name=_("office"), on_delete=models.CASCADE, related_name="ppid_letterhead")
    name_lines = models.TextField(
        _("office name lines"), help_text=_("One line each, from the top, e.g. PEMERINTAH KABUPATEN DEMAK / DINAS KOMUNIKASI DAN INFORMATIKA."),
    )
    address = models.TextField(_("address and contact"), blank=True)
    logo = models.FileField(_("logo"), upload_to=letterhead_logo_path, max_length=300, blank=True)
    place = models.CharField(_("place of signing"), max_length=100, blank=True, help_text=_("E.g. Demak. Empty: the office name."))
    signatory_name = models.CharField(_("signatory name"), max_length=200, blank=True)
    signatory_position = models.CharField(_("signatory position"), max_length=200, blank=True)
    signatory_id = models.CharField(_("signatory NIP"), max_length=40, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("letterhead")
        verbose_name_plural = _("letterheads")

    def __str__(self) -> str:
        return str(self.office)

    @property
    def lines(self) -> list[str]:
        return [line.strip() for line in self.name_lines.splitlines() if line.strip()]


class LetterTemplate(models.Model):
    """An office's own text for one generated letter: plain text with named placeholders ({nomor_pendaftaran} …).

    Not Django template syntax: :mod:`sigap.ppid.letters` substitutes escaped values, and only the
    placeholders it knows (``PLACEHOLDERS``) are accepted when saving.
    """

    office = models.ForeignKey(Office, verbose_name=_("office"), on_delete=models.CASCADE, related_name="ppid_letter_templates")
    kind = models.CharField(_("letter"), max_length=20, choices=LetterKind.choices)
    body = models.TextField(_("text of the letter"))
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["office", "kind"]
        constraints = [models.UniqueConstraint(fields=["office", "kind"], name="ppid_unique_letter_template")]
        verbose_name = _("letter template")
        verbose_name_plural = _("letter templates")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.office}"

    def clean(self) -> None:
        from .letters import placeholder_errors

        problem = placeholder_errors(self.body or "")
        if problem:
            raise ValidationError({"body": problem})
