"""Public crisis page and feeds: official statements and clarifications, latest first.

Only published messages of public kinds from real crises appear: drafts, internal message
houses and every drill (LATIHAN) stay inside Sigap.
"""

from __future__ import annotations

from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from sigap.core.models import Office
from sigap.crisis.models import PUBLIC_KINDS, Crisis, Message, MessageStatus

LIMIT = 50


def public_statements(office: Office | None = None):
    qs = Message.objects.filter(
        status=MessageStatus.PUBLISHED,
        kind__in=PUBLIC_KINDS,
        crisis__drill=False,
        published_at__isnull=False,
    ).select_related("crisis", "crisis__office")
    if office is not None:
        qs = qs.filter(crisis__office=office)
    return qs.order_by("-published_at", "-id")


def _office(slug: str | None) -> Office | None:
    return get_object_or_404(Office, slug=slug) if slug else None


def crisis_page(request, slug: str | None = None):
    office = _office(slug)
    statements = list(public_statements(office)[:LIMIT])
    crises = Crisis.objects.filter(drill=False, messages__in=[m.pk for m in statements]).distinct()
    return render(
        request,
        "portal/crisis_page.html",
        {
            "office": office,
            "statements": statements,
            "crises": crises,
            "rss_url": reverse("portal:crisis_rss_office", args=[slug]) if slug else reverse("portal:crisis_rss"),
            "json_url": reverse("portal:crisis_json_office", args=[slug]) if slug else reverse("portal:crisis_json"),
        },
    )


def _link(request, message: Message) -> str:
    slug = message.crisis.office.slug
    return request.build_absolute_uri(reverse("portal:crisis_office", args=[slug])) + f"#pernyataan-{message.pk}"


def crisis_rss(request, slug: str | None = None):
    office = _office(slug)
    title = _("Official crisis statements") + (f" — {office.name}" if office else "")
    feed = Rss201rev2Feed(
        title=title,
        link=request.build_absolute_uri(
            reverse("portal:crisis_office", args=[slug]) if slug else reverse("portal:crisis")
        ),
        description=_("Latest official statements and clarifications."),
        language="id",
    )
    for m in public_statements(office)[:LIMIT]:
        feed.add_item(
            title=m.title,
            link=_link(request, m),
            description=m.body,
            pubdate=m.published_at,
            unique_id=f"sigap-crisis-message-{m.pk}",
            categories=[m.get_kind_display(), m.crisis.title],
            author_name=m.crisis.office.name,
        )
    return HttpResponse(feed.writeString("utf-8"), content_type="application/rss+xml; charset=utf-8")


def crisis_json(request, slug: str | None = None):
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1)."""
    office = _office(slug)
    items = [
        {
            "id": f"sigap-crisis-message-{m.pk}",
            "url": _link(request, m),
            "title": m.title,
            "content_text": m.body,
            "date_published": m.published_at.isoformat(),
            "tags": [m.kind, m.crisis.title],
            "authors": [{"name": m.crisis.office.name}],
            "_sigap": {"crisis_id": m.crisis_id, "office": m.crisis.office.slug, "kind": m.kind, "version": m.version},
        }
        for m in public_statements(office)[:LIMIT]
    ]
    return JsonResponse(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": _("Official crisis statements") + (f" — {office.name}" if office else ""),
            "home_page_url": request.build_absolute_uri(
                reverse("portal:crisis_office", args=[slug]) if slug else reverse("portal:crisis")
            ),
            "feed_url": request.build_absolute_uri(request.path),
            "language": "id",
            "items": items,
        },
        json_dumps_params={"ensure_ascii": False},
    )
