"""Who is calling: an API token (``Authorization: Bearer sgp_…``) or the browser's login session.

Either way ``request.user`` becomes the caller, so the same access helpers decide what they see,
and dates are computed in their office's time zone as on the pages. Session requests that change
data must carry the CSRF token (header ``X-CSRFToken``); token requests need none.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from ninja.errors import HttpError
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf

from sigap.core.middleware import activate_office_time_zone

from .models import ApiToken


class TokenAuth(HttpBearer):
    """API token in the Authorization header (``Bearer sgp_…``)."""

    def authenticate(self, request: HttpRequest, token: str):
        api_token = ApiToken.objects.authenticate(token.strip())
        if api_token is None:
            return None
        request.user = api_token.user
        request.api_token = api_token
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
