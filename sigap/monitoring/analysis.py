"""Analyse stored documents with the text pipeline (sigap.text) in batches.

One worker at a time advances the pipeline (it remembers near-duplicates and live stories), so it
holds a lease on the AnalysisState row; its memory is saved there after every run, so another
worker or a restart resumes where it stopped. Every result records the models that produced it.
"""

from __future__ import annotations

import logging
import tempfile
from datetime import timedelta
from pathlib import Path

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from sigap.core import jobs
from sigap.core.db import update_rows
from sigap.core.models import AuditEvent
from sigap.text.normalize import normalize
from sigap.text.pipeline import Pipeline, document_text
from sigap.text.sentiment import MAX_CHARS

from .corrections import active_corrections
from .models import AnalysisRun, AnalysisState, Document, DocumentCorrection, DocumentEntity, Source, Story
from .office_models import active_models
from .signals import documents_analysed

log = logging.getLogger(__name__)
STATE_NAME = "text-pipeline"
BATCH = 1000
#: Documents one analysis task takes before it queues the rest as a new task (and saves the
#: pipeline's memory), so a large import's backlog holds the analysis queue for one chunk at most.
CHUNK = 10 * BATCH
#: Documents published this recently are analysed before an older backlog (an import of last
#: year's posts must not delay today's alerts).
LIVE = timedelta(hours=6)
QUEUED_NAME = "analysis-queued"  # a run is queued and not started yet
_pipeline = None  # this process's pipeline, kept between tasks
_pipeline_version = None  # the AnalysisState.updated_at it was loaded from or saved as


def _holder() -> str:
    return jobs.holder()


def _acquire() -> AnalysisState | None:
    """Claim the lease with a conditional UPDATE: free, expired, or already ours."""
    AnalysisState.objects.get_or_create(name=STATE_NAME)
    now = timezone.now()
    free = Q(lease_until__isnull=True) | Q(lease_until__lt=now) | Q(holder=_holder())
    claimed = AnalysisState.objects.filter(free, name=STATE_NAME).update(
        holder=_holder(), lease_until=now + jobs.lease()
    )
    # The saved memory (``state``, about 100 MB after a large import) is read only when this
    # process must reload it, not at every claim.
    return AnalysisState.objects.defer("state").get(name=STATE_NAME) if claimed else None


def _release(state: AnalysisState) -> None:
    AnalysisState.objects.filter(pk=state.pk, holder=_holder()).update(holder="", lease_until=None)


def _load_pipeline(state: AnalysisState):
    """This process's pipeline, reloaded when another worker advanced the saved state meanwhile."""
    global _pipeline, _pipeline_version
    if _pipeline is not None and _pipeline_version == state.updated_at:
        return _pipeline
    saved = AnalysisState.objects.filter(pk=state.pk).values_list("state", flat=True).first()
    if saved:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "state.npz"
            path.write_bytes(bytes(saved))
            del saved
            _pipeline = Pipeline.load(path)
    else:
        _pipeline = Pipeline()
    _pipeline_version = state.updated_at
    return _pipeline


def _save_pipeline(state: AnalysisState, pipeline) -> None:
    global _pipeline_version
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "state.npz"
        pipeline.save(path)
        state.state = path.read_bytes()
    state.lease_until = timezone.now() + jobs.lease()
    state.save(update_fields=["state", "lease_until", "updated_at"])
    _pipeline_version = state.updated_at


def analyse_pending(limit: int | None = None, *, persist: bool = True) -> int:
    """Analyse documents not analysed yet, oldest first; returns how many. 0 if another worker holds the lease.

    ``persist=False`` keeps the pipeline's memory in this process only (a replay stepping
    through a scenario saves it once at the end with ``save_state``)."""
    state = _acquire()
    if state is None:
        return 0
    done = 0
    try:
        pipeline = _load_pipeline(state)
        while limit is None or done < limit:
            docs = _next_batch(BATCH if limit is None else min(BATCH, limit - done))
            if not docs:
                break
            keywords = {}
            for drill, group in _by_space(docs).items():
                keywords.update(_analyse(pipeline if drill is None else _drill_pipeline(pipeline, drill), group))
            done += len(docs)
            _announce(state, [d.id for d in docs], keywords)
            AnalysisState.objects.filter(pk=state.pk).update(lease_until=timezone.now() + jobs.lease())
        if done and persist:
            _save_pipeline(state, pipeline)
    finally:
        _release(state)
    return done


def _announce(state: AnalysisState, document_ids: list[int], keywords) -> None:
    """Tell the apps that follow the analysis (the early warning). A failing receiver does not undo
    the stored analysis; it is logged with its traceback and written to the audit trail, and the
    next batch (or the 5-minute rescoring) catches up."""
    for receiver, result in documents_analysed.send_robust(
        sender=Document, document_ids=document_ids, story_keywords=keywords
    ):
        if isinstance(result, Exception):
            log.error(
                "%s failed for %d documents",
                getattr(receiver, "__qualname__", receiver),
                len(document_ids),
                exc_info=(type(result), result, result.__traceback__),
            )
            AuditEvent.record(
                actor=None,
                action="analysis.follow_up_failed",
                target=state,
                data={
                    "receiver": f"{receiver.__module__}.{getattr(receiver, '__qualname__', '')}",
                    "error": f"{type(result).__name__}: {result}"[:500],
                    "documents": len(document_ids),
                },
            )


def _next_batch(size: int) -> list[Document]:
    pending = (
        Document.objects.filter(analysed_at__isnull=True)
        .order_by("published_at", "id")
        .only("id", "title", "text", "published_at", "source_id", "parent_id")
    )
    return list(pending.filter(published_at__gte=timezone.now() - LIVE)[:size]) or list(pending[:size])


def request_analysis(now=None) -> int:
    """Queue the analysis unless a run is already queued and has not started yet: that run reads
    every pending document, so a flood of arrivals queues one task, not one per stored batch (each
    run saves the pipeline's memory, which is large). The mark expires with the lease, in case the
    queued task was lost with its worker."""
    now = now or timezone.now()
    AnalysisState.objects.get_or_create(name=QUEUED_NAME)
    claimed = AnalysisState.objects.filter(
        Q(lease_until__isnull=True) | Q(lease_until__lte=now), name=QUEUED_NAME
    ).update(lease_until=now + jobs.lease())
    if claimed:
        from .tasks import analyse_pending_task  # local: tasks imports this module

        transaction.on_commit(analyse_pending_task.enqueue)
    return claimed


def analyse_chunk() -> int:
    """The analysis task: one chunk, then the rest queued as a new task."""
    # From here on, documents that arrive queue a new run: this one may not see them.
    AnalysisState.objects.filter(name=QUEUED_NAME).update(lease_until=None)
    done = analyse_pending(CHUNK)
    if done >= CHUNK and Document.objects.filter(analysed_at__isnull=True).exists():
        request_analysis()
    return done


def queue_if_pending(now=None) -> int:
    """Scheduler job: when documents wait and no worker holds the pipeline (none started, or the
    one that did stopped and its lease ran out), queue the analysis."""
    now = now or timezone.now()
    held = AnalysisState.objects.filter(name=STATE_NAME, lease_until__gte=now).exclude(holder="").exists()
    if held or not Document.objects.filter(analysed_at__isnull=True).exists():
        return 0
    return request_analysis(now)


def save_state() -> bool:
    """Save this process's pipeline memory (after ``analyse_pending(persist=False)`` calls)."""
    if _pipeline is None:
        return False
    state = _acquire()
    if state is None:
        return False
    try:
        _save_pipeline(state, _pipeline)
    finally:
        _release(state)
    return True


def _by_space(docs: list[Document]) -> dict[int | None, list[Document]]:
    """The batch split by where its documents may meet others: real monitoring (None) or one
    drill office each, so a replayed scenario never shares a story or a duplicate group with
    real documents (docs/escalation.md, drills)."""
    drills = dict(
        Source.objects.filter(pk__in={d.source_id for d in docs}, office__drill_of__isnull=False).values_list(
            "id", "office_id"
        )
    )
    spaces: dict[int | None, list[Document]] = {}
    for d in docs:
        spaces.setdefault(drills.get(d.source_id), []).append(d)
    return spaces


_drills: dict[int, object] = {}  # drill office → its pipeline (kept in this process only)


def _drill_pipeline(pipeline, office_id: int):
    if office_id not in _drills:
        if len(_drills) >= 8:  # old drills are over: forget the oldest
            _drills.pop(next(iter(_drills)))
        _drills[office_id] = pipeline.fresh()
    return _drills[office_id]


def _analyse(pipeline, docs: list[Document]) -> dict[int, dict[str, float]]:
    """Store the pipeline's results; returns each touched story's keywords (by Story id), which
    the early warning uses to link stories about one event (they live only in the pipeline)."""
    parents = _parents(docs)
    results = pipeline.analyse_batch([
        {"id": d.id, "title": d.title, "text": d.text, "published_at": d.published_at, "parent": parents.get(d.id)}
        for d in docs
    ])  # fmt: skip
    now = timezone.now()
    runs: dict[tuple, AnalysisRun] = {}
    entities: list[DocumentEntity] = []
    story_docs: dict[str, list[Document]] = {}
    for doc, result in zip(docs, results, strict=True):
        versions = {stage: str(model) for stage, model in result.models.items()}
        run_key = tuple(sorted(versions.items()))
        if run_key not in runs:
            runs[run_key] = AnalysisRun.for_models(versions)
        doc.analysis = runs[run_key]
        doc.language = result.language[:8]
        doc.sentiment = doc.sentiment_model = result.sentiment
        criticism = result.criticism  # None when the criticism stage could not score it
        doc.criticism = doc.criticism_model = None if criticism is None else round(float(criticism), 4)
        doc.sentiment_confidence = round(float(result.sentiment_confidence), 4)
        doc.dup_group = str(result.duplicate_group)[:64]
        doc.analysed_at = now
        story_docs.setdefault(str(result.story)[:64], []).append(doc)
        seen = set()
        for entity in result.entities or ():
            name = " ".join(entity.text.split())[:200]
            if name and (entity.type, name) not in seen:
                seen.add((entity.type, name))
                entities.append(
                    DocumentEntity(
                        document_id=doc.id, kind=entity.type, name=name, region_code=entity.region_code or ""
                    )
                )
    _office_sentiment(docs, runs)
    with transaction.atomic():
        stories = _upsert_stories(pipeline, story_docs)
        for key, members in story_docs.items():
            for doc in members:
                doc.story = stories[key]
        update_rows(Document, docs, _RESULT_FIELDS)
        kept = _keep_corrections(docs)
        DocumentEntity.objects.filter(document__in=[d for d in docs if d.id not in kept]).delete()
        DocumentEntity.objects.bulk_create([e for e in entities if e.document_id not in kept], batch_size=1000)
    return {story.pk: pipeline.story_keywords(_story_id(key)) for key, story in stories.items()}


def _office_sentiment(docs: list[Document], runs: dict[tuple, AnalysisRun]) -> None:
    """Documents of an office with its own adapted model get that model's sentiment (and the
    model's name in their analysis run); corrections are put back afterwards as for any result."""
    models = active_models({d.office_id for d in docs})
    for office_id, model in models.items():
        mine = [d for d in docs if d.office_id == office_id]
        texts = [normalize(document_text({"title": d.title, "text": d.text})[:MAX_CHARS]) for d in mine]
        for doc, result in zip(mine, model.predict_normalized(texts), strict=True):
            doc.sentiment = doc.sentiment_model = result.label
            doc.sentiment_confidence = result.confidence
            versions = dict(doc.analysis.versions) if doc.analysis else {}
            versions["sentiment"] = f"{result.model} {result.version}"
            key = tuple(sorted(versions.items()))
            if key not in runs:
                runs[key] = AnalysisRun.for_models(versions)
            doc.analysis = runs[key]


def _parents(docs: list[Document]) -> dict[int, int]:
    """Document id → id of the post it answers (``parent_id``, in the same source), so a reply
    joins its post's story."""
    replies = [d for d in docs if d.parent_id]
    if not replies:
        return {}
    found = {
        (source_id, external_id): pk
        for pk, source_id, external_id in Document.objects.filter(  # the (source, external_id) index
            source_id__in={d.source_id for d in replies}, external_id__in={d.parent_id for d in replies}
        ).values_list("id", "source_id", "external_id")
    }
    return {d.id: found[(d.source_id, d.parent_id)] for d in replies if (d.source_id, d.parent_id) in found}


_RESULT_FIELDS = (
    "analysis", "language", "sentiment", "sentiment_model", "sentiment_confidence", "criticism", "criticism_model",
    "dup_group", "story", "analysed_at",
)  # fmt: skip


def _keep_corrections(docs: list[Document]) -> set[int]:
    """Put analysts' corrections back over the results just written; returns the documents whose
    entities an analyst corrected (they keep them). Read after the UPDATE, which holds the rows'
    locks: a correction either committed before (seen here) or waits and writes after us."""
    corrected = active_corrections([d.id for d in docs])
    for doc_id, kinds in corrected.items():
        fields = {}
        if DocumentCorrection.Kind.SENTIMENT in kinds:
            fields["sentiment"] = kinds[DocumentCorrection.Kind.SENTIMENT].after["sentiment"]
        if DocumentCorrection.Kind.CRITICISM in kinds:
            fields["criticism"] = kinds[DocumentCorrection.Kind.CRITICISM].after["criticism"]
        if fields:
            Document.objects.filter(pk=doc_id).update(**fields)
    return {doc_id for doc_id, kinds in corrected.items() if set(kinds) & set(DocumentCorrection.ENTITY_KINDS)}


def _upsert_stories(pipeline, story_docs: dict[str, list[Document]]) -> dict[str, Story]:
    existing = {s.key: s for s in Story.objects.filter(key__in=list(story_docs))}
    for key, members in story_docs.items():
        first = min(d.published_at for d in members)
        last = max(d.published_at for d in members)
        story = existing.get(key)
        if story is None:
            story = existing[key] = Story(key=key, first_at=first, last_at=last)
        story.first_at = min(story.first_at, first)
        story.last_at = max(story.last_at, last)
        story.size += len(members)
        story.label = (pipeline.story_label(_story_id(key)) or story.label)[:255]
        story.save()
    return existing


def _story_id(key: str):
    """The pipeline names a story by its first document's id (an int here)."""
    return int(key) if key.isdigit() else key
