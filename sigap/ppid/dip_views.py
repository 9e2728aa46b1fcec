"""PPID desk pages that keep the DIP current: the entries to update (the office and its PPID Pelaksana
units in one list for the PPID Utama), an entry's document, and "still current"."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sigap.core.access import member_office_ids, visible_office_ids

from . import access
from .dip import DIPDocumentForm, attach_document, mark_current, needing_update
from .models import DIPEntry


def _require_reader(user, office_id: int | None) -> None:
    """PPID-desk roles read. Like the setup pages: another office's list is 404, a member of the office
    without a PPID-desk role gets 403 (they know the page exists)."""
    if office_id is not None and office_id not in visible_office_ids(user):
        raise Http404(_("Page not found."))
    if office_id is None and access.is_ppid_staff(user) or office_id in access.ppid_office_ids(user):
        return
    if member_office_ids(user):
        raise PermissionDenied(_("Only the PPID desk keeps the information list current."))
    raise Http404(_("Page not found."))


@login_required
def review_list(request):
    """The PPID Utama's one list: its own entries and its PPID Pelaksana units', by office (``?kantor=``)."""
    selected = request.GET.get("kantor", "")
    office_id = int(selected) if selected.isdigit() else None
    _require_reader(request.user, office_id)
    entries = DIPEntry.objects.visible_to(request.user).select_related("office")
    if office_id is not None:
        entries = entries.filter(office_id=office_id)
    groups: dict = {}
    for entry in needing_update(entries):
        groups.setdefault(entry.office, []).append(entry)
    return render(
        request,
        "ppid/dip_review.html",
        {
            "groups": list(groups.items()),
            "offices": access.ppid_offices(request.user).order_by("name"),
            "selected": selected,
            "edit_ids": access.ppid_edit_office_ids(request.user),
        },
    )


@login_required
def document_edit(request, pk: int):
    access.require_ppid(request.user)
    entry = access.get_dip_entry(request.user, pk, edit=True)
    form = DIPDocumentForm(entry, request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        attach_document(request.user, entry, form.cleaned_data["document"], form.content_type)
        messages.success(request, _("Document saved; the entry counts as updated today."))
        return redirect("ppid:dip_list")
    return render(request, "ppid/dip_document.html", {"form": form, "entry": entry, "max_mb": form.max_mb})


@login_required
def document_download(request, pk: int):
    access.require_ppid(request.user)
    entry = access.get_dip_entry(request.user, pk)
    if not entry.document:
        raise Http404(_("This entry has no document."))
    response = FileResponse(entry.document.open("rb"), content_type=entry.document_content_type)
    response["Content-Disposition"] = f'attachment; filename="dip-{entry.pk}.{entry.document_extension}"'
    response["Cache-Control"] = "private, no-store"  # the entry may not be published yet
    return response


@login_required
@require_POST
def still_current(request, pk: int):
    access.require_ppid(request.user)
    entry = access.get_dip_entry(request.user, pk, edit=True)
    mark_current(request.user, entry)
    messages.success(request, _("Marked as still current today."))
    return redirect(reverse("ppid:dip_review"))
