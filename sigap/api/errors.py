"""Every API error is JSON: ``{"detail": "<message>"}`` in the request's language (Indonesian unless
the client sends ``Accept-Language: en``); 422 adds ``errors``, one entry per problem."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from sigap.lib.query import QuerySyntaxError

from .auth import TokenExpired


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
                errors.append(
                    {
                        # django-stubs does not re-export NON_FIELD_ERRORS from django.forms.forms.
                        "field": None if field == forms.forms.NON_FIELD_ERRORS else field,  # type: ignore[attr-defined]
                        "message": message,
                        "code": problem.code or "invalid",
                        "position": None,
                    }
                )
    return ApiValidationError(errors)


# Pydantic's messages are English: each error type gets a sentence naming the field, in the request's
# language (Indonesian by default). A type not listed here gets the generic sentence, never pydantic's text.
_GENERIC = gettext_noop("The value of %(field)s is not valid.")
_WHOLE_NUMBER = gettext_noop("%(field)s must be a whole number.")
_NUMBER = gettext_noop("%(field)s must be a number.")
_DATE = gettext_noop("%(field)s must be a date as YYYY-MM-DD.")
_DATETIME = gettext_noop("%(field)s must be a date and time in ISO 8601, e.g. 2026-03-02T09:15:00+07:00.")
_BOOLEAN = gettext_noop("%(field)s must be true or false.")
_CHOICE = gettext_noop("%(field)s must be one of: %(expected)s.")
_URL = gettext_noop("%(field)s must be a valid web address (URL).")
_PYDANTIC_MESSAGES = {
    "missing": gettext_noop("%(field)s is required."),
    "int_parsing": _WHOLE_NUMBER,
    "int_type": _WHOLE_NUMBER,
    "int_from_float": _WHOLE_NUMBER,
    "float_parsing": _NUMBER,
    "float_type": _NUMBER,
    "greater_than_equal": gettext_noop("%(field)s must be at least %(ge)s."),
    "greater_than": gettext_noop("%(field)s must be greater than %(gt)s."),
    "less_than_equal": gettext_noop("%(field)s must be at most %(le)s."),
    "less_than": gettext_noop("%(field)s must be less than %(lt)s."),
    "string_too_long": gettext_noop("%(field)s may have at most %(max_length)s characters."),
    "string_too_short": gettext_noop("%(field)s needs at least %(min_length)s characters."),
    "too_long": gettext_noop("%(field)s may have at most %(max_length)s items."),
    "too_short": gettext_noop("%(field)s needs at least %(min_length)s items."),
    "date_from_datetime_parsing": _DATE,
    "date_from_datetime_inexact": _DATE,
    "date_parsing": _DATE,
    "date_type": _DATE,
    "date_range": gettext_noop("%(field)s must be a date between the years 1900 and 9999."),
    "datetime_parsing": _DATETIME,
    "datetime_from_date_parsing": _DATETIME,
    "datetime_type": _DATETIME,
    "bool_parsing": _BOOLEAN,
    "bool_type": _BOOLEAN,
    "enum": _CHOICE,
    "literal_error": _CHOICE,
    "string_type": gettext_noop("%(field)s must be text."),
    "url_parsing": _URL,
    "url_type": _URL,
    "url_scheme": _URL,
    "url_too_long": _URL,
    "list_type": gettext_noop("%(field)s must be a list."),
    "value_error": _GENERIC,
    "assertion_error": _GENERIC,
    "json_invalid": gettext_noop("%(field)s is not valid JSON."),
    "json_object": gettext_noop("%(field)s must be a JSON object with the fields."),
    "model_type": gettext_noop("%(field)s must be a JSON object with the fields."),
    "dict_type": gettext_noop("%(field)s must be a JSON object with the fields."),
    "extra_forbidden": gettext_noop("%(field)s is not a known field."),
}


def _choices(expected: str) -> str:
    """pydantic's ``'rss', 'page' or 'import'``: the last ``or`` in the request's language."""
    head, sep, tail = expected.rpartition("' or '")
    return f"{head}' {_('or')} '{tail}" if sep else expected


def _pydantic_message(error: dict[str, Any], field: str | None) -> str:
    label = _("the field “%(name)s”") % {"name": field} if field else _("the request")
    context = {key: str(value) for key, value in (error.get("ctx") or {}).items()}
    if "expected" in context:
        context["expected"] = _choices(context["expected"])
    template = _PYDANTIC_MESSAGES.get(error.get("type", ""), _GENERIC)
    try:
        message = _(template) % {**context, "field": label}
    except (KeyError, ValueError, TypeError):
        message = _(_GENERIC) % {"field": label}
    return capfirst(message)


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
        if isinstance(exc, TokenExpired):
            detail = exc.message
        elif request.headers.get("Authorization"):
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
                request,
                403,
                _("CSRF check failed: browser requests that change data must send the X-CSRFToken header."),
            )
        if exc.status_code == 400 and exc.message.startswith("Cannot parse request body"):
            return respond(request, 400, _("The request body cannot be read: send valid JSON."))
        return respond(request, exc.status_code, exc.message)

    @api.exception_handler(ValidationError)
    def invalid_request(request, exc):
        errors = []
        for e in exc.errors:
            field = _location(e.get("loc"))
            errors.append(
                {
                    "field": field,
                    "message": _pydantic_message(e, field),
                    "code": e.get("type", "invalid"),
                    "position": None,
                }
            )
        return respond(request, 422, _("The request is not valid; see “errors”."), errors=errors)

    @api.exception_handler(ApiValidationError)
    def invalid_data(request, exc):
        detail = exc.detail or (exc.errors[0]["message"] if len(exc.errors) == 1 else "")
        return respond(request, 422, detail or _("The data is not valid; see “errors”."), errors=exc.errors)
