from django import template

from sigap.core.access import member_office_ids

register = template.Library()


@register.filter
def has_office(user) -> bool:
    """For the main menu: the daily brief is only for members of an office (it 404s for anyone else)."""
    return bool(getattr(user, "is_authenticated", False)) and bool(member_office_ids(user))
