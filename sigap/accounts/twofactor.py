"""Two-step sign-in (TOTP, RFC 6238): codes, recovery codes and who must use it. Reads only;
the writes are in actions.py (docs/security.md)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

import pyotp
import segno
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Membership, Role

from .models import TOTPDevice

ISSUER = "Sigap"
STEP_SECONDS = 30
DIGITS = 6
#: Codes one step either side of now are accepted: phone clocks drift.
DRIFT_STEPS = 1
RECOVERY_CODES = 10
#: No 0/1/o/l/i: recovery codes are copied by hand from paper.
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"

#: Audit actions of this app, in words (timeline on the account security page); registered with
#: sigap.core.audit_labels by AccountsConfig.audit_labels.
ACTIONS = {
    "two_factor.enrolled": _("Two-step sign-in turned on"),
    "two_factor.disabled": _("Two-step sign-in turned off"),
    "two_factor.recovery_code_used": _("Recovery code used to sign in"),
    "office_security.changed": _("Office sign-in rule changed"),
}
STATES = {
    "two_factor": {"on": _("on"), "off": _("off")},
    "office_security": {"on": _("on"), "off": _("off")},
}


def new_secret() -> str:
    return pyotp.random_base32()  # 160 bits, the size RFC 4226 recommends


def _totp(secret: str) -> pyotp.TOTP:
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS)


def provisioning_uri(secret: str, username: str) -> str:
    return _totp(secret).provisioning_uri(name=username, issuer_name=ISSUER)


def qr_svg(uri: str) -> str:
    """Inline SVG (attributes only, no style or script), so the CSP needs no exception."""
    qr = segno.make(uri, error="m")
    svg = qr.svg_inline(scale=5, dark="#000", light="#fff", title=str(_("QR code for the authenticator app")))
    return mark_safe(svg)  # noqa: S308 - segno escapes the title


def current_step(now: float | None = None) -> int:
    return int((time.time() if now is None else now) // STEP_SECONDS)


def matching_step(secret: str, code: str, now: float | None = None) -> int | None:
    """The step whose code this is (within the drift), or None. Replay is checked by the caller."""
    code = normalise(code)
    if len(code) != DIGITS or not code.isdigit():
        return None
    totp = _totp(secret)
    step = current_step(now)
    for candidate in range(step - DRIFT_STEPS, step + DRIFT_STEPS + 1):
        if hmac.compare_digest(totp.generate_otp(candidate), code):
            return candidate
    return None


def normalise(code: str) -> str:
    return "".join((code or "").split()).replace("-", "").lower()


def looks_like_totp(code: str) -> bool:
    code = normalise(code)
    return len(code) == DIGITS and code.isdigit()


def new_recovery_codes() -> list[str]:
    codes = []
    for _i in range(RECOVERY_CODES):
        raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _j in range(10))
        codes.append(f"{raw[:5]}-{raw[5:]}")  # 10 characters of 31: about 50 bits each
    return codes


def hash_recovery_code(code: str) -> str:
    return hashlib.sha256(normalise(code).encode()).hexdigest()


def device_of(user):
    """The user's confirmed device, or None."""
    if not getattr(user, "is_authenticated", False) and not getattr(user, "pk", None):
        return None
    return TOTPDevice.objects.filter(user=user, confirmed_at__isnull=False).first()


def is_enrolled(user) -> bool:
    return device_of(user) is not None


def offices_requiring(user):
    """Offices where the user is an admin and the office requires two-step sign-in of admins."""
    return Membership.objects.filter(
        user=user, role=Role.ADMIN, office__security__admins_need_two_factor=True
    ).values_list("office_id", flat=True)


def must_enrol(user) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return offices_requiring(user).exists() and not is_enrolled(user)


def unused_recovery_codes(user) -> int:
    return user.recovery_codes.filter(used_at__isnull=True).count()
