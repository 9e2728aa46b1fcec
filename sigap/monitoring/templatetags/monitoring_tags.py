from django import template

register = template.Library()


@register.inclusion_tag("monitoring/_office_links.html")
def office_monitoring_links(office):
    """On the office page: the office's monitoring pages (readable by every member)."""
    return {"office": office}
