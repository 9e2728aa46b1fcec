"""The NinjaAPI instance: authentication, routers, error handlers and the offline docs page."""

from __future__ import annotations

from django.shortcuts import render
from ninja import NinjaAPI
from ninja.openapi.docs import DocsBase

from . import errors
from .auth import session_auth, token_auth
from .routers import documents, imports, issues, sources, watchlists

SWAGGER_UI = "vendor/swagger-ui-5.35.0"  # vendored from the npm package swagger-ui-dist (no CDN)

DESCRIPTION = """\
Sigap's REST API: documents (search with the watchlist syntax), sources, watchlists and file imports.

**Authentication.** Send an API token: `Authorization: Bearer sgp_…`. An administrator creates one with
`sigap token create USERNAME --name NAME [--scope read|write] [--days N]` (it is shown once) and revokes it
with `sigap token revoke PREFIX`. A `read` token (the default) may only make GET requests (others: 403); a
token expires after 90 days unless created with `--days 0` (an expired token: 401).
In the browser, the login session works too; requests that change data then need the `X-CSRFToken` header.

**Access.** A token acts as its user: the same offices and roles as on the pages. Objects of other offices
answer 404, whether or not they exist. Changes need the admin or analis role in the object's office
(pimpinan is read-only: 403). Every change is recorded in the audit trail.

**Errors** are JSON `{"detail": "…"}` in Indonesian, or English with `Accept-Language: en`; a 422 also has
`errors`, one entry per problem (`field`, `message`, `code`, and `position` for a query syntax error).
"""


class OfflineSwagger(DocsBase):
    """Swagger UI from the vendored copy under static/, never from a CDN (offices often run offline)."""

    settings = {"layout": "BaseLayout", "deepLinking": True, "validatorUrl": None}

    def render_page(self, request, api, **kwargs):
        settings = {**self.settings, "url": self.get_openapi_url(api, kwargs)}
        return render(request, "api/swagger.html", {"api": api, "swagger_settings": settings, "swagger_ui": SWAGGER_UI})


api = NinjaAPI(
    title="Sigap API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    auth=[token_auth, session_auth],
    docs=OfflineSwagger(),
    openapi_extra={"info": {"license": {"name": "AGPL-3.0-or-later"}}},
)
errors.install(api)
api.add_router("/documents", documents.router)
api.add_router("/sources", sources.router)
api.add_router("/watchlists", watchlists.router)
api.add_router("/", imports.router)
api.add_router("/issues", issues.router)
api.add_router("/ppid", "sigap.api.routers.ppid.router")
