import unicodedata

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Role

from . import throttle, twofactor


class ThrottledMixin:
    """Refuses to check any password while the account or the address is locked, so a locked
    account cannot be guessed even by an attempt that happens to be right."""

    locked = False

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        ip = throttle.client_ip(self.request)
        if throttle.is_locked(username, ip):
            self.locked = True
            raise ValidationError(
                _("Too many failed sign-in attempts. Try again in %(minutes)s minutes."),
                code="locked",
                params={"minutes": settings.LOGIN_LOCKOUT_MINUTES},
            )
        try:
            cleaned = super().clean()
        except ValidationError as exc:
            if exc.code == "invalid_login" and username:
                throttle.record_failure(username, ip)
            raise
        # With two-step sign-in the count is cleared only after the code (views_two_factor.py):
        # otherwise re-entering the known password would reset the count of wrong codes.
        if not twofactor.is_enrolled(self.get_user()):
            throttle.clear_account(username)
        return cleaned


class ThrottledAuthenticationForm(ThrottledMixin, AuthenticationForm):
    pass


class ThrottledAdminAuthenticationForm(ThrottledMixin, AdminAuthenticationForm):
    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        # The admin's login page has no code step; such accounts sign in at /masuk/ instead.
        if twofactor.is_enrolled(user):
            raise ValidationError(
                _("This account uses two-step sign-in. Sign in on the Sigap sign-in page, then open the admin."),
                code="two_factor",
            )


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        strip=True,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}),
    )


class DisableTwoFactorForm(forms.Form):
    password = forms.CharField(
        label=_("Password"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )
    code = forms.CharField(
        label=_("Code from the app or a recovery code"),
        max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code"}),
    )


class OfficeSecurityForm(forms.Form):
    admins_need_two_factor = forms.BooleanField(
        label=_("Two-step sign-in required for this office's admins"),
        required=False,
        help_text=_(
            "Admins without it are sent to turn it on when they sign in and can open nothing else until they do."
        ),
    )


def _role_field():
    return forms.MultipleChoiceField(
        label=_("Roles"),
        choices=Role.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one role.")},
    )


class InviteMemberForm(forms.Form):
    name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("The invitation with the link to set a password goes to this address."),
    )
    roles = _role_field()


class MemberRolesForm(forms.Form):
    roles = _role_field()


def _same_address(a: str, b: str) -> bool:
    # As Django compares them: the database's case-insensitive match can differ for look-alike
    # Unicode characters, so the reset mail must go to the address exactly as typed.
    return unicodedata.normalize("NFKC", a).casefold() == unicodedata.normalize("NFKC", b).casefold()


class PasswordResetForm(auth_forms.PasswordResetForm):
    def get_users(self, email):
        """Django's, plus invited members who have not set a password yet: when their invitation
        link expired, "Lupa kata sandi?" is how they ask for a new one themselves."""
        yield from super().get_users(email)
        model = get_user_model()
        field = model.get_email_field_name()
        invited = model._default_manager.filter(**{f"{field}__iexact": email, "is_active": True}).filter(
            memberships__isnull=False
        )
        for user in invited.distinct():
            if not user.has_usable_password() and _same_address(email, getattr(user, field)):
                yield user
