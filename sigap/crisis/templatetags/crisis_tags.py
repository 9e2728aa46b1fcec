from django import template

from sigap.crisis.access import editable_office_ids

register = template.Library()


@register.filter
def may_declare_crisis(user, office_id) -> bool:
    """For the issue page's "Buka krisis" button: admin, tim_krisis or analis of the office (or above)."""
    return bool(getattr(user, "is_authenticated", False)) and office_id in editable_office_ids(user)
