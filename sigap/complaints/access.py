"""The one way views fetch complaints: office isolation, the complaint desk and the unit enforced here.

A complaint holds personal data, so only the complaint desk (admin, ppid) of the office or of an
office above it reads it; pimpinan reads but never changes; a unit (OPD) sees what was disposed
to it, without an anonymous reporter's identity. Another member of the office (an analyst) gets
403: the module exists for the office, not for that role. Everyone else gets 404.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from sigap.core.access import member_office_ids, visible_office_ids
from sigap.core.models import Office, Role

from .models import EDIT_ROLES, READ_ROLES, UNIT_ROLES, Complaint, ComplaintPolicy


def complaint_office_ids(user) -> set[int]:
    """Offices whose complaints the user may read as the desk: where they hold a desk role, and below."""
    cached = getattr(user, "_sigap_complaint_offices", None)
    if cached is None:
        cached = Office.objects.descendants_of(member_office_ids(user, READ_ROLES))
        if getattr(user, "is_authenticated", False):
            user._sigap_complaint_offices = cached
    return cached


def complaint_edit_office_ids(user) -> set[int]:
    return Office.objects.descendants_of(member_office_ids(user, EDIT_ROLES))


def is_complaint_staff(user) -> bool:
    return bool(complaint_office_ids(user))


def require_staff(user) -> None:
    """Any complaint page: 403 for a member of an office without a desk role, 404 for everyone else."""
    if is_complaint_staff(user):
        return
    if member_office_ids(user):
        raise PermissionDenied(_("Only the complaint desk and leadership of the office open complaints."))
    raise Http404(_("Page not found."))


def policy_edit_office_ids(user) -> set[int]:
    """Offices whose complaint rules the user may change: where they are admin, and below."""
    return Office.objects.descendants_of(member_office_ids(user, {Role.ADMIN}))


def require_policy_reader(user, office_id: int | None = None) -> None:
    """The rules page: the desk and leadership read; other members of the office 403, outsiders 404."""
    if office_id is None:
        require_staff(user)
        return
    if office_id not in visible_office_ids(user):
        raise Http404(_("Page not found."))
    if office_id not in complaint_office_ids(user):
        raise PermissionDenied(_("Only the complaint desk and leadership of the office open complaints."))


def is_desk(user, complaint: Complaint) -> bool:
    """The office's complaint desk (or an office above): verifies, disposes, closes."""
    return complaint.office_id in complaint_edit_office_ids(user)


def is_unit(user, complaint: Complaint) -> bool:
    """An officer of the unit the complaint was disposed to (admin penghubung)."""
    return complaint.assigned_unit_id is not None and complaint.assigned_unit_id in member_office_ids(user, UNIT_ROLES)


def sees_reporter(user, complaint: Complaint) -> bool:
    """Whether the page may show who complained: the desk always, the unit unless the reporter is anonymous."""
    if complaint.office_id in complaint_office_ids(user):
        return True
    return not (complaint.anonymous and ComplaintPolicy.for_office(complaint.office).hide_anonymous_from_unit)


def get_complaint(user, pk: int, *, edit: bool = False) -> Complaint:
    obj = Complaint.objects.visible_to(user).filter(pk=pk).select_related("office", "assigned_unit").first()
    if obj is None:
        if Complaint.objects.filter(pk=pk, office_id__in=visible_office_ids(user)).exists():
            require_staff(user)  # a member of the office without a desk role: 403
        raise Http404(_("Complaint not found."))
    if edit and not (is_desk(user, obj) or is_unit(user, obj)):
        raise PermissionDenied(_("You may only read this office's complaints."))
    return obj


def units_for(office: Office):
    """The units (OPD) a complaint of ``office`` may be disposed to: the offices directly below it."""
    return Office.objects.filter(parent=office).order_by("name")
