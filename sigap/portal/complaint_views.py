"""Public complaint pages: the form under /layanan/<slug>/pengaduan/ and tracking by ID.

Included from portal/urls.py. Nothing personal is ever rendered here, and the content of a
confidential (rahasia) complaint neither: the tracking page shows its progress only.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from sigap.complaints.actions import create_complaint, reopen
from sigap.complaints.forms import ComplaintFieldsForm, ReopenForm, TrackForm
from sigap.complaints.models import Channel, Complaint
from sigap.complaints.workflow import Status
from sigap.core.models import Office
from sigap.core.transitions import TransitionError

from . import abuse
from .forms import HumanCheckMixin
from .views import too_many_message


class PublicComplaintForm(HumanCheckMixin, ComplaintFieldsForm):
    token = forms.CharField(widget=forms.HiddenInput, max_length=64)

    def __init__(self, *args, **kwargs):
        import uuid

        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.fields["token"].initial = uuid.uuid4().hex

    def clean(self):
        cleaned = super().clean()
        self.check_human()
        return cleaned


@never_cache
def complaint_form(request, slug: str):
    office = get_object_or_404(Office, slug=slug)
    form = PublicComplaintForm(request.POST or None)
    if request.method == "POST":
        token = request.POST.get("token", "")
        existing = Complaint.objects.filter(idempotency_key=token).first() if token else None
        if existing is not None:  # a double submit: show the complaint the first submit created
            return redirect("portal:complaint_track", code=existing.tracking_code)
        ip = abuse.client_ip(request)
        if not abuse.allowed(abuse.SUBMISSION, ip):
            form.is_valid()  # keeps what was typed; nothing is stored
            form.add_error(None, too_many_message())
            return render(request, "complaints/public_form.html", {"form": form, "office": office}, status=429)
        if form.is_valid():
            data = {k: v for k, v in form.cleaned_data.items() if k in ComplaintFieldsForm.Meta.fields}
            complaint, _created = create_complaint(
                office, data, channel=Channel.PORTAL, idempotency_key=form.cleaned_data["token"]
            )
            abuse.record(abuse.SUBMISSION, ip)
            messages.success(
                request,
                _("Your complaint has been received. Keep this tracking ID: %(code)s")
                % {"code": complaint.tracking_code},
            )
            return redirect("portal:complaint_track", code=complaint.tracking_code)
    return render(request, "complaints/public_form.html", {"form": form, "office": office})


def _by_code(code: str) -> Complaint:
    c = Complaint.objects.filter(tracking_code=code.strip().upper()).select_related("office", "assigned_unit").first()
    if c is None:
        raise Http404(_("No complaint has this tracking ID."))
    return c


def complaint_track(request):
    form = TrackForm(request.GET or None)
    if form.is_valid():
        code = form.cleaned_data["code"].strip().upper()
        if Complaint.objects.filter(tracking_code=code).exists():
            return redirect("portal:complaint_track", code=code)
        form.add_error("code", _("No complaint has this tracking ID. Check it on your receipt."))
    return render(request, "complaints/public_track.html", {"form": form})


def _track_context(c: Complaint, **extra) -> dict:
    can_reopen = c.status in (Status.FOLLOWED_UP, Status.RESOLVED)
    return {
        "c": c,
        "reopen_form": ReopenForm(initial={"seen": c.status}) if can_reopen else None,
        "Status": Status,
        **extra,
    }


@never_cache
def complaint_track_detail(request, code: str):
    return render(request, "complaints/public_track_detail.html", _track_context(_by_code(code)))


@never_cache
@require_POST
def complaint_reopen(request, code: str):
    """ "Belum selesai": the reporter, who holds the tracking ID, sends it back to the unit."""
    c = _by_code(code)
    ip = abuse.client_ip(request)
    if not abuse.take(abuse.SUBMISSION, ip):
        messages.error(request, too_many_message())
        return redirect("portal:complaint_track", code=c.tracking_code)
    form = ReopenForm(request.POST)
    if not form.is_valid():
        return render(request, "complaints/public_track_detail.html", _track_context(c, reopen_form=form), status=400)
    try:
        reopen(c, form.cleaned_data["reason"], seen=form.cleaned_data["seen"])
        messages.success(request, _("Thank you. The complaint has been sent back to the unit for further follow-up."))
    except TransitionError as exc:
        for message in exc.messages:
            messages.error(request, message)
    return redirect("portal:complaint_track", code=c.tracking_code)


urlpatterns = [
    path("pengaduan/lacak/", complaint_track, name="complaint_track_form"),
    path("pengaduan/lacak/<str:code>/", complaint_track_detail, name="complaint_track"),
    path("pengaduan/lacak/<str:code>/belum-selesai/", complaint_reopen, name="complaint_reopen"),
    path("<slug:slug>/pengaduan/", complaint_form, name="complaint_form"),
]
