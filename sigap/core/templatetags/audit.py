"""``{% load audit %}``: an audit row in words (sigap/core/audit_labels.py)."""

from django import template

from sigap.core import audit_labels

register = template.Library()


@register.filter
def action_label(event) -> str:
    """``{{ e|action_label }}``: "Permohonan diperpanjang", never the code."""
    return audit_labels.action_label(event.action)


@register.filter
def from_state_label(event) -> str:
    return audit_labels.state_label(event, event.from_state)


@register.filter
def to_state_label(event) -> str:
    return audit_labels.state_label(event, event.to_state)


@register.filter
def person(user) -> str:
    """``{{ e.actor|person }}``: who acted, by name as colleagues know them; the username only when no name is set."""
    if user is None or user == "":
        return ""
    if not hasattr(user, "get_full_name"):
        return str(user)
    return user.get_full_name() or user.get_username()
