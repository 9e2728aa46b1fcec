"""Alert rules (per office or per person), the alerts they raise, in-app notifications and
the deliveries (e-mail, signed webhooks) with their retry log.

The delivery workflow (see `Delivery.TRANSITIONS`):

    held ──(quiet hours / digest window over)──► pending ──(a worker claims it)──► sending
    sending ──► sent | retrying (transient failure, back-off) | dead (permanent or too many attempts)
    retrying ──(due)──► pending        dead/retrying ──(editor: "Kirim ulang")──► pending

`pending` rows carry a lease in `next_attempt_at`: a worker that dies mid-send never loses a
delivery, the scheduler re-queues it when the lease has run out.
"""

from __future__ import annotations

import secrets
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sigap.core.access import visible_office_ids
from sigap.core.levels import Level, level_rank
from sigap.core.models import Membership, Office, Role
from sigap.core.transitions import Workflow, change_state
from sigap.monitoring.models import Watchlist
from sigap.monitoring.urlguard import validate_fetch_url

from .events import Event, EventKind

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class Kind(models.TextChoices):
    LEVEL_REACHED = EventKind.LEVEL_REACHED, _("Level reached")
    SPIKE = EventKind.SPIKE, _("Spike detected")
    KEY_ACTOR = EventKind.KEY_ACTOR, _("New issue mentions a key actor")
    NEGATIVE_SHARE = EventKind.NEGATIVE_SHARE, _("Negative share above threshold")
    WATCHLIST_MAINSTREAM = EventKind.WATCHLIST_MAINSTREAM, _("Watchlist match in mainstream news")
    TASK_OVERDUE = EventKind.TASK_OVERDUE, _("Crisis task overdue")
    PPID_OVERDUE = EventKind.PPID_OVERDUE, _("PPID request past its deadline")


class WaitingKind(models.TextChoices):
    """Something waits for a named person (alerts/waiting.py): addressed to people, never matched by rules."""

    APPROVAL = "waiting_approval", _("Message awaiting your approval")
    TASK = "waiting_task", _("Crisis task assigned to you")
    TASK_OVERDUE = "waiting_task_overdue", _("Your crisis task is overdue")
    PPID_DUE = "waiting_ppid_due", _("PPID request nearing its due date")
    PPID_OVERDUE = "waiting_ppid_overdue", _("PPID request overdue")
    OBJECTION = "waiting_objection", _("Objection awaiting a decision")


#: Roles that receive an office-wide rule's alerts unless the rule chooses others.
DEFAULT_RECIPIENT_ROLES = [Role.ADMIN, Role.ANALIS, Role.TIM_KRISIS, Role.PIMPINAN]
RECIPIENT_ROLE_CHOICES = [(r.value, r.label) for r in Role]

#: How long repeats (outside quiet hours) are collected before their digest goes out.
DIGEST_WINDOW = timedelta(minutes=30)


def default_recipient_roles() -> list[str]:
    return [str(r) for r in DEFAULT_RECIPIENT_ROLES]


def new_webhook_secret() -> str:
    return secrets.token_urlsafe(32)


def split_emails(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").replace("\n", ",").split(",") if part.strip()]


class OwnedQuerySet(models.QuerySet):
    """Rules, alerts and deliveries: office-wide ones are seen by the office and the offices above
    it; a person's own (``owner`` set) only by that person."""

    def visible_to(self, user):
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(models.Q(owner__isnull=True) | models.Q(owner=user), office_id__in=visible_office_ids(user))


class AlertRuleQuerySet(OwnedQuerySet):
    def active_for_offices(self, office_ids):
        return self.filter(active=True, office_id__in=office_ids).select_related("office", "owner")


class AlertRule(models.Model):
    office = models.ForeignKey(Office, verbose_name=_("office"), on_delete=models.CASCADE, related_name="alert_rules")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="alert_rules",
        help_text=_("Empty for an office-wide rule."),
    )
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    min_level = models.CharField(
        _("minimum level"),
        max_length=20,
        choices=Level.choices,
        blank=True,
        help_text=_("Required for “level reached”; for other kinds, fire only at this level or above."),
    )
    threshold = models.PositiveSmallIntegerField(
        _("negative share threshold (%)"),
        null=True,
        blank=True,
        help_text=_("For “negative share”: fire when the share of negative posts is above this percentage (30–100)."),
    )
    watchlist = models.ForeignKey(
        "monitoring.Watchlist",
        verbose_name=_("watchlist"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="alert_rules",
        help_text=_("Empty: any of the office's watchlists."),
    )
    actors = models.CharField(
        _("key actors"),
        max_length=500,
        blank=True,
        help_text=_("Optional, comma-separated names; empty: any key actor."),
    )
    notify_in_app = models.BooleanField(_("in-app notification"), default=True)
    notify_email = models.BooleanField(_("e-mail"), default=False)
    extra_emails = models.TextField(
        _("additional e-mail addresses"),
        blank=True,
        help_text=_("Optional, comma-separated, e.g. a shared office mailbox."),
    )
    notify_webhook = models.BooleanField(_("webhook"), default=False)
    webhook_url = models.CharField(_("webhook address"), max_length=500, blank=True)
    webhook_secret = models.CharField(max_length=100, blank=True, editable=False)
    recipient_roles = models.JSONField(_("recipient roles"), default=default_recipient_roles, blank=True)
    quiet_start = models.TimeField(_("quiet hours start"), null=True, blank=True)
    quiet_end = models.TimeField(_("quiet hours end"), null=True, blank=True)
    active = models.BooleanField(_("active"), default=True)
    # the key of a default rule (alerts/defaults.py) this rule was created from; empty for the others
    preset = models.SlugField(max_length=40, blank=True, default="", editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AlertRuleQuerySet.as_manager()

    class Meta:
        ordering = ["office__name", "name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["office", "preset"], condition=~models.Q(preset=""), name="one_default_rule_per_office"
            )
        ]
        verbose_name = _("alert rule")
        verbose_name_plural = _("alert rules")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if self.notify_webhook and not self.webhook_secret:
            self.webhook_secret = new_webhook_secret()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "webhook_secret"}
        super().save(*args, **kwargs)

    def clean(self):
        errors: dict[str, list] = {}

        def add(field, message):
            errors.setdefault(field, []).append(message)

        if not (self.notify_in_app or self.notify_email or self.notify_webhook):
            add("notify_in_app", _("Choose at least one channel: in-app notification, e-mail or webhook."))
        if self.notify_webhook:
            try:
                if not self.webhook_url:
                    raise ValidationError("empty")
                URLValidator(schemes=["http", "https"])(self.webhook_url)
            except ValidationError:
                add("webhook_url", _("A webhook needs a valid address starting with http:// or https://."))
            else:
                try:
                    validate_fetch_url(self.webhook_url)  # the server posts to it: no internal addresses
                except ValidationError as exc:
                    add("webhook_url", exc.messages[0])
        if self.kind == Kind.LEVEL_REACHED and not self.min_level:
            add("min_level", _("Choose the minimum level for a “level reached” rule."))
        if self.kind == Kind.NEGATIVE_SHARE and (self.threshold is None or not 30 <= self.threshold <= 100):
            add("threshold", _("The negative share threshold must be between 30% and 100%."))
        if (self.quiet_start is None) != (self.quiet_end is None):
            add("quiet_end", _("Fill in both the start and the end of quiet hours, or leave both empty."))
        elif self.has_quiet_hours and self.quiet_start == self.quiet_end:
            add("quiet_end", _("Quiet hours cannot start and end at the same time."))
        if self.watchlist_id and self.office_id:
            visible = Office.objects.descendants_of({self.office_id})
            watchlist = Watchlist.objects.filter(pk=self.watchlist_id).first()
            if watchlist is None or not (watchlist.shared or watchlist.office_id in visible):
                add("watchlist", _("This watchlist is not visible to the rule's office."))
        for address in split_emails(self.extra_emails):
            try:
                validate_email(address)
            except ValidationError:
                add("extra_emails", _("“%(address)s” is not a valid e-mail address.") % {"address": address})
        if not self.is_personal:
            roles = self.recipient_roles or []
            if not roles or any(role not in Role.values for role in roles):
                add("recipient_roles", _("Choose at least one recipient role."))
        if errors:
            raise ValidationError(errors)

    # --- configuration -------------------------------------------------------------------
    @property
    def is_personal(self) -> bool:
        return self.owner_id is not None

    @property
    def has_quiet_hours(self) -> bool:
        return self.quiet_start is not None and self.quiet_end is not None

    def channel_labels(self) -> list[StrOrPromise]:
        labels: list[StrOrPromise] = []
        if self.notify_in_app:
            labels.append(_("in-app"))
        if self.notify_email:
            labels.append(_("e-mail"))
        if self.notify_webhook:
            labels.append(_("webhook"))
        return labels

    # --- matching ------------------------------------------------------------------------
    def matches(self, event: Event) -> bool:
        if event.kind != self.kind or event.office_id != self.office_id:
            return False
        if self.min_level and level_rank(event.level) < level_rank(self.min_level):
            return False
        values = event.values or {}
        if self.kind == Kind.NEGATIVE_SHARE:
            try:
                share = float(values["negative_share"])
            except (KeyError, TypeError, ValueError):
                return False
            return self.threshold is not None and share > self.threshold / 100
        if self.kind == Kind.WATCHLIST_MAINSTREAM and self.watchlist_id:
            return str(values.get("watchlist_id")) == str(self.watchlist_id)
        if self.kind == Kind.KEY_ACTOR and self.actors.strip():
            wanted = {name.strip().casefold() for name in self.actors.split(",") if name.strip()}
            named = values.get("actors") or []
            if isinstance(named, str):
                named = [named]
            return bool(wanted & {str(name).strip().casefold() for name in named})
        return True

    def recipients(self, member_roles: dict[int, set[str]] | None = None) -> list[int]:
        """User ids who receive this rule's alerts: the owner (if still a member), or the
        office's members holding one of the rule's roles. `member_roles` (user id → roles in
        the office) may be passed in to save a query per rule."""
        if member_roles is None:
            member_roles = {}
            for user_id, role in Membership.objects.filter(office_id=self.office_id).values_list("user_id", "role"):
                member_roles.setdefault(user_id, set()).add(role)
        if self.is_personal:
            return [self.owner_id] if self.owner_id in member_roles else []
        roles = set(self.recipient_roles or [])
        return sorted(uid for uid, held in member_roles.items() if held & roles)

    # --- quiet hours ---------------------------------------------------------------------
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.office.time_zone or settings.TIME_ZONE)

    def in_quiet_hours(self, at: datetime) -> bool:
        start, end = self.quiet_start, self.quiet_end
        if start is None or end is None:  # no quiet hours (has_quiet_hours)
            return False
        local = at.astimezone(self.zone()).time().replace(tzinfo=None)
        if start < end:
            return start <= local < end
        return local >= start or local < end  # overnight, e.g. 22:00–06:00

    def quiet_hours_end_after(self, at: datetime) -> datetime:
        """The first end of quiet hours after `at`, as an aware datetime."""
        zone = self.zone()
        local = at.astimezone(zone)
        end = datetime.combine(local.date(), self.quiet_end or time(0), tzinfo=zone)
        if end <= local:
            end = datetime.combine(local.date() + timedelta(days=1), self.quiet_end or time(0), tzinfo=zone)
        return end


class Alert(models.Model):
    """One per rule × subject × kind × level; repeats raise `repeat_count` and go to the digest."""

    rule = models.ForeignKey(AlertRule, null=True, on_delete=models.SET_NULL, related_name="alerts")
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="+")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    rule_name = models.CharField(max_length=120)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices + WaitingKind.choices)
    subject = models.CharField(max_length=200)
    level = models.CharField(_("level"), max_length=20, blank=True, choices=Level.choices)
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), blank=True)
    url = models.CharField(max_length=500, blank=True)
    values = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(_("time"))
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_seen_at = models.DateTimeField(default=timezone.now)
    repeat_count = models.PositiveIntegerField(_("repeats"), default=0)
    # a waiting item (WaitingKind) is resolved when the thing is done: approved, done, answered
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["rule", "subject", "kind", "level"], name="alert_dedup_key"),
            # rule-less, so the key above (NULL rule) does not hold: one waiting item per thing and state
            models.UniqueConstraint(
                fields=["subject", "kind"],
                condition=models.Q(kind__in=WaitingKind.values),
                name="waiting_alert_key",
            ),
        ]
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")

    def __str__(self) -> str:
        return self.title

    @property
    def is_waiting(self) -> bool:
        return self.kind in WaitingKind.values

    def absolute_url(self) -> str:
        if self.url.startswith(("http://", "https://")):
            return self.url
        return settings.BASE_URL + (self.url if self.url.startswith("/") else "/" + self.url)

    def as_payload(self) -> dict:
        return {
            "id": self.pk,
            "kind": self.kind,
            "subject": self.subject,
            "level": self.level,
            "title": self.title,
            "summary": self.summary,
            "url": self.absolute_url(),
            "values": self.values,
            "at": self.at.isoformat(),
            "repeat_count": self.repeat_count,
        }


class Notification(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="notifications")
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["user", "alert"], name="one_notification_per_user_alert")]
        indexes = [models.Index(fields=["user", "read_at"])]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")

    def __str__(self) -> str:
        return f"{self.user} — {self.alert}"

    def mark_read(self, now: datetime | None = None) -> None:
        if self.read_at is None:
            self.read_at = now or timezone.now()
            self.save(update_fields=["read_at"])


class DeliveryChannel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    WEBHOOK = "webhook", _("Webhook")


class DeliveryQuerySet(OwnedQuerySet):
    def due(self, now: datetime):
        """Held digests whose window is over, retries that are due, and queued rows whose lease ran out."""
        S = Delivery.Status
        return self.filter(status__in=[S.HELD, S.RETRYING, S.PENDING, S.SENDING], next_attempt_at__lte=now)


class Delivery(models.Model):
    class Status(models.TextChoices):
        HELD = "held", _("Held for digest")
        PENDING = "pending", _("Waiting to be sent")
        SENDING = "sending", _("Sending")
        RETRYING = "retrying", _("Failed, will retry")
        SENT = "sent", _("Sent")
        DEAD = "dead", _("Failed")

    TRANSITIONS: dict[str, set[str]] = {
        Status.HELD: {Status.PENDING},
        Status.PENDING: {Status.SENDING, Status.PENDING},
        Status.SENDING: {Status.SENT, Status.RETRYING, Status.DEAD, Status.PENDING},
        Status.RETRYING: {Status.PENDING},
        Status.DEAD: {Status.PENDING},
        Status.SENT: set(),
    }

    #: After this many attempts a delivery is "dead" (still listed, with a "Kirim ulang" button).
    MAX_ATTEMPTS = 10
    #: A queued or sending row not finished within this time is re-queued by the scheduler.
    LEASE = timedelta(minutes=5)

    rule = models.ForeignKey(AlertRule, null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries")
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="+")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    alerts = models.ManyToManyField(Alert, related_name="deliveries")
    is_digest = models.BooleanField(_("digest"), default=False)
    channel = models.CharField(_("sent via"), max_length=10, choices=DeliveryChannel.choices)
    target = models.CharField(_("target"), max_length=500)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True, db_index=True)
    last_error = models.TextField(_("last error"), blank=True)
    last_status_code = models.PositiveSmallIntegerField(_("last status code"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")

    def __str__(self) -> str:
        return f"{self.get_channel_display()} → {self.display_target()} ({self.get_status_display()})"

    def display_target(self) -> str:
        """Webhook addresses may carry tokens in their query string: never show or log those."""
        if self.channel == DeliveryChannel.WEBHOOK:
            return self.target.split("?", 1)[0]
        return self.target

    @property
    def can_retry(self) -> bool:
        return self.status in {self.Status.RETRYING, self.Status.DEAD}

    @staticmethod
    def backoff(attempts: int) -> timedelta:
        """1, 2, 4, 8, 16, 32 minutes, then hourly."""
        return timedelta(minutes=min(2 ** max(attempts - 1, 0), 60))

    def claim(self, now: datetime) -> bool:
        """pending → sending, by exactly one worker (conditional UPDATE); counts the attempt.

        A worker's claim, not a user's step: no audit row (docs/state-changes.md, claiming work)."""
        claimed = Delivery.objects.filter(pk=self.pk, status=self.Status.PENDING, attempts=self.attempts).update(
            status=self.Status.SENDING, attempts=models.F("attempts") + 1, next_attempt_at=now + self.LEASE
        )
        if claimed:
            self.status, self.attempts, self.next_attempt_at = self.Status.SENDING, self.attempts + 1, now + self.LEASE
        return bool(claimed)

    def _finish(self, to, *, change, fields, **options) -> None:
        """Record the end of an attempt. A lease that ran out meanwhile (the row was queued again) does
        not undo it; a row another worker already finished keeps that worker's result."""
        S = self.Status
        change_state(
            self,
            DELIVERY_FLOW,
            to,
            actor=None,
            change=change,
            fields=fields,
            check_seen=False,
            from_states={S.SENDING, S.PENDING},
            done_if=lambda d: d.status not in (S.SENDING, S.PENDING),
            **options,
        )

    def record_success(self, now: datetime, status_code: int | None = None, duration_ms: int = 0) -> None:
        self.log.create(at=now, ok=True, status_code=status_code, duration_ms=duration_ms)

        def change(d):
            d.sent_at, d.next_attempt_at, d.last_status_code, d.last_error = now, None, status_code, ""

        # every success is in the attempt log; an audit row for each would drown the real changes
        self._finish(
            self.Status.SENT,
            action="delivery.sent",
            audit=False,
            change=change,
            fields=["sent_at", "next_attempt_at", "last_status_code", "last_error"],
        )

    def record_failure(
        self, now: datetime, error: str, *, status_code: int | None = None, retryable: bool = True, duration_ms: int = 0
    ) -> None:
        self.log.create(at=now, ok=False, status_code=status_code, error=error[:2000], duration_ms=duration_ms)
        give_up = not retryable or self.attempts >= self.MAX_ATTEMPTS

        def change(d):
            d.last_error, d.last_status_code = error[:2000], status_code
            d.next_attempt_at = None if give_up else now + self.backoff(d.attempts)

        self._finish(
            self.Status.DEAD if give_up else self.Status.RETRYING,
            action="delivery.dead",
            audit=give_up,
            reason=error[:500],
            change=change,
            fields=["last_error", "last_status_code", "next_attempt_at"],
        )

    def retry_now(self, user, now: datetime | None = None, *, notify=()) -> None:
        """An editor's "Kirim ulang": a dead or waiting delivery is queued at once; two clicks queue it once."""
        now = now or timezone.now()

        def change(d):
            d.next_attempt_at = now + self.LEASE

        change_state(
            self,
            DELIVERY_FLOW,
            self.Status.PENDING,
            actor=user,
            action="delivery.retry_requested",
            change=change,
            fields=["next_attempt_at"],
            from_states={self.Status.RETRYING, self.Status.DEAD},
            refused=gettext("it cannot be sent again now"),
            notify=notify,
        )


DELIVERY_FLOW = Workflow(Delivery.TRANSITIONS)


class DeliveryAttempt(models.Model):
    """The delivery log: one row per attempt, shown on the delivery page."""

    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="log")
    at = models.DateTimeField(_("time"))
    ok = models.BooleanField(_("succeeded"))
    status_code = models.PositiveSmallIntegerField(_("status code"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), default=0)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("delivery attempt")
        verbose_name_plural = _("delivery attempts")

    def __str__(self) -> str:
        return f"{self.delivery_id} {self.at:%Y-%m-%d %H:%M:%S} {'ok' if self.ok else 'failed'}"
