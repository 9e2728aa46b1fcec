"""One event, one issue: an issue whose words have come to agree with another open issue of the
same tree is merged into the larger one.

Small stories say little, so two stories of one event can each become an issue before they
could be compared; once their issues have grown, their centroids tell (``linking.should_merge``).
Issues a person made or named, and issues an analyst split apart, are never merged by the system;
every merge is audited with the words the two issues share, and an analyst can split it again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from sigap.core.models import AuditEvent
from sigap.monitoring.models import Document
from sigap.text.background import content_words

from ..models import Issue, IssueDocument, IssueOffice, IssueStory, LevelChange
from . import linking
from .attach import TAKING, open_to_stories
from .counts import refresh_counts
from .profiles import Profile

if TYPE_CHECKING:
    from . import Summary


def merge_alike(
    issue_ids: set[int], profiles: dict[int, Profile], now_of: Callable[[int], datetime], summary: Summary
) -> int:
    """Merge each of ``issue_ids`` with an open issue of its tree it has come to agree with."""
    now = max((now_of(o) for o in profiles), default=None)
    if now is None:
        return 0
    candidates = {
        i.pk: i
        for i in Issue.objects.filter(open_to_stories(now), status__in=TAKING).exclude(facets=[])
        .only("id", "office_id", "facets", "doc_count", "signals", "title", "title_locked", "created_by_id",
              "first_at")
    }  # fmt: skip
    risen = set(LevelChange.objects.filter(issue_id__in=candidates).values_list("issue_id", flat=True).distinct())
    merged = 0
    for pk in sorted(issue_ids):
        issue = candidates.get(pk)
        if issue is None or issue.office_id not in profiles:
            continue
        root = profiles[issue.office_id].root
        best = None
        for other in candidates.values():
            if other.pk == pk or other.office_id not in profiles or profiles[other.office_id].root != root:
                continue
            if other.pk in _kept_apart(issue) or pk in _kept_apart(other):
                continue
            found, absorbing = linking.should_merge(issue.facets, other.facets), False
            if found is None and (pk in risen) != (other.pk in risen):
                chatter, event = (issue, other) if other.pk in risen else (other, issue)
                if _after(chatter, event):
                    found = linking.absorbs(chatter.facets, event.facets, profiles[issue.office_id].actor_words)
                    absorbing = found is not None
            if found and (best is None or found[0] > best[1][0]):
                best = (other, found, absorbing)
        if best is None:
            continue
        other, (score, shared), absorbing = best
        target, source = sorted((issue, other), key=lambda i: (i.pk not in risen, -i.doc_count, i.pk))
        if source.title_locked or source.created_by_id is not None:
            target, source = source, target
            if source.title_locked or source.created_by_id is not None:
                continue
        _merge(target, source, score, shared, profiles[target.office_id], now, absorbing)
        if not absorbing:  # chatter's other talk must not widen what the event attracts
            target.facets = combined_facets(target.facets, source.facets)
        candidates.pop(source.pk, None)
        merged += 1
    return merged


def _after(chatter: Issue, event: Issue) -> bool:
    """Whether the chatter began after the event did: what was said before it is not about it."""
    return chatter.first_at is not None and event.first_at is not None and chatter.first_at >= event.first_at


def _about(rows: list[dict], about: dict[str, float]) -> list[dict]:
    texts = {
        pk: f"{title or ''}\n{text}"
        for pk, title, text in Document.objects.filter(id__in=[r["document_id"] for r in rows]).values_list(
            "id", "title", "text"
        )
    }
    return [r for r in rows if linking.fits(about, content_words(texts.get(r["document_id"], "")))]


def _kept_apart(issue: Issue) -> set[int]:
    return set((issue.signals or {}).get("kept_apart", []))


def combined_facets(a: list[dict], b: list[dict]) -> list[dict]:
    facets = {f.get("story"): f for f in a}
    for f in b:
        facets.setdefault(f.get("story"), f)
    return sorted(facets.values(), key=lambda f: (-f.get("size", 0), f.get("story", 0)))[: linking.MAX_FACETS]


def _merge(
    target: Issue,
    source: Issue,
    score: float,
    shared: list[str],
    owner: Profile,
    now: datetime,
    absorbing: bool = False,
) -> None:
    """Fold ``source`` into ``target``. A chatter issue absorbed by an event brings only its
    documents that are about the event (``linking.fits``), as a story's documents join an issue:
    stories are made of words alone and a chatter story often holds other talk too."""
    IssueStory.objects.bulk_create(
        [IssueStory(issue_id=target.pk, story_id=s, added_at=now, reason={"merged_from": source.pk, "score": score,
                                                                          "shared": shared})
         for s in IssueStory.objects.filter(issue_id=source.pk).values_list("story_id", flat=True)],
        ignore_conflicts=True,
    )  # fmt: skip
    fields = [f.attname for f in IssueDocument._meta.concrete_fields if f.attname not in ("id", "issue_id")]
    rows = list(IssueDocument.objects.filter(issue_id=source.pk).values(*fields))
    if absorbing:
        rows = _about(rows, linking.issue_centroid(target.facets))
    IssueDocument.objects.bulk_create(
        [IssueDocument(issue_id=target.pk, **row) for row in rows], ignore_conflicts=True, batch_size=1000
    )
    IssueOffice.objects.bulk_create(
        [IssueOffice(issue_id=target.pk, office_id=o, since=now) for o in
         IssueOffice.objects.filter(issue_id=source.pk).values_list("office_id", flat=True)],
        ignore_conflicts=True,
    )  # fmt: skip
    Issue.objects.filter(pk=source.pk).update(status=Issue.Status.MERGED, merged_into=target.pk)
    if not absorbing:
        Issue.objects.filter(pk=target.pk).update(facets=combined_facets(target.facets, source.facets))
    reason = _("Merged automatically: both are about %(words)s.") % {"words": ", ".join(shared)}
    AuditEvent.record(actor=None, action="issue.merged", target=source, office=owner.office,
                      from_state=Issue.Status.OPEN, to_state=Issue.Status.MERGED, reason=reason,
                      data={"into": target.pk, "score": score, "shared": shared})  # fmt: skip
    AuditEvent.record(
        actor=None,
        action="issue.merged_in",
        target=target,
        office=owner.office,
        reason=reason,
        data={"from": source.pk, "title": source.title, "score": score, "shared": shared},
    )
    refresh_counts({target.pk}, now)
