"""The PPID desk reads the requesters' satisfaction answers (IKM): scores and free-text comments.

Only the desk of the office (and of the offices above it) reads them; pimpinan reads too. The page shows
the request's tracking code so the desk can look the request up, never the requester's name, NIK or
contact: the public statistics page shows only the index (sigap/portal/statistics_views.py).
"""

from __future__ import annotations

from datetime import date

from django import forms
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sigap.core.models import Office

from . import access, ikm
from .forms import DATE
from .models import IKM_ELEMENTS, SatisfactionResponse
from .views import _ppid


class IKMFilterForm(forms.Form):
    office = forms.ModelChoiceField(
        label=gettext_lazy("Office"),
        required=False,
        queryset=Office.objects.none(),
        empty_label=gettext_lazy("All offices"),
    )
    start = forms.DateField(label=gettext_lazy("From"), required=False, widget=DATE)
    end = forms.DateField(label=gettext_lazy("To"), required=False, widget=DATE)
    with_comment = forms.BooleanField(label=gettext_lazy("Only answers with a comment"), required=False)

    def __init__(self, offices, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = offices


@_ppid
def comments(request):
    offices = access.ppid_offices(request.user).order_by("name")
    today = timezone.localdate()
    # Default period: the current year, as the annual report (Perki 1/2021 Pasal 56).
    initial = {"start": date(today.year, 1, 1), "end": today}
    form = IKMFilterForm(offices, request.GET or None, initial=initial)
    if request.GET and not form.is_valid() and "office" in form.errors:
        raise Http404(_("Page not found."))  # another tree's office: not even its name
    data = form.cleaned_data if form.is_bound and form.is_valid() else {}
    start, end = data.get("start") or initial["start"], data.get("end") or initial["end"]
    office_ids = {data["office"].pk} if data.get("office") else set(access.ppid_office_ids(request.user))
    rows = (
        SatisfactionResponse.objects.filter(
            office_id__in=office_ids, submitted_at__date__gte=start, submitted_at__date__lte=end
        )
        .select_related("request", "office")
        .order_by("-submitted_at", "-id")
    )
    if data.get("with_comment"):
        rows = rows.exclude(comment="")
    return render(
        request,
        "ppid/ikm_comments.html",
        {
            "form": form,
            "rows": rows,
            "elements": [(key, label) for key, label in IKM_ELEMENTS],
            "summary": ikm.summarise(office_ids, start, end),
            "start": start,
            "end": end,
            "show_office": len(office_ids) > 1,
        },
    )
