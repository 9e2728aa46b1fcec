"""Public pages: request information, track it, object and the deadline calculator (the DIP: dip_views).

Nothing personal (NIK, address, telephone, e-mail, KTP scans) is ever rendered on these pages.
"""

from __future__ import annotations

from typing import cast

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from sigap.core.models import Office
from sigap.lib.workdays import CalendarRangeError
from sigap.ppid.actions import create_request, file_objection
from sigap.ppid.calendar import public_deadline
from sigap.ppid.models import Channel, InformationRequest, Regulation

from . import abuse, tracking
from .follow_views import FollowForm
from .forms import CalculatorForm, PublicObjectionForm, PublicRequestForm, TrackForm


def index(request):
    return render(request, "portal/index.html", {"offices": Office.objects.all(), "track_form": TrackForm()})


@never_cache
def request_form(request, slug: str):
    office = get_object_or_404(Office, slug=slug)
    max_mb = Regulation.for_office(office).attachment_max_mb
    form = PublicRequestForm(request.POST or None, request.FILES or None, max_mb=max_mb)
    if request.method == "POST":
        token = request.POST.get("token", "")
        existing = InformationRequest.objects.filter(idempotency_key=token).first() if token else None
        if existing is not None:  # a double submit: show the request the first submit created
            return redirect("portal:submitted", code=existing.tracking_code)
        ip = abuse.client_ip(request)
        if not abuse.allowed(abuse.SUBMISSION, ip):
            form.is_valid()  # keeps what was typed on the page; nothing is stored
            form.add_error(None, too_many_message())
            return render(
                request, "portal/request_form.html", {"form": form, "office": office, "max_mb": max_mb}, status=429
            )
        if form.is_valid():
            # Meta.fields is set; django-stubs types ModelForm._meta as a generic instance variable.
            data = {
                k: v
                for k, v in form.cleaned_data.items()
                if k in cast("list[str]", PublicRequestForm._meta.fields)  # type: ignore[misc]
            }
            data["channel"] = Channel.PORTAL
            # The receipt goes to an address the requester typed: cap it so the portal cannot be
            # used to flood someone else's mailbox. The request itself is still stored.
            receipt = not data.get("email") or abuse.take(abuse.RECEIPT, data["email"])
            req, _created = create_request(
                office, data, files=form.files_clean, idempotency_key=form.cleaned_data["token"], send_receipt=receipt
            )
            abuse.record(abuse.SUBMISSION, ip)
            if not receipt:
                request.session[RECEIPT_WITHHELD] = req.tracking_code
            return redirect("portal:submitted", code=req.tracking_code)
    return render(request, "portal/request_form.html", {"form": form, "office": office, "max_mb": max_mb})


RECEIPT_WITHHELD = "portal_receipt_withheld"


def too_many_message() -> str:
    return _(
        "Too many submissions from your network in the last 10 minutes. Nothing was stored; "
        "please try again later or contact the PPID desk."
    )


def _by_code(code: str) -> InformationRequest:
    req = InformationRequest.objects.filter(tracking_code=code.strip().upper()).select_related("office").first()
    if req is None:
        raise Http404(_("No request has this tracking code."))
    return req


@never_cache
def submitted(request, code: str):
    req = _by_code(code)
    withheld = request.session.get(RECEIPT_WITHHELD) == req.tracking_code
    return render(request, "portal/submitted.html", {"req": req, "receipt_withheld": withheld})


def track(request):
    form = TrackForm(request.GET or None)
    if form.is_valid():
        code = form.cleaned_data["code"].strip().upper()
        if InformationRequest.objects.filter(tracking_code=code).exists():
            return redirect("portal:track_detail", code=code)
        form.add_error("code", _("No request has this tracking code. Check it on your receipt."))
    return render(request, "portal/track.html", {"form": form})


def _code_not_found(request, code: str):
    """A mistyped code in the address: say so in the visitor's words and offer the form again (not the staff 404)."""
    form = TrackForm({"code": code[:12]})
    form.is_valid()
    form.add_error(
        "code", _("Code not found. Check the tracking code on your receipt (10 letters and digits) and try again.")
    )
    return render(request, "portal/track.html", {"form": form, "not_found": True}, status=404)


def _track_context(req: InformationRequest, **extra) -> dict:
    objections = list(req.objections.all())
    return {
        "req": req,
        "explanation": req.explain_deadline(),
        "objections": objections,
        "history": tracking.history(req, objections),
        "next_step": tracking.next_step(req, objections),
        "can_object": req.can_object(),
        "objection_last_dates": req.objection_last_dates() if req.can_object() else [],
        "follow_form": FollowForm(),
        **extra,
    }


@never_cache
def track_detail(request, code: str):
    req = InformationRequest.objects.filter(tracking_code=code.strip().upper()).select_related("office").first()
    if req is None:
        return _code_not_found(request, code)
    return render(request, "portal/track_detail.html", _track_context(req))


@never_cache
def objection(request, code: str):
    req = InformationRequest.objects.filter(tracking_code=code.strip().upper()).select_related("office").first()
    if req is None:
        return _code_not_found(request, code)
    if request.method != "POST":
        # Its own page: the form when an objection may be filed now, otherwise the reason why not.
        form = PublicObjectionForm(req) if req.can_object() else None
        return render(request, "portal/objection.html", _track_context(req, objection_form=form))
    form = PublicObjectionForm(req, request.POST)
    if not req.can_object():
        messages.error(request, _("An objection cannot be filed against this request now."))
        return redirect("portal:track_detail", code=req.tracking_code)
    ip = abuse.client_ip(request)
    if not abuse.allowed(abuse.SUBMISSION, ip):
        messages.error(request, too_many_message())
        return redirect("portal:track_detail", code=req.tracking_code)
    if form.is_valid():
        d = form.cleaned_data
        abuse.record(abuse.SUBMISSION, ip)
        file_objection(
            req,
            {
                "grounds": d["grounds"],
                "case_summary": d["case_summary"],
                "proxy_name": d["proxy_name"],
                "channel": Channel.PORTAL,
            },
            idempotency_key=d["token"],
        )
        messages.success(
            request, _("Your objection has been registered. The Atasan PPID must answer within 30 working days.")
        )
        return redirect("portal:track_detail", code=req.tracking_code)
    return render(request, "portal/objection.html", _track_context(req, objection_form=form))


def calculator(request):
    form = CalculatorForm(request.GET or None)
    result = None
    if form.is_valid():
        d = form.cleaned_data
        try:
            result = public_deadline(
                d["received"].replace(tzinfo=None),
                d["days"],
                d["zone"],
                cuti_bersama_off=d["cuti_bersama_off"],
                saturday_off=d["saturday_off"],
            )
        except (CalendarRangeError, ValueError) as exc:
            form.add_error(None, str(exc))
    return render(request, "portal/calculator.html", {"form": form, "result": result})
