"""Changes to issues that span several rows: create by hand, merge, split. Each is audited."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sigap.core.access import member_office_ids
from sigap.core.models import AuditEvent, Office
from sigap.monitoring.models import Document, Source, Watchlist
from sigap.monitoring.search import matching

from . import tracking
from .models import Issue, IssueDocument, IssueOffice, IssueStory, KeyActor
from .tracking.merging import combined_facets

MANUAL_LOOKBACK = timedelta(days=7)


@transaction.atomic
def create_issue(office: Office, title: str, *, actor, watchlist: Watchlist | None = None) -> Issue:
    """An issue made by hand; with a watchlist, its matches of the last 7 days (and their stories) join it."""
    now = timezone.now()
    issue = Issue.objects.create(
        office=office, title=title.strip()[:255], watchlist=watchlist, created_by=actor, created_at=now, level_since=now
    )
    AuditEvent.record(
        actor=actor,
        action="issue.created",
        target=issue,
        office=office,
        to_state=issue.level,
        reason=_("Created by hand."),
    )
    if watchlist is not None:
        profile = next(p for p in tracking.load_profiles() if p.office.id == office.id)
        sources = Source.objects.filter(office_id__in=profile.sees) | Source.objects.filter(shared=True)
        docs = matching(
            Document.objects.filter(
                source__in=sources, published_at__gte=now - MANUAL_LOOKBACK, analysed_at__isnull=False, relevant=True
            ),
            watchlist.parsed(),
        )
        rows = tracking.rows_for(list(docs.values(
            "id", "title", "text", "published_at", "channel", "source_id", "source__national", "author",
            "author_followers", "views", "likes", "shares", "replies", "sentiment", "dup_group",
        )[:5000]), profile)  # fmt: skip
        IssueDocument.objects.bulk_create([IssueDocument(issue=issue, **r) for r in rows], ignore_conflicts=True)
        story_ids = set(docs.exclude(story__isnull=True).values_list("story_id", flat=True)[:5000])
        IssueStory.objects.bulk_create([IssueStory(issue=issue, story_id=s) for s in story_ids], ignore_conflicts=True)
        tracking.refresh_counts({issue.pk}, now)
        issue.refresh_from_db()
    return issue


@transaction.atomic
def merge(target: Issue, others: list[Issue], *, actor) -> Issue:
    """Move the stories and documents of ``others`` into ``target``; the others are kept as merged."""
    for other in others:
        if other.pk == target.pk or other.office_id != target.office_id:
            continue
        IssueStory.objects.bulk_create(
            [IssueStory(issue=target, story_id=s) for s in other.stories.values_list("id", flat=True)],
            ignore_conflicts=True,
        )
        IssueDocument.objects.bulk_create(
            [IssueDocument(**{**_copy(item), "issue_id": target.pk}) for item in other.items.all()],
            ignore_conflicts=True,
        )
        IssueOffice.objects.bulk_create(
            [IssueOffice(issue=target, office_id=o) for o in other.touches.values_list("office_id", flat=True)],
            ignore_conflicts=True,
        )
        # Each merged story keeps its own facet: the merged issue attracts what either attracted, no more.
        target.facets = combined_facets(target.facets or [], other.facets or [])
        target.save(update_fields=["facets"])
        old = other.status
        other.status, other.merged_into = Issue.Status.MERGED, target
        other.save(update_fields=["status", "merged_into"])
        AuditEvent.record(
            actor=actor,
            action="issue.merged",
            target=other,
            office=other.office,
            from_state=old,
            to_state=other.status,
            data={"into": target.pk},
        )
        AuditEvent.record(
            actor=actor,
            action="issue.merged_in",
            target=target,
            office=target.office,
            data={"from": other.pk, "title": other.title},
        )
    tracking.refresh_counts({target.pk}, timezone.now())
    target.refresh_from_db()
    return target


@transaction.atomic
def split(issue: Issue, story_ids: list[int], title: str, *, actor) -> Issue:
    """Move the chosen stories (and their documents) out into a new issue of the same office."""
    now = timezone.now()
    moved = list(IssueStory.objects.filter(issue=issue, story_id__in=story_ids))
    moved_ids = {m.story_id for m in moved}
    kept = [f for f in issue.facets or [] if f.get("story") not in moved_ids]
    new = Issue.objects.create(
        office=issue.office, title=title.strip()[:255], created_by=actor, created_at=now, level_since=now,
        facets=[f for f in issue.facets or [] if f.get("story") in moved_ids],
        signals={"kept_apart": [issue.pk]},  # an analyst split them: the system never merges them again
    )  # fmt: skip
    IssueOffice.objects.bulk_create(
        [IssueOffice(issue=new, office_id=o, since=now) for o in issue.touches.values_list("office_id", flat=True)],
        ignore_conflicts=True,
    )
    signals = dict(issue.signals or {})
    signals["kept_apart"] = sorted({*signals.get("kept_apart", []), new.pk})
    Issue.objects.filter(pk=issue.pk).update(facets=kept, signals=signals)
    IssueStory.objects.filter(pk__in=[m.pk for m in moved]).update(issue=new)
    doc_ids = Document.objects.filter(story_id__in=[m.story_id for m in moved]).values("id")
    IssueDocument.objects.filter(issue=issue, document_id__in=doc_ids).update(issue=new)
    AuditEvent.record(
        actor=actor,
        action="issue.split",
        target=issue,
        office=issue.office,
        data={"into": new.pk, "stories": [m.story_id for m in moved]},
    )
    AuditEvent.record(
        actor=actor,
        action="issue.created",
        target=new,
        office=new.office,
        to_state=new.level,
        reason=_("Split from issue %(title)s.") % {"title": issue.title},
    )
    tracking.refresh_counts({issue.pk, new.pk}, now)
    new.refresh_from_db()
    return new


def _copy(item: IssueDocument) -> dict:
    return {
        f.attname: getattr(item, f.attname)
        for f in IssueDocument._meta.concrete_fields
        if f.attname not in ("id", "issue_id")
    }


@transaction.atomic
def save_policy(form, *, actor) -> None:
    """The office's escalation settings and key actors, replaced together with their audit row."""
    policy = form.save()
    KeyActor.objects.filter(office_id=policy.office_id).delete()
    KeyActor.objects.bulk_create(
        [KeyActor(office_id=policy.office_id, name=n, kind=k, aliases=a) for n, k, a in form.cleaned_data["key_actors"]]
    )
    AuditEvent.record(
        actor=actor,
        action="escalation_policy.changed",
        target=policy,
        office=policy.office,
        data={**{f: form.cleaned_data[f] for f in form.Meta.fields}, "weights": policy.weights},
    )


@transaction.atomic
def record_issue_export(actor, fmt: str, rows: int, filters: str) -> None:
    """Who took the issue list out of Sigap, and how many rows: as the other exports are."""
    office = Office.objects.filter(id__in=member_office_ids(actor)).order_by("id").first()
    AuditEvent.record(
        actor=actor,
        action="issue.exported",
        target=office or actor,
        office=office,
        data={"format": fmt, "rows": rows, "filters": filters},
    )
