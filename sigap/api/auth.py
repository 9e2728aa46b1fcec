"""Who is calling: an API token (``Authorization: Bearer sgp_…``) or the browser's login session.

Either way ``request.user`` becomes the caller, so the same access helpers decide what they see,
and dates are computed in their office's time zone as on the pages. Session requests that change
data must carry the CSRF token (header ``X-CSRFToken``); token requests need none.

A token past its ``expires_at`` is refused with 401 (its own message), and a read-only token may only
read: any other method than GET/HEAD/OPTIONS is refused with 403.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError, HttpError
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf

from sigap.core.middleware import activate_office_time_zone

from .models import ApiToken

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class TokenExpired(AuthenticationError):
    """The token exists and is not revoked, but its expiry has passed: 401 with its own message."""

    def __init__(self, token: ApiToken) -> None:
        self.token = token
        super().__init__(401, _("The API token expired; ask an administrator for a new one."))


class TokenAuth(HttpBearer):
    """API token in the Authorization header (``Bearer sgp_…``)."""

    def authenticate(self, request: HttpRequest, token: str):
        api_token = ApiToken.objects.authenticate(token.strip())
        if api_token is None:
            return None
        if api_token.expired:
            raise TokenExpired(api_token)
        if not api_token.can_write and request.method not in SAFE_METHODS:
            raise PermissionDenied(_("This API token is read-only: it may only make GET requests."))
        request.user = api_token.user
        # The HttpRequest stub knows no per-request extras such as this one.
        request.api_token = api_token  # type: ignore[attr-defined]
        activate_office_time_zone(api_token.user)
        return api_token.user


class SessionAuth(APIKeyCookie):
    """The browser's Django login session; unsafe methods must pass the CSRF check."""

    param_name = settings.SESSION_COOKIE_NAME

    def __call__(self, request: HttpRequest):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None  # not logged in: no CSRF error, the caller gets a plain 401
        if self.csrf and not getattr(request, "_ninja_csrf_exempt", False) and check_csrf(request):
            raise HttpError(403, "CSRF check failed")
        return user

    def authenticate(self, request: HttpRequest, key: str | None):  # pragma: no cover - __call__ decides
        return None


token_auth = TokenAuth()
session_auth = SessionAuth()
