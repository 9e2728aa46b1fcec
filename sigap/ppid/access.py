"""The one way views and the API fetch PPID objects: office isolation and the PPID role enforced here.

PPID data holds personal data (NIK, addresses, KTP scans), so only the PPID desk (role ``ppid``
or ``admin``) of the office, or of an office above it, sees it; ``pimpinan`` reads but never
changes; a PPID Pelaksana unit sees the requests disposed to it. Everyone else gets 404.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from sigap.core.access import member_office_ids, visible_office_ids
from sigap.core.models import Holiday, Office, OfficeKind, Role

from .models import (
    PPID_EDIT_ROLES,
    PPID_READ_ROLES,
    Attachment,
    ConsequenceTest,
    DIKEntry,
    DIPEntry,
    Dispute,
    InformationRequest,
    Objection,
    ServiceReport,
)


def ppid_office_ids(user) -> set[int]:
    """Offices whose PPID data the user may read: where they hold a PPID-desk role, and below."""
    cached = getattr(user, "_sigap_ppid_offices", None)
    if cached is None:
        cached = Office.objects.descendants_of(member_office_ids(user, PPID_READ_ROLES))
        if getattr(user, "is_authenticated", False):
            user._sigap_ppid_offices = cached
    return cached


def ppid_edit_office_ids(user) -> set[int]:
    cached = getattr(user, "_sigap_ppid_edit_offices", None)
    if cached is None:
        cached = Office.objects.descendants_of(member_office_ids(user, PPID_EDIT_ROLES))
        if getattr(user, "is_authenticated", False):
            user._sigap_ppid_edit_offices = cached
    return cached


def is_ppid_staff(user) -> bool:
    return bool(ppid_office_ids(user))


def require_ppid(user) -> None:
    """Any PPID page: 404 for users without a PPID-desk role anywhere (the module does not exist for them)."""
    if not is_ppid_staff(user):
        raise Http404(_("Page not found."))


def can_edit(user, office_id: int, unit_id: int | None = None) -> bool:
    edit = ppid_edit_office_ids(user)
    return office_id in edit or (unit_id is not None and unit_id in member_office_ids(user, PPID_EDIT_ROLES))


def require_edit(user, office_id: int, unit_id: int | None = None) -> None:
    if not can_edit(user, office_id, unit_id):
        raise PermissionDenied(_("You may only read this office's PPID data."))


def ppid_offices(user, *, edit: bool = False):
    return Office.objects.filter(id__in=ppid_edit_office_ids(user) if edit else ppid_office_ids(user))


def get_request(user, pk: int, *, edit: bool = False) -> InformationRequest:
    obj = InformationRequest.objects.visible_to(user).filter(pk=pk).select_related("office", "assigned_unit").first()
    if obj is None:
        raise Http404(_("Request not found."))
    if edit:
        require_edit(user, obj.office_id, obj.assigned_unit_id)
    return obj


def get_attachment(user, pk: int) -> Attachment:
    """Personal data: only the PPID desk that may change the request (not pimpinan) opens the files."""
    obj = Attachment.objects.visible_to(user).filter(pk=pk).select_related("request__office").first()
    if obj is None:
        raise Http404(_("Attachment not found."))
    return obj


def _get(model, user, pk: int, edit: bool, label: str):
    obj = model.objects.visible_to(user).filter(pk=pk).select_related("office").first()
    if obj is None:
        raise Http404(label)
    if edit:
        require_edit(user, obj.office_id)
    return obj


def get_objection(user, pk: int, *, edit: bool = False) -> Objection:
    return _get(Objection, user, pk, edit, _("Objection not found."))


def get_dispute(user, pk: int, *, edit: bool = False) -> Dispute:
    return _get(Dispute, user, pk, edit, _("Dispute not found."))


def get_dip_entry(user, pk: int, *, edit: bool = False) -> DIPEntry:
    return _get(DIPEntry, user, pk, edit, _("DIP entry not found."))


def get_dik_entry(user, pk: int, *, edit: bool = False) -> DIKEntry:
    return _get(DIKEntry, user, pk, edit, _("DIK entry not found."))


def get_consequence_test(user, pk: int, *, edit: bool = False) -> ConsequenceTest:
    return _get(ConsequenceTest, user, pk, edit, _("Consequence test not found."))


def get_report(user, pk: int, *, edit: bool = False) -> ServiceReport:
    return _get(ServiceReport, user, pk, edit, _("Report not found."))


# --------------------------------------------------------------------------- office setup: units, calendar

# PPID Pelaksana units are set up by the office admin and by the PPID Utama (the office's PPID desk,
# which coordinates its units: ppid.md §13); the working calendar by the office admin alone.
CALENDAR_ROLES = frozenset({Role.ADMIN})


def require_setup_reader(user, office_id: int | None = None) -> None:
    """The setup pages: PPID-desk roles read; other members of the office get 403, outsiders 404."""
    if office_id is None:
        if is_ppid_staff(user):
            return
        if member_office_ids(user):
            raise PermissionDenied(_("Only the office admin and the PPID desk manage this page."))
        raise Http404(_("Page not found."))
    if office_id not in visible_office_ids(user):
        raise Http404(_("Page not found."))
    if office_id not in ppid_office_ids(user):
        raise PermissionDenied(_("Only the office admin and the PPID desk manage this page."))


def unit_office_ids(user) -> set[int]:
    """Offices whose PPID Pelaksana units the user may add, change and deactivate."""
    return ppid_edit_office_ids(user)


def calendar_office_ids(user) -> set[int]:
    return Office.objects.descendants_of(member_office_ids(user, CALENDAR_ROLES))


def get_unit(user, pk: int, *, edit: bool = False) -> Office:
    """A PPID Pelaksana unit (an office below the disposing office), checked against its parent office."""
    unit = Office.objects.filter(pk=pk, kind=OfficeKind.PPID_PELAKSANA, parent__isnull=False).first()
    if unit is None:
        raise Http404(_("Unit not found."))
    require_setup_reader(user, unit.parent_id)
    if edit and unit.parent_id not in unit_office_ids(user):
        raise PermissionDenied(_("Only the office admin and the PPID Utama manage PPID Pelaksana units."))
    return unit


def get_holiday(user, pk: int, *, edit: bool = False) -> Holiday:
    """An office's own calendar row; nationwide rows are shared by every office and not changed here."""
    holiday = Holiday.objects.filter(pk=pk).select_related("office").first()
    if holiday is None or holiday.office_id is None:
        raise Http404(_("Holiday not found."))
    require_setup_reader(user, holiday.office_id)
    if edit and holiday.office_id not in calendar_office_ids(user):
        raise PermissionDenied(_("Only the office admin changes the office's working calendar."))
    return holiday
