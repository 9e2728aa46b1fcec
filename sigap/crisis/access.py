"""Who may see and change a crisis. Every crisis view goes through these helpers.

- Read: members of the crisis's office and the offices above it, and members of an invited
  partner office (partners see only the shared part: facts, key messages, statements).
- Edit: admin, tim_krisis and analis of the office (or above).
- Approve: a team member with the approver role for this crisis, or pimpinan/admin of the office.
- Co-sign (partners): pimpinan/admin of an invited partner office, the same APPROVER_ROLES, since a
  co-signature commits that office just as an approval commits the crisis's own office.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext as _

from sigap.core.access import member_office_ids, visible_office_ids
from sigap.core.models import Office, Role

from .models import Crisis

CRISIS_EDITOR_ROLES = frozenset({Role.ADMIN, Role.TIM_KRISIS, Role.ANALIS})
APPROVER_ROLES = frozenset({Role.ADMIN, Role.PIMPINAN})


def visible_crisis_q(user) -> Q:
    return Q(office_id__in=visible_office_ids(user)) | Q(partner_links__office_id__in=member_office_ids(user))


def editable_office_ids(user) -> set[int]:
    return Office.objects.descendants_of(member_office_ids(user, CRISIS_EDITOR_ROLES))


def can_edit(user, crisis) -> bool:
    return crisis.office_id in editable_office_ids(user)


def is_partner(user, crisis) -> bool:
    """Reads the crisis only as an invited partner office."""
    if crisis.office_id in visible_office_ids(user):
        return False
    return crisis.partner_links.filter(office_id__in=member_office_ids(user)).exists()


def partner_office_ids(user, crisis) -> set[int]:
    return set(crisis.partner_links.filter(office_id__in=member_office_ids(user)).values_list("office_id", flat=True))


def cosign_office_ids(user, crisis) -> set[int]:
    """Invited partner offices on whose behalf the user may co-sign (not PPID, analysts, …)."""
    return set(
        crisis.partner_links.filter(office_id__in=member_office_ids(user, APPROVER_ROLES)).values_list(
            "office_id", flat=True
        )
    )


def can_approve(user, crisis) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if crisis.team.filter(user=user, role="approver").exists():
        return True
    return crisis.office_id in Office.objects.descendants_of(member_office_ids(user, APPROVER_ROLES))


def get_crisis(user, pk: int, *, edit: bool = False, internal: bool = True):
    crisis = Crisis.objects.visible_to(user).filter(pk=pk).select_related("office", "issue", "playbook").first()
    if crisis is None:
        raise Http404(_("Crisis not found."))
    crisis.partner_view = is_partner(user, crisis)
    if internal and crisis.partner_view:
        raise Http404(_("Crisis not found."))
    if edit and not can_edit(user, crisis):
        raise PermissionDenied(_("You may not change this crisis."))
    return crisis


def crisis_offices(user):
    return Office.objects.filter(id__in=editable_office_ids(user))
