"""Every write of this app (two-step sign-in, the sign-in audit trail, an office's users), each in a
transaction and each audited."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from sigap.core.models import AuditEvent, Membership, Role

from . import members, twofactor
from .models import InactiveMember, OfficeSecurity, RecoveryCode, TOTPDevice


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


# An office's users (/kantor/<id>/pengguna/). Turning a member off removes their Membership rows
# (every access check reads only those) and keeps their roles in InactiveMember; users are never
# deleted, because the audit trail refers to them.


class MemberRefused(Exception):
    """A change to an office's users that breaks a rule; its text is the message for the admin."""


def _lock_admins(office) -> None:
    # Two admins demoting each other at once must not leave the office with none: the second
    # waits for the first and then sees its result.
    list(Membership.objects.select_for_update().filter(office=office, role=Role.ADMIN))


def _require_an_admin(office) -> None:
    if not Membership.objects.filter(office=office, role=Role.ADMIN).exists():
        raise MemberRefused(
            _("%(office)s must keep at least one admin. Give another member the Admin role first.")
            % {"office": office.name}
        )


def _turn_account_on(user) -> None:
    """An account Sigap turned off when its last office membership was turned off comes back on;
    one a system administrator turned off in Django's admin stays off."""
    if user.is_active:
        return
    if not InactiveMember.objects.filter(user=user, account_turned_off=True).exists():
        raise MemberRefused(_("This account was turned off by the system administrator. Ask them to turn it on again."))
    user.is_active = True
    user.save(update_fields=["is_active"])
    InactiveMember.objects.filter(user=user).update(account_turned_off=False)


def _free_username(email: str) -> str:
    model = get_user_model()
    base = email.lower()[:140]
    name, n = base, 1
    while model._default_manager.filter(**{model.USERNAME_FIELD: name}).exists():
        n += 1
        name = f"{base}-{n}"
    return name


def invite_member(actor, office, name: str, email: str, roles) -> tuple[object, bool]:
    """Adds the owner of ``email`` to ``office`` with ``roles``: a new account without a password
    when the address has none, else that account. Returns (user, whether the e-mail went out)."""
    model = get_user_model()
    email = model._default_manager.normalize_email(email.strip())
    roles = sorted(set(roles))
    with transaction.atomic():
        accounts = list(model._default_manager.select_for_update().filter(email__iexact=email)[:2])
        if len(accounts) > 1:
            raise MemberRefused(
                _("More than one account uses this e-mail address. Ask the system administrator to sort it out.")
            )
        user = accounts[0] if accounts else None
        if user is None:
            user = model(username=_free_username(email), email=email, first_name=name.strip()[:150])
            user.set_unusable_password()
            user.save()
            action = "office_member.invited"
        else:
            if Membership.objects.filter(office=office, user=user).exists():
                raise MemberRefused(
                    _("%(email)s is already a user of %(office)s. Change their roles in the list instead.")
                    % {"email": email, "office": office.name}
                )
            if InactiveMember.objects.filter(office=office, user=user).exists():
                raise MemberRefused(
                    _("%(email)s is a turned-off user of %(office)s. Turn them on again in the list instead.")
                    % {"email": email, "office": office.name}
                )
            _turn_account_on(user)
            action = "office_member.added"
        Membership.objects.bulk_create(Membership(user=user, office=office, role=r) for r in roles)
        AuditEvent.record(actor=actor, action=action, target=user, office=office, data={"roles": roles})
    return user, members.send_invitation(user, office, roles, actor)


def resend_invitation(actor, office, user) -> bool:
    """A fresh link for a member who has not set a password yet (the first one expired or was lost)."""
    roles = sorted(Membership.objects.filter(office=office, user=user).values_list("role", flat=True))
    if not roles or user.has_usable_password():
        return False
    with transaction.atomic():
        AuditEvent.record(actor=actor, action="office_member.invitation_sent", target=user, office=office)
    return members.send_invitation(user, office, roles, actor)


def change_roles(actor, office, user, roles) -> bool:
    """Gives ``user`` exactly ``roles`` in ``office``; False when nothing changed."""
    after = set(roles)
    with transaction.atomic():
        _lock_admins(office)
        rows = Membership.objects.filter(office=office, user=user)
        before = set(rows.values_list("role", flat=True))
        if not before or before == after:
            return False
        rows.filter(role__in=before - after).delete()
        Membership.objects.bulk_create(Membership(user=user, office=office, role=r) for r in after - before)
        _require_an_admin(office)
        AuditEvent.record(
            actor=actor,
            action="office_member.roles_changed",
            target=user,
            office=office,
            data={"before": sorted(before), "after": sorted(after)},
        )
    return True


def deactivate_member(actor, office, user) -> None:
    """Turns ``user``'s membership of ``office`` off; the whole account too when it was their last
    office (so they can no longer sign in), unless it is a staff account of the system administrator."""
    if user.pk == actor.pk:
        raise MemberRefused(_("You cannot turn off your own membership. Ask another admin of the office."))
    with transaction.atomic():
        _lock_admins(office)
        rows = Membership.objects.filter(office=office, user=user)
        roles = sorted(set(rows.values_list("role", flat=True)))
        if not roles:
            return
        rows.delete()
        _require_an_admin(office)
        turn_off = (
            user.is_active
            and not (user.is_staff or user.is_superuser)
            and not Membership.objects.filter(user=user).exists()
        )
        InactiveMember.objects.update_or_create(
            office=office, user=user, defaults={"roles": roles, "account_turned_off": turn_off}
        )
        if turn_off:
            user.is_active = False
            user.save(update_fields=["is_active"])
        AuditEvent.record(
            actor=actor,
            action="office_member.deactivated",
            target=user,
            office=office,
            from_state="active",
            to_state="inactive",
            data={"roles": roles, "account_turned_off": turn_off},
        )


def reactivate_member(actor, office, user) -> None:
    """Gives a turned-off member their roles back (and their account, if Sigap turned it off)."""
    with transaction.atomic():
        row = InactiveMember.objects.select_for_update().filter(office=office, user=user).first()
        if row is None:
            return
        _turn_account_on(user)
        roles = [r for r in row.roles if r in Role.values]
        Membership.objects.bulk_create(Membership(user=user, office=office, role=r) for r in roles)
        row.delete()
        AuditEvent.record(
            actor=actor,
            action="office_member.reactivated",
            target=user,
            office=office,
            from_state="inactive",
            to_state="active",
            data={"roles": roles},
        )
