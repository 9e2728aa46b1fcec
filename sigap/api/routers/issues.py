"""Early warning: the offices' issues with their level, score and the components behind it (read-only)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from ninja import Field, Query, Router, Schema

from sigap.core.levels import LEVELS
from sigap.issues.access import get_issue
from sigap.issues.explain import explained
from sigap.issues.models import Issue
from sigap.issues.stats import keyphrases

from ..common import paginate
from ..schemas import READ_ERRORS, Id, OfficeRef, Page, PageQuery

router = Router(tags=["issues"])
LevelName = Literal[LEVELS]  # type: ignore[valid-type]
StatusName = Literal["open", "dormant", "dismissed", "merged"]


class ComponentOut(Schema):
    key: str = Field(
        description="velocity, volume, negative, negative_change, reach, mainstream, spread, "
        "key_actors, amplification or crisis_cues (docs/escalation.md)."
    )
    label: str
    text: str = Field(description="What Sigap saw, in words.")
    value: float
    normalised: float
    weight: float
    contribution: float = Field(description="Points this component adds to the score.")


class LevelChangeOut(Schema):
    at: datetime
    from_level: LevelName
    to_level: LevelName
    score: float
    reason: str


class IssueOut(Schema):
    id: int
    office: OfficeRef = Field(description="The office that owns the issue.")
    offices: list[OfficeRef] = Field(
        description="Every office the event touches (a regency and its province share one issue), the owner included."
    )
    title: str
    status: StatusName
    level: LevelName
    score: float = Field(description="Escalation score, 0–100 with the default weights.")
    doc_count: int
    first_at: datetime | None
    last_at: datetime | None
    scored_at: datetime | None

    @staticmethod
    def resolve_offices(obj: Issue) -> list:
        touched = sorted(obj.offices.all(), key=lambda o: (o.pk != obj.office_id, o.name))
        return touched or [obj.office]


class IssueDetailOut(IssueOut):
    components: list[ComponentOut]
    level_changes: list[LevelChangeOut]
    keyphrases: list[str] = Field(description="What the issue is about: its documents' distinctive phrases.")

    @staticmethod
    def resolve_keyphrases(obj: Issue) -> list[str]:
        return keyphrases(obj)

    @staticmethod
    def resolve_components(obj: Issue) -> list[dict]:
        return [{**c, "label": str(c["label"])} for c in explained(obj.components or [])]

    @staticmethod
    def resolve_level_changes(obj: Issue) -> list:
        return list(obj.level_changes.all())


class IssuePageOut(Page):
    items: list[IssueOut]


class IssueFilters(Schema):
    status: StatusName = Field("open", description="Default: open issues.")
    level: LevelName | None = Field(None, description="Only issues at this level.")


@router.get("/", response={200: IssuePageOut, **READ_ERRORS}, operation_id="issues_list", summary="List issues")
def list_issues(request, paging: Query[PageQuery], filters: Query[IssueFilters]):
    """Issues of the caller's offices and the offices below them, highest score first."""
    issues = (
        Issue.objects.visible_to(request.user)
        .filter(status=filters.status)
        .select_related("office")
        .prefetch_related("offices")
    )
    if filters.level:
        issues = issues.filter(level=filters.level)
    return paginate(issues.order_by("-score", "-id"), paging.page, paging.page_size)


@router.get(
    "/{issue_id}", response={200: IssueDetailOut, **READ_ERRORS}, operation_id="issues_get", summary="Get an issue"
)
def get_one(request, issue_id: Id):
    """One issue with its score explained component by component and its level history."""
    return get_issue(request.user, issue_id)
