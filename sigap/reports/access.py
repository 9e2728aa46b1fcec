"""The one way views fetch an office's brief schedule: office isolation and roles enforced here."""

from __future__ import annotations

from django.http import Http404
from django.utils.translation import gettext as _

from sigap.core.access import require_editor, visible_office_ids

from .models import BriefSchedule


def get_schedule(user, office_id: int, *, edit: bool = False) -> BriefSchedule:
    """Reading returns the saved schedule or an unsaved default; editing (admin, analis) creates it."""
    if office_id not in visible_office_ids(user):
        raise Http404(_("Office not found."))
    if edit:
        require_editor(user, office_id)
        return BriefSchedule.for_office(office_id)
    return BriefSchedule.objects.filter(office_id=office_id).first() or BriefSchedule(office_id=office_id)
