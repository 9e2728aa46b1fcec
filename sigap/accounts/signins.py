"""Sign-in events in the audit trail: success, sign-out and failed passwords, from Django's auth
signals (AccountsConfig.ready). Lock-outs are recorded by throttle.record_failure, wrong codes by
the code step; the throttle's own count stays in throttle.py (docs/security.md, "Masuk")."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from sigap.core.clientip import client_ip

from . import actions

#: Audit actions of sign-in, in words (sigap.core.audit_labels, through sigap/accounts/audit.py).
ACTIONS = {
    "account.signed_in": _("Signed in"),
    "account.signed_out": _("Signed out"),
    "account.sign_in_failed": _("Failed sign-in attempt"),
    "account.locked_out": _("Sign-in locked after too many failed attempts"),
}


def on_signed_in(sender, request, user, **kwargs) -> None:
    actions.record_signed_in(user, client_ip(request))


def on_signed_out(sender, request, user, **kwargs) -> None:
    if user is not None:  # sign-out of a visitor who was not signed in
        actions.record_signed_out(user, client_ip(request))


def on_sign_in_failed(sender, credentials, request=None, **kwargs) -> None:
    # Django has already masked the password in `credentials`; only the name is read.
    actions.record_sign_in_failed(credentials.get(get_user_model().USERNAME_FIELD) or "", client_ip(request))


def connect() -> None:
    from django.contrib.auth import signals

    signals.user_logged_in.connect(on_signed_in, dispatch_uid="sigap.accounts.signed_in")
    signals.user_logged_out.connect(on_signed_out, dispatch_uid="sigap.accounts.signed_out")
    signals.user_login_failed.connect(on_sign_in_failed, dispatch_uid="sigap.accounts.sign_in_failed")
