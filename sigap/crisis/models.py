"""Crisis communication on the CERC model: the crisis record, its team, tasks, messages,
approvals, publications, partner offices (one voice) and the after-action evaluation.

Workflows follow the house rule: a Status/Phase (TextChoices), an explicit TRANSITIONS map
and one guarded method per transition, each going through the core kernel
(sigap.core.transitions.change_state: lock, check the state the user saw, save, audit, notify
after commit), so concurrent clicks give one change.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sigap.core.models import AuditEvent, Office
from sigap.core.transitions import TransitionError

# TransitionError (core's one class) and the workflow's names stay importable from here as before.
from .workflow import (  # noqa: F401
    MESSAGE_FLOW,
    MESSAGE_TRANSITIONS,
    PHASE_FLOW,
    PHASE_TRANSITIONS,
    TASK_FLOW,
    MessageStatus,
    MessageTransitions,
    Phase,
    PhaseTransitions,
    TaskTransitions,
)


class StaleVersion(Exception):
    """Someone else saved the draft after the version the editor started from."""

    def __init__(self, current):
        super().__init__("stale version")
        self.current = current


# --------------------------------------------------------------------------- vocabularies


class Cluster(models.TextChoices):
    VICTIM = "victim", _("Victim (weak responsibility)")
    ACCIDENTAL = "accidental", _("Accidental (minimal responsibility)")
    PREVENTABLE = "preventable", _("Preventable (strong responsibility)")


CLUSTER_ORDER = [Cluster.VICTIM, Cluster.ACCIDENTAL, Cluster.PREVENTABLE]


class Severity(models.IntegerChoices):
    S1 = 1, _("1 — Minor")
    S2 = 2, _("2 — Moderate")
    S3 = 3, _("3 — Serious")
    S4 = 4, _("4 — Severe")
    S5 = 5, _("5 — Catastrophic")


class TeamRole(models.TextChoices):
    LEAD = "lead", _("Crisis lead")
    SPOKESPERSON = "spokesperson", _("Spokesperson")
    ANALYST = "analyst", _("Analyst")
    LIAISON = "liaison", _("Liaison")
    LEGAL = "legal", _("Legal")
    PPID = "ppid", _("PPID")
    APPROVER = "approver", _("Approver")


class MessageKind(models.TextChoices):
    HOLDING = "holding", _("Holding statement")
    PRESS_RELEASE = "press_release", _("Press release")
    FAQ = "faq", _("FAQ / Q&A")
    FACT_SHEET = "fact_sheet", _("Fact sheet")
    MESSAGE_HOUSE = "message_house", _("Message house")
    CLARIFICATION = "clarification", _("Clarification")


#: Kinds the public may read once published.
PUBLIC_KINDS = {MessageKind.HOLDING, MessageKind.PRESS_RELEASE, MessageKind.FAQ, MessageKind.FACT_SHEET,
                MessageKind.CLARIFICATION}


# SCCT (Coombs), text from docs/domain crisis.md.
STRATEGIES = {
    "deny": (_("Deny"), _("Attack the accuser, denial, scapegoat — only against false rumours and hoaxes.")),
    "diminish": (_("Diminish"), _("Excuse and justification: explain that the harm was not intended or is smaller than claimed.")),
    "rebuild": (_("Rebuild"), _("Apology and compensation: take responsibility and say what will change.")),
    "bolster": (_("Bolster"), _("Reminding, ingratiation, victimage: supplements any strategy, never alone.")),
}
CLUSTER_ADVICE = {
    Cluster.VICTIM: (
        ["deny", "bolster"],
        _("Victim cluster (natural disaster, rumour/hoax, workplace violence, tampering): the office is seen as a "
          "victim too. Give instructing information (what people must do to stay safe) and adjusting information "
          "(care, empathy). Deny is appropriate only against false rumours."),
    ),
    Cluster.ACCIDENTAL: (
        ["diminish", "bolster"],
        _("Accidental cluster (technical-error accident, challenge): minimal attributed responsibility. Diminish "
          "(excuse, justification) plus instructing and adjusting information."),
    ),
    Cluster.PREVENTABLE: (
        ["rebuild", "bolster"],
        _("Preventable cluster (human-error accident, organisational misdeed, corruption): strong attributed "
          "responsibility. Rebuild: apologise, compensate, say what changes."),
    ),
}

# CERC checklist per phase: (step key, task title, minutes after the phase starts or None).
CHECKLIST: dict[str, list[tuple[str, str, int | None]]] = {
    Phase.PRA_KRISIS: [
        ("plan", _("Review the crisis plan and the playbook for this scenario"), None),
        ("roles", _("Confirm roles: lead, spokesperson, analyst, liaison, approver"), None),
        ("contacts", _("Check contact lists of partner agencies and media"), None),
        ("templates", _("Check pre-approved message templates and channels"), None),
    ],
    Phase.AWAL: [
        ("verify", _("Verify: confirm what happened, from at least two sources"), 30),
        ("notify", _("Notify: inform leadership, the crisis team and partner agencies"), 30),
        ("assess", _("Assess: severity, SCCT cluster, who is affected"), 45),
        ("assign", _("Assign: name the spokesperson and owners of each task"), 45),
        ("holding", _("Holding statement: what is known, not yet known, being done, next update"), 60),
        ("clear", _("Clear: get the statement approved"), 60),
        ("release", _("Release: publish on the website and every official channel"), 75),
    ],
    Phase.PEMELIHARAAN: [
        ("updates", _("Regular updates at the promised times"), 240),
        ("faq", _("FAQ and fact sheet with verified facts"), 360),
        ("rumours", _("Correct rumours and hoaxes"), 360),
        ("feedback", _("Get feedback: listen to the public and adjust"), 720),
        ("partners", _("Keep partner agencies aligned on the key messages"), 720),
    ],
    Phase.RESOLUSI: [
        ("cause", _("Explain the cause and the recovery"), 1440),
        ("thanks", _("Thank partners and volunteers"), 1440),
        ("educate", _("Educate: encourage preparedness"), 2880),
    ],
    Phase.EVALUASI: [
        ("review", _("After-action review with the team"), 4320),
        ("lessons", _("Write lessons learned and follow-ups"), 4320),
        ("plan_update", _("Update the crisis plan and playbook"), 10080),
    ],
}

HOLDING_DUE = timedelta(hours=1)


# --------------------------------------------------------------------------- preparedness


class Playbook(models.Model):
    """A scenario playbook: the tasks and the pre-approved templates a crisis of this kind starts with.
    Without an office it belongs to the national library every office may use."""

    office = models.ForeignKey(Office, null=True, blank=True, on_delete=models.CASCADE, related_name="crisis_playbooks")
    key = models.SlugField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    cluster = models.CharField(_("SCCT cluster"), max_length=12, choices=Cluster.choices, default=Cluster.VICTIM)
    threatens_life = models.BooleanField(_("threatens life or public order"), default=False)
    tasks = models.JSONField(default=list, blank=True)  # [{"phase", "title", "minutes"}]
    templates = models.JSONField(default=list, blank=True)  # [{"kind", "title", "body"}]

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["office", "key"], name="unique_crisis_playbook")]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def for_office(cls, office_id: int):
        return cls.objects.filter(models.Q(office__isnull=True) | models.Q(office_id=office_id))


class MessageTemplate(models.Model):
    """A pre-approved message template in Indonesian with {placeholders}."""

    office = models.ForeignKey(Office, null=True, blank=True, on_delete=models.CASCADE, related_name="crisis_templates")
    kind = models.CharField(_("kind"), max_length=20, choices=MessageKind.choices)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"))

    PLACEHOLDERS = ("instansi", "kejadian", "waktu", "juru_bicara", "pembaruan_berikutnya")

    class Meta:
        ordering = ["kind", "title"]

    def __str__(self) -> str:
        return self.title

    @classmethod
    def for_office(cls, office_id: int):
        return cls.objects.filter(models.Q(office__isnull=True) | models.Q(office_id=office_id))


class Contact(models.Model):
    """The office's contact list for crises: partner agencies, media and internal contacts."""

    class Kind(models.TextChoices):
        AGENCY = "agency", _("Partner agency")
        MEDIA = "media", _("Media")
        INTERNAL = "internal", _("Internal")
        COMMUNITY = "community", _("Community figure or NGO")

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="crisis_contacts")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    notes = models.CharField(_("notes"), max_length=300, blank=True)

    class Meta:
        ordering = ["kind", "organisation", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation else self.name


class _Keep(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def fill(text: str, values: dict) -> str:
    """Replace {placeholders}; unknown ones stay as written so nobody loses a word."""
    try:
        return text.format_map(_Keep(values))
    except (ValueError, IndexError):
        return text


# --------------------------------------------------------------------------- the crisis


class CrisisQuerySet(models.QuerySet):
    def visible_to(self, user):
        from .access import visible_crisis_q

        return self.filter(visible_crisis_q(user)).distinct()

    def real(self):
        return self.filter(drill=False)


class Crisis(PhaseTransitions, models.Model):
    office = models.ForeignKey(Office, verbose_name=_("office"), on_delete=models.CASCADE, related_name="crises")
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("what happened"), blank=True)
    issue = models.ForeignKey("issues.Issue", verbose_name=_("issue"), null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="crises")
    evidence = models.JSONField(default=dict, blank=True)  # snapshot of the issue at declaration
    playbook = models.ForeignKey(Playbook, verbose_name=_("playbook"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="+")
    cluster = models.CharField(_("SCCT cluster"), max_length=12, choices=Cluster.choices, default=Cluster.VICTIM)
    crisis_history = models.BooleanField(_("history of similar crises"), default=False)
    poor_reputation = models.BooleanField(_("poor prior reputation"), default=False)
    severity = models.PositiveSmallIntegerField(_("severity"), choices=Severity.choices, default=Severity.S3)
    phase = models.CharField(_("CERC phase"), max_length=14, choices=Phase.choices, default=Phase.AWAL)
    phase_since = models.DateTimeField(default=timezone.now)
    drill = models.BooleanField(_("drill (LATIHAN)"), default=False)
    threatens_life = models.BooleanField(_("threatens life or public order"), default=False)
    serta_merta = models.ForeignKey("ppid.DIPEntry", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    partners = models.ManyToManyField(Office, through="Partner", related_name="partner_crises", blank=True)
    declared_at = models.DateTimeField(_("declared at"), default=timezone.now)
    declared_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    resolved_at = models.DateTimeField(null=True, blank=True)
    lessons = models.TextField(_("lessons learned"), blank=True)
    follow_ups = models.TextField(_("follow-ups"), blank=True)

    objects = CrisisQuerySet.as_manager()

    class Meta:
        ordering = ["-declared_at"]
        verbose_name = _("crisis")
        verbose_name_plural = _("crises")

    def __str__(self) -> str:
        return f"[LATIHAN] {self.title}" if self.drill else self.title

    def get_absolute_url(self) -> str:
        return reverse("crisis:detail", args=[self.pk])

    # ---- SCCT --------------------------------------------------------------------------

    @property
    def effective_cluster(self) -> str:
        """Crisis history or a poor prior reputation intensify responsibility: one step up."""
        i = CLUSTER_ORDER.index(self.cluster)
        if self.crisis_history or self.poor_reputation:
            i = min(i + 1, len(CLUSTER_ORDER) - 1)
        return CLUSTER_ORDER[i]

    def recommendation(self) -> dict:
        cluster = self.effective_cluster
        keys, why = CLUSTER_ADVICE[cluster]
        intensified = cluster != self.cluster
        reasons = [str(why)]
        if intensified:
            reasons.insert(0, gettext("Intensifier (crisis history or poor prior reputation): treated one step up, as %(c)s.")
                           % {"c": Cluster(cluster).label})
        return {
            "cluster": cluster, "cluster_label": Cluster(cluster).label, "intensified": intensified,
            "strategies": [{"key": k, "label": STRATEGIES[k][0], "text": STRATEGIES[k][1],
                            "recommended": k in keys} for k in STRATEGIES],
            "reasons": reasons,
        }

    # ---- phases (the move itself: workflow.PhaseTransitions.move_phase) -------------------

    def allowed_phases(self) -> list[str]:
        return [p for p in Phase.values if p in PHASE_TRANSITIONS.get(self.phase, set())]

    def add_checklist(self, phase: str, *, start: datetime) -> list[Task]:
        if self.tasks.filter(phase=phase, step__in=[s for s, _x, _m in CHECKLIST[phase]]).exists():
            return []
        tasks = [
            Task(crisis=self, phase=phase, step=step, title=str(title), order=i,
                 due_at=start + timedelta(minutes=minutes) if minutes is not None else None)
            for i, (step, title, minutes) in enumerate(CHECKLIST[phase])
        ]
        return Task.objects.bulk_create(tasks)

    def update_assessment(self, *, actor, **changes) -> None:
        before = {k: getattr(self, k) for k in changes}
        for k, v in changes.items():
            setattr(self, k, v)
        changed = [k for k in changes if before[k] != changes[k]]
        if not changed:
            return
        self.save(update_fields=changed)
        AuditEvent.record(actor=actor, action="crisis.assessed", target=self, office=self.office,
                          data={k: [str(before[k]), str(changes[k])] for k in changed})

    def save_evaluation(self, *, actor, lessons: str, follow_ups: str) -> None:
        self.lessons, self.follow_ups = lessons, follow_ups
        self.save(update_fields=["lessons", "follow_ups"])
        AuditEvent.record(actor=actor, action="crisis.evaluation", target=self, office=self.office)

    # ---- people ------------------------------------------------------------------------

    def members_with(self, role: str):
        return [m.user for m in self.team.filter(role=role).select_related("user")]

    @property
    def spokesperson(self):
        found = self.members_with(TeamRole.SPOKESPERSON)
        return found[0] if found else None

    def placeholder_values(self) -> dict:
        tz = timezone.get_current_timezone()
        spokes = self.spokesperson
        nxt = timezone.now() + timedelta(hours=2)
        return {
            "instansi": self.office.name,
            "kejadian": self.title,
            "waktu": self.declared_at.astimezone(tz).strftime("%d-%m-%Y %H:%M"),
            "juru_bicara": (spokes.get_full_name() or spokes.username) if spokes else "{juru_bicara}",
            "pembaruan_berikutnya": nxt.astimezone(tz).strftime("%d-%m-%Y pukul %H:%M"),
        }

    def history(self):
        """Audit rows of the crisis and of everything in it: the timeline."""
        targets = models.Q(target_type="crisis.crisis", target_id=str(self.pk))
        for label, ids in (
            ("crisis.message", self.messages.values_list("pk", flat=True)),
            ("crisis.task", self.tasks.values_list("pk", flat=True)),
            ("crisis.publication", Publication.objects.filter(message__crisis=self).values_list("pk", flat=True)),
        ):
            targets |= models.Q(target_type=label, target_id__in=[str(i) for i in ids])
        return AuditEvent.objects.filter(targets).select_related("actor")


class Partner(models.Model):
    """A partner office invited into the crisis (Bakohumas: one voice across agencies)."""

    crisis = models.ForeignKey(Crisis, on_delete=models.CASCADE, related_name="partner_links")
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="+")
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    invited_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["crisis", "office"], name="unique_crisis_partner")]

    def __str__(self) -> str:
        return f"{self.crisis_id}: {self.office}"


class TeamMember(models.Model):
    crisis = models.ForeignKey(Crisis, on_delete=models.CASCADE, related_name="team")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="crisis_roles")
    role = models.CharField(_("role"), max_length=14, choices=TeamRole.choices)
    contact = models.CharField(_("contact"), max_length=120, blank=True)

    class Meta:
        ordering = ["role", "id"]
        constraints = [models.UniqueConstraint(fields=["crisis", "user", "role"], name="unique_crisis_team_role")]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()})"


class TaskQuerySet(models.QuerySet):
    def open(self):
        return self.filter(done_at__isnull=True)

    def overdue(self, now: datetime):
        return self.open().filter(due_at__lt=now)


class Task(TaskTransitions, models.Model):
    crisis = models.ForeignKey(Crisis, on_delete=models.CASCADE, related_name="tasks")
    phase = models.CharField(_("phase"), max_length=14, choices=Phase.choices)
    step = models.CharField(max_length=30, blank=True)
    title = models.CharField(_("task"), max_length=255)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("owner"), null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="crisis_tasks")
    due_at = models.DateTimeField(_("due at"), null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    overdue_flagged_at = models.DateTimeField(null=True, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    objects = TaskQuerySet.as_manager()

    class Meta:
        ordering = ["due_at", "order", "id"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_overdue(self) -> bool:
        return self.done_at is None and self.due_at is not None and self.due_at < timezone.now()

    @property
    def done_late(self) -> bool:
        if self.due_at is None:
            return False
        return (self.done_at or timezone.now()) > self.due_at

class Fact(models.Model):
    """A verified fact ("amunisi") with its source and who verified it; shared facts reach partners."""

    crisis = models.ForeignKey(Crisis, on_delete=models.CASCADE, related_name="facts")
    statement = models.TextField(_("fact"))
    source = models.CharField(_("source"), max_length=300)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    verified_at = models.DateTimeField(default=timezone.now)
    shared = models.BooleanField(_("share with partner offices"), default=True)

    class Meta:
        ordering = ["verified_at", "id"]

    def __str__(self) -> str:
        return self.statement[:80]


class Message(MessageTransitions, models.Model):
    crisis = models.ForeignKey(Crisis, on_delete=models.CASCADE, related_name="messages")
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
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    published_at = models.DateTimeField(null=True, blank=True)
    shared = models.BooleanField(_("share with partner offices"), default=False)

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

    # ---- versioned edits with optimistic locking -----------------------------------------

    def save_draft(self, *, actor, base_version: int, title: str, body: str, data: dict | None = None) -> None:
        """Save a new version; refuse (StaleVersion) when someone saved after `base_version`."""
        if self.status == MessageStatus.PUBLISHED:
            raise TransitionError(gettext("A published message cannot be edited: write an update instead."))
        now = timezone.now()
        new_status = MessageStatus.DRAFT
        with transaction.atomic():
            updated = Message.objects.filter(pk=self.pk, version=base_version).exclude(
                status=MessageStatus.PUBLISHED
            ).update(title=title, body=body, data=data if data is not None else self.data, version=base_version + 1,
                     updated_by=actor, updated_at=now, status=new_status)
            if not updated:
                raise StaleVersion(Message.objects.get(pk=self.pk))
            old_status = self.status
            self.refresh_from_db()
            MessageVersion.objects.create(message=self, number=self.version, title=title, body=body,
                                          data=self.data, author=actor, at=now)
            AuditEvent.record(actor=actor, action="crisis_message.saved", target=self, office=self.crisis.office,
                              from_state=old_status, to_state=self.status, data={"version": self.version})

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


class ChannelKind(models.TextChoices):
    WEBSITE = "website", _("Official website (Sigap portal)")
    PRESS = "press", _("Press conference")
    SOCIAL = "social", _("Social-media account")
    PARTNER = "partner", _("Partner agency")
    OTHER = "other", _("Other")


class PublishChannel(models.Model):
    """An outlet of the office: a social account, a partner agency, a press room. With an endpoint,
    Sigap posts the statement there (JSON webhook); without one, the team logs the link by hand."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="crisis_channels")
    kind = models.CharField(_("kind"), max_length=10, choices=ChannelKind.choices)
    name = models.CharField(_("name"), max_length=120)
    endpoint = models.URLField(_("webhook endpoint"), blank=True)

    class Meta:
        ordering = ["kind", "name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.endpoint:
            from sigap.monitoring.urlguard import validate_fetch_url

            try:
                validate_fetch_url(self.endpoint)
            except ValidationError as exc:
                raise ValidationError({"endpoint": exc.messages}) from None


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


class PartnerStatement(models.Model):
    """A partner office's published text, scored against the key messages."""

    crisis = models.ForeignKey(Crisis, on_delete=models.CASCADE, related_name="partner_statements")
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("published text"))
    url = models.URLField(_("link"), blank=True, max_length=500)
    published_at = models.DateTimeField(_("published at"), default=timezone.now)
    similarity = models.FloatField(default=0)
    consistent = models.BooleanField(default=True)
    flags = models.JSONField(default=list, blank=True)
    method = models.CharField(max_length=60, blank=True)  # model name and version of the scorer
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-published_at", "-id"]

    def __str__(self) -> str:
        return f"{self.office}: {self.text[:50]}"
