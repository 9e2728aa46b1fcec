"""The crisis record: SCCT assessment, CERC phase, team, verified facts and the timeline."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sigap.core.models import AuditEvent, Office
from sigap.lib.waktu import format_datetime

from ..workflow import PHASE_TRANSITIONS, Phase, PhaseTransitions
from .messages import Publication
from .preparedness import Playbook
from .scoping import CrisisPartQuerySet
from .tasks import Task
from .vocabularies import (
    CHECKLIST,
    CLUSTER_ADVICE,
    CLUSTER_ORDER,
    STRATEGIES,
    Cluster,
    Severity,
    TeamRole,
)


class CrisisQuerySet(models.QuerySet):
    def visible_to(self, user):
        # access imports Crisis: a module-level import is a cycle
        from ..access import visible_crisis_q

        return self.filter(visible_crisis_q(user)).distinct()

    def real(self):
        return self.filter(drill=False)


class Crisis(PhaseTransitions, models.Model):
    office = models.ForeignKey(Office, verbose_name=_("office"), on_delete=models.CASCADE, related_name="crises")
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("what happened"), blank=True)
    issue = models.ForeignKey(
        "issues.Issue", verbose_name=_("issue"), null=True, blank=True, on_delete=models.SET_NULL, related_name="crises"
    )
    evidence = models.JSONField(default=dict, blank=True)  # snapshot of the issue at declaration
    playbook = models.ForeignKey(
        Playbook, verbose_name=_("playbook"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
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
    declared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
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
            reasons.insert(
                0,
                gettext("Intensifier (crisis history or poor prior reputation): treated one step up, as %(c)s.")
                % {"c": Cluster(cluster).label},
            )
        return {
            "cluster": cluster,
            "cluster_label": Cluster(cluster).label,
            "intensified": intensified,
            "strategies": [
                {"key": k, "label": STRATEGIES[k][0], "text": STRATEGIES[k][1], "recommended": k in keys}
                for k in STRATEGIES
            ],
            "reasons": reasons,
        }

    # ---- phases (the move itself: workflow.PhaseTransitions.move_phase) -------------------

    def allowed_phases(self) -> list[str]:
        return [p for p in Phase.values if p in PHASE_TRANSITIONS.get(self.phase, set())]

    def add_checklist(self, phase: str, *, start: datetime) -> list[Task]:
        if self.tasks.filter(phase=phase, step__in=[s for s, _x, _m in CHECKLIST[phase]]).exists():
            return []
        tasks = [
            Task(
                crisis=self,
                phase=phase,
                step=step,
                title=str(title),
                order=i,
                due_at=start + timedelta(minutes=minutes) if minutes is not None else None,
            )
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
        AuditEvent.record(
            actor=actor,
            action="crisis.assessed",
            target=self,
            office=self.office,
            data={k: [str(before[k]), str(changes[k])] for k in changed},
        )

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
        tz = self.office.time_zone or timezone.get_current_timezone_name()
        spokes = self.spokesperson
        nxt = timezone.now() + timedelta(hours=2)
        return {
            "instansi": self.office.name,
            "kejadian": self.title,
            "waktu": format_datetime(self.declared_at, tz),
            "juru_bicara": (spokes.get_full_name() or spokes.username) if spokes else "{juru_bicara}",
            "pembaruan_berikutnya": format_datetime(nxt, tz),
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


class TeamMember(models.Model):
    crisis = models.ForeignKey("Crisis", on_delete=models.CASCADE, related_name="team")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="crisis_roles")
    role = models.CharField(_("role"), max_length=14, choices=TeamRole.choices)
    contact = models.CharField(_("contact"), max_length=120, blank=True)

    class Meta:
        ordering = ["role", "id"]
        constraints = [models.UniqueConstraint(fields=["crisis", "user", "role"], name="unique_crisis_team_role")]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()})"


class Fact(models.Model):
    """A verified fact ("amunisi") with its source and who verified it; shared facts reach partners."""

    crisis = models.ForeignKey("Crisis", on_delete=models.CASCADE, related_name="facts")
    statement = models.TextField(_("fact"))
    source = models.CharField(_("source"), max_length=300)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    verified_at = models.DateTimeField(default=timezone.now)
    shared = models.BooleanField(_("share with partner offices"), default=True)

    objects = CrisisPartQuerySet.as_manager()

    class Meta:
        ordering = ["verified_at", "id"]

    def __str__(self) -> str:
        return self.statement[:80]
