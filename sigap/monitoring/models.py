"""Sources, the documents they bring, watchlists, and file-import jobs with their rejected records."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sigap.core.access import OfficeOwnedQuerySet, visible_office_ids
from sigap.core.models import Office
from sigap.core.transitions import Workflow, change_state
from sigap.lib.query import QuerySyntaxError, parse


class Channel(models.TextChoices):
    NEWS = "news", _("Online news")
    X = "x", _("X/Twitter")
    FACEBOOK = "facebook", _("Facebook")
    INSTAGRAM = "instagram", _("Instagram")
    YOUTUBE = "youtube", _("YouTube")
    TIKTOK = "tiktok", _("TikTok")
    COMPLAINT = "complaint", _("Complaint channel")
    OTHER = "other", _("Other")


class SourceQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(Q(office_id__in=visible_office_ids(user)) | Q(shared=True))

    def due_for_poll(self, now=None):
        now = now or timezone.now()
        return self.filter(active=True, kind__in=Source.POLLED_KINDS, next_poll_at__lte=now)


class Source(models.Model):
    class Kind(models.TextChoices):
        RSS = "rss", _("RSS/Atom feed")
        PAGE = "page", _("News page (full text)")
        IMPORT = "import", _("File import")

    POLLED_KINDS = (Kind.RSS, Kind.PAGE)

    office = models.ForeignKey(Office, verbose_name=_("office"), on_delete=models.PROTECT, related_name="sources")
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    channel = models.CharField(_("channel"), max_length=12, choices=Channel.choices, default=Channel.NEWS)
    url = models.URLField(_("address (URL)"), max_length=1000, blank=True)
    full_text = models.BooleanField(
        _("fetch full article text"),
        default=False,
        help_text=_("For RSS feeds: open each new article and fetch its full text (respecting robots.txt)."),
    )
    shared = models.BooleanField(
        _("shared with all offices"),
        default=False,
        help_text=_("Public sources (e.g. national media) may be shared; internal sources stay private."),
    )
    national = models.BooleanField(
        _("national outlet"),
        default=False,
        help_text=_("National media weigh more than local media in the escalation score."),
    )
    active = models.BooleanField(_("active"), default=True)
    poll_minutes = models.PositiveIntegerField(_("fetch interval (minutes)"), default=15)

    # Health and conditional-GET state, written by the poller.
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_polled_at = models.DateTimeField(_("last fetched"), null=True, blank=True)
    last_ok_at = models.DateTimeField(_("last success"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    consecutive_errors = models.PositiveIntegerField(default=0)
    etag = models.CharField(max_length=255, blank=True)
    last_modified = models.CharField(max_length=64, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("source")
        verbose_name_plural = _("source")

    def __str__(self) -> str:
        return self.name

    @property
    def is_polled(self) -> bool:
        return self.kind in self.POLLED_KINDS

    @property
    def healthy(self) -> bool:
        return self.consecutive_errors == 0

    def schedule_next_poll(self, now=None) -> None:
        now = now or timezone.now()
        # Back off on repeated errors so a broken site is not hammered: 1×, 2×, 4× … up to 1 day.
        factor = 2 ** min(self.consecutive_errors, 7)
        self.next_poll_at = now + min(timedelta(minutes=self.poll_minutes * factor), timedelta(days=1))


class Sentiment(models.TextChoices):
    POSITIF = "positif", _("Positive")
    NEGATIF = "negatif", _("Negative")
    NETRAL = "netral", _("Neutral")


class AnalysisRun(models.Model):
    """The set of text models (name and version each) that produced an analysis result."""

    key = models.CharField(max_length=64, unique=True)
    versions = models.JSONField()  # {"sentiment": "sigap-sentiment 1.0", …}
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return ", ".join(f"{task}: {model}" for task, model in sorted(self.versions.items()))

    @classmethod
    def for_models(cls, versions: dict[str, str]) -> AnalysisRun:
        import hashlib
        import json

        key = hashlib.sha256(json.dumps(versions, sort_keys=True).encode()).hexdigest()
        run, _ = cls.objects.get_or_create(key=key, defaults={"versions": versions})
        return run


class Story(models.Model):
    """Documents about one event in one time window, found by online clustering (sigap.text.stories)."""

    key = models.CharField(max_length=64, unique=True)
    label = models.CharField(_("label"), max_length=255, blank=True)
    first_at = models.DateTimeField()
    last_at = models.DateTimeField(db_index=True)
    size = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-last_at"]
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def __str__(self) -> str:
        return self.label or self.key


class DocumentQuerySet(models.QuerySet):
    def visible_to(self, user):
        # Sources are few; an id list keeps the (source, published_at) index usable on big tables.
        return self.filter(source_id__in=list(Source.objects.visible_to(user).values_list("id", flat=True)))


class Document(models.Model):
    # The composite indexes below start with source and office: separate FK indexes would only slow ingestion.
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="documents", db_index=False)
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="+", db_index=False)  # = source.office
    channel = models.CharField(_("channel"), max_length=12, choices=Channel.choices)
    external_id = models.CharField(max_length=255)
    content_hash = models.CharField(max_length=32, db_index=True)
    url = models.URLField(max_length=1000, blank=True)
    title = models.TextField(_("title"), blank=True)
    text = models.TextField(_("text"))
    author = models.CharField(_("account/author"), max_length=200, blank=True)
    author_name = models.CharField(max_length=200, blank=True)
    author_followers = models.PositiveBigIntegerField(default=0)
    likes = models.PositiveBigIntegerField(default=0)
    shares = models.PositiveBigIntegerField(default=0)
    replies = models.PositiveBigIntegerField(default=0)
    views = models.PositiveBigIntegerField(default=0)
    lang = models.CharField(max_length=8, blank=True)
    parent_id = models.CharField(max_length=255, blank=True)
    published_at = models.DateTimeField(_("published"))
    fetched_at = models.DateTimeField(_("received"), default=timezone.now)
    raw = models.JSONField(null=True, blank=True)

    # Written by the text pipeline (sigap.text); `analysis` names the models and versions used.
    language = models.CharField(_("language"), max_length=8, blank=True)
    # ``sentiment`` and ``criticism`` are the values that count: the model's, or an analyst's
    # correction (DocumentCorrection). The ``*_model`` fields keep the model's own output, so
    # re-analysis never overwrites a correction and agreement can be measured (docs/corrections.md).
    sentiment = models.CharField(_("sentiment"), max_length=8, choices=Sentiment.choices, blank=True)
    sentiment_model = models.CharField(max_length=8, choices=Sentiment.choices, blank=True, db_default="")
    sentiment_confidence = models.FloatField(null=True, blank=True)
    # Probability (0..1) that the document criticises the government or an agency; empty until assessed.
    criticism = models.FloatField(_("criticism of the government"), null=True, blank=True)
    criticism_model = models.FloatField(null=True, blank=True)
    # False once an analyst marks it not relevant: it leaves the office's figures, searches and issues.
    relevant = models.BooleanField(_("relevant"), default=True, db_default=True)  # raw INSERTs (ingest) rely on it
    dup_group = models.CharField(max_length=64, blank=True, db_index=True)
    story = models.ForeignKey(Story, null=True, blank=True, on_delete=models.SET_NULL, related_name="documents")
    analysis = models.ForeignKey(
        AnalysisRun, null=True, blank=True, on_delete=models.PROTECT, related_name="+", db_index=False
    )
    analysed_at = models.DateTimeField(null=True, blank=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["source", "external_id"], name="unique_document_per_source")]
        indexes = [
            models.Index(fields=["office", "published_at"]),
            # Covers the dashboard's per-channel and per-account counts without reading rows.
            models.Index(fields=["source", "published_at", "channel", "author"], name="document_source_time_cover"),
            models.Index(fields=["published_at"]),
            models.Index(fields=["id"], condition=Q(analysed_at__isnull=True), name="document_pending_analysis"),
        ]
        verbose_name = _("document")
        verbose_name_plural = _("document")

    def __str__(self) -> str:
        return (self.title or self.text)[:80]

    @property
    def engagement(self) -> int:
        return self.likes + self.shares + self.replies


class WatchlistQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(Q(office_id__in=visible_office_ids(user)) | Q(shared=True))


class DocumentEntity(models.Model):
    """A person, organisation or place named in a document; places carry their Kemendagri region code."""

    class Kind(models.TextChoices):
        PER = "PER", _("Person")
        ORG = "ORG", _("Organisation")
        LOC = "LOC", _("Place")

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="entities")
    kind = models.CharField(max_length=3, choices=Kind.choices)
    name = models.CharField(max_length=200)
    region_code = models.CharField(max_length=13, blank=True)

    class Meta:
        indexes = [models.Index(fields=["kind", "name"])]

    def __str__(self) -> str:
        return f"{self.kind}:{self.name}"


class DocumentCorrection(models.Model):
    """An analyst's correction (or confirmation) of a document's analysis; the document holds the
    effective value, this row the change and who made it, so it can be shown and undone."""

    class Kind(models.TextChoices):
        SENTIMENT = "sentiment", _("Sentiment")
        CRITICISM = "criticism", _("Criticism of the government")
        RELEVANCE = "relevance", _("Not relevant")
        CONFIRM = "confirm", _("Analysis confirmed")
        ENTITY_ADD = "entity_add", _("Entity added")
        ENTITY_REMOVE = "entity_remove", _("Entity removed")
        ENTITY_KIND = "entity_kind", _("Entity type changed")
        ENTITY_REGION = "entity_region", _("Place linked to a region")

    ENTITY_KINDS = (Kind.ENTITY_ADD, Kind.ENTITY_REMOVE, Kind.ENTITY_KIND, Kind.ENTITY_REGION)

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="+")
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="corrections")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    before = models.JSONField(default=dict)
    after = models.JSONField(default=dict)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)
    undone_at = models.DateTimeField(null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = OfficeOwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["office", "at"]), models.Index(fields=["document", "kind"])]
        verbose_name = _("analysis correction")
        verbose_name_plural = _("analysis corrections")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.document_id}"

    @property
    def active(self) -> bool:
        return self.undone_at is None


class OfficeSentimentModel(models.Model):
    """One version of an office's own sentiment model, adapted from its analysts' reviews
    (sigap.monitoring.office_models): the change to the shared weights and how it fared."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("In use")
        REPLACED = "replaced", _("Replaced by a newer version")
        REJECTED = "rejected", _("Not used: no better than the shared model")

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="+")
    version = models.PositiveIntegerField()
    basis = models.CharField(max_length=32)  # hash of the reviewed documents and labels it learnt from
    documents = models.PositiveIntegerField()
    folds = models.PositiveSmallIntegerField()
    before_accuracy = models.FloatField()
    after_accuracy = models.FloatField()
    before_macro_f1 = models.FloatField()
    after_macro_f1 = models.FloatField()
    status = models.CharField(max_length=10, choices=Status.choices)
    base_model = models.CharField(max_length=80)
    delta = models.BinaryField()  # npz: rows, weights, bias (sigap.text.adapt.Delta)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    objects = OfficeOwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-version"]
        constraints = [models.UniqueConstraint(fields=["office", "version"], name="office_sentiment_version")]
        verbose_name = _("office sentiment model")
        verbose_name_plural = _("office sentiment models")

    def __str__(self) -> str:
        return f"{self.office} v{self.version}"

    @property
    def before_percent(self) -> float:
        return 100 * self.before_accuracy

    @property
    def after_percent(self) -> float:
        return 100 * self.after_accuracy


class AnalysisState(models.Model):
    """The text pipeline's memory (near-duplicate index, live stories) and the lease of the one
    worker allowed to advance it, so stories stay consistent with several workers running."""

    name = models.CharField(max_length=40, unique=True)
    state = models.BinaryField(null=True, blank=True)
    holder = models.CharField(max_length=64, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.name


class Watchlist(models.Model):
    office = models.ForeignKey(Office, verbose_name=_("office"), on_delete=models.CASCADE, related_name="watchlists")
    name = models.CharField(_("name"), max_length=120)
    query = models.TextField(
        _("query"), help_text=_('Example: banjir AND (Demak OR Kudus) NOT hoaks, "harga BBM", naik*')
    )
    shared = models.BooleanField(_("shared with all offices"), default=False)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)

    objects = WatchlistQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("watchlist")
        verbose_name_plural = _("watchlist")

    def __str__(self) -> str:
        return self.name

    def parsed(self):
        return parse(self.query)

    def clean(self):
        from django.core.exceptions import ValidationError

        try:
            parse(self.query)  # parse also refuses queries the search index cannot run
        except QuerySyntaxError as exc:
            raise ValidationError({"query": str(exc)}) from None


class SavedSearchQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The user's own searches and those shared in the offices whose data they may read."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(Q(user=user) | Q(shared=True, office_id__in=visible_office_ids(user)))


class SavedSearch(models.Model):
    """A document search an officer wants again: the filters as the list page's query string."""

    office = models.ForeignKey(Office, verbose_name=_("office"), on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches")
    name = models.CharField(_("name"), max_length=120)
    query = models.CharField(_("filters"), max_length=2000, blank=True)
    shared = models.BooleanField(
        _("share with my office"), default=False, help_text=_("Colleagues in the office see it in their list too.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SavedSearchQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")

    def __str__(self) -> str:
        return self.name


class ImportJob(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    TRANSITIONS: dict[str, set[str]] = {
        Status.QUEUED: {Status.RUNNING, Status.FAILED, Status.CANCELLED},
        Status.RUNNING: {Status.DONE, Status.FAILED, Status.CANCELLED},
        Status.DONE: set(),
        Status.FAILED: {Status.QUEUED},  # retry: resumes after the last stored record
        Status.CANCELLED: {Status.QUEUED},
    }

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="import_jobs")
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    file_name = models.CharField(_("file name"), max_length=255)
    file_path = models.CharField(max_length=500)
    file_size = models.PositiveBigIntegerField(default=0)
    format = models.CharField(_("format"), max_length=20)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    bytes_read = models.PositiveBigIntegerField(default=0)
    read = models.PositiveIntegerField(_("read"), default=0)
    stored = models.PositiveIntegerField(_("stored"), default=0)
    duplicate = models.PositiveIntegerField(_("duplicate"), default=0)
    rejected = models.PositiveIntegerField(_("rejected"), default=0)
    error = models.TextField(blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Set when the retention task deleted the uploaded file (SIGAP_IMPORT_RETENTION_DAYS).
    file_removed_at = models.DateTimeField(null=True, blank=True)
    # The worker running it and until when that is so without a sign of life; "" between chunks
    # (docs/background-jobs.md). ``takeovers`` counts runs taken over from a worker that stopped.
    holder = models.CharField(max_length=64, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    takeovers = models.PositiveSmallIntegerField(default=0)

    # Uploads of an office: only that office and the offices above it (not like shared sources).
    objects = OfficeOwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("file import")
        verbose_name_plural = _("file import")

    def __str__(self) -> str:
        return f"{self.file_name} → {self.source}"

    @property
    def progress_percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        if not self.file_size:
            return 0
        return min(99, int(100 * self.bytes_read / self.file_size))

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED, self.Status.CANCELLED)

    @property
    def can_cancel(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)

    @property
    def can_retry(self) -> bool:
        return self.status in (self.Status.FAILED, self.Status.CANCELLED) and self.file_removed_at is None

    def transition(self, to: str, *, actor=None, reason: str = "") -> None:
        """Through the core kernel: of two workers that start the same job, one runs it, the other
        gets TransitionError (and leaves it alone)."""
        fields = ["started_at"] if to == self.Status.RUNNING else ["finished_at"]
        if reason and to == self.Status.FAILED:
            fields.append("error")
        if to != self.Status.RUNNING:  # the lease ends with the run
            fields += ["holder", "lease_until"]

        def change(job):
            now = timezone.now()
            if to == self.Status.RUNNING:
                job.started_at = job.started_at or now
            elif to == self.Status.QUEUED:
                job.finished_at = None
            else:
                job.finished_at = now
            if "error" in fields:
                job.error = reason
            if "holder" in fields:
                job.holder, job.lease_until = "", None
            return {"read": job.read, "stored": job.stored, "duplicate": job.duplicate, "rejected": job.rejected}

        change_state(
            self, IMPORT_FLOW, to, actor=actor, action="import." + to, reason=reason, change=change, fields=fields
        )


IMPORT_FLOW = Workflow(ImportJob.TRANSITIONS)


class RejectedRecordQuerySet(models.QuerySet):
    def visible_to(self, user):
        # The raw record stays with the source's office even when the source itself is shared.
        return self.filter(source__office_id__in=visible_office_ids(user))


class RejectedRecord(models.Model):
    """A record an importer or poller could not store, kept with the reason so nothing is lost."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="rejected_records")
    job = models.ForeignKey(ImportJob, null=True, blank=True, on_delete=models.CASCADE, related_name="rejected_records")
    at = models.DateTimeField(auto_now_add=True)
    position = models.CharField(_("position"), max_length=60)
    reason = models.TextField(_("reason"))
    raw = models.TextField(_("raw data"))

    objects = RejectedRecordQuerySet.as_manager()

    class Meta:
        ordering = ["id"]
        verbose_name = _("rejected record")
        verbose_name_plural = _("rejected record")

    def __str__(self) -> str:
        return f"{self.position}: {self.reason[:80]}"
