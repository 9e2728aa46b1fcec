"""Every API error is JSON: ``{"detail": "<message>"}`` in the request's language (Indonesian unless
the client sends ``Accept-Language: en``); 422 adds ``errors``, one entry per problem."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from sigap.lib.query import QuerySyntaxError


class ApiValidationError(Exception):
    """A 422 built by the API itself: a summary plus one entry per problem."""

    def __init__(self, errors: list[dict[str, Any]], detail: str | None = None) -> None:
        self.errors = errors
        self.detail = detail
        super().__init__(detail or errors)


def english() -> bool:
    return (translation.get_language() or "").startswith("en")


def query_error(exc: QuerySyntaxError, field: str) -> ApiValidationError:
    """The watchlist parser's own message (Indonesian, or English on request) with its position."""
    message = exc.message_en if english() else exc.message
    return ApiValidationError(
        [{"field": field, "message": message, "code": exc.code, "position": exc.position}], detail=message
    )


def form_error(form: forms.BaseForm) -> ApiValidationError:
    errors = []
    for field, problems in form.errors.as_data().items():
        for problem in problems:
            for message in problem.messages:
                errors.append({
                    "field": None if field == forms.forms.NON_FIELD_ERRORS else field,
                    "message": message, "code": problem.code or "invalid", "position": None,
                })
    return ApiValidationError(errors)


# Pydantic's messages are English; the common ones are translated here, the rest pass through.
_PYDANTIC_MESSAGES = {
    "missing": gettext_noop("This field is required."),
    "int_parsing": gettext_noop("Enter a whole number."),
    "int_type": gettext_noop("Enter a whole number."),
    "greater_than_equal": gettext_noop("The value must be at least %(ge)s."),
    "less_than_equal": gettext_noop("The value must be at most %(le)s."),
    "string_too_long": gettext_noop("At most %(max_length)s characters."),
    "string_too_short": gettext_noop("At least %(min_length)s characters."),
    "date_from_datetime_parsing": gettext_noop("Enter a date as YYYY-MM-DD."),
    "date_parsing": gettext_noop("Enter a date as YYYY-MM-DD."),
    "date_type": gettext_noop("Enter a date as YYYY-MM-DD."),
    "date_range": gettext_noop("Enter a date between the years 1900 and 9999."),
    "bool_parsing": gettext_noop("Enter true or false."),
    "bool_type": gettext_noop("Enter true or false."),
    "enum": gettext_noop("Choose one of: %(expected)s."),
    "literal_error": gettext_noop("Choose one of: %(expected)s."),
    "string_type": gettext_noop("Enter text."),
    "value_error": gettext_noop("The value is not valid."),
    "json_object": gettext_noop("Send a JSON object with the fields."),
    "extra_forbidden": gettext_noop("Unknown field."),
}


def _pydantic_message(error: dict[str, Any]) -> str:
    template = _PYDANTIC_MESSAGES.get(error.get("type", ""))
    if template is None:
        return str(error.get("msg", ""))
    context = {key: str(value) for key, value in (error.get("ctx") or {}).items()}
    try:
        return _(template) % context if "%(" in template else _(template)
    except (KeyError, ValueError):
        return str(error.get("msg", ""))


def _location(loc) -> str | None:
    """ninja's loc is e.g. ("query", "page"), ("body", "payload", "name") or ("file", "file"): keep the field."""
    parts = [str(part) for part in loc or ()]
    if parts and parts[0] in {"query", "body", "path", "form", "file", "header", "cookie"}:
        parts = parts[1:]
    if len(parts) > 1 and parts[0] == "payload":
        parts = parts[1:]
    return ".".join(parts) or None


def install(api: NinjaAPI) -> None:
    def respond(request: HttpRequest, status: int, detail: str, **extra) -> HttpResponse:
        return api.create_response(request, {"detail": detail, **extra}, status=status)

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request, exc):
        if request.headers.get("Authorization"):
            detail = _("The API token is not valid or has been revoked.")
        else:
            detail = _(
                "Authentication required: send an API token in the header "
                "“Authorization: Bearer <token>”, or log in with the browser."
            )
        response = respond(request, 401, detail)
        response["WWW-Authenticate"] = 'Bearer realm="sigap"'
        return response

    @api.exception_handler(PermissionDenied)
    def forbidden(request, exc):
        return respond(request, 403, str(exc) or _("You may not change this office's data."))

    @api.exception_handler(Http404)
    def not_found(request, exc):
        return respond(request, 404, str(exc) or _("Not found."))

    @api.exception_handler(HttpError)
    def http_error(request, exc):
        if exc.status_code == 403 and "CSRF" in exc.message:
            return respond(
                request, 403,
                _("CSRF check failed: browser requests that change data must send the X-CSRFToken header."),
            )
        if exc.status_code == 400 and exc.message.startswith("Cannot parse request body"):
            return respond(request, 400, _("The request body cannot be read: send valid JSON."))
        return respond(request, exc.status_code, exc.message)

    @api.exception_handler(ValidationError)
    def invalid_request(request, exc):
        errors = [
            {"field": _location(e.get("loc")), "message": _pydantic_message(e), "code": e.get("type", "invalid"),
             "position": None}
            for e in exc.errors
        ]
        return respond(request, 422, _("The request is not valid; see “errors”."), errors=errors)

    @api.exception_handler(ApiValidationError)
    def invalid_data(request, exc):
        detail = exc.detail or (exc.errors[0]["message"] if len(exc.errors) == 1 else "")
        return respond(request, 422, detail or _("The data is not valid; see “errors”."), errors=exc.errors)
