"""The whole text pipeline for a batch of documents: ``Pipeline().analyse_batch(docs)``.

Each document (a dict with ``id``, ``text``, ``title``, ``published_at`` and optionally
``parent``, the id of the earlier document it answers; missing keys are fine) gets an :class:`Analysis`: normalised text, language, sentiment, entities (when the
entity model is installed), near-duplicate group and story, and the name and version of
the model behind each result. The :class:`Pipeline` object keeps the state that spans
batches (the near-duplicate index and the story clusterer), so a worker keeps one
pipeline, and persists it with :meth:`Pipeline.save` / :meth:`Pipeline.load` (or
:meth:`Pipeline.state` / :meth:`Pipeline.from_state` for plain data).

Nothing in a batch can stop the batch: every stage runs on the whole batch and, should it
fail, again document by document; a document whose stage still fails gets the defined
fallback result (sentiment ``netral`` with confidence 1/3, language ``und`` with 0, no
entities, its own duplicate group and story) and the reason in ``Analysis.errors``.
Odd input (empty or missing text, emoji only, 100 KB texts, mixed scripts, lone
surrogates, HTML remnants, bytes, numbers) is normal input with a defined result.

Which text each stage sees: ``title`` and ``text`` joined (title first). Normalisation is
done once and shared by sentiment, near-duplicates and stories (sentiment scores the first
5,000 characters, stories the first 1,000 normalised characters); language and entities
read the raw text (entities the first ``entity_chars`` characters, so offsets refer to the
joined ``title + "\\n\\n" + text`` string, see :func:`document_text`).
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sigap.text import criticism as _criticism
from sigap.text import dedup as _dedup
from sigap.text import lang as _lang
from sigap.text import sentiment as _sentiment
from sigap.text import stories as _stories
from sigap.text.normalize import normalize
from sigap.text.stories_state import load_state, save_state

PIPELINE_VERSION = "1.0.0"
ENTITY_CHARS = 20_000
NORMALIZED_CHARS = 200_000

__all__ = ["Analysis", "ModelInfo", "Pipeline", "analyse_batch", "document_text"]


@dataclass(frozen=True, slots=True)
class ModelInfo:
    name: str
    version: str

    def __str__(self) -> str:
        return f"{self.name} {self.version}"


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the pipeline found about one document."""

    id: Hashable
    language: str  # id | en | jv | su | und
    language_confidence: float
    sentiment: str  # positif | negatif | netral
    sentiment_confidence: float
    duplicate_group: Hashable  # id of the first document of its near-duplicate group
    story: Hashable  # story id (id of the story's first document)
    entities: tuple[Any, ...] | None = None  # sigap.text.entities.Entity; None: no model
    normalized: str | None = None
    models: dict[str, ModelInfo] = field(default_factory=dict)  # stage -> model
    errors: tuple[str, ...] = ()  # stages that fell back to their default result
    criticism: float | None = None  # 0..1, criticism of government (sigap.text.criticism); None: not scored


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("utf-8", "replace")
    try:
        return str(value)
    except Exception:  # noqa: BLE001  # pragma: no cover - a broken __str__
        return ""


def document_text(doc: object) -> str:
    """The text the pipeline analyses: ``title``, a blank line, ``text`` (either may be
    missing). Accepts a plain string too."""
    if not isinstance(doc, dict):
        return _as_text(doc)
    title = _as_text(doc.get("title")).strip()
    text = _as_text(doc.get("text"))
    return f"{title}\n\n{text}" if title and text.strip() else (title or text)


def _stage(
    fn: Callable[[list[Any]], list[Any]],
    items: list[Any],
    default: Callable[[], Any],
    name: str,
    errors: list[list[str]],
) -> list[Any]:
    """Run ``fn`` on the batch; on failure, item by item; a failing item gets ``default``."""
    try:
        out = fn(items)
        if len(out) == len(items):
            return list(out)
    except Exception:  # noqa: BLE001, S110 - retried one by one below
        pass
    results: list[Any] = []
    for i, item in enumerate(items):
        try:
            results.append(fn([item])[0])
        except Exception as exc:  # noqa: BLE001 - never stop a batch
            results.append(default())
            errors[i].append(f"{name}: {type(exc).__name__}")
    return results


class Pipeline:
    """One per worker: holds the near-duplicate index and the story clusterer.

    ``entities``: ``None`` (default) uses the entity tagger when its artifact is
    installed, ``False`` never. ``keep_normalized``: put the normalised text in each
    :class:`Analysis`. ``dedup_window``: documents the near-duplicate index remembers.
    ``processes``: above 1, entities are extracted in ``processes - 1`` helper processes
    while this one does the other stages (same results; worth it only with a free core;
    call :meth:`close` or use ``with``).
    """

    def __init__(
        self,
        *,
        entities: bool | None = None,
        keep_normalized: bool = True,
        dedup_window: int = 200_000,
        story_params: _stories.StoryParams | None = None,
        dedup: _dedup.NearDupIndex | None = None,
        stories: _stories.StoryClusterer | None = None,
        processes: int = 1,
    ) -> None:
        self.sentiment_model = _sentiment.SentimentModel.load()
        self.language_model = _lang.LanguageModel.load()
        self.dedup = dedup if dedup is not None else _dedup.NearDupIndex(max_docs=dedup_window)
        self.stories = stories if stories is not None else _stories.StoryClusterer(story_params)
        self.keep_normalized = keep_normalized
        self.tagger: Any = None
        self._entity_model: ModelInfo | None = None
        if entities is not False:
            self.tagger, self._entity_model = _load_tagger()
        self.models = {
            "normalize": ModelInfo("sigap-normalize", PIPELINE_VERSION),
            "language": ModelInfo(_lang.MODEL_NAME, _lang.MODEL_VERSION),
            "sentiment": ModelInfo(self.sentiment_model.name, self.sentiment_model.version),
            "criticism": ModelInfo(_criticism.MODEL_NAME, _criticism.MODEL_VERSION),
            "duplicate": ModelInfo(_dedup.MODEL_NAME, _dedup.MODEL_VERSION),
            "story": ModelInfo(_stories.MODEL_NAME, _stories.MODEL_VERSION),
        }
        if self._entity_model is not None:
            self.models["entities"] = self._entity_model
        self._auto_id = 0
        self.timings: dict[str, float] = {}  # stage -> seconds spent (wall), cumulative
        self.docs_analysed = 0
        self._helpers: list[_EntityHelper] = []
        if processes > 1 and self.tagger is not None:
            try:
                for _ in range(processes - 1):
                    self._helpers.append(_EntityHelper())
            except OSError:  # cannot start a process: stay in-process
                self.close()

    def fresh(self, dedup_window: int = 20_000) -> Pipeline:
        """The same models with an empty near-duplicate index and story clusterer: for documents
        that must never meet the others (a drill's replayed scenario), without loading models again."""
        other = copy.copy(self)
        other.dedup = _dedup.NearDupIndex(max_docs=dedup_window)
        other.stories = _stories.StoryClusterer(self.stories.params)
        other._helpers, other.timings, other.docs_analysed, other._auto_id = [], {}, 0, 0
        return other

    def close(self) -> None:
        """Stop the helper processes (if any); the pipeline keeps working in-process."""
        helpers, self._helpers = self._helpers, []
        for h in helpers:
            h.close()

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:  # pragma: no cover - interpreter shutdown
        try:
            self.close()
        except Exception:  # noqa: BLE001, S110
            pass

    def _timed(self, name: str, fn: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        try:
            return fn()
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start

    # -- analysis ---------------------------------------------------------------------

    def analyse_batch(self, docs: Sequence[object]) -> list[Analysis]:
        """Analyse documents in order (story and duplicate state carry over batches)."""
        n = len(docs)
        if n == 0:
            return []
        errors: list[list[str]] = [[] for _ in range(n)]
        ids: list[Hashable] = []
        texts: list[str] = []
        times: list[object] = []
        parents: list[Hashable | None] = []
        for doc in docs:
            try:
                d = doc if isinstance(doc, dict) else {"text": doc}
                doc_id = d.get("id")
                if doc_id is None or not isinstance(doc_id, str | int):
                    doc_id = f"_auto{self._auto_id}" if doc_id is None else _as_text(doc_id)
                    self._auto_id += 1
                ids.append(doc_id)
                texts.append(document_text(d))
                times.append(d.get("published_at"))
                parent = d.get("parent")
                parents.append(parent if isinstance(parent, str | int) else None)
            except Exception:  # noqa: BLE001 - an unreadable document: empty text
                ids.append(f"_auto{self._auto_id}")
                self._auto_id += 1
                texts.append("")
                times.append(None)
                parents.append(None)

        sent_max = _sentiment.MAX_CHARS
        timed = self._timed
        # Entities (the slowest stage, stateless) run in the helper processes, if any,
        # while this process does the rest.
        futures: list[_EntityHelper] = []
        if self._helpers and self.tagger is not None:
            try:
                step = -(-n // len(self._helpers))
                for h, i in zip(self._helpers, range(0, n, step), strict=False):
                    h.submit([t[:ENTITY_CHARS] for t in texts[i : i + step]])
                    futures.append(h)
            except Exception:  # noqa: BLE001 - a broken helper: carry on in-process
                self.close()
                futures = []
        norm_head = timed(
            "normalize",
            lambda: _stage(lambda b: [normalize(t[:sent_max]) for t in b], texts, lambda: "", "normalize", errors),
        )
        norm_full = list(norm_head)
        for i, t in enumerate(texts):
            if len(t) > sent_max:
                norm_full[i] = normalize(t[:NORMALIZED_CHARS])  # never raises
        sm = self.sentiment_model
        sentiments = timed(
            "sentiment",
            lambda: _stage(
                sm.predict_normalized,
                norm_head,
                lambda: _sentiment.Sentiment("netral", round(1 / 3, 4), sm.name, sm.version),
                "sentiment",
                errors,
            ),
        )
        criticisms = timed(
            "criticism",
            lambda: _stage(
                lambda idx: _criticism.score(
                    [norm_head[i] for i in idx], [texts[i] for i in idx], [sentiments[i].negative for i in idx]
                ),
                list(range(n)),
                lambda: None,
                "criticism",
                errors,
            ),
        )
        languages = timed(
            "language",
            lambda: _stage(
                self.language_model.predict, texts, lambda: _lang.Language(_lang.UNDETERMINED, 0.0), "language", errors
            ),
        )
        entities: list[Any] = [None] * n
        if futures:
            entities = timed("entities", lambda: self._collect(futures, texts, errors))
        elif self.tagger is not None:
            entities = timed(
                "entities",
                lambda: _stage(
                    lambda b: self.tagger.extract_many([t[:ENTITY_CHARS] for t in b]), texts, list, "entities", errors
                ),
            )
        groups = timed(
            "duplicate",
            lambda: _stage_stateful(
                lambda idx: self.dedup.add_batch(
                    [ids[i] for i in idx], [texts[i] for i in idx], [norm_full[i] for i in idx]
                ),
                ids,
                "duplicate",
                errors,
            ),
        )
        stories = timed(
            "story",
            lambda: _stage_stateful(
                lambda idx: self.stories.add_batch(
                    [ids[i] for i in idx],
                    [texts[i] for i in idx],
                    [times[i] for i in idx],
                    [norm_full[i] for i in idx],
                    [groups[i] for i in idx],
                    [parents[i] for i in idx],
                ),
                ids,
                "story",
                errors,
            ),
        )
        self.docs_analysed += n
        out: list[Analysis] = []
        for i in range(n):
            ents = entities[i]
            models = self.models
            if errors[i]:
                failed = {e.split(":", 1)[0] for e in errors[i]}
                models = {k: v for k, v in models.items() if k not in failed}
            out.append(
                Analysis(
                    id=ids[i],
                    language=languages[i].code,
                    language_confidence=languages[i].confidence,
                    sentiment=sentiments[i].label,
                    sentiment_confidence=sentiments[i].confidence,
                    duplicate_group=groups[i],
                    story=stories[i],
                    entities=None if ents is None else tuple(ents),
                    normalized=norm_full[i] if self.keep_normalized else None,
                    models=models,
                    errors=tuple(errors[i]),
                    criticism=None if criticisms[i] is None else criticisms[i].score,
                )
            )
        return out

    def _collect(self, futures: list[_EntityHelper], texts: list[str], errors: list[list[str]]) -> list[Any]:
        out: list[Any] = []
        try:
            for fut in futures:
                ents, failed = fut.result()
                for i in failed:
                    errors[len(out) + i].append(f"entities: {failed[i]}")
                out.extend(ents)
            return out
        except Exception:  # noqa: BLE001 - helper died: redo this batch in-process
            self.close()
            for e in errors:
                e[:] = [x for x in e if not x.startswith("entities:")]
            return _stage(
                lambda b: self.tagger.extract_many([t[:ENTITY_CHARS] for t in b]), texts, list, "entities", errors
            )

    def story_label(self, story_id: Hashable) -> str:
        """Keyphrase label of a story (live or recently expired)."""
        return self.stories.label(story_id)

    def story_keywords(self, story_id: Hashable, k: int = 60) -> dict[str, float]:
        """Distinctive phrases of a live story with weights (see ``StoryClusterer.keywords``)."""
        return self.stories.keywords(story_id, k)

    # -- state ------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """Plain data (JSON-able values + NumPy arrays): ``{"dedup": ..., "stories": ...}``."""
        return {
            "version": PIPELINE_VERSION,
            "auto_id": self._auto_id,
            "dedup": self.dedup.state(),
            "stories": self.stories.state(),
        }

    @classmethod
    def from_state(cls, state: dict[str, Any], **kwargs: Any) -> Pipeline:
        pipe = cls(
            dedup=_dedup.NearDupIndex.from_state(state["dedup"]),
            stories=_stories.StoryClusterer.from_state(state["stories"]),
            **kwargs,
        )
        pipe._auto_id = int(state.get("auto_id", 0))
        return pipe

    def save(self, path: Path | str) -> None:
        """Write the state to one ``.npz`` file (arrays + JSON members, no pickle)."""
        save_state(path, self.state())

    @classmethod
    def load(cls, path: Path | str, **kwargs: Any) -> Pipeline:
        return cls.from_state(load_state(path), **kwargs)


def _stage_stateful(
    fn: Callable[[list[int]], list[Hashable]], ids: list[Hashable], name: str, errors: list[list[str]]
) -> list[Hashable]:
    """A stage that updates state: on failure, retry one by one; a failing document gets
    its own id (its own group / story)."""
    idx = list(range(len(ids)))
    try:
        out = fn(idx)
        if len(out) == len(ids):
            return list(out)
    except Exception:  # noqa: BLE001, S110 - retried one by one below
        pass
    results: list[Hashable] = []
    for i in idx:
        try:
            results.append(fn([i])[0])
        except Exception as exc:  # noqa: BLE001 - never stop a batch
            results.append(ids[i])
            errors[i].append(f"{name}: {type(exc).__name__}")
    return results


class _EntityHelper:
    """A helper process (``python -c``, no multiprocessing, so it works whatever the main
    module is) that extracts entities for the batch while this process does the rest.

    Frames on its stdin/stdout: 8-byte big-endian length + UTF-8 JSON. Request: a list of
    texts; reply: ``[entities per text as [text, type, start, end, code], errors]``.
    """

    def __init__(self) -> None:
        root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(x for x in (root, env.get("PYTHONPATH")) if x)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from sigap.text.pipeline import _helper_main; _helper_main()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        self._pending = False

    def submit(self, texts: list[str]) -> None:
        assert self.proc.stdin is not None  # noqa: S101 - narrows the type
        _write_frame(self.proc.stdin, texts)
        self._pending = True

    def result(self) -> tuple[list[Any], dict[int, str]]:
        from sigap.text.entities import Entity  # local: entities is optional, see _load_tagger

        assert self.proc.stdout is not None  # noqa: S101 - narrows the type
        self._pending = False
        reply = _read_frame(self.proc.stdout)
        if reply is None:
            raise EOFError("entity helper stopped")
        ents, errors = reply
        return ([[Entity(*e) for e in doc] for doc in ents], {int(k): str(v) for k, v in errors.items()})

    def close(self) -> None:
        try:
            if self.proc.stdin is not None:
                self.proc.stdin.close()
            self.proc.wait(timeout=5)
        except Exception:  # noqa: BLE001 - a stuck helper
            self.proc.kill()


def _write_frame(stream: Any, obj: object) -> None:
    data = json.dumps(obj, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    stream.write(len(data).to_bytes(8, "big") + data)
    stream.flush()


def _read_frame(stream: Any) -> Any:
    head = stream.read(8)
    if len(head) < 8:
        return None
    size = int.from_bytes(head, "big")
    data = stream.read(size)
    if len(data) < size:
        return None
    return json.loads(data)


def _helper_main() -> None:
    """Entry point of an entity helper process (see :class:`_EntityHelper`)."""
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr  # keep stray prints off the protocol
    tagger = _load_tagger()[0]
    stdin = sys.stdin.buffer
    while True:
        texts = _read_frame(stdin)
        if texts is None:
            return
        errors: list[list[str]] = [[] for _ in texts]
        if tagger is None:
            ents: list[Any] = [[] for _ in texts]
        else:
            ents = _stage(tagger.extract_many, texts, list, "entities", errors)
        _write_frame(
            out,
            [
                [[[e.text, e.type, e.start, e.end, e.region_code] for e in doc] for doc in ents],
                {str(i): e[0].split(": ", 1)[1] for i, e in enumerate(errors) if e},
            ],
        )


def _load_tagger() -> tuple[Any, ModelInfo | None]:
    try:
        # local on purpose: a missing entities module or artifact means no entities
        from sigap.text import entities as _entities

        tagger = _entities.EntityTagger.load()
        return tagger, ModelInfo(_entities.MODEL_NAME, _entities.MODEL_VERSION)
    except Exception:  # noqa: BLE001 - module or artifact not installed: no entities
        return None, None


_default: Pipeline | None = None


def analyse_batch(docs: Sequence[object]) -> list[Analysis]:
    """Analyse with a process-wide default :class:`Pipeline` (created on first use)."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default.analyse_batch(docs)
