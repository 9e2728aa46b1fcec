from django import template

from sigap.ppid.access import is_ppid_staff as check
from sigap.ppid.access import ppid_edit_office_ids, ppid_office_ids
from sigap.ppid.actions import is_complaint_document

register = template.Library()


@register.filter
def is_ppid_staff(user) -> bool:
    """For the main menu: show the PPID link only to users with a PPID-desk role."""
    return bool(getattr(user, "is_authenticated", False)) and check(user)


@register.inclusion_tag("ppid/_from_document_button.html", takes_context=True)
def ppid_convert_button(context, document):
    """On a monitoring document page: “Jadikan permohonan informasi” for the PPID desk, complaint channel only."""
    request = context.get("request")
    user = getattr(request, "user", None)
    show = (
        bool(getattr(user, "is_authenticated", False))
        and is_complaint_document(document)
        and bool(ppid_edit_office_ids(user))
    )
    return {"show": show, "document": document}


@register.inclusion_tag("ppid/_office_setup_links.html", takes_context=True)
def ppid_office_setup_links(context, office):
    """On the office page: links to the office's PPID units and working calendar, for its PPID desk."""
    user = getattr(context.get("request"), "user", None)
    show = bool(getattr(user, "is_authenticated", False)) and office.pk in ppid_office_ids(user)
    return {"show": show, "office": office}
