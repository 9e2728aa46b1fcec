"""Issues: what an office must watch, how serious each is (level and score), and why.

An issue groups stories (documents about one event) that touch an office. Its score is a
weighted sum of named components (see escalation.py and docs/escalation.md); its level moves
up when a threshold is crossed and down only after the score stayed below a lower threshold
for a while (hysteresis), so it never flaps.
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sigap.core.access import visible_office_ids
from sigap.core.levels import Level, level_rank
from sigap.core.models import AuditEvent, Office
from sigap.monitoring.models import Document, Story, Watchlist

from .escalation import DEFAULT_WEIGHTS


class EscalationPolicy(models.Model):
    """Per office: thresholds, hysteresis and weights of the escalation score."""

    office = models.OneToOneField(Office, on_delete=models.CASCADE, related_name="escalation_policy")
    isu_at = models.FloatField(_("score for Potential issue"), default=25)
    kasus_at = models.FloatField(_("score for Emerging case"), default=45)
    krisis_at = models.FloatField(_("score for Crisis"), default=65)
    margin = models.FloatField(
        _("hysteresis margin"),
        default=10,
        help_text=_("A level goes down only when the score stays this far below its threshold."),
    )
    hold_hours = models.PositiveIntegerField(
        _("hours below before going down"),
        default=4,
        help_text=_("A level goes down one step at a time, each after this many hours below."),
    )
    dormant_hours = models.PositiveIntegerField(
        _("quiet hours before an issue subsides"),
        default=12,
        help_text=_("An issue back at Monitoring with no new documents for this long subsides."),
    )
    min_story_docs = models.PositiveIntegerField(
        _("documents before a story becomes an issue"),
        default=5,
    )
    spike_z = models.FloatField(_("spike alert at velocity z-score"), default=4)
    weights = models.JSONField(_("component weights"), default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("escalation policy")
        verbose_name_plural = _("escalation policies")

    def __str__(self) -> str:
        return str(self.office)

    @classmethod
    def for_office(cls, office_id: int) -> EscalationPolicy:
        return cls.objects.get_or_create(office_id=office_id)[0]

    def threshold(self, level: str) -> float:
        thresholds: dict[str, float] = {
            Level.ISU: self.isu_at,
            Level.KASUS: self.kasus_at,
            Level.KRISIS: self.krisis_at,
        }
        return thresholds.get(level, 0.0)

    def effective_weights(self) -> dict[str, float]:
        return {key: float(self.weights.get(key, default)) for key, default in DEFAULT_WEIGHTS.items()}

    def clean(self):
        errors = {}
        if not 0 < self.isu_at < self.kasus_at < self.krisis_at <= 100:
            errors["krisis_at"] = _("Thresholds must rise: 0 < Potential issue < Emerging case < Crisis ≤ 100.")
        if not 0 <= self.margin < self.isu_at:
            errors["margin"] = _("The margin must be at least 0 and below the Potential issue threshold.")

        unknown = set(self.weights or {}) - set(DEFAULT_WEIGHTS)
        if unknown:
            errors["weights"] = _("Unknown components: %(names)s.") % {"names": ", ".join(sorted(unknown))}
        elif any(not isinstance(v, int | float) or v < 0 for v in (self.weights or {}).values()):
            errors["weights"] = _("Weights must be numbers of at least 0.")
        if errors:
            raise ValidationError(errors)


class KeyActorQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(office_id__in=visible_office_ids(user))


class KeyActor(models.Model):
    """A person or body whose involvement raises an issue: the office's officials, DPRD, national figures."""

    class Kind(models.TextChoices):
        PEJABAT = "pejabat", _("Official of the office")
        DPRD = "dprd", _("DPRD member or faction")
        NASIONAL = "nasional", _("National figure")
        LEMBAGA = "lembaga", _("Body or agency")

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="key_actors")
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.PEJABAT)
    aliases = models.CharField(_("other names"), max_length=300, blank=True, help_text=_("Separated by commas."))

    objects = KeyActorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["office", "name"], name="unique_key_actor")]
        verbose_name = _("key actor")
        verbose_name_plural = _("key actors")

    def __str__(self) -> str:
        return self.name

    def names(self) -> list[str]:
        return [n.strip() for n in [self.name, *self.aliases.split(",")] if n.strip()]


class IssueQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.touching(visible_office_ids(user))

    def touching(self, office_ids):
        """Issues of these offices or touching them: one event is one issue, shared by the
        offices of one tree it touches (a regency and its province see the same row)."""
        ids = list(office_ids)
        return self.filter(
            models.Q(office_id__in=ids)
            | models.Exists(IssueOffice.objects.filter(issue_id=models.OuterRef("pk"), office_id__in=ids))
        )

    def active(self):
        return self.filter(status=Issue.Status.OPEN)


class Issue(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DORMANT = "dormant", _("Subsided")
        DISMISSED = "dismissed", _("Dismissed")
        MERGED = "merged", _("Merged")

    office = models.ForeignKey(Office, verbose_name=_("office"), on_delete=models.CASCADE, related_name="issues")
    title = models.CharField(_("title"), max_length=255)
    title_locked = models.BooleanField(default=False)  # named by a person: no longer follows its largest story
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    level = models.CharField(_("level"), max_length=12, choices=Level.choices, default=Level.PEMANTAUAN)
    score = models.FloatField(_("score"), default=0)
    components = models.JSONField(default=list, blank=True)  # escalation.Component dicts, the "why"
    signals = models.JSONField(default=dict, blank=True)  # what was already announced (spike, negative share…)
    level_since = models.DateTimeField(null=True, blank=True)
    below_since = models.DateTimeField(null=True, blank=True)  # hysteresis clock for going down
    first_at = models.DateTimeField(null=True, blank=True)  # first document
    last_at = models.DateTimeField(null=True, blank=True)  # latest document
    scored_at = models.DateTimeField(null=True, blank=True)
    doc_count = models.PositiveIntegerField(_("documents"), default=0)
    stories = models.ManyToManyField(Story, through="IssueStory", related_name="issues", blank=True)
    watchlist = models.ForeignKey(Watchlist, null=True, blank=True, on_delete=models.SET_NULL, related_name="issues")
    offices = models.ManyToManyField(Office, through="IssueOffice", related_name="touched_issues", blank=True)
    # What the event is about: per story, its distinctive phrases and weights (see tracking/linking.py).
    facets = models.JSONField(default=list, blank=True)
    title_document = models.ForeignKey(Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    links = models.ManyToManyField("self", symmetrical=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(default=timezone.now)

    objects = IssueQuerySet.as_manager()

    class Meta:
        ordering = ["-score", "-last_at"]
        indexes = [models.Index(fields=["office", "status", "level"]), models.Index(fields=["status", "last_at"])]
        verbose_name = _("issue")
        verbose_name_plural = _("issues")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("issues:detail", args=[self.pk])

    @property
    def level_rank(self) -> int:
        return level_rank(self.level)

    # ---- changes made by people; each writes an AuditEvent -------------------------------

    def rename(self, title: str, *, actor) -> None:
        old = self.title
        self.title = title.strip()[:255]
        self.title_locked = True
        self.save(update_fields=["title", "title_locked"])
        AuditEvent.record(actor=actor, action="issue.renamed", target=self, office=self.office, data={"from": old})

    def dismiss(self, *, actor, reason: str) -> None:
        self._set_status(self.Status.DISMISSED, actor=actor, reason=reason, action="issue.dismissed")

    def reopen(self, *, actor, reason: str = "") -> None:
        self._set_status(self.Status.OPEN, actor=actor, reason=reason, action="issue.reopened")

    def _set_status(self, status: str, *, actor, reason: str, action: str) -> None:
        old = self.status
        if old == status:
            return
        self.status = status
        self.save(update_fields=["status"])
        AuditEvent.record(
            actor=actor, action=action, target=self, office=self.office, from_state=old, to_state=status, reason=reason
        )

    def link(self, other: Issue, *, actor) -> None:
        self.links.add(other)
        AuditEvent.record(actor=actor, action="issue.linked", target=self, office=self.office, data={"issue": other.pk})

    def unlink(self, other: Issue, *, actor) -> None:
        self.links.remove(other)
        AuditEvent.record(
            actor=actor, action="issue.unlinked", target=self, office=self.office, data={"issue": other.pk}
        )


class IssueStory(models.Model):
    issue = models.ForeignKey(Issue, on_delete=models.CASCADE)
    story = models.ForeignKey(Story, on_delete=models.CASCADE)
    added_at = models.DateTimeField(default=timezone.now)
    reason = models.JSONField(default=dict, blank=True)  # joined by resemblance: the score and shared phrases

    class Meta:
        constraints = [models.UniqueConstraint(fields=["issue", "story"], name="unique_issue_story")]

    def __str__(self) -> str:
        return f"{self.issue_id}:{self.story_id}"


class IssueOffice(models.Model):
    """An office an issue touches (its owner included), since when and why."""

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="touches")
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="+")
    since = models.DateTimeField(default=timezone.now)
    reasons = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["issue", "office"], name="unique_issue_office")]

    def __str__(self) -> str:
        return f"{self.issue_id}:{self.office_id}"


class IssueDocument(models.Model):
    """A document of an issue, with what the score needs copied in, so scoring thousands of
    issues reads one narrow table instead of joining documents, entities and sources."""

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="items")
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="+")
    published_at = models.DateTimeField()
    channel = models.CharField(max_length=12)
    source_id = models.BigIntegerField()
    national = models.BooleanField(default=False)  # from a national outlet
    author = models.CharField(max_length=200, blank=True)
    reach = models.PositiveBigIntegerField(default=0)  # followers + views + engagement
    negative = models.BooleanField(default=False)
    dup_group = models.CharField(max_length=64, blank=True)
    cues = models.CharField(max_length=80, blank=True)  # crisis-type cue clusters, comma-separated
    severe = models.BooleanField(default=False)  # a cue that names harm (text/cues.py SEVERE)
    elsewhere = models.BooleanField(default=False)  # names many regencies, few of them the office's
    actors = models.CharField(max_length=300, blank=True)  # key actors named, " | "-separated
    regions = models.CharField(max_length=300, blank=True)  # regency-level region codes, comma-separated

    class Meta:
        constraints = [models.UniqueConstraint(fields=["issue", "document"], name="unique_issue_document")]
        indexes = [models.Index(fields=["published_at", "issue"])]

    def __str__(self) -> str:
        return f"{self.issue_id}:{self.document_id}"


class StoryTouch(models.Model):
    """How many documents of a story touched an office before the story became one of its issues."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="+")
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="+")
    count = models.PositiveIntegerField(default=0)
    watchlist = models.ForeignKey(Watchlist, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    reasons = models.JSONField(default=list)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["office", "story"], name="unique_story_touch")]

    def __str__(self) -> str:
        return f"{self.office_id}:{self.story_id} ({self.count})"


class LevelChange(models.Model):
    """A level change of an issue at the data's time, with the score and components behind it."""

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="level_changes")
    at = models.DateTimeField(db_index=True)
    from_level = models.CharField(max_length=12, choices=Level.choices)
    to_level = models.CharField(max_length=12, choices=Level.choices)
    score = models.FloatField()
    reason = models.TextField(blank=True)
    components = models.JSONField(default=list)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.issue_id}: {self.from_level} → {self.to_level} @ {self.at:%Y-%m-%d %H:%M}"

    @property
    def upward(self) -> bool:
        return level_rank(self.to_level) > level_rank(self.from_level)


class ReplayRun(models.Model):
    """A recorded scenario streamed into a drill office. While it runs at a speed, the early
    warning of that office (in every process, worker included) keeps the scenario's clock, so
    levels are reached at the scenario's moments; every other office keeps the wall clock."""

    name = models.CharField(max_length=255)
    # The drill office the replay plays into: its clock is the scenario's, no one else's.
    office = models.ForeignKey(Office, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    speed = models.FloatField()
    sim_start = models.DateTimeField()
    wall_start = models.DateTimeField()
    heartbeat_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    read = models.PositiveIntegerField(default=0)
    stored = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-wall_start"]

    def __str__(self) -> str:
        return self.name

    def sim_now(self, wall: datetime) -> datetime:
        return self.sim_start + (wall - self.wall_start) * self.speed
