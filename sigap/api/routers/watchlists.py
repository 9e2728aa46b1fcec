"""Watchlists: saved queries in the boolean watchlist syntax."""

from __future__ import annotations

from django.forms.models import model_to_dict
from ninja import Query, Router, Status

from sigap.monitoring import actions
from sigap.monitoring.access import get_watchlist
from sigap.monitoring.forms import WatchlistForm
from sigap.monitoring.models import Watchlist

from ..common import check_query, office_for_write, paginate
from ..errors import form_error
from ..schemas import (
    BODY_ERRORS,
    READ_ERRORS,
    WRITE_ERRORS,
    Id,
    PageQuery,
    WatchlistCreate,
    WatchlistOut,
    WatchlistPageOut,
    WatchlistUpdate,
)

router = Router(tags=["watchlists"])


def _save(request, watchlist: Watchlist | None, values: dict) -> Watchlist:
    """Validate with the page's WatchlistForm (the query first, to report the parser's position), save, audit."""
    if "query" in values:
        check_query(values["query"].strip(), "query")
    # django-stubs types ModelForm._meta as a generic instance variable, ambiguous on the class.
    data = model_to_dict(watchlist, fields=WatchlistForm._meta.fields) if watchlist else {}  # type: ignore[misc]
    data.update(values)
    form = WatchlistForm(request.user, data, instance=watchlist)
    if not form.is_valid():
        raise form_error(form)
    return actions.save_watchlist(form, request.user, via="api")


@router.get(
    "/", response={200: WatchlistPageOut, **READ_ERRORS}, operation_id="watchlists_list", summary="List watchlists"
)
def list_watchlists(request, paging: Query[PageQuery]):
    """Watchlists of the caller's offices (and the offices below them), plus shared ones."""
    watchlists = (
        Watchlist.objects.visible_to(request.user).select_related("office", "created_by").order_by("name", "id")
    )
    return paginate(watchlists, paging.page, paging.page_size)


@router.post(
    "/", response={201: WatchlistOut, **BODY_ERRORS}, operation_id="watchlists_create", summary="Create a watchlist"
)
def create_watchlist(request, payload: WatchlistCreate):
    """Needs the admin or analis role in the chosen office. A query with a syntax error gives 422 with the
    parser's message (Indonesian, or English with `Accept-Language: en`) and `position`."""
    values = payload.dict()
    values["office"] = office_for_write(request, payload.office)
    return Status(201, _save(request, None, values))


@router.get(
    "/{watchlist_id}",
    response={200: WatchlistOut, **READ_ERRORS},
    operation_id="watchlists_get",
    summary="Get a watchlist",
)
def get_one(request, watchlist_id: Id):
    return get_watchlist(request.user, watchlist_id)


@router.patch(
    "/{watchlist_id}",
    response={200: WatchlistOut, **BODY_ERRORS},
    operation_id="watchlists_update",
    summary="Change a watchlist",
)
def update_watchlist(request, watchlist_id: Id, payload: WatchlistUpdate):
    """Change the fields given (others stay). Needs the admin or analis role in the watchlist's office."""
    watchlist = get_watchlist(request.user, watchlist_id, edit=True)
    values = payload.dict(exclude_unset=True, exclude_none=True)
    if "office" in values:
        values["office"] = office_for_write(request, values["office"])
    return _save(request, watchlist, values)


@router.delete(
    "/{watchlist_id}",
    response={204: None, **WRITE_ERRORS},
    operation_id="watchlists_delete",
    summary="Delete a watchlist",
)
def remove_watchlist(request, watchlist_id: Id):
    """Needs the admin or analis role in the watchlist's office. The deletion is kept in the audit trail."""
    actions.delete_watchlist(get_watchlist(request.user, watchlist_id, edit=True), request.user, via="api")
    return Status(204, None)
