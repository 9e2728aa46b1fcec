"""Public crisis page and feeds: official statements and clarifications, latest first.

Only published messages of public kinds from real crises appear: drafts, internal message
houses and every drill (LATIHAN) stay inside Sigap.
"""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed
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
            "atom_url": reverse("portal:crisis_atom_office", args=[slug]) if slug else reverse("portal:crisis_atom"),
        },
    )


def statement(request, pk: int):
    """One statement on its own page: only what the public list shows (published, public kind, no drill)."""
    message = get_object_or_404(public_statements(), pk=pk)
    return render(request, "portal/statement.html", {"m": message, "office": message.crisis.office})


def _link(request, message: Message) -> str:
    return request.build_absolute_uri(reverse("portal:statement", args=[message.pk]))


class StatementsFeed(Feed):
    """RSS 2.0 of the public statements (Django's syndication framework); ``StatementsAtomFeed`` is the Atom twin."""

    feed_type: type[SyndicationFeed] = Rss201rev2Feed
    language = "id"

    def get_object(self, request, slug: str | None = None):
        return _office(slug)

    def title(self, office):
        return _("Official crisis statements") + (f" — {office.name}" if office else "")

    def link(self, office):
        return reverse("portal:crisis_office", args=[office.slug]) if office else reverse("portal:crisis")

    def description(self, office):
        return _("Latest official statements and clarifications.")

    subtitle = description

    def items(self, office):
        return public_statements(office)[:LIMIT]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.body

    def item_link(self, item):
        return reverse("portal:statement", args=[item.pk])

    def item_guid(self, item):
        return f"sigap-crisis-message-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.published_at

    def item_author_name(self, item):
        return item.crisis.office.name

    def item_categories(self, item):
        return [item.get_kind_display(), item.crisis.title]


class StatementsAtomFeed(StatementsFeed):
    feed_type = Atom1Feed


crisis_rss = StatementsFeed()
crisis_atom = StatementsAtomFeed()


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
