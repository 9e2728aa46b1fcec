"""Mounted by sigap/urls.py as ``path("api/v1/", include("sigap.api.urls"))``."""

from functools import wraps
from typing import cast

from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.urls import Resolver404, URLPattern, path, re_path, resolve
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

from .api import api


def negotiated_language(view):
    """The pages ignore Accept-Language (Indonesian first, changed only by the user's switch); API clients
    may ask for English with it. The user's language cookie still wins, then Accept-Language, then Indonesian."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        language = translation.get_language_from_request(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = view(request, *args, **kwargs)
        response.headers["Content-Language"] = language
        patch_vary_headers(response, ["Accept-Language"])
        return response

    return wrapper


def api_root(request, *args, **kwargs):
    return redirect("api:openapi-view")


def unknown_path(request, *args, **kwargs):
    """Anything else under /api/v1/ answers like the API does: JSON, not the HTML 404 page. A path that
    only lacks its final slash is redirected with 308, which keeps the method and the body."""
    if not request.path_info.endswith("/"):
        try:
            match = resolve(f"{request.path_info}/")
        except Resolver404:
            match = None
        if match is not None and match.func is not _unknown_path_view:
            query = request.META.get("QUERY_STRING", "")
            location = f"{request.path}/" + (f"?{query}" if query else "")
            return HttpResponseRedirect(location, status=308)
    return JsonResponse({"detail": _("Not found.")}, status=404)


_patterns, _app_name, _namespace = api.urls
for _pattern in cast("list[URLPattern]", _patterns):  # ninja builds only path() patterns
    if _pattern.name == "api-root":
        _pattern.callback = api_root
    _pattern.callback = negotiated_language(_pattern.callback)
_unknown_path_view = negotiated_language(unknown_path)
_patterns.append(re_path(r"", _unknown_path_view))

urlpatterns = [path("", (_patterns, _app_name, _namespace))]
