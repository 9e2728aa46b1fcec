"""An office's users as its admin sees them at /kantor/<id>/pengguna/ (views_members.py): who they
are, the invitation e-mail, and the audit labels of these changes (the writes are in actions.py)."""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from sigap.core.models import Membership, Role

from .models import InactiveMember, TOTPDevice

log = logging.getLogger(__name__)

#: Audit actions of an office's users, in words (sigap.core.audit_labels, through audit.py).
ACTIONS = {
    "office_member.invited": _("User invited to the office"),
    "office_member.added": _("Existing account added to the office"),
    "office_member.invitation_sent": _("Invitation sent again"),
    "office_member.roles_changed": _("User's roles in the office changed"),
    "office_member.deactivated": _("User's membership turned off"),
    "office_member.reactivated": _("User's membership turned on again"),
}
STATES = {"office_member": {"active": _("Active"), "inactive": _("Inactive")}}


@dataclass
class Member:
    user: AbstractUser
    roles: list[str]
    active: bool
    two_factor: bool

    @property
    def role_labels(self) -> list[str]:
        return [str(Role(r).label) for r in self.roles if r in Role.values]

    @property
    def invited(self) -> bool:
        """Invited but has not set a password yet."""
        return not self.user.has_usable_password()


def _ordered(roles) -> list[str]:
    return [r for r in Role.values if r in set(roles)]


def members(office) -> list[Member]:
    """The office's own members (not those of offices below it), active ones first, by name."""
    roles: dict[int, list[str]] = {}
    users: dict[int, AbstractUser] = {}
    for m in Membership.objects.filter(office=office).select_related("user"):
        roles.setdefault(m.user_id, []).append(m.role)
        users[m.user_id] = m.user
    enrolled = set(
        TOTPDevice.objects.filter(user_id__in=users, confirmed_at__isnull=False).values_list("user_id", flat=True)
    )
    found = [Member(u, _ordered(roles[pk]), True, pk in enrolled) for pk, u in users.items()]
    for row in InactiveMember.objects.filter(office=office).select_related("user"):
        found.append(Member(row.user, _ordered(row.roles), False, False))
    found.sort(key=lambda m: (not m.active, (m.user.get_full_name() or m.user.get_username()).lower()))
    return found


def member(office, user_pk: int) -> Member | None:
    return next((m for m in members(office) if m.user.pk == user_pk), None)


def link_lifetime() -> str:
    """How long an invitation link works, in words: Django's PASSWORD_RESET_TIMEOUT (3 days unless set)."""
    hours = max(1, settings.PASSWORD_RESET_TIMEOUT // 3600)
    if hours % 24 == 0:
        return ngettext("%(n)s day", "%(n)s days", hours // 24) % {"n": hours // 24}
    return ngettext("%(n)s hour", "%(n)s hours", hours) % {"n": hours}


def send_invitation(user, office, roles, actor) -> bool:
    """E-mails ``user`` that they now work in ``office``; with a one-time link to set a password
    when the account has none yet. In the installation's language (Indonesian), whatever the
    admin's own. False when the mail server refused it (the admin can send it again)."""
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "user": user,
            "office": office,
            "roles": ", ".join(str(Role(r).label) for r in _ordered(roles)),
            "actor": actor.get_full_name() or actor.get_username(),
            "base_url": settings.BASE_URL,
            "login_url": settings.BASE_URL + reverse("login"),
            "lifetime": link_lifetime(),
            "link": "",
        }
        if not user.has_usable_password():
            # Django's password-reset token: it stops working once a password is set (it signs
            # the password hash) and after PASSWORD_RESET_TIMEOUT.
            uid = urlsafe_base64_encode(force_bytes(user.pk))
            token = default_token_generator.make_token(user)
            context["link"] = settings.BASE_URL + reverse("password_reset_confirm", args=[uid, token])
        subject = " ".join(render_to_string("accounts/invitation_subject.txt", context).split())
        body = render_to_string("accounts/invitation_email.txt", context)
    try:
        send_mail(subject, body, None, [user.email])
    except (smtplib.SMTPException, OSError):
        log.exception("invitation to %s not sent", user.pk)
        return False
    return True
