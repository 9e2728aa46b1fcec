"""Who may see and change what. Every view and API endpoint goes through these helpers."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404
from django.utils.translation import gettext as _

from .models import EDITOR_ROLES, Membership, Office, Role


def member_office_ids(user, roles=None) -> set[int]:
    if not getattr(user, "is_authenticated", False):
        return set()
    memberships = Membership.objects.filter(user=user)
    if roles is not None:
        memberships = memberships.filter(role__in=roles)
    return set(memberships.values_list("office_id", flat=True))


def visible_office_ids(user) -> set[int]:
    """Offices whose private data the user may read: their own and every office below them."""
    if getattr(user, "_sigap_visible_offices", None) is None:
        user._sigap_visible_offices = Office.objects.descendants_of(member_office_ids(user))
    return user._sigap_visible_offices


def editable_office_ids(user) -> set[int]:
    """Offices where the user may change monitoring data (admin or analis), and their sub-offices."""
    return Office.objects.descendants_of(member_office_ids(user, EDITOR_ROLES))


def require_editor(user, office_id: int) -> None:
    if office_id not in editable_office_ids(user):
        raise PermissionDenied(_("You may not change this office's data."))


def visible_offices(user):
    return Office.objects.filter(id__in=visible_office_ids(user))


def get_office_for_admin(user, pk) -> Office:
    """The office ``pk`` for a page only its own admins may use: 404 when the user cannot see the
    office at all (it stays unknown to them), 403 when they can but are not its admin."""
    office = visible_offices(user).filter(pk=pk).first()
    if office is None:
        raise Http404
    if office.pk not in member_office_ids(user, {Role.ADMIN}):
        raise PermissionDenied(_("Only this office's admins may open this page."))
    return office


def editable_offices(user):
    return Office.objects.filter(id__in=editable_office_ids(user))


class OfficeOwnedQuerySet(models.QuerySet):
    """Rows that belong to one office (its ``office`` field): the default manager of such models,
    so views and the API ask ``Model.objects.visible_to(user)`` instead of filtering by hand."""

    def visible_to(self, user):
        return self.filter(office_id__in=visible_office_ids(user))

    def editable_by(self, user):
        return self.filter(office_id__in=editable_office_ids(user))
