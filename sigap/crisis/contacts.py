"""The office's crisis contact list (partner agencies, media, internal, community): a page of its
own, so officers never need Django's admin. Crisis editors of an office (and the offices above
it) keep it; everyone else gets 404."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import actions
from .access import editable_office_ids
from .forms import ContactForm
from .models import Contact


def _offices(user) -> set[int]:
    ids = editable_office_ids(user)
    if not ids:
        raise Http404
    return ids


@login_required
def contact_list(request):
    offices = _offices(request.user)
    form = ContactForm(request.POST or None, offices=offices)
    if request.method == "POST" and form.is_valid():
        contact = actions.add_contact(form, actor=request.user)
        messages.success(request, _("Contact %(name)s added.") % {"name": contact.name})
        return redirect("crisis:contacts")
    contacts = Contact.objects.editable_by(request.user).select_related("office")
    return render(
        request, "crisis/contacts.html", {"form": form, "contacts": contacts}, status=400 if form.errors else 200
    )


@login_required
@require_POST
def contact_remove(request, contact_id: int):
    contact = get_object_or_404(Contact.objects.editable_by(request.user), pk=contact_id)
    actions.remove_contact(contact, actor=request.user)
    messages.success(request, _("Contact %(name)s removed.") % {"name": contact.name})
    return redirect("crisis:contacts")
