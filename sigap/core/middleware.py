from django.utils import timezone
from django.utils.cache import add_never_cache_headers


def activate_office_time_zone(user) -> None:
    """The user's first office's zone; API callers are known only after authentication, so it is shared."""
    membership = user.memberships.select_related("office").order_by("id").first()
    if membership and membership.office.time_zone:
        timezone.activate(membership.office.time_zone)


class OfficeTimeZoneMiddleware:
    """Dates are shown and computed in the user's office time zone (WIB/WITA/WIT)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timezone.deactivate()
        if request.user.is_authenticated:
            activate_office_time_zone(request.user)
        return self.get_response(request)


class ChosenLanguageMiddleware:
    """Indonesian first: the browser's Accept-Language is ignored; only the user's own choice
    (the language cookie set by the switch in the header) changes the interface language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.conf import settings
        from django.utils import translation

        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class PrivateResponsesMiddleware:
    """Every response to a signed-in user (pages with NIK, registers, exports, API answers) is
    `Cache-Control: private, no-store`, so neither the browser nor a shared cache keeps a copy
    (docs/security.md, ASVS 8.1.1). Anonymous pages keep their own headers; static files never
    get here (WhiteNoise answers them earlier in MIDDLEWARE)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Read after the view, so the answer to a sign-in and to an API token count too (Django
        # already marks sign-out's answer never_cache).
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
        return response
