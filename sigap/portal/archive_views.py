"""The open archive: answered requests the PPID published, searchable, with an Atom feed.

Only ``ArchiveEntry.objects.public()`` is read, and only its reviewed texts: never the request's own
text, the requester's identity or the tracking code (which would let anyone file an objection).
"""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from sigap.core.models import Office
from sigap.ppid.models import ArchiveEntry

from .follow_views import FollowForm

LIMIT = 50


def published(office: Office | None = None, query: str = ""):
    qs = ArchiveEntry.objects.public().select_related("request__office")
    if office is not None:
        qs = qs.filter(request__office=office)
    for word in query.split()[:8]:  # every word must appear, in the question or the answer
        qs = qs.filter(Q(question__icontains=word) | Q(answer__icontains=word))
    return qs.order_by("-published_at", "-id")


def archive_list(request, slug: str | None = None):
    office = get_object_or_404(Office, slug=slug) if slug else None
    query = request.GET.get("q", "").strip()[:200]
    page = Paginator(published(office, query), 20).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    feed = reverse("portal:archive_feed_office", args=[slug]) if slug else reverse("portal:archive_feed")
    return render(
        request,
        "portal/archive_list.html",
        {"office": office, "q": query, "page": page, "query_string": params.urlencode(), "feed_url": feed},
    )


def archive_entry(request, pk: int):
    entry = get_object_or_404(ArchiveEntry.objects.public().select_related("request__office"), pk=pk)
    return render(
        request,
        "portal/archive_entry.html",
        {
            "entry": entry,
            "req": entry.request,
            "office": entry.request.office,
            "follow_form": FollowForm(),
            # only the reviewed redacted copies: release_views.archive_document serves them
            "documents": entry.request.released_documents.filter(published=True).exclude(redacted=""),
        },
    )


class ArchiveFeed(Feed):
    """Atom feed of the published answers, of all offices or of one (Django's syndication framework)."""

    feed_type = Atom1Feed
    language = "id"

    def get_object(self, request, slug: str | None = None):
        return get_object_or_404(Office, slug=slug) if slug else None

    def title(self, office):
        return _("Archive of answered information requests") + (f" — {office.name}" if office else "")

    def link(self, office):
        return reverse("portal:archive_office", args=[office.slug]) if office else reverse("portal:archive")

    def subtitle(self, office):
        return _("Questions and answers the PPID published, without the requesters' personal data.")

    def items(self, office):
        return published(office)[:LIMIT]

    def item_title(self, item):
        return f"{item.request.number}: {item.question[:120]}"

    def item_description(self, item):
        return item.answer

    def item_link(self, item):
        return reverse("portal:archive_entry", args=[item.pk])

    def item_guid(self, item):
        return f"sigap-ppid-archive-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.request.office.name

    def item_categories(self, item):
        return [item.request.get_outcome_display(), item.get_category_display()]


archive_feed = ArchiveFeed()
