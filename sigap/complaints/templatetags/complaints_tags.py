from django import template

from ..access import is_complaint_staff as _is_staff

register = template.Library()


@register.filter
def is_complaint_staff(user) -> bool:
    """The staff menu shows "Pengaduan" to the complaint desk and leadership."""
    return _is_staff(user)
