from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import throttle


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
        throttle.clear_account(username)
        return cleaned


class ThrottledAuthenticationForm(ThrottledMixin, AuthenticationForm):
    pass


class ThrottledAdminAuthenticationForm(ThrottledMixin, AdminAuthenticationForm):
    pass
