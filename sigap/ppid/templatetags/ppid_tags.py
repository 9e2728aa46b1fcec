from django import template

register = template.Library()


@register.filter
def is_ppid_staff(user) -> bool:
    """For the main menu: show the PPID link only to users with a PPID-desk role."""
    from sigap.ppid.access import is_ppid_staff as check

    return bool(getattr(user, "is_authenticated", False)) and check(user)
