"""The one way views fetch alert rules, notifications and deliveries.

Office-wide rules and their deliveries are visible to the office (and the offices above it);
a person's own rule and its deliveries only to that person. Office-wide rules are changed by
editors (admin, analis); a personal rule by its owner only.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from sigap.core.access import (
    editable_office_ids,
    member_office_ids,
    require_editor,
)
from sigap.core.models import Office

from .models import AlertRule, Delivery, Notification


def rules_for(user):
    return AlertRule.objects.visible_to(user).select_related("office", "owner", "watchlist")


def deliveries_for(user):
    return Delivery.objects.visible_to(user).select_related("office", "rule")


def notifications_for(user):
    return Notification.objects.filter(user=user).select_related("alert", "alert__office")


def can_edit_rule(user, rule: AlertRule) -> bool:
    if rule.is_personal:
        return rule.owner_id == user.pk and rule.office_id in member_office_ids(user)
    return rule.office_id in editable_office_ids(user)


def require_rule_editor(user, rule: AlertRule) -> None:
    if rule.is_personal:
        if not can_edit_rule(user, rule):
            raise PermissionDenied(_("Only the owner may change a personal alert rule."))
    else:
        require_editor(user, rule.office_id)


def get_rule(user, pk: int, *, edit: bool = False) -> AlertRule:
    rule = rules_for(user).filter(pk=pk).first()
    if rule is None:
        raise Http404(_("Alert rule not found."))
    if edit:
        require_rule_editor(user, rule)
    return rule


def get_delivery(user, pk: int, *, edit: bool = False) -> Delivery:
    delivery = deliveries_for(user).filter(pk=pk).first()
    if delivery is None:
        raise Http404(_("Delivery not found."))
    if edit:
        if delivery.owner_id is not None:
            if delivery.owner_id != user.pk:
                raise PermissionDenied(_("Only the owner may change a personal alert rule."))
        else:
            require_editor(user, delivery.office_id)
    return delivery


def get_notification(user, pk: int) -> Notification:
    notification = notifications_for(user).filter(pk=pk).first()
    if notification is None:
        raise Http404(_("Notification not found."))
    return notification


def rule_offices(user):
    """Offices where the user may create a rule: any office they belong to (a personal rule);
    office-wide rules additionally need an editor role there (checked on save)."""
    return Office.objects.filter(id__in=member_office_ids(user) | editable_office_ids(user))
