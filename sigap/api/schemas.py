"""Request and response shapes of API v1 (they are also the published OpenAPI schema)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any, Literal

from ninja import Field, Schema
from ninja.schema import DjangoGetter
from pydantic import AfterValidator, BeforeValidator, ConfigDict, model_validator
from pydantic_core import PydanticCustomError

from sigap.core.access import editable_office_ids
from sigap.monitoring.forms import FORMAT_CHOICES
from sigap.monitoring.models import Channel, ImportJob, Sentiment, Source

MAX_ID = 2**63 - 1  # the database's bigint; larger ids would overflow instead of "not found"
MAX_PAGE = 100_000
MAX_PAGE_SIZE = 100

Id = Annotated[int, Field(ge=1, le=MAX_ID)]
PageNumber = Annotated[int, Field(ge=1, le=MAX_PAGE, description="Page number, from 1.")]
PageSize = Annotated[int, Field(ge=1, le=MAX_PAGE_SIZE, description=f"Items per page, at most {MAX_PAGE_SIZE}.")]
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date_only(value: Any) -> Any:
    """Only YYYY-MM-DD (pydantic alone would also take a Unix timestamp such as ``0``)."""
    if isinstance(value, date) or (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
        return value
    raise PydanticCustomError("date_parsing", "Input should be a date as YYYY-MM-DD")


def _in_range(value: date) -> date:
    """Dates the period filter can turn into datetimes on both databases, in every office time zone."""
    if not date(1900, 1, 2) <= value <= date(9999, 12, 30):
        raise PydanticCustomError("date_range", "Input should be a date between 1900 and 9999")
    return value


FilterDate = Annotated[date, BeforeValidator(_iso_date_only), AfterValidator(_in_range)]

# The allowed values come from the models at run time; mypy cannot read such a Literal, so it sees str.
if TYPE_CHECKING:
    ChannelName = str
    SentimentName = str
    SourceKind = str
    ImportFormat = str
    ImportStatus = str
else:
    ChannelName = Literal[tuple(Channel.values)]
    SentimentName = Literal[tuple(Sentiment.values)]
    SourceKind = Literal[tuple(Source.Kind.values)]
    ImportFormat = Literal[tuple(value for value, _label in FORMAT_CHOICES)]
    ImportStatus = Literal[tuple(ImportJob.Status.values)]


def editable_ids(request) -> set[int]:
    """Offices the caller may change, computed once per request."""
    cached = getattr(request, "_api_editable_offices", None)
    if cached is None:
        cached = request._api_editable_offices = editable_office_ids(request.user)
    return cached


class InputSchema(Schema):
    """A request body: a JSON object with known fields only (a typo is an error, not silently ignored)."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _json_object_only(cls, data: Any) -> Any:
        raw = data._obj if isinstance(data, DjangoGetter) else data
        if not isinstance(raw, dict):
            raise PydanticCustomError("json_object", "Input should be a JSON object")
        return data


# ----------------------------------------------------------------------------- errors


class ErrorOut(Schema):
    detail: str = Field(description="What went wrong, in Indonesian (English with `Accept-Language: en`).")


class FieldErrorOut(Schema):
    field: str | None = Field(None, description="The field at fault; null when the problem is the whole request.")
    message: str
    code: str = Field(description="Stable machine-readable code, e.g. `missing`, `invalid_choice`, `unbalanced`.")
    position: int | None = Field(
        None, description="For a watchlist query: the 0-based character offset of the problem, when known."
    )


class ValidationErrorOut(ErrorOut):
    errors: list[FieldErrorOut]


READ_ERRORS = {401: ErrorOut, 404: ErrorOut, 422: ValidationErrorOut}
WRITE_ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ValidationErrorOut}
BODY_ERRORS = {400: ErrorOut, **WRITE_ERRORS}  # 400: the body cannot be parsed at all


# ----------------------------------------------------------------------------- shared parts


class OfficeRef(Schema):
    id: int
    name: str
    slug: str


class SourceRef(Schema):
    id: int
    name: str


class Page(Schema):
    count: int = Field(description="Items matching, over all pages.")
    page: int
    page_size: int


class PageQuery(Schema):
    page: PageNumber = 1
    page_size: PageSize = 50


# ----------------------------------------------------------------------------- documents


class DocumentFilters(Schema):
    # Optional filters default to None but are not typed nullable: a query string cannot carry null.
    # Hence the type: ignore[assignment] on those defaults (a None in a field mypy sees as not None).
    q: str = Field(
        "",
        max_length=1000,
        description='Search in the watchlist syntax: `banjir AND (Demak OR Kudus) NOT hoaks`, `"harga BBM"`, '
        "`naik*`; DAN/ATAU/TIDAK also work. A syntax error gives 422 with the message and its position.",
    )
    start: FilterDate = Field(  # type: ignore[assignment]
        None, description="First day (YYYY-MM-DD, office time zone). Default: 6 days before `end`."
    )
    end: FilterDate = Field(None, description="Last day, inclusive (YYYY-MM-DD). Default: today.")  # type: ignore[assignment]
    channel: list[ChannelName] = Field([], description="Only these channels; repeat the parameter for several.")
    source: Id = Field(None, description="Only this source (one the caller can see).")  # type: ignore[assignment]
    watchlist: Id = Field(None, description="Only documents matching this active watchlist.")  # type: ignore[assignment]
    sentiment: list[SentimentName] = Field([], description="Only these sentiments; repeat for several.")
    entity: str = Field(
        "",
        max_length=210,
        pattern=r"^((PER|ORG|LOC):.{1,200})?$",
        description="Only documents naming this entity, as `KIND:name`, e.g. `LOC:Demak` (see `entities` in results).",
    )
    irrelevant: bool = Field(False, description="Include documents an analyst marked not relevant (`relevant: false`).")
    page: PageNumber = 1
    page_size: PageSize = 20


class Highlight(Schema):
    title: str = Field(description="HTML: the title, escaped, with matches in `<mark>`.")
    snippet: str = Field(description="HTML: a short passage of the text, escaped, with matches in `<mark>`.")


class EntityOut(Schema):
    id: int = Field(description="Give it as `entity` to retype, link or remove it with a correction.")
    kind: Literal["PER", "ORG", "LOC"]
    name: str
    region_code: str


class DocumentOut(Schema):
    id: int
    source: SourceRef
    office_id: int
    channel: ChannelName
    external_id: str
    url: str
    title: str
    text: str
    author: str
    author_name: str
    author_followers: int
    likes: int
    shares: int
    replies: int
    views: int
    lang: str
    parent_id: str
    published_at: datetime
    fetched_at: datetime
    language: str = Field(description="Detected language (id, en, jv, su, und); empty until analysed.")
    sentiment: str = Field(
        description="positif, negatif or netral; empty until analysed. An analyst's correction if any."
    )
    sentiment_model: str = Field(description="The model's own sentiment, whatever an analyst corrected.")
    sentiment_confidence: float | None
    criticism: float | None = Field(
        description="Probability 0..1 that it criticises the government or an agency (1 or 0 when an analyst "
        "set it); null until assessed."
    )
    criticism_model: float | None = Field(description="The model's own criticism probability.")
    relevant: bool = Field(description="False when an analyst marked it not relevant to the office.")
    dup_group: str = Field(description="Near-duplicate group: documents sharing it are copies or near-copies.")
    story_id: int | None = Field(description="The story (event cluster) the document belongs to.")
    entities: list[EntityOut] = Field(description="People, organisations and places named, with region codes.")
    analysis: dict[str, str] | None = Field(description="The text models (name and version) behind these results.")

    @staticmethod
    def resolve_entities(obj) -> list:
        return list(obj.entities.all())

    @staticmethod
    def resolve_analysis(obj) -> dict | None:
        return obj.analysis.versions if obj.analysis_id else None


class DocumentItemOut(DocumentOut):
    highlight: Highlight | None = Field(None, description="Present when `q` is given.")


class DocumentPageOut(Page):
    start: datetime = Field(description="Start of the period searched (inclusive).")
    end: datetime = Field(description="End of the period searched (exclusive).")
    items: list[DocumentItemOut]


# ----------------------------------------------------------------------------- sources


class SourceHealth(Schema):
    healthy: bool = Field(description="False after a failed fetch, until the next success.")
    consecutive_errors: int
    last_error: str
    last_polled_at: datetime | None
    last_ok_at: datetime | None
    next_poll_at: datetime | None


class SourceOut(Schema):
    id: int
    office: OfficeRef
    name: str
    kind: SourceKind
    channel: ChannelName
    url: str
    full_text: bool
    shared: bool
    active: bool
    poll_minutes: int
    created_at: datetime
    health: SourceHealth
    can_edit: bool = Field(description="Whether the caller may change this source and import into it.")

    @staticmethod
    def resolve_health(obj: Source) -> dict:
        return {
            "healthy": obj.healthy,
            "consecutive_errors": obj.consecutive_errors,
            "last_error": obj.last_error,
            "last_polled_at": obj.last_polled_at,
            "last_ok_at": obj.last_ok_at,
            "next_poll_at": obj.next_poll_at,
        }

    @staticmethod
    def resolve_can_edit(obj: Source, context) -> bool:
        return obj.office_id in editable_ids(context["request"])


class SourceDetailOut(SourceOut):
    document_count: int


class SourcePageOut(Page):
    items: list[SourceOut]


_NAME = Field(min_length=1, max_length=200, description="Display name.")


class SourceCreate(InputSchema):
    office: Id | None = Field(
        None, description="Office that owns the source. May be left out when the caller edits exactly one office."
    )
    name: str = _NAME
    kind: SourceKind = Field(description="`rss` feed, news `page` (full text), or `import` (files only).")
    channel: ChannelName = "news"
    url: str = Field("", max_length=1000, description="Required for `rss` and `page`.")
    full_text: bool = Field(False, description="For RSS: fetch each new article's full text (respecting robots.txt).")
    poll_minutes: int = Field(15, ge=5, le=2_147_483_647, description="Fetch interval in minutes, at least 5.")
    shared: bool = Field(False, description="Visible to every office (public media only).")
    active: bool = True


class SourceUpdate(InputSchema):
    office: Id | None = None
    name: str | None = Field(None, min_length=1, max_length=200)
    kind: SourceKind | None = None
    channel: ChannelName | None = None
    url: str | None = Field(None, max_length=1000)
    full_text: bool | None = None
    poll_minutes: int | None = Field(None, ge=5, le=2_147_483_647)
    shared: bool | None = None
    active: bool | None = None


# ----------------------------------------------------------------------------- watchlists


class WatchlistOut(Schema):
    id: int
    office: OfficeRef
    name: str
    query: str
    shared: bool
    active: bool
    created_at: datetime
    created_by: str | None = Field(description="Username of who created it.")
    can_edit: bool

    @staticmethod
    def resolve_created_by(obj) -> str | None:
        return obj.created_by.get_username() if obj.created_by else None

    @staticmethod
    def resolve_can_edit(obj, context) -> bool:
        return obj.office_id in editable_ids(context["request"])


class WatchlistPageOut(Page):
    items: list[WatchlistOut]


_QUERY = Field(
    min_length=1,
    max_length=1000,
    description="Watchlist syntax, e.g. `banjir AND (Demak OR Kudus) NOT hoaks`. A syntax error gives 422 with the "
    "parser's message and the position.",
)


class WatchlistCreate(InputSchema):
    office: Id | None = Field(
        None, description="Office that owns the watchlist. May be left out when the caller edits exactly one office."
    )
    name: str = Field(min_length=1, max_length=120)
    query: str = _QUERY
    shared: bool = False
    active: bool = True


class WatchlistUpdate(InputSchema):
    office: Id | None = None
    name: str | None = Field(None, min_length=1, max_length=120)
    query: str | None = Field(None, min_length=1, max_length=1000)
    shared: bool | None = None
    active: bool | None = None


# ----------------------------------------------------------------------------- imports


class ImportCounts(Schema):
    read: int = Field(description="Records read from the file so far.")
    stored: int = Field(description="New documents stored.")
    duplicate: int = Field(description="Records the source already held (re-running an import stores nothing twice).")
    rejected: int = Field(description="Records that could not be stored; see `/imports/{id}/rejected`.")


class ImportJobOut(Schema):
    id: int
    source: SourceRef
    office_id: int
    file_name: str
    file_size: int
    format: str
    status: ImportStatus = Field(description="queued → running → done, or failed.")
    finished: bool
    progress_percent: int = Field(description="0–100, from the bytes read.")
    bytes_read: int
    counts: ImportCounts
    error: str
    created_by: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None

    @staticmethod
    def resolve_counts(obj: ImportJob) -> dict:
        return {"read": obj.read, "stored": obj.stored, "duplicate": obj.duplicate, "rejected": obj.rejected}

    @staticmethod
    def resolve_created_by(obj) -> str | None:
        return obj.created_by.get_username() if obj.created_by else None


class ImportJobPageOut(Page):
    items: list[ImportJobOut]


class RejectedRecordOut(Schema):
    id: int
    at: datetime
    position: str = Field(description="Where in the file, e.g. the line number.")
    reason: str
    raw: str = Field(description="The record as read (at most 10,000 characters).")


class RejectedPageOut(Page):
    items: list[RejectedRecordOut]


# ----------------------------------------------------------------------------- corrections


class CorrectionIn(Schema):
    """One correction of a document's analysis (docs/corrections.md); the fields used depend on `correction`."""

    correction: Literal[
        "sentiment", "criticism", "relevance", "confirm", "entity_add", "entity_remove", "entity_kind", "entity_region"
    ]
    sentiment: Literal["positif", "negatif", "netral"] | None = None
    criticism: Literal["ya", "tidak"] | None = None
    entity: int | None = Field(None, description="The entity's id, for entity_remove, entity_kind and entity_region.")
    kind: Literal["PER", "ORG", "LOC"] | None = Field(None, description="For entity_add and entity_kind.")
    name: str | None = Field(None, max_length=200, description="For entity_add.")
    region_code: str | None = Field(
        None, max_length=20, description="Kemendagri code (e.g. 33.21) for entity_add and entity_region."
    )


class CorrectionOut(Schema):
    id: int | None = Field(description="null when nothing changed (nothing stored).")
    document_id: int
    kind: str
    before: dict
    after: dict
    at: datetime | None
    undone_at: datetime | None
    changed: bool = Field(True, description="False when the document already showed this (nothing stored).")
