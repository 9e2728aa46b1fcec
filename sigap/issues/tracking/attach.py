"""Attach analysed documents to issues.

A story *touches* an office when one of its documents matches one of the office's watchlists,
names a place in its region, or names one of its key actors; only documents the office may see
count. A story that touches an office joins, in this order:

1. the issue that already holds it in the office's tree (the office is added to the offices the
   issue touches: a regency's event is the same row for its province);
2. the issue of that tree whose facets it resembles (``linking.py``): one event, across
   channels, from the step its first document arrives in;
3. a new issue of the office, once ``min_story_docs`` of its documents touched the office.

A reply or comment follows its thread: when the post it answers (``parent_id``) belongs to an
issue, the reply joins that issue whatever story its words fall into ("amin", "semoga cepat
pulih" say nothing by themselves).

Stories are built from words alone and sometimes take in a post about something else that
shares a few common words; a document of a story joins the story's issue only when it shares
the issue's own words (``linking.fits``), so an issue does not swell with the chatter around it.

A story held by a dismissed issue never makes a new issue, and a story that resembles a
dismissed issue joins it silently.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from sigap.alerts.events import Event, EventKind
from sigap.core.models import AuditEvent
from sigap.lib.query import Tokens
from sigap.monitoring.models import Document, DocumentEntity, Source, Story
from sigap.text.background import content_words
from sigap.text.cues import find_cues, is_severe

from ..models import Issue, IssueDocument, IssueOffice, IssueStory, LevelChange, StoryTouch
from . import linking
from .profiles import NATIONAL_ACTORS, Profile

if TYPE_CHECKING:
    from . import Summary

LINK_WINDOW = timedelta(days=7)  # an issue quiet for longer takes no new story by resemblance
YOUNG = timedelta(hours=72)  # an issue that never rose above Pemantauan takes new stories this long


def open_to_stories(now: datetime) -> Q:
    """Issues that may take new stories by resemblance: active in the last week, and either risen
    above Pemantauan at some time or at most three days old. Ordinary chatter that never rises
    stops gathering after three days; it would otherwise chain, story by story, into a
    month-long heap of everything said in the area."""
    risen = Exists(LevelChange.objects.filter(issue_id=OuterRef("pk")))
    return Q(last_at__gte=now - LINK_WINDOW) & (risen | Q(created_at__gte=now - YOUNG))


DOC_FIELDS = (
    "id", "office_id", "source_id", "channel", "title", "text", "published_at", "author", "author_followers",
    "views", "likes", "shares", "replies", "sentiment", "dup_group", "story_id", "parent_id",
)  # fmt: skip
TAKING = (Issue.Status.OPEN, Issue.Status.DORMANT)


@dataclass
class Held:
    """The issue holding a story within one tree."""

    issue_id: int
    owner: int
    status: str
    offices: set[int]

    @property
    def taking(self) -> bool:
        return self.status in TAKING


@dataclass
class Batch:
    """What one call of ``attach`` collects before writing."""

    profiles: dict[int, Profile]
    now_of: Callable[[int], datetime]
    summary: Summary
    keywords: dict[int, dict[str, float]]
    holders: dict[tuple[int, int], Held] = field(default_factory=dict)  # (story, root) → issue
    items: dict[tuple[int, int], IssueDocument] = field(default_factory=dict)  # (issue, document)
    joins: dict[tuple[int, int], set[str]] = field(default_factory=lambda: defaultdict(set))  # (issue, office)
    facets: dict[int, dict[int, dict]] = field(default_factory=lambda: defaultdict(dict))  # issue → story → kw
    index: linking.CandidateIndex | None = None
    centroids: dict[int, dict[str, float]] = field(default_factory=dict)  # issue → what it is about

    def fits(self, issue_id: int, text: str) -> bool:
        """Whether a document of a story the issue holds is about what the issue is about."""
        if issue_id not in self.centroids:
            facets = Issue.objects.filter(pk=issue_id).values_list("facets", flat=True).first() or []
            self.centroids[issue_id] = linking.issue_centroid(facets)
        return linking.fits(self.centroids[issue_id], content_words(text))


def attach(
    document_ids: list[int],
    profiles: list[Profile],
    now_of: Callable[[int], datetime],
    summary: Summary,
    keywords: dict[int, dict[str, float]] | None = None,
) -> None:
    # Documents an analyst marked not relevant never join an issue (docs/corrections.md).
    docs = list(Document.objects.filter(id__in=document_ids, story__isnull=False, relevant=True).values(*DOC_FIELDS))
    if not docs:
        return
    batch = Batch({p.office.id: p for p in profiles}, now_of, summary, keywords or {})
    sources = {
        s["id"]: s
        for s in Source.objects.filter(id__in={d["source_id"] for d in docs}).values("id", "shared", "national", "name")
    }
    places = region_codes([d["id"] for d in docs])
    _load_holders(batch, {d["story_id"] for d in docs})
    threads = _thread_issues(docs)
    touches: dict[tuple[int, int], dict] = {}
    for d in docs:
        src = sources[d["source_id"]]
        if d["id"] in threads:
            base = item_fields(d, src["national"], places[d["id"]])
            for thread in threads[d["id"]]:
                owner = batch.profiles.get(thread.owner)
                actors = owner.actors_in(_text(d).lower()) if owner else []
                _add_item(batch, thread, d["id"], dict(base, actors=" | ".join(actors)[:300]))
            continue
        text = _text(d)
        lowered, tokens = text.lower(), None
        base = item_fields(d, src["national"], places[d["id"]])
        regions = base["regions"].split(",") if base["regions"] else []
        for profile in profiles:
            if not profile.may_see(d["office_id"], src["shared"]):
                continue
            actors = profile.actors_in(lowered)
            reasons, watchlist = [], None
            if profile.watchlists:
                tokens = tokens or Tokens(text)
                for wid, match in profile.watchlists:
                    if match(tokens):
                        watchlist = watchlist or wid
                        reasons.append(f"watchlist:{wid}")
                        if d["channel"] == "news":
                            summary.events.append(_watchlist_event(profile, wid, d, src, now_of(profile.office.id)))
            region = profile.office.region_code
            if region and any(c == region or c.startswith(region + ".") for c in regions):
                reasons.append(f"region:{region}")
            reasons += [f"actor:{name}" for name in actors if name not in NATIONAL_ACTORS]
            held = batch.holders.get((d["story_id"], profile.root))
            if held is not None:
                if reasons and profile.office.id not in held.offices:
                    batch.joins[(held.issue_id, profile.office.id)].update(reasons)
                if held.taking and (profile.office.id in held.offices or reasons) and batch.fits(held.issue_id, text):
                    _add_item(batch, held, d["id"], dict(base, actors=" | ".join(actors)[:300]))
                continue
            if reasons:
                touch = touches.setdefault(
                    (profile.office.id, d["story_id"]), {"count": 0, "watchlist": None, "reasons": set()}
                )
                touch["count"] += 1
                touch["watchlist"] = touch["watchlist"] or watchlist
                touch["reasons"].update(reasons)
    if touches:
        _settle_touches(batch, touches)
    changed = _refresh_facets(batch)
    _write(batch)
    if changed:
        from .merging import merge_alike

        merge_alike(changed, batch.profiles, batch.now_of, summary)


def _thread_issues(docs: list[dict]) -> dict[int, list[Held]]:
    """Replies whose post (``parent_id``, in the reply's own source: the comments of a page, the
    replies of a search) already belongs to an open issue: document id → the issues to join."""
    replies = [d for d in docs if d["parent_id"]]
    if not replies:
        return {}
    parents: dict[tuple[int, str], int] = {}
    for pk, source_id, external_id in Document.objects.filter(  # the (source, external_id) index
        source_id__in={d["source_id"] for d in replies}, external_id__in={d["parent_id"] for d in replies}
    ).values_list("id", "source_id", "external_id"):
        parents[(source_id, external_id)] = pk
    if not parents:
        return {}
    issues: dict[int, list[Held]] = defaultdict(list)
    for doc_id, issue_id, owner, status in IssueDocument.objects.filter(
        document_id__in=set(parents.values()), issue__status__in=TAKING
    ).values_list("document_id", "issue_id", "issue__office_id", "issue__status"):
        issues[doc_id].append(Held(issue_id, owner, status, set()))
    return {
        d["id"]: issues[parent]
        for d in replies
        if (parent := parents.get((d["source_id"], d["parent_id"]))) is not None and issues.get(parent)
    }


def _add_item(batch: Batch, held: Held, document_id: int, row: dict) -> None:
    key = (held.issue_id, document_id)
    if key not in batch.items:
        owner = batch.profiles.get(held.owner)
        batch.items[key] = IssueDocument(
            issue_id=held.issue_id, **with_focus(row, owner.office.region_code if owner else "")
        )


def with_focus(row: dict, own_region: str) -> dict:
    """The row with ``elsewhere`` set for the issue owner's region."""
    from ..escalation import about_elsewhere

    return dict(row, elsewhere=about_elsewhere(row["regions"].split(",") if row["regions"] else [], own_region))


def _load_holders(batch: Batch, story_ids: set[int]) -> None:
    rows = list(
        IssueStory.objects.filter(story_id__in=story_ids)
        .exclude(issue__status=Issue.Status.MERGED)
        .values("story_id", "issue_id", "issue__office_id", "issue__status")
    )
    offices = _offices_of({r["issue_id"] for r in rows})
    for r in rows:
        owner = batch.profiles.get(r["issue__office_id"])
        if owner is None:
            continue
        key = (r["story_id"], owner.root)
        held = batch.holders.get(key)
        # Two issues of one tree holding one story (made before issues were shared): the open one takes it.
        if held is None or (not held.taking and r["issue__status"] in TAKING):
            batch.holders[key] = Held(r["issue_id"], owner.office.id, r["issue__status"], offices[r["issue_id"]])


def _offices_of(issue_ids: set[int]) -> dict[int, set[int]]:
    found: dict[int, set[int]] = defaultdict(set)
    for issue_id, office_id in IssueOffice.objects.filter(issue_id__in=issue_ids).values_list("issue_id", "office_id"):
        found[issue_id].add(office_id)
    for issue_id, office_id in Issue.objects.filter(id__in=issue_ids).values_list("id", "office_id"):
        found[issue_id].add(office_id)
    return found


def _settle_touches(batch: Batch, touches: dict[tuple[int, int], dict]) -> None:
    """Count the touches; each touched story joins an issue by holder, by resemblance or by count."""
    existing = {
        (t.office_id, t.story_id): t
        for t in StoryTouch.objects.filter(Q(*[Q(office_id=o, story_id=s) for o, s in touches], _connector=Q.OR))
    }
    rows = []
    for (office_id, story_id), touch in touches.items():
        row = existing.get((office_id, story_id)) or StoryTouch(office_id=office_id, story_id=story_id)
        row.count += touch["count"]
        row.watchlist_id = row.watchlist_id or touch["watchlist"]
        row.reasons = sorted(set(row.reasons) | touch["reasons"])
        row.save()
        rows.append(row)
    # The deepest office first (a regency's event is the regency's issue, its province joins),
    # then the most touched story.
    rows.sort(key=lambda r: (-batch.profiles[r.office_id].depth, -r.count, r.story_id))
    for row in rows:
        profile = batch.profiles[row.office_id]
        key = (row.story_id, profile.root)
        held = batch.holders.get(key)
        if held is None:
            held = _link(batch, profile, row) or _create(batch, profile, row)
            if held is None:
                continue
        if profile.office.id not in held.offices:
            batch.joins[(held.issue_id, profile.office.id)].update(row.reasons)
            held.offices.add(profile.office.id)
        if held.taking:
            owner = batch.profiles.get(held.owner, profile)
            fits = partial(batch.fits, held.issue_id)
            for item in story_items(held.issue_id, row.story_id, profile, owner, fits):
                batch.items.setdefault((held.issue_id, item.document_id), item)


def _candidates(batch: Batch) -> linking.CandidateIndex:
    """Issues that stories may join by resemblance (``open_to_stories``)."""
    if batch.index is None:
        batch.index = linking.CandidateIndex()
        now = max(batch.now_of(o) for o in batch.profiles) if batch.profiles else None
        if now is not None:
            for issue_id, office_id, facets in (
                Issue.objects.filter(open_to_stories(now), status__in=(*TAKING, Issue.Status.DISMISSED))
                .exclude(facets=[])
                .values_list("id", "office_id", "facets")
            ):
                _index(batch, issue_id, office_id, facets)
    return batch.index


def _index(batch: Batch, issue_id: int, owner_id: int, facets: list[dict]) -> None:
    owner = batch.profiles.get(owner_id)
    if owner is not None and batch.index is not None:  # not built yet: it will read this issue from the database
        batch.index.add(issue_id, owner.root, [f.get("kw", {}) for f in facets])


def _link(batch: Batch, profile: Profile, touch: StoryTouch) -> Held | None:
    keywords = batch.keywords.get(touch.story_id)
    if not keywords:
        return None
    story = linking.content(keywords, profile.is_place_word)
    match = _candidates(batch).match(profile.root, story) if story else None
    if match is None:
        return None
    issue = Issue.objects.filter(pk=match.issue_id).values("office_id", "status").first()
    if issue is None:
        return None
    held = Held(match.issue_id, issue["office_id"], issue["status"], _offices_of({match.issue_id})[match.issue_id])
    batch.holders[(touch.story_id, profile.root)] = held
    IssueStory.objects.get_or_create(
        issue_id=match.issue_id, story_id=touch.story_id,
        defaults={"added_at": batch.now_of(profile.office.id), "reason": {"score": match.score, "shared": match.shared}},
    )  # fmt: skip
    return held


def _create(batch: Batch, profile: Profile, touch: StoryTouch) -> Held | None:
    if touch.count < profile.policy.min_story_docs:
        return None
    now = batch.now_of(profile.office.id)
    story = Story.objects.get(pk=touch.story_id)
    issue = Issue.objects.create(
        office=profile.office, title=(story.label or _("Untitled issue"))[:255], watchlist_id=touch.watchlist_id,
        created_at=now, level_since=now, first_at=story.first_at, last_at=story.last_at,
    )  # fmt: skip
    AuditEvent.record(
        actor=None,
        action="issue.created",
        target=issue,
        office=profile.office,
        to_state=issue.level,
        reason=_("Story touches the office: %(reasons)s") % {"reasons": ", ".join(touch.reasons)},
    )
    batch.summary.created.append(issue.pk)
    IssueOffice.objects.create(issue=issue, office=profile.office, since=now, reasons=touch.reasons)
    IssueStory.objects.create(issue=issue, story_id=touch.story_id, added_at=now)
    held = Held(issue.pk, profile.office.id, issue.status, {profile.office.id})
    batch.holders[(touch.story_id, profile.root)] = held
    words = linking.content(batch.keywords.get(touch.story_id) or {}, profile.is_place_word)
    if words:
        facets = linking.updated_facets([], touch.story_id, story.size, words)
        Issue.objects.filter(pk=issue.pk).update(facets=facets)
        batch.centroids[issue.pk] = linking.issue_centroid(facets)
        _index(batch, issue.pk, profile.office.id, facets)
    return held


def _refresh_facets(batch: Batch) -> set[int]:
    """Each issue keeps the current words of its largest stories; returns the issues whose
    facets changed."""
    held = {(story, h.issue_id): h.owner for (story, _root), h in batch.holders.items() if story in batch.keywords}
    if not held:
        return set()
    sizes = dict(Story.objects.filter(id__in={s for s, _ in held}).values_list("id", "size"))
    issues = {i.pk: i for i in Issue.objects.filter(id__in={i for _, i in held}).only("id", "facets")}
    for (story, issue_id), owner in held.items():
        issue, profile = issues.get(issue_id), batch.profiles.get(owner)
        if issue is not None and profile is not None:
            words = linking.content(batch.keywords[story], profile.is_place_word)
            issue.facets = linking.updated_facets(issue.facets or [], story, sizes.get(story, 1), words)
    Issue.objects.bulk_update(list(issues.values()), ["facets"], batch_size=500)
    return set(issues)


def _write(batch: Batch) -> None:
    for (issue_id, office_id), reasons in batch.joins.items():
        office_now = batch.now_of(office_id)
        _row, new = IssueOffice.objects.get_or_create(
            issue_id=issue_id, office_id=office_id, defaults={"since": office_now, "reasons": sorted(reasons)}
        )
        if new:
            issue = Issue.objects.get(pk=issue_id)
            AuditEvent.record(
                actor=None,
                action="issue.office_added",
                target=issue,
                office=batch.profiles[office_id].office,
                reason=_("Story touches the office: %(reasons)s") % {"reasons": ", ".join(sorted(reasons))},
            )
    created = IssueDocument.objects.bulk_create(list(batch.items.values()), ignore_conflicts=True, batch_size=1000)
    batch.summary.attached += len(created)
    from .counts import refresh_counts

    issue_ids = {issue_id for issue_id, _ in batch.items} | {issue_id for issue_id, _ in batch.joins}
    refresh_counts(issue_ids, max((batch.now_of(o) for o in batch.profiles), default=None))


def _watchlist_event(
    profile: Profile, watchlist_id: int, d: Mapping[str, Any], src: Mapping[str, Any], now: datetime
) -> Event:
    return Event(
        kind=EventKind.WATCHLIST_MAINSTREAM, office_id=profile.office.id,
        subject=f"watchlist:{watchlist_id}:story:{d['story_id']}",
        title=_("Watchlist match in %(outlet)s: %(title)s") % {"outlet": src["name"], "title": (d["title"] or d["text"])[:120]},
        url=reverse("monitoring:document_detail", args=[d["id"]]), at=d["published_at"] or now,
        values={"watchlist_id": watchlist_id, "outlet": src["name"], "national": src["national"], "document_id": d["id"]},
    )  # fmt: skip


def story_items(
    issue_id: int, story_id: int, profile: Profile, owner: Profile, fits: Callable[[str], bool] | None = None
) -> list[IssueDocument]:
    """Every analysed document of the story that ``profile`` may see (and that ``fits`` the issue),
    as rows of the issue (key actors as the issue's owner names them)."""
    docs = Document.objects.filter(story_id=story_id, analysed_at__isnull=False, relevant=True)
    visible = (
        Q(office_id__in=profile.sees) | Q(source__shared=True) if profile.sees_shared else Q(office_id__in=profile.sees)
    )
    rows = list(docs.filter(visible).values(
        "id", "title", "text", "published_at", "channel", "source_id", "source__national", "author",
        "author_followers", "views", "likes", "shares", "replies", "sentiment", "dup_group",
    ))  # fmt: skip
    if fits is not None:
        rows = [d for d in rows if fits(_text(d))]
    return [IssueDocument(issue_id=issue_id, **row) for row in rows_for(rows, owner)]


def rows_for(docs: Sequence[Mapping[str, Any]], profile: Profile) -> list[dict]:
    """IssueDocument columns for documents read with ``source__national``, as ``profile`` sees them."""
    places = region_codes([d["id"] for d in docs])
    rows = []
    for d in docs:
        actors = " | ".join(profile.actors_in(_text(d).lower()))[:300]
        row = dict(item_fields(d, d["source__national"], places[d["id"]]), actors=actors)
        rows.append(with_focus(row, profile.office.region_code))
    return rows


def _text(d: Mapping[str, Any]) -> str:
    return f"{d['title'] or ''}\n{d['text']}"


def region_codes(doc_ids: list[int]) -> dict[int, list[str]]:
    codes: dict[int, list[str]] = defaultdict(list)
    for doc_id, code in (
        DocumentEntity.objects.filter(document_id__in=doc_ids).exclude(region_code="").values_list("document_id", "region_code")
    ):  # fmt: skip
        codes[doc_id].append(code)
    return codes


def item_fields(d: Mapping[str, Any], national: bool, codes: list[str]) -> dict:
    """The IssueDocument columns of one document, except its issue, the key actors and whether
    it is about somewhere else (``with_focus``, which depends on the issue's office)."""
    from sigap.lib.region_map import regency_of

    regencies = sorted({regency_of(c) or c for c in codes if c})
    cues = find_cues(_text(d))
    return {
        "document_id": d["id"], "published_at": d["published_at"], "channel": d["channel"],
        "source_id": d["source_id"], "national": national, "author": d["author"][:200],
        "reach": d["author_followers"] + d["views"] + d["likes"] + d["shares"] + d["replies"],
        "negative": d["sentiment"] == "negatif", "dup_group": d["dup_group"], "cues": ",".join(cues)[:80],
        "severe": is_severe(cues), "regions": ",".join(regencies)[:300],
    }  # fmt: skip
