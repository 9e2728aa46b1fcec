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
