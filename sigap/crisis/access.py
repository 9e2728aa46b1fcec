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


# --------------------------------------------------------------------------- preparedness library

#: Who keeps the office's playbooks, templates and channels: the admin and the crisis team
#: (the crisis lead comes from it). Analysts use them in a crisis but do not change them.
LIBRARY_EDITOR_ROLES = frozenset({Role.ADMIN, Role.TIM_KRISIS})


def library_office_ids(user) -> set[int]:
    return Office.objects.descendants_of(member_office_ids(user, LIBRARY_EDITOR_ROLES))


def require_library_editor(user) -> set[int]:
    """The offices whose library the user keeps; 404 outside any office, 403 for a role that only reads."""
    if not visible_office_ids(user):
        raise Http404
    ids = library_office_ids(user)
    if not ids:
        raise PermissionDenied(_("Only the office admin and the crisis team change playbooks, templates and channels."))
    return ids


def get_library_item(user, model, pk: int, *, edit: bool = False):
    """A playbook or template: 404 when the user's offices do not see it; for ``edit``, 403 on the
    national library (read-only: copy it) and for roles that only read."""
    item = model.objects.visible_to(user).filter(pk=pk).select_related("office").first()
    if item is None:
        raise Http404
    if edit:
        if item.office_id is None:
            raise PermissionDenied(_("The national library is read-only. Copy it to your office to change it."))
        if item.office_id not in library_office_ids(user):
            raise PermissionDenied(
                _("Only the office admin and the crisis team change playbooks, templates and channels.")
            )
    return item


def get_channel(user, pk: int):
    from .models import PublishChannel

    channel = PublishChannel.objects.visible_to(user).filter(pk=pk).select_related("office").first()
    if channel is None:
        raise Http404
    if channel.office_id not in library_office_ids(user):
        raise PermissionDenied(_("Only the office admin and the crisis team change playbooks, templates and channels."))
    return channel
