"""Stories: online, single-pass clustering of documents into events, with keyphrase labels.

``StoryClusterer.add(doc_id, text, published_at) -> story_id`` assigns each document, in
the order given, to the live story it is most similar to, or starts a new story whose id is
the document's own id. ``label(story_id)`` names the story with its keyphrases, for
example ``"tanggul sungai wulan · ketanjung · demak"``.

How a document is compared with a story:

- **Features**: the normalised text (:func:`sigap.text.normalize.normalize`, first
  ``max_chars`` characters) without stop words: word unigrams and bigrams of words that
  were adjacent in the text, optionally character 4-grams inside words (``char_weight``;
  ``kebakaran`` and ``terbakar`` share ``bakar``; off by default, see
  ``docs/text-pipeline.md``), hashed into 2**20 buckets with the hashing of
  :mod:`sigap.text._features`, so nothing has to be fitted in advance.
- **Weights**: sublinear TF x IDF**1.5 (``idf_power``: common words weigh even less);
  document frequencies are counted online in one hashed array, so IDF adapts to the
  stream. A document vector keeps its ``doc_terms`` heaviest terms, L2-normalised.
- **Story centroid**: the sum of its documents' vectors, cut to the ``max_terms`` heaviest
  terms (a sparse dict), with its squared norm kept incrementally.
- **Score**: cosine(document, centroid) x exp(-gap / ``decay_hours``), where gap is the
  time between the document and the story's active period. The best story with score
  >= ``threshold`` wins; otherwise a new story starts.
- **Candidates**: an inverted index maps a word to the live stories that have it among
  their index terms (the heaviest words of their documents, at most ``index_terms`` per
  story; a posting list keeps the ``posting_cap`` most recently active stories and only
  its ``posting_scan`` most recent are read). A document looks up its ``query_terms``
  heaviest words and only the ``max_candidates`` stories sharing the most weight are
  scored, so the cost per document is bounded whatever the number of stories.
- **Copies**: ``same_as`` (the near-duplicate group from :mod:`sigap.text.dedup`) sends a
  retweet or re-published text straight to the story of its original.
- **Span**: a story whose first document is ``max_span_hours`` old takes no new document by
  resemblance (replies and copies still follow it): ordinary chatter would otherwise keep one
  "story" alive for weeks, one similar post a day; a long event goes on in new stories.
- **Expiry**: a story with no document for ``window_hours`` (``single_window_hours``
  while it has one document) leaves the index; the label, size and active period of a
  story of at least ``archive_min_size`` documents are kept in a bounded archive (the
  label of a one-document story is only known while it is live). At most ``max_stories``
  stories are live (the least recently active go first).

Keyphrases: every story counts, per document, the word 1-3-grams of its texts (runs of
adjacent non-stop words). A phrase's score is c-TF-IDF-like: the share of the story's
documents that contain it x its IDF in the background (the online document frequency of
the phrase outside the story), with a small bonus for longer phrases; the label is the
best phrases that share no word, joined by `` · ``.

State: :meth:`StoryClusterer.state` returns plain data (JSON-able values + NumPy arrays);
:meth:`StoryClusterer.from_state` resumes exactly; :meth:`save` / :meth:`load` write and
read one ``.npz`` file (no pickle). Everything is deterministic: the same documents in the
same order give the same stories and labels, whatever the batch sizes.

Parts: the parameters and time conversion (:mod:`sigap.text.stories_params`), the content
tokens (:mod:`sigap.text.tokens`), the document features (:mod:`sigap.text.stories_features`),
the keyphrase labels (:mod:`sigap.text.stories_labels`) and the state and its file
(:mod:`sigap.text.stories_state`); this module does the clustering.
"""

from __future__ import annotations

import heapq
import math
from collections import OrderedDict
from collections.abc import Hashable, Sequence
from dataclasses import asdict, fields
from itertools import islice, repeat
from operator import mul
from pathlib import Path
from typing import Any

import numpy as np

from sigap.text.background import idf
from sigap.text.normalize import normalize
from sigap.text.stories_features import Prepared, prepare
from sigap.text.stories_labels import label_story
from sigap.text.stories_params import StoryParams, to_hours
from sigap.text.stories_state import _Story, dump_state, load_state, restore_state, save_state
from sigap.text.tokens import STOPWORDS

MODEL_NAME = "sigap-stories-online"
MODEL_VERSION = "1.0.0"

# fmt: off
__all__ = [
    "MODEL_NAME", "MODEL_VERSION", "STOPWORDS", "StoryParams", "StoryClusterer", "load_state", "save_state",
    "to_hours",
]
# fmt: on

_SEP = "\x1f"


def _top(d: dict[Any, float], k: int) -> dict[Any, float]:
    """The ``k`` largest values of ``d`` (ties: earliest inserted first), in insertion order."""
    floor = sorted(d.values())[-k]
    kept = {key: v for key, v in d.items() if v > floor}
    need = k - len(kept)
    if need > 0:
        for key, v in d.items():
            if v == floor:
                kept[key] = v
                need -= 1
                if not need:
                    break
    return kept


class StoryClusterer:
    """Online story clustering; see the module documentation."""

    def __init__(self, params: StoryParams | None = None, **overrides: Any) -> None:
        base = params or StoryParams()
        self.params = StoryParams(**{**asdict(base), **overrides}) if overrides else base
        p = self.params
        self._df = np.zeros(1 << p.bits, np.float64)
        self._n_docs = 0
        self._clock = -math.inf
        self._seq = 0
        self._stories: dict[Hashable, _Story] = {}
        self._live: dict[int, _Story] = {}  # seq -> live story
        self._postings: dict[int, dict[int, None]] = {}  # term -> story seqs (LRU order)
        self._heap: list[tuple[float, int]] = []  # (last activity, seq), lazily cleaned
        self._archive: OrderedDict[Hashable, dict[str, Any]] = OrderedDict()
        self._recent: OrderedDict[Hashable, int] = OrderedDict()  # doc id -> story seq
        self._kind_w = np.array([p.word_weight, p.bigram_weight, p.char_weight])
        self._shift = np.uint64(64 - p.bits)

    # -- public API -----------------------------------------------------------------------

    def __len__(self) -> int:
        """Number of live stories."""
        return len(self._stories)

    @property
    def docs_seen(self) -> int:
        return self._n_docs

    def add(
        self,
        doc_id: Hashable,
        text: str | None,
        published_at: object = None,
        normalized: str | None = None,
        same_as: Hashable | None = None,
    ) -> Hashable:
        """Assign one document; returns its story id (see :meth:`add_batch`)."""
        return self.add_batch(
            [doc_id],
            [text],
            [published_at],
            None if normalized is None else [normalized],
            None if same_as is None else [same_as],
        )[0]

    def add_batch(
        self,
        doc_ids: Sequence[Hashable],
        texts: Sequence[str | None],
        published_at: Sequence[object] | None = None,
        normalized: Sequence[str] | None = None,
        same_as: Sequence[Hashable | None] | None = None,
        replies_to: Sequence[Hashable | None] | None = None,
    ) -> list[Hashable]:
        """Assign documents in order (same result as :meth:`add` one by one).

        ``normalized``: the texts already normalised (then ``texts`` is not read).
        ``same_as``: for each document, optionally the id of an earlier document it copies
        (its near-duplicate group, :mod:`sigap.text.dedup`); when that document's story is
        still live, the copy joins it without a search (a retweet stays with its story).
        ``replies_to``: for each document, optionally the id of the earlier document it
        answers (a comment under a post, a reply); while that document is remembered the
        reply joins its story whatever its words ("amin", "semoga cepat pulih" say nothing by
        themselves), before ``same_as`` is looked at.
        """
        n = len(doc_ids)
        if n == 0:
            return []
        p = self.params
        norms = (
            [t if isinstance(t, str) else "" for t in normalized]
            if normalized is not None
            else [normalize(t) for t in texts]
        )
        norms = [t[: p.max_chars] for t in norms]
        times = [to_hours(v) for v in (published_at or [None] * n)]
        prep = self._prepare(norms)
        out: list[Hashable] = []
        recent = self._recent
        for i in range(n):
            t = times[i]
            if t is None:
                t = self._clock if self._clock > -math.inf else 0.0
            hint = None
            if replies_to is not None and replies_to[i] is not None and replies_to[i] != doc_ids[i]:
                hint = recent.get(replies_to[i])
            if hint is None and same_as is not None and same_as[i] is not None and same_as[i] != doc_ids[i]:
                hint = recent.get(same_as[i])
            st = self._assign(doc_ids[i], t, prep.buckets[i], prep.weights[i], prep.query[i], prep.phrases[i], hint)
            out.append(st.id)
            recent[doc_ids[i]] = st.seq
            if len(recent) > self.params.recent_docs:
                recent.popitem(last=False)
        return out

    def info(self, story_id: Hashable) -> dict[str, Any] | None:
        """Summary of a story (live or archived): label, size, first/last activity (hours)."""
        st = self._stories.get(story_id)
        if st is not None:
            return {
                "id": st.id,
                "label": self.label(story_id),
                "size": st.size,
                "first": st.first,
                "last": st.last,
                "live": True,
            }
        info = self._archive.get(story_id)
        return None if info is None else {"id": story_id, **info, "live": False}

    def label(self, story_id: Hashable) -> str:
        """Keyphrases naming the story ("" for an unknown id)."""
        st = self._stories.get(story_id)
        if st is None:
            info = self._archive.get(story_id)
            return info["label"] if info else ""
        return self._label(st)

    def keywords(self, story_id: Hashable, k: int = 60) -> dict[str, float]:
        """The story's distinctive words with weights, L2-normalised: the share of the story's
        documents that contain each word x its rarity in ordinary Indonesian
        (:func:`sigap.text.background.idf`). Not the stream's own frequencies: while one event
        fills the stream its own words would weigh nothing. Readable (actual words, not
        hashes), so what links two stories can be shown to people. Empty for an unknown or
        expired story."""
        st = self._stories.get(story_id)
        if st is None or not st.phrases:
            return {}
        weights = {w: min(c / st.size, 1.0) * idf(w) for w, c in st.phrases.items() if " " not in w}
        top = heapq.nlargest(k, ((w, v) for w, v in weights.items() if v > 0), key=lambda kv: (kv[1], kv[0]))
        norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
        return {w: round(v / norm, 4) for w, v in top}

    def live_stories(self) -> list[Hashable]:
        """Ids of the live stories, most recently active last."""
        return [s.id for s in sorted(self._stories.values(), key=lambda s: (s.last, s.seq))]

    # -- features -------------------------------------------------------------------------
    def _prepare(self, norms: list[str]) -> Prepared:
        """Features of a batch (:func:`sigap.text.stories_features.prepare`); counts it
        into the online document frequencies."""
        prep, counted = prepare(norms, self.params, self._df, self._n_docs, self._kind_w, self._shift)
        self._n_docs += counted
        return prep

    # -- clustering -----------------------------------------------------------------------

    def _assign(
        self,
        doc_id: Hashable,
        t: float,
        buckets: list[int],
        weights: list[float],
        query: list[int],
        phrases: list[str],
        hint: int | None = None,
    ) -> _Story:
        p = self.params
        if t > self._clock:
            self._clock = t
        self._expire()
        best: _Story | None = None
        best_score = -1.0
        best_dot = 0.0
        keys = [buckets[j] for j in query]
        copied = self._live.get(hint) if hint is not None else None
        if copied is not None:
            cget = copied.terms.get
            dot = sum(map(mul, weights, map(cget, buckets, repeat(0.0))))
            self._join(copied, t, buckets, weights, keys, phrases, dot)
            return copied
        if buckets:
            acc: dict[int, float] = {}
            postings = self._postings
            scan = p.posting_scan
            for j in query:
                post = postings.get(buckets[j])
                if post:
                    w = weights[j]
                    for seq in post if len(post) <= scan else islice(reversed(post), scan):
                        acc[seq] = acc.get(seq, 0.0) + w
            if acc:
                if len(acc) > p.max_candidates:
                    top = heapq.nlargest(p.max_candidates, acc, key=acc.__getitem__)
                else:
                    top = list(acc)
                live = self._live
                oldest = t - p.max_span_hours
                for seq in top:
                    st = live[seq]
                    if st.first < oldest:
                        continue
                    cget = st.terms.get
                    dot = sum(map(mul, weights, map(cget, buckets, repeat(0.0))))
                    if dot <= 0.0:
                        continue
                    gap = max(0.0, t - st.last) + max(0.0, st.first - t)
                    score = dot / math.sqrt(st.norm2) * math.exp(-gap / p.decay_hours)
                    if score > best_score or (score == best_score and best is not None and st.seq < best.seq):
                        best, best_score, best_dot = st, score, dot
        if best is not None and best_score >= p.threshold:
            self._join(best, t, buckets, weights, keys, phrases, best_dot)
            return best
        return self._create(doc_id, t, buckets, weights, keys, phrases)

    def _create(
        self, doc_id: Hashable, t: float, buckets: list[int], weights: list[float], keys: list[int], phrases: list[str]
    ) -> _Story:
        sid = doc_id
        if sid in self._stories:  # the same id twice: keep ids unique
            sid = f"{doc_id}#{self._seq}"
        seq = self._seq
        self._seq += 1
        terms = dict(zip(buckets, weights, strict=True))
        st = _Story(sid, seq, terms, 1.0 if terms else 0.0, t, dict.fromkeys(phrases, 1.0))
        self._stories[sid] = st
        self._live[seq] = st
        self._archive.pop(sid, None)
        self._index(st, keys)
        heapq.heappush(self._heap, (t + self.params.single_window_hours, seq))
        if len(self._stories) > self.params.max_stories:
            self._evict_oldest()
        return st

    def _join(
        self,
        st: _Story,
        t: float,
        buckets: list[int],
        weights: list[float],
        keys: list[int],
        phrases: list[str],
        dot: float,
    ) -> None:
        p = self.params
        terms = st.terms
        tget = terms.get
        for b, w in zip(buckets, weights, strict=True):
            terms[b] = tget(b, 0.0) + w
        st.norm2 += 2.0 * dot + 1.0
        if len(terms) > 2 * p.max_terms:
            st.terms = _top(terms, p.max_terms)
            st.norm2 = sum(w * w for w in st.terms.values())
        st.size += 1
        if t > st.last:
            st.last = t
        if t < st.first:
            st.first = t
        ph = st.phrases
        pget = ph.get
        for phrase in phrases:
            ph[phrase] = pget(phrase, 0.0) + 1.0
        if len(ph) > 2 * p.max_phrases:
            st.phrases = _top(ph, p.max_phrases)
        self._index(st, keys)
        heapq.heappush(self._heap, (st.last + p.window_hours, st.seq))

    def _index(self, st: _Story, keys: list[int]) -> None:
        """Index the document's heaviest word terms under its story (bounded per story
        and per term; a full posting list forgets its least recently active story)."""
        p = self.params
        postings = self._postings
        seq = st.seq
        for b in keys:
            if b in st.index:
                mine = postings.setdefault(b, {})
                mine.pop(seq, None)  # move to the most recently active end
                mine[seq] = None
                continue
            if len(st.index) >= p.index_terms:
                continue
            st.index.add(b)
            post = postings.get(b)
            if post is None:
                postings[b] = {seq: None}
                continue
            post[seq] = None
            if len(post) > p.posting_cap:
                old = next(iter(post))
                del post[old]
                self._live[old].index.discard(b)

    def _expires_at(self, st: _Story) -> float:
        p = self.params
        return st.last + (p.single_window_hours if st.size == 1 else p.window_hours)

    def _expire(self) -> None:
        heap = self._heap
        while heap and heap[0][0] < self._clock:
            due, seq = heapq.heappop(heap)
            st = self._live.get(seq)
            if st is not None and self._expires_at(st) == due:
                self._remove(st)

    def _evict_oldest(self) -> None:
        while len(self._stories) > self.params.max_stories and self._heap:
            due, seq = heapq.heappop(self._heap)
            st = self._live.get(seq)
            if st is not None and self._expires_at(st) == due:
                self._remove(st)

    def _remove(self, st: _Story) -> None:
        for b in st.index:
            post = self._postings.get(b)
            if post is not None:
                post.pop(st.seq, None)
                if not post:
                    del self._postings[b]
        if st.size >= self.params.archive_min_size:
            self._archive[st.id] = {"label": self._label(st), "size": st.size, "first": st.first, "last": st.last}
            while len(self._archive) > self.params.archive_size:
                self._archive.popitem(last=False)
        del self._stories[st.id]
        del self._live[st.seq]

    # -- labels ---------------------------------------------------------------------------

    def _label(self, st: _Story) -> str:
        """The story's keyphrases (:func:`sigap.text.stories_labels.label_story`)."""
        return label_story(st, self.params, self._df, self._n_docs, self._shift)

    # -- state ----------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """Plain data to persist: JSON-able values plus NumPy arrays (see :meth:`save`).

        Story and document ids must be ``str`` or ``int`` to survive JSON.
        """
        return {"model": MODEL_NAME, "version": MODEL_VERSION, **dump_state(self)}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> StoryClusterer:
        known = {f.name for f in fields(StoryParams)}
        params = StoryParams(**{k: v for k, v in dict(state["params"]).items() if k in known})
        return restore_state(cls(params), state)

    def save(self, path: Path | str) -> None:
        """Write the state to one ``.npz`` file (arrays + a JSON member; no pickle)."""
        save_state(path, self.state())

    @classmethod
    def load(cls, path: Path | str) -> StoryClusterer:
        return cls.from_state(load_state(path))
