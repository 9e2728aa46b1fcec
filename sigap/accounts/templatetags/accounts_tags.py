from django import template

from sigap.core.access import member_office_ids
from sigap.core.models import Role

register = template.Library()


@register.inclusion_tag("accounts/_office_admin_links.html", takes_context=True)
def office_admin_links(context, office):
    """On the office page: links to the office's users and sign-in rules, for its own admins."""
    user = getattr(context.get("request"), "user", None)
    show = bool(getattr(user, "is_authenticated", False)) and office.pk in member_office_ids(user, {Role.ADMIN})
    return {"show": show, "office": office}
