"""The officer's page to publish an answered request in the open archive (ppid/archive.py writes)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sigap.core.access import visible_office_ids

from . import access, archive
from .models import ArchiveEntry, DIPCategory, InformationRequest, TransitionError


class ArchiveForm(forms.Form):
    question = forms.CharField(
        label=gettext_lazy("Question (as published)"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000
    )
    answer = forms.CharField(
        label=gettext_lazy("Answer (as published)"), widget=forms.Textarea(attrs={"rows": 8}), max_length=20000
    )
    category = forms.ChoiceField(label=gettext_lazy("Category of information"), choices=DIPCategory.choices)


def _get(user, pk: int) -> InformationRequest:
    """The office's PPID desk publishes. Outside the office: 404; other members (analyst, pimpinan): 403."""
    req = InformationRequest.objects.filter(pk=pk).select_related("office").first()
    if req is None or req.office_id not in visible_office_ids(user) | access.ppid_office_ids(user):
        raise Http404(_("Request not found."))
    if req.office_id not in access.ppid_edit_office_ids(user):
        raise PermissionDenied(_("Only the PPID desk of the office publishes requests."))
    return req


@login_required
def archive_edit(request, pk: int):
    req = _get(request.user, pk)
    entry = ArchiveEntry.objects.filter(request=req).first()
    if request.method == "POST":
        return _post(request, req)
    refused = archive.refusal(req)
    if refused:
        messages.error(request, refused)
        return redirect("ppid:request_detail", pk=req.pk)
    if entry is not None:
        initial = {"question": entry.question, "answer": entry.answer, "category": entry.category}
    else:
        initial = {**archive.draft(req), "category": DIPCategory.SETIAP_SAAT}
    return render(request, "ppid/archive_form.html", {"req": req, "entry": entry, "form": ArchiveForm(initial=initial)})


def _post(request, req: InformationRequest):
    try:
        if request.POST.get("action") == "unpublish":
            archive.unpublish(request.user, req)
            messages.success(request, _("Removed from the public archive."))
            return redirect("ppid:request_detail", pk=req.pk)
        form = ArchiveForm(request.POST)
        if not form.is_valid():
            entry = ArchiveEntry.objects.filter(request=req).first()
            return render(request, "ppid/archive_form.html", {"req": req, "entry": entry, "form": form})
        entry = archive.publish(request.user, req, **form.cleaned_data)
    except TransitionError as exc:
        for message in exc.messages:
            messages.error(request, message)
        return redirect("ppid:request_detail", pk=req.pk)
    messages.success(request, _("Published in the public archive. Personal data was removed from the text."))
    return redirect("ppid:archive_edit", pk=req.pk)
