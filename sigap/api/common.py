"""Small helpers the routers share: pagination, query checking, office choice for new objects."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from sigap.core.access import member_office_ids, visible_office_ids
from sigap.core.models import EDITOR_ROLES
from sigap.lib.query import Node, QuerySyntaxError, parse

from .errors import query_error
from .schemas import editable_ids


def paginate(queryset: QuerySet, page: int, page_size: int, **extra) -> dict:
    count = queryset.count()
    offset = (page - 1) * page_size
    items = list(queryset[offset : offset + page_size]) if offset < count else []
    return {"count": count, "page": page, "page_size": page_size, "items": items, **extra}


def check_query(text: str, field: str) -> Node:
    """Parse a search/watchlist query as the forms do (parse, then compile for the index), but keep
    the parser's position and English message for the API's 422."""
    try:
        return parse(text)
    except QuerySyntaxError as exc:
        raise query_error(exc, field) from None


def require_any_editable_office(request) -> None:
    if not editable_ids(request):
        raise PermissionDenied(_("You may not change this office's data."))


def office_for_write(request, office_id: int | None) -> int | None:
    """The office a new or moved object goes to. 403 for an office the caller sees but may not change
    (e.g. pimpinan); an unknown or invisible office is left to the form (422, "not a valid choice")."""
    require_any_editable_office(request)
    if office_id is None:
        direct = member_office_ids(request.user, EDITOR_ROLES)
        return next(iter(direct)) if len(direct) == 1 else None
    if office_id not in editable_ids(request) and office_id in visible_office_ids(request.user):
        raise PermissionDenied(_("You may not change this office's data."))
    return office_id
