from django.shortcuts import redirect

from . import twofactor

#: What an admin who must turn on two-step sign-in may still open.
_OPEN = {"two_factor_enrol", "logout", "set_language"}


class TwoFactorRequiredMiddleware:
    """An admin of an office that requires two-step sign-in (OfficeSecurity) is sent to turn it on
    and can open nothing else until it is on (docs/security.md)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is not None and match.url_name in _OPEN:
            return None
        if twofactor.must_enrol(request.user):
            return redirect("two_factor_enrol")
        return None
