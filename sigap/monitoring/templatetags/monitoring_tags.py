from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()


@register.inclusion_tag("monitoring/_office_links.html")
def office_monitoring_links(office):
    """On the office page: the office's monitoring pages (readable by every member)."""
    return {"office": office}


#: The languages the text pipeline tells apart (sigap.text.lang), named for the reader.
LANGUAGE_NAMES = {
    "id": _("Indonesian"),
    "en": _("English"),
    "jv": _("Javanese"),
    "su": _("Sundanese"),
    "und": _("not determined"),
}


@register.filter
def language_name(code: str) -> str:
    """A language code as a word ("jv" → "Jawa"); an unknown code is shown as it is."""
    return str(LANGUAGE_NAMES.get((code or "").lower(), code))
