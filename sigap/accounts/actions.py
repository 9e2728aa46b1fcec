"""Every write of this app (two-step sign-in, the sign-in audit trail), each in a transaction and
each audited."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from sigap.core.models import AuditEvent

from . import twofactor
from .models import OfficeSecurity, RecoveryCode, TOTPDevice


def start_enrolment(user) -> TOTPDevice:
    """A fresh secret for the enrolment page; kept until confirmed, replaced by the next start
    only if still unconfirmed (a confirmed device is turned off first)."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().filter(user=user).first()
        if device is None:
            return TOTPDevice.objects.create(user=user, secret=twofactor.new_secret())
        return device


def _take_step(device: TOTPDevice, step: int) -> bool:
    # One conditional UPDATE, so two requests racing with the same code cannot both win.
    return bool(
        TOTPDevice.objects.filter(pk=device.pk)
        .filter(Q(last_step__isnull=True) | Q(last_step__lt=step))
        .update(last_step=step)
    )


def confirm_enrolment(user, device: TOTPDevice, code: str) -> list[str] | None:
    """Turns the device on if the code is right; returns the new recovery codes (shown once)."""
    step = twofactor.matching_step(device.secret, code)
    if step is None or device.confirmed_at is not None:
        return None
    codes = twofactor.new_recovery_codes()
    with transaction.atomic():
        if not _take_step(device, step):
            return None
        device.confirmed_at = timezone.now()
        device.save(update_fields=["confirmed_at"])
        RecoveryCode.objects.filter(user=user).delete()
        RecoveryCode.objects.bulk_create(
            RecoveryCode(user=user, code_hash=twofactor.hash_recovery_code(c)) for c in codes
        )
        AuditEvent.record(actor=user, action="two_factor.enrolled", target=user, to_state="on")
    return codes


def check_code(user, code: str) -> str | None:
    """A code from the app ("totp") or an unused recovery code ("recovery", now used up);
    None if wrong or already used."""
    device = twofactor.device_of(user)
    if device is None:
        return None
    if twofactor.looks_like_totp(code):
        step = twofactor.matching_step(device.secret, code)
        return "totp" if step is not None and _take_step(device, step) else None
    code_hash = twofactor.hash_recovery_code(code)
    with transaction.atomic():
        used = RecoveryCode.objects.filter(user=user, code_hash=code_hash, used_at__isnull=True).update(
            used_at=timezone.now()
        )
        if not used:
            return None
        AuditEvent.record(
            actor=user,
            action="two_factor.recovery_code_used",
            target=user,
            data={"left": twofactor.unused_recovery_codes(user)},
        )
    return "recovery"


def disable(user, actor=None) -> None:
    """By the user (password and code checked by the caller) or by a superuser in the admin."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        RecoveryCode.objects.filter(user=user).delete()
        AuditEvent.record(
            actor=actor or user, action="two_factor.disabled", target=user, from_state="on", to_state="off"
        )


def set_office_rule(actor, office, admins_need_two_factor: bool) -> None:
    with transaction.atomic():
        rule, _created = OfficeSecurity.objects.select_for_update().get_or_create(office=office)
        before = rule.admins_need_two_factor
        if before == admins_need_two_factor:
            return
        rule.admins_need_two_factor = admins_need_two_factor
        rule.save(update_fields=["admins_need_two_factor"])
        AuditEvent.record(
            actor=actor,
            action="office_security.changed",
            target=office,
            office=office,
            from_state="on" if before else "off",
            to_state="on" if admins_need_two_factor else "off",
            data={"rule": "admins_need_two_factor"},
        )


def _account(username: str):
    """The account a typed name belongs to, or None."""
    model = get_user_model()
    return model._default_manager.filter(**{model.USERNAME_FIELD: (username or "")[:150]}).first()


def _record_attempt(action: str, username: str, data: dict) -> None:
    # The person typing is not known, so no actor. A name that is no account is not stored: people
    # sometimes type their password into the name field (docs/security.md, "Masuk").
    account = _account(username)
    with transaction.atomic():
        if account is not None:
            AuditEvent.record(actor=None, action=action, target=account, data=data)
        else:
            model = get_user_model()
            AuditEvent.objects.create(action=action, target_type=model._meta.label_lower, target_id="", data=data)


def record_signed_in(user, ip: str | None) -> None:
    with transaction.atomic():
        AuditEvent.record(actor=user, action="account.signed_in", target=user, data={"ip": ip})


def record_signed_out(user, ip: str | None) -> None:
    with transaction.atomic():
        AuditEvent.record(actor=user, action="account.signed_out", target=user, data={"ip": ip})


def record_sign_in_failed(username: str, ip: str | None, step: str = "password") -> None:
    """A wrong password (or a wrong code at the second step); never the secret that was typed."""
    _record_attempt("account.sign_in_failed", username, {"ip": ip, "step": step})


def record_locked_out(username: str, ip: str | None, scope: str) -> None:
    """The failure that locked the account (scope "account") or the address ("address")."""
    _record_attempt("account.locked_out", username, {"ip": ip, "scope": scope})
