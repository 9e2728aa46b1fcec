"""Sources: list, create, read, change; with their fetch health."""

from __future__ import annotations

from django.forms.models import model_to_dict
from ninja import Query, Router, Status

from sigap.monitoring.access import get_source
from sigap.monitoring.actions import save_source
from sigap.monitoring.forms import SourceForm
from sigap.monitoring.models import Source

from ..common import office_for_write, paginate
from ..errors import form_error
from ..schemas import (
    BODY_ERRORS,
    READ_ERRORS,
    Id,
    PageQuery,
    SourceCreate,
    SourceDetailOut,
    SourcePageOut,
    SourceUpdate,
)

router = Router(tags=["sources"])


def _detail(source: Source) -> Source:
    # An extra for SourceOut, not a model field.
    source.document_count = source.documents.count()  # type: ignore[attr-defined]
    return source


def _save(request, source: Source | None, values: dict) -> Source:
    """Validate with the page's SourceForm, save, schedule a fetch when needed, and audit — as the page does."""
    # django-stubs types ModelForm._meta as a generic instance variable, ambiguous on the class.
    data = model_to_dict(source, fields=SourceForm._meta.fields) if source else {}  # type: ignore[misc]
    data.update(values)
    form = SourceForm(request.user, data, instance=source)
    if not form.is_valid():
        raise form_error(form)
    return save_source(form, request.user, via="api")


@router.get("/", response={200: SourcePageOut, **READ_ERRORS}, operation_id="sources_list", summary="List sources")
def list_sources(request, paging: Query[PageQuery]):
    """Sources of the caller's offices (and the offices below them), plus sources shared with every office."""
    sources = Source.objects.visible_to(request.user).select_related("office").order_by("name", "id")
    return paginate(sources, paging.page, paging.page_size)


@router.post(
    "/", response={201: SourceDetailOut, **BODY_ERRORS}, operation_id="sources_create", summary="Create a source"
)
def create_source(request, payload: SourceCreate):
    """Needs the admin or analis role in the chosen office (pimpinan is read-only: 403)."""
    values = payload.dict()
    values["office"] = office_for_write(request, payload.office)
    return Status(201, _detail(_save(request, None, values)))


@router.get(
    "/{source_id}", response={200: SourceDetailOut, **READ_ERRORS}, operation_id="sources_get", summary="Get a source"
)
def get_one(request, source_id: Id):
    """One source with its health; 404 if the caller may not see it, whether or not it exists."""
    return _detail(get_source(request.user, source_id))


@router.patch(
    "/{source_id}",
    response={200: SourceDetailOut, **BODY_ERRORS},
    operation_id="sources_update",
    summary="Change a source",
)
def update_source(request, source_id: Id, payload: SourceUpdate):
    """Change the fields given (others stay). Needs the admin or analis role in the source's office."""
    source = get_source(request.user, source_id, edit=True)
    values = payload.dict(exclude_unset=True, exclude_none=True)
    if "office" in values:
        values["office"] = office_for_write(request, values["office"])
    return _detail(_save(request, source, values))
