"""PPID desk pages for the DIP and DIK lists and consequence tests."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from . import access
from .forms import ConsequenceTestForm, DIKEntryForm, DIPEntryForm
from .models import ConsequenceTest, DIKEntry, DIPEntry
from .views import _edit, _ppid


@_ppid
def dip_list(request):
    """All entries the desk reads: a PPID Utama sees its PPID Pelaksana units' entries too, by office
    (``?kantor=``: one office or unit; another tree's office is 404, its drafts are never listed)."""
    selected = request.GET.get("kantor", "")
    entries = DIPEntry.objects.visible_to(request.user).select_related("office")
    if selected:
        if not selected.isdigit() or int(selected) not in access.ppid_office_ids(request.user):
            raise Http404(_("Page not found."))
        entries = entries.filter(office_id=int(selected))
    offices = access.ppid_offices(request.user).order_by("name")
    return render(
        request,
        "ppid/dip_list.html",
        {
            "entries": entries.order_by("office__name", "category", "id"),
            "can_edit": bool(access.ppid_edit_office_ids(request.user)),
            "offices": offices,
            "selected": selected,
            "show_office": len(offices) > 1 and not selected,
        },
    )


@_ppid
def dik_list(request):
    return render(
        request,
        "ppid/dik_list.html",
        {
            "entries": DIKEntry.objects.visible_to(request.user).select_related("office", "consequence_test"),
            "tests": ConsequenceTest.objects.visible_to(request.user).select_related("office"),
            "can_edit": bool(access.ppid_edit_office_ids(request.user)),
        },
    )


@_ppid
def dip_edit(request, pk: int | None = None):

    return _edit(request, DIPEntryForm, access.get_dip_entry, pk, _("DIP entry"), reverse("ppid:dip_list"), "dip_entry")


@_ppid
def dik_edit(request, pk: int | None = None):

    return _edit(request, DIKEntryForm, access.get_dik_entry, pk, _("DIK entry"), reverse("ppid:dik_list"), "dik_entry")


@_ppid
def consequence_test_edit(request, pk: int | None = None):

    return _edit(
        request,
        ConsequenceTestForm,
        access.get_consequence_test,
        pk,
        _("Consequence test"),
        reverse("ppid:dik_list"),
        "consequence_test",
    )
