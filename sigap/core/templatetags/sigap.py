from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """{{ counts|get_item:key }} — look up a dict entry whose key is a variable."""
    return mapping.get(key) if hasattr(mapping, "get") else None
