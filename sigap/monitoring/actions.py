"""Writes that span a save and its audit trail, shared by the pages and the API."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from sigap.core.models import AuditEvent

from .forms import SourceForm, WatchlistForm
from .models import Source, Watchlist


@transaction.atomic
def save_source(form: SourceForm, user, *, via: str = "web") -> Source:
    created = form.instance.pk is None
    source = form.save(commit=False)
    if source.is_polled and (created or {"url", "kind", "active"} & set(form.changed_data)):
        source.next_poll_at = timezone.now()  # fetch a new or changed source at the next tick
    source.save()
    AuditEvent.record(
        actor=user, action="source.created" if created else "source.changed", target=source,
        office=source.office, data={"changed": form.changed_data, "via": via},
    )
    return source


@transaction.atomic
def save_watchlist(form: WatchlistForm, user, *, via: str = "web") -> Watchlist:
    created = form.instance.pk is None
    watchlist = form.save(commit=False)
    if created:
        watchlist.created_by = user
    watchlist.save()
    AuditEvent.record(
        actor=user, action="watchlist.created" if created else "watchlist.changed", target=watchlist,
        office=watchlist.office, data={"query": watchlist.query, "via": via},
    )
    return watchlist


@transaction.atomic
def delete_watchlist(watchlist: Watchlist, user, *, via: str = "web") -> None:
    AuditEvent.record(
        actor=user, action="watchlist.deleted", target=watchlist, office=watchlist.office,
        data={"query": watchlist.query, "via": via},
    )
    watchlist.delete()
