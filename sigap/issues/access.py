"""The one way views fetch issues and policies: office isolation and roles enforced here."""

from __future__ import annotations

from django.http import Http404
from django.utils.translation import gettext as _

from sigap.core.access import require_editor, visible_office_ids

from .models import EscalationPolicy, Issue


def get_issue(user, pk: int, *, edit: bool = False) -> Issue:
    issue = Issue.objects.visible_to(user).filter(pk=pk).select_related("office", "watchlist", "merged_into").first()
    if issue is None:
        raise Http404(_("Issue not found."))
    if edit:
        require_editor(user, issue.office_id)
    return issue


def get_policy(user, office_id: int, *, edit: bool = False) -> EscalationPolicy:
    if office_id not in visible_office_ids(user):
        raise Http404(_("Office not found."))
    if edit:
        require_editor(user, office_id)
    return EscalationPolicy.for_office(office_id)
