"""PPID: the public deadline calculator (no login) and the PPID desk's requests (office-isolated)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from ninja import Field, Query, Router, Schema

from sigap.lib.workdays import ZONE_ALIASES, CalendarRangeError
from sigap.ppid.access import get_request, require_ppid
from sigap.ppid.calendar import public_deadline
from sigap.ppid.models import InformationRequest

from ..common import paginate
from ..errors import ApiValidationError
from ..schemas import READ_ERRORS, Id, PageQuery, ValidationErrorOut

router = Router(tags=["ppid"])


class DeadlineQuery(Schema):
    diterima: datetime = Field(
        ..., description="When the request was received, ISO 8601, office-local (e.g. 2026-03-16T09:00)."
    )
    hari: int = Field(10, ge=0, le=400, description="Working days: 10 (notice), 17 (with extension), 30 (objection).")
    zona: Literal["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "WIB", "WITA", "WIT"] = "Asia/Jakarta"
    cuti_bersama_libur: bool = Field(True, description="Cuti bersama is not a working day.")
    sabtu_libur: bool = Field(True, description="Saturday is not a working day.")


class SkippedOut(Schema):
    date: date
    reasons: list[str]


class DeadlineOut(Schema):
    received_at: datetime
    days: int
    due: date
    due_at: datetime
    time_zone: str
    skipped: list[SkippedOut]
    explanation: str
    calendar_version: str
    notes: list[str]


@router.get(
    "/tenggat",
    auth=None,
    response={200: DeadlineOut, 422: ValidationErrorOut},
    operation_id="ppid_deadline",
    summary="Public deadline calculator",
)
def deadline(request, q: Query[DeadlineQuery]):
    """The N-th working day after the day of receipt (day 0), in the national calendar (UU KIP Pasal 22)."""
    zone = ZONE_ALIASES.get(q.zona, q.zona)
    if not 2000 <= q.diterima.year <= 2100:
        message = "Pilih tanggal antara tahun 2000 dan 2100."
        raise ApiValidationError([{"field": "diterima", "message": message, "code": "date_range"}], message)
    try:
        d = public_deadline(
            q.diterima.replace(tzinfo=None) if q.diterima.tzinfo is None else q.diterima,
            q.hari,
            zone,
            cuti_bersama_off=q.cuti_bersama_libur,
            saturday_off=q.sabtu_libur,
        )
    except (CalendarRangeError, ValueError) as exc:
        raise ApiValidationError([{"field": "diterima", "message": str(exc), "code": "calendar"}], str(exc)) from None
    return {
        "received_at": d.received_at,
        "days": d.days,
        "due": d.due,
        "due_at": d.due_at,
        "time_zone": d.tz,
        "skipped": [{"date": s.date, "reasons": list(s.reasons)} for s in d.skipped],
        "explanation": d.explain(),
        "calendar_version": d.calendar_version,
        "notes": list(d.notes),
    }


class RequestOut(Schema):
    id: int
    number: str
    office_id: int
    channel: str
    status: str
    outcome: str
    received_at: datetime
    due_date: date | None
    calendar_version: str
    overdue: bool = Field(..., alias="is_overdue")
    information: str
    assigned_unit_id: int | None
    notified_at: datetime | None
    delivered_at: datetime | None


class RequestPageOut(Schema):
    count: int
    page: int
    page_size: int
    items: list[RequestOut]


@router.get(
    "/requests",
    response={200: RequestPageOut, **READ_ERRORS},
    operation_id="ppid_requests_list",
    summary="List information requests",
)
def list_requests(request, paging: Query[PageQuery]):
    """Requests of the caller's PPID offices (role ppid, admin or pimpinan). No personal data."""
    require_ppid(request.user)
    qs = InformationRequest.objects.visible_to(request.user).order_by("-received_at", "-id")
    return paginate(qs, paging.page, paging.page_size)


@router.get(
    "/requests/{request_id}",
    response={200: RequestOut, **READ_ERRORS},
    operation_id="ppid_requests_get",
    summary="Get an information request",
)
def get_one(request, request_id: Id):
    return get_request(request.user, request_id)
