from django.utils import timezone


class OfficeTimeZoneMiddleware:
    """Dates are shown and computed in the user's office time zone (WIB/WITA/WIT)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        tz = None
        if request.user.is_authenticated:
            membership = request.user.memberships.select_related("office").order_by("id").first()
            tz = membership.office.time_zone if membership else None
        if tz:
            timezone.activate(tz)
        else:
            timezone.deactivate()
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
