"""The one way views and the API fetch PPID objects: office isolation and the PPID role enforced here.

PPID data holds personal data (NIK, addresses, KTP scans), so only the PPID desk (role ``ppid``
or ``admin``) of the office, or of an office above it, sees it; ``pimpinan`` reads but never
changes; a PPID Pelaksana unit sees the requests disposed to it. Everyone else gets 404.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from sigap.core.access import member_office_ids
from sigap.core.models import Office

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
