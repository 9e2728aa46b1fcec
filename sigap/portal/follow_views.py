"""Follow a request by e-mail without an account (sigap/ppid/following.py sends the e-mails).

From the tracking page (the code holder) or a published archive entry. Double opt-in: a confirmation
link first; every e-mail carries the unsubscribe link. Braked like the request form (portal/abuse.py):
sign-ups per client address and confirmation e-mails per address, plus the honeypot and fill time.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from sigap.ppid.following import confirm, unsubscribe
from sigap.ppid.models import ArchiveEntry, Follower, InformationRequest
from sigap.ppid.tasks import follow_confirm_task

from . import abuse
from .forms import HumanCheckMixin


class FollowForm(HumanCheckMixin, forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Your e-mail address"),
        help_text=gettext_lazy(
            "We first send a confirmation link; every e-mail has a link to stop. The address is used for nothing else."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


def _sign_up(request, req: InformationRequest, via: str, back: str):
    form = FollowForm(request.POST)
    ip = abuse.client_ip(request)
    if not abuse.allowed(abuse.FOLLOW, ip):
        messages.error(
            request, _("Too many sign-ups from your network in the last 10 minutes. Please try again later.")
        )
        return redirect(back)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return redirect(back)
    abuse.record(abuse.FOLLOW, ip)
    email = form.cleaned_data["email"].strip()
    with transaction.atomic():
        follower, _created = Follower.objects.get_or_create(request=req, email=email.lower(), via=via)
        # The confirmation goes to an address someone typed: capped per address, and never resent once confirmed.
        if follower.confirmed_at is None and abuse.take(abuse.FOLLOW_MAIL, email):
            transaction.on_commit(lambda: follow_confirm_task.enqueue(follower.pk))
    # The same answer whatever the address: the page does not tell who already follows the request.
    messages.success(
        request,
        _("Check your mailbox: updates start once you open the confirmation link we sent to %(email)s.")
        % {"email": email},
    )
    return redirect(back)


@require_POST
def follow_request(request, code: str):
    req = InformationRequest.objects.filter(tracking_code=code.strip().upper()).first()
    if req is None:
        raise Http404(_("No request has this tracking code."))
    return _sign_up(request, req, Follower.Via.TRACKING, reverse("portal:track_detail", args=[req.tracking_code]))


@require_POST
def follow_entry(request, pk: int):
    entry = get_object_or_404(ArchiveEntry.objects.public(), pk=pk)
    return _sign_up(request, entry.request, Follower.Via.ARCHIVE, reverse("portal:archive_entry", args=[pk]))


def _follower(token: str) -> Follower:
    follower = Follower.objects.filter(token=token).select_related("request__office").first()
    if follower is None:
        raise Http404(_("This link is no longer valid: the subscription was stopped or never existed."))
    return follower


@never_cache
def follow_confirm(request, token: str):
    """A page with a button, not a change on GET: mail scanners open links without a person behind them."""
    follower = _follower(token)
    if request.method == "POST":
        confirm(follower)
        return render(request, "portal/follow_done.html", {"follower": follower, "confirmed": True})
    return render(request, "portal/follow_confirm.html", {"follower": follower, "stop": False})


@never_cache
def follow_unsubscribe(request, token: str):
    follower = _follower(token)
    if request.method == "POST":
        req = follower.request
        unsubscribe(follower)
        return render(request, "portal/follow_done.html", {"req": req, "confirmed": False})
    return render(request, "portal/follow_confirm.html", {"follower": follower, "stop": True})
