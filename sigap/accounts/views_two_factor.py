"""Pages of two-step sign-in: the code step after the password, the user's own security page
(turn on, turn off) and an office's rule for its admins (docs/security.md)."""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sigap.core import audit_labels
from sigap.core.access import member_office_ids, visible_offices
from sigap.core.models import AuditEvent, Role

from . import actions, throttle, twofactor
from .forms import CodeForm, DisableTwoFactorForm, OfficeSecurityForm
from .models import OfficeSecurity, TOTPDevice

#: Session key holding who typed the right password and still owes a code.
PENDING = "sigap_two_factor_pending"
#: The code step must follow the password within this time.
PENDING_SECONDS = 300


def start_code_step(request, user, next_url: str):
    request.session[PENDING] = {
        "user": user.pk,
        "backend": user.backend,
        "at": time.time(),
        "next": next_url,
    }
    return redirect("login_code")


def _pending_user(request):
    pending = request.session.get(PENDING)
    if not pending or time.time() - pending.get("at", 0) > PENDING_SECONDS:
        request.session.pop(PENDING, None)
        return None, None
    user = get_user_model().objects.filter(pk=pending["user"], is_active=True).first()
    return user, pending


def _locked_message() -> str:
    return _("Too many failed sign-in attempts. Try again in %(minutes)s minutes.") % {
        "minutes": settings.LOGIN_LOCKOUT_MINUTES
    }


def login_code(request):
    user, pending = _pending_user(request)
    if user is None:
        return redirect("login")
    form = CodeForm(request.POST or None)
    error, status = "", 200
    if request.method == "POST" and form.is_valid():
        ip = throttle.client_ip(request)
        username = user.get_username()
        if throttle.is_locked(username, ip):
            error, status = _locked_message(), 429
        else:
            used = actions.check_code(user, form.cleaned_data["code"])
            if used is None:
                actions.record_sign_in_failed(username, ip, step="code")
                throttle.record_failure(username, ip)
                error = _("The code is wrong or has already been used. Enter the newest code from the app.")
            else:
                throttle.clear_account(username)
                del request.session[PENDING]
                login(request, user, backend=pending["backend"])
                if used == "recovery":
                    messages.warning(
                        request,
                        _("You signed in with a recovery code; it cannot be used again. %(left)s recovery codes left.")
                        % {"left": twofactor.unused_recovery_codes(user)},
                    )
                return redirect(pending["next"] or settings.LOGIN_REDIRECT_URL)
    return render(request, "accounts/login_code.html", {"form": form, "error": error}, status=status)


@login_required
def security(request):
    user = request.user
    device = twofactor.device_of(user)
    admin_office_ids = member_office_ids(user, {Role.ADMIN})
    events = AuditEvent.objects.filter(
        target_type=user._meta.label_lower, target_id=str(user.pk), action__in=twofactor.ACTIONS
    )[:10]
    return render(
        request,
        "accounts/security.html",
        {
            "device": device,
            "recovery_left": twofactor.unused_recovery_codes(user) if device else 0,
            "required": twofactor.offices_requiring(user).exists(),
            "disable_form": DisableTwoFactorForm(),
            "admin_offices": visible_offices(user).filter(id__in=admin_office_ids).order_by("name"),
            "events": [(e, audit_labels.action_label(e.action)) for e in events],
        },
    )


@login_required
def enrol(request):
    user = request.user
    if twofactor.is_enrolled(user):
        return redirect("account_security")
    device = actions.start_enrolment(user)
    form = CodeForm(request.POST or None)
    error = ""
    # Not throttled: whoever sees this page already holds the secret, so guessing gains nothing.
    if request.method == "POST" and form.is_valid():
        codes = actions.confirm_enrolment(user, device, form.cleaned_data["code"])
        if codes is not None:
            return render(request, "accounts/recovery_codes.html", {"codes": codes})
        error = _("The code is wrong or has already been used. Enter the newest code from the app.")
    uri = twofactor.provisioning_uri(device.secret, user.get_username())
    return render(
        request,
        "accounts/enrol.html",
        {
            "form": form,
            "error": error,
            "qr": twofactor.qr_svg(uri),
            "secret": " ".join(device.secret[i : i + 4] for i in range(0, len(device.secret), 4)),
            "required": twofactor.offices_requiring(user).exists(),
        },
    )


@login_required
@require_POST
def disable(request):
    user = request.user
    form = DisableTwoFactorForm(request.POST)
    ip = throttle.client_ip(request)
    if not TOTPDevice.objects.filter(user=user, confirmed_at__isnull=False).exists():
        return redirect("account_security")
    if twofactor.offices_requiring(user).exists():
        messages.error(request, _("Your office requires two-step sign-in for admins, so it cannot be turned off."))
    elif throttle.is_locked(user.get_username(), ip):
        messages.error(request, _locked_message())
    elif (
        not form.is_valid()
        or not user.check_password(form.cleaned_data["password"])
        or actions.check_code(user, form.cleaned_data["code"]) is None
    ):
        throttle.record_failure(user.get_username(), ip)
        messages.error(request, _("The password or the code is wrong. Two-step sign-in is still on."))
    else:
        actions.disable(user)
        messages.success(request, _("Two-step sign-in is now off."))
    return redirect("account_security")


@login_required
def office_security(request, pk: int):
    office = get_object_or_404(visible_offices(request.user), pk=pk)
    if office.pk not in member_office_ids(request.user, {Role.ADMIN}):
        raise PermissionDenied(_("Only this office's admins may change its sign-in rules."))
    rule = OfficeSecurity.objects.filter(office=office).first()
    current = bool(rule and rule.admins_need_two_factor)
    form = OfficeSecurityForm(request.POST or None, initial={"admins_need_two_factor": current})
    if request.method == "POST" and form.is_valid():
        actions.set_office_rule(request.user, office, form.cleaned_data["admins_need_two_factor"])
        messages.success(request, _("The sign-in rule of %(office)s is saved.") % {"office": office.name})
        return redirect("office_security", pk=office.pk)
    return render(request, "accounts/office_security.html", {"office": office, "form": form})
