"""PPID desk pages for the DIP and DIK lists and consequence tests."""

from __future__ import annotations

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from . import access
from .forms import ConsequenceTestForm, DIKEntryForm, DIPEntryForm
from .models import ConsequenceTest, DIKEntry, DIPEntry
from .views import _edit, _ppid


@_ppid
def dip_list(request):
    entries = DIPEntry.objects.visible_to(request.user).select_related("office")
    return render(
        request, "ppid/dip_list.html", {"entries": entries, "can_edit": bool(access.ppid_edit_office_ids(request.user))}
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
