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
"""

from __future__ import annotations

import heapq
import io
import json
import math
import re
import zipfile
from collections import OrderedDict
from collections.abc import Hashable, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import UTC, date, datetime
from itertools import islice, repeat
from operator import mul
from pathlib import Path
from typing import Any, cast

import numpy as np

from sigap.text._features import _BIGRAM_SALT, _R, _mix, batch_words, word_char_ngrams
from sigap.text.background import idf
from sigap.text.normalize import normalize

MODEL_NAME = "sigap-stories-online"
MODEL_VERSION = "1.0.0"

__all__ = ["MODEL_NAME", "MODEL_VERSION", "STOPWORDS", "StoryParams", "StoryClusterer", "to_hours"]

# Function words, fillers and placeholders: never features, never label words.
STOPWORDS = frozenset(
    """
ada adalah adanya agak agar akan akhirnya aku akulah amat anda antara apa apakah apalagi
atas atau ataupun awal bagai bagaimana bagi bahkan bahwa baik banget banyak baru bawah
beberapa begini begitu belum benar berada berbagai berapa bersama besar betul biar bila
bisa boleh buat bukan bukankah cuma dalam dan dapat dari daripada dekat demi dengan depan
di dia diri dong dua dulu guna hal hampir hanya hari harus hingga ia ialah ini itu jadi
jangan jika juga jumat justru kalau kali kalian kami kamis kamu kan kapan karena kata ke
kecil kembali kemudian kenapa kepada ketika kini kita kok lagi lain lalu lama lebih lewat
lho maka makin malah mana masih masing mau melalui memang mereka minggu mulai nah namun
nanti nya oleh pada padahal para pasti per pernah pula pun rabu saat saja salah sama
sambil sampai sangat satu saya sebab sebagai sebelum sebelumnya sebuah sedang sedangkan
sehingga sejak sekali sekarang sekitar selama selasa seluruh semua senin sementara sempat
sendiri seorang sepanjang seperti serta sesuai setelah setiap sih silakan sudah supaya
tadi tahun tak tanpa tapi telah tentang tentu terhadap terlalu termasuk terus tetap tetapi
tiap tidak tiga toh tuh untuk usai waktu wah ya yaitu yakni yang
aja deh dah gitu kayak kayaknya kok loh lah nih pas sabtu udah yah ayo dgn yg utk sbg
haha hehe huhu wkwk wow oh eh hmm
httpurl rt via cc amp
the a an and or of to in on for is are was be it this that with at by from as
""".split()
)

_CONTENT = re.compile(r"^[^\W_]+(?:-[^\W_]+)*$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_KIND_CACHE: dict[str, int] = {}  # token -> 0 not content, 1 content, 2 content with a letter
_KIND_CACHE_MAX = 100_000


def _token_kind(tok: str) -> int:
    kind = _KIND_CACHE.get(tok)
    if kind is None:
        if len(tok) < 2 or tok in STOPWORDS or _CONTENT.match(tok) is None:
            kind = 0
        elif _HAS_LETTER.search(tok) is not None:
            kind = 2
        else:
            kind = 1 if len(tok) > 2 else 0
        if len(_KIND_CACHE) >= _KIND_CACHE_MAX:
            _KIND_CACHE.clear()
        _KIND_CACHE[tok] = kind
    return kind


_SEP = "\x1f"


@dataclass(frozen=True)
class StoryParams:
    """Tunable parameters (defaults tuned on ``tests/data/stories/dev.jsonl``)."""

    threshold: float = 0.10
    window_hours: float = 72.0
    single_window_hours: float = 36.0
    max_span_hours: float = 96.0  # a story this old takes no new document by resemblance
    decay_hours: float = 24.0
    bits: int = 20
    char_n: int = 4
    word_weight: float = 1.0
    bigram_weight: float = 0.3
    char_weight: float = 0.0
    idf_power: float = 1.5
    doc_terms: int = 32
    max_terms: int = 120
    query_terms: int = 16
    index_terms: int = 48
    max_candidates: int = 4
    posting_cap: int = 48
    posting_scan: int = 8
    recent_docs: int = 100_000
    max_chars: int = 1000
    max_stories: int = 50_000
    archive_size: int = 100_000
    archive_min_size: int = 2
    max_phrases: int = 100
    label_phrases: int = 3


def to_hours(value: object) -> float | None:
    """Hours since the Unix epoch of a datetime, date, ISO-8601 string or epoch seconds.

    Naive datetimes are taken as UTC. Anything else (None, bad strings) gives None.
    """
    try:
        if value is None or isinstance(value, bool):
            return None
        if isinstance(value, int | float):
            f = float(value)
            return f / 3600.0 if math.isfinite(f) else None
        if isinstance(value, str):
            s = value.strip()
            if not s:
                return None
            try:
                return (
                    float(s) / 3600.0
                    if s.replace(".", "", 1).isdigit()
                    else to_hours(datetime.fromisoformat(s.replace("Z", "+00:00")))
                )
            except ValueError:
                return None
        if isinstance(value, datetime):
            dt = value if value.tzinfo else value.replace(tzinfo=UTC)
            return dt.timestamp() / 3600.0
        if isinstance(value, date):
            return to_hours(datetime(value.year, value.month, value.day, tzinfo=UTC))
    except (OverflowError, OSError, ValueError):
        return None
    return None


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


class _Story:
    __slots__ = ("id", "seq", "terms", "norm2", "first", "last", "size", "phrases", "index")

    def __init__(
        self, sid: Hashable, seq: int, terms: dict[int, float], norm2: float, t: float, phrases: dict[str, float]
    ) -> None:
        self.id = sid
        self.seq = seq
        self.terms = terms
        self.norm2 = norm2
        self.first = t
        self.last = t
        self.size = 1
        self.phrases = phrases
        self.index: set[int] = set()


@dataclass
class _Prepared:
    """Features of a batch, computed with array operations."""

    buckets: list[list[int]]  # per doc, terms by decreasing weight
    weights: list[list[float]]
    query: list[list[int]]  # per doc, positions (in buckets) of its heaviest word terms
    phrases: list[list[str]]


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

    @staticmethod
    def _content(norm: str) -> tuple[list[str], list[bool], list[str]]:
        """Content tokens, whether each follows the previous one directly, and the
        document's unique 1-3-word phrases."""
        toks: list[str] = []
        adjacent: list[bool] = []
        phrases: dict[str, None] = {}
        run: list[str] = []
        prev_ok = False
        cache_get = _KIND_CACHE.get
        for tok in norm.split():
            kind = cache_get(tok)
            if kind is None:
                kind = _token_kind(tok)
            if not kind:
                prev_ok = False
                run = []
                continue
            toks.append(tok)
            adjacent.append(prev_ok)
            prev_ok = True
            run.append(tok)
            if kind == 2:
                phrases[tok] = None
            if len(run) >= 2:
                phrases[run[-2] + " " + tok] = None
            if len(run) >= 3:
                phrases[run[-3] + " " + run[-2] + " " + tok] = None
        return toks, adjacent, list(phrases)

    def _prepare(self, norms: list[str]) -> _Prepared:
        p = self.params
        n = len(norms)
        contents: list[str] = []
        adj_all: list[bool] = []
        phrases: list[list[str]] = []
        for norm in norms:
            toks, adj, ph = self._content(norm)
            contents.append(" ".join(toks))
            adj_all.extend(adj)
            phrases.append(ph)
        docs: list[np.ndarray] = []
        buckets: list[np.ndarray] = []
        kinds: list[np.ndarray] = []
        words = batch_words(contents)
        if words.doc.shape[0]:
            wh = words.hash
            docs.append(words.doc)
            buckets.append((wh >> self._shift).astype(np.int64))
            kinds.append(np.zeros(wh.shape[0], np.int64))
            adjacent = np.array(adj_all, bool)
            if wh.shape[0] > 1 and adjacent[1:].any():
                with np.errstate(over="ignore"):
                    bh = _mix(wh[:-1] * _R + wh[1:] + _BIGRAM_SALT)[adjacent[1:]]
                docs.append(words.doc[1:][adjacent[1:]])
                buckets.append((bh >> self._shift).astype(np.int64))
                kinds.append(np.ones(bh.shape[0], np.int64))
            if p.char_weight > 0:
                for cb, cd in word_char_ngrams(contents, p.char_n, p.char_n, p.bits):
                    docs.append(cd)
                    buckets.append(cb)
                    kinds.append(np.full(cb.shape[0], 2, np.int64))
        if not docs:
            return _Prepared([[] for _ in range(n)], [[] for _ in range(n)], [[] for _ in range(n)], phrases)
        doc = np.concatenate(docs)
        bucket = np.concatenate(buckets)
        kind = np.concatenate(kinds)
        # term frequency per (doc, bucket, kind) -> weight; then sum kinds per (doc, bucket)
        key = (doc << (p.bits + 2)) | (bucket << 2) | kind
        uk, counts = np.unique(key, return_counts=True)
        w = self._kind_w[uk & 3] * (1.0 + np.log(counts))
        db = uk >> 2
        start = np.flatnonzero(np.r_[True, db[1:] != db[:-1]])
        db = db[start]
        w = np.add.reduceat(w, start)
        is_word = np.logical_or.reduceat((uk & 3) == 0, start)
        doc = db >> p.bits
        bucket = db & ((1 << p.bits) - 1)
        # IDF as if documents were added one by one: earlier documents of the batch count.
        order = np.argsort(bucket, kind="stable")  # pairs come sorted by doc
        sb = bucket[order]
        gstart = np.flatnonzero(np.r_[True, sb[1:] != sb[:-1]])
        rank = np.empty(order.shape[0], np.int64)
        rank[order] = np.arange(order.shape[0]) - np.repeat(gstart, np.diff(np.r_[gstart, order.shape[0]]))
        df = self._df[bucket] + rank + 1.0
        n_docs = self._n_docs + doc + 1.0
        idf = np.log((n_docs + 1.0) / (df + 1.0)) + 1.0
        w = w * (idf if p.idf_power == 1.0 else idf**p.idf_power)
        ub, cnt = np.unique(bucket, return_counts=True)
        self._df[ub] += cnt
        self._n_docs += n
        # keep the heaviest terms of each document, L2-normalise, sort by weight
        order = np.argsort(doc * (2.0 * float(w.max()) + 1.0) - w, kind="stable")
        doc, bucket, w, is_word = doc[order], bucket[order], w[order], is_word[order]
        dstart = np.flatnonzero(np.r_[True, doc[1:] != doc[:-1]])
        rank = np.arange(doc.shape[0]) - np.repeat(dstart, np.diff(np.r_[dstart, doc.shape[0]]))
        keep = rank < p.doc_terms
        doc, bucket, w, is_word = doc[keep], bucket[keep], w[keep], is_word[keep]
        counts = np.bincount(doc, minlength=n)
        length = np.sqrt(np.bincount(doc, weights=w * w, minlength=n))
        w = w / np.maximum(length[doc], 1e-12)
        # query terms: the heaviest word unigrams of each document (positions in its list)
        word_pos = np.flatnonzero(is_word)
        wd = doc[word_pos]
        wstart = np.flatnonzero(np.r_[True, wd[1:] != wd[:-1]])
        wrank = np.arange(wd.shape[0]) - np.repeat(wstart, np.diff(np.r_[wstart, wd.shape[0]]))
        sel = wrank < p.query_terms
        starts = np.cumsum(counts) - counts
        qdoc = wd[sel]
        ql = (word_pos[sel] - starts[qdoc]).tolist()
        qcounts = np.bincount(qdoc, minlength=n).tolist()
        bl, wl = bucket.tolist(), w.tolist()
        out_b: list[list[int]] = []
        out_w: list[list[float]] = []
        out_q: list[list[int]] = []
        pos = qp = 0
        for c, qc in zip(counts.tolist(), qcounts, strict=True):
            out_b.append(bl[pos : pos + c])
            out_w.append(wl[pos : pos + c])
            out_q.append(ql[qp : qp + qc])
            pos += c
            qp += qc
        return _Prepared(out_b, out_w, out_q, phrases)

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

    def _phrase_idf(self, st: _Story, phrases: list[str]) -> list[float]:
        """Background IDF of each phrase: document frequency outside the story (the online
        counts of its unigram or bigram bucket minus the story's own documents; a trigram
        takes the mean of its two bigrams), as in c-TF-IDF."""
        words = sorted({w for ph in phrases for w in ph.split()})
        if not words:
            return []
        wb = batch_words([" ".join(words)])
        pos = {w: i for i, w in enumerate(words)}
        counts = st.phrases
        units: list[str] = []
        first: list[int] = []
        second: list[int] = []  # -1 for unigrams
        owner: list[int] = []
        for k, ph in enumerate(phrases):
            ws = ph.split()
            pairs = [(ws[0], None)] if len(ws) == 1 else list(zip(ws, ws[1:], strict=False))
            for a, b in pairs[:2]:
                units.append(a if b is None else f"{a} {b}")
                first.append(pos[a])
                second.append(-1 if b is None else pos[b])
                owner.append(k)
        h = wb.hash
        f = h[np.array(first)]
        sec = np.array(second)
        with np.errstate(over="ignore"):
            bi = _mix(f * _R + h[np.maximum(sec, 0)] + _BIGRAM_SALT)
        unit_hash = np.where(sec < 0, f, bi)
        df = self._df[(unit_hash >> self._shift).astype(np.int64)]
        own = np.array([counts.get(u, counts.get(phrases[o], 1.0)) for u, o in zip(units, owner, strict=True)])
        n_bg = max(self._n_docs - st.size, 0)
        idf = np.log((n_bg + 1.0) / (np.maximum(df - own, 0.0) + 1.0)) + 1.0
        total = np.bincount(np.array(owner), weights=idf, minlength=len(phrases))
        n_units = np.bincount(np.array(owner), minlength=len(phrases))
        return cast(list[float], (total / np.maximum(n_units, 1)).tolist())

    def _label(self, st: _Story) -> str:
        """The best phrases by share of the story's documents x background IDF (longer
        phrases get a bonus); a phrase that shares a word with a chosen one is skipped,
        unless it contains it (then it replaces it)."""
        p = self.params
        if not st.phrases:
            return ""
        need = 2.0 if st.size >= 2 else 1.0
        items = [(ph, c) for ph, c in st.phrases.items() if c >= need]
        if not items:
            items = list(st.phrases.items())
        items.sort(key=lambda kv: (-kv[1], kv[0]))
        items = items[:40]
        idf = self._phrase_idf(st, [ph for ph, _ in items])
        scored = []
        for (ph, c), v in zip(items, idf, strict=True):
            n_words = ph.count(" ") + 1
            scored.append((min(c / st.size, 1.0) * v * (1.0 + 0.3 * (n_words - 1)), ph))
        scored.sort(key=lambda x: (-x[0], x[1]))
        chosen: list[str] = []
        for _, ph in scored:
            ws = set(ph.split())
            inside = [c for c in chosen if f" {c} " in f" {ph} "]
            if any(ws & set(c.split()) for c in chosen if c not in inside):
                continue
            if inside:
                chosen = [c for c in chosen if c not in inside]
            chosen.append(ph)
            if len(chosen) >= p.label_phrases:
                break
        return " · ".join(chosen)

    # -- state ----------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """Plain data to persist: JSON-able values plus NumPy arrays (see :meth:`save`).

        Story and document ids must be ``str`` or ``int`` to survive JSON.
        """
        stories = sorted(self._stories.values(), key=lambda s: s.seq)
        t_ptr = np.cumsum([0] + [len(s.terms) for s in stories])
        i_ptr = np.cumsum([0] + [len(s.index) for s in stories])
        post_terms = list(self._postings)
        p_ptr = np.cumsum([0] + [len(self._postings[b]) for b in post_terms])
        return {
            "model": MODEL_NAME,
            "version": MODEL_VERSION,
            "params": asdict(self.params),
            "n_docs": self._n_docs,
            "clock": None if self._clock == -math.inf else self._clock,
            "seq": self._seq,
            "df_index": (nz := np.flatnonzero(self._df)),
            "df_value": self._df[nz],
            "stories": [
                {
                    "id": s.id,
                    "seq": s.seq,
                    "first": s.first,
                    "last": s.last,
                    "size": s.size,
                    "norm2": s.norm2,
                    "phrases": list(s.phrases.items()),
                }
                for s in stories
            ],
            "story_terms_ptr": t_ptr.astype(np.int64),
            "story_terms": np.array([b for s in stories for b in s.terms], np.int64),
            "story_weights": np.array([w for s in stories for w in s.terms.values()], np.float64),
            "story_index_ptr": i_ptr.astype(np.int64),
            "story_index": np.array([b for s in stories for b in sorted(s.index)], np.int64),
            "posting_terms": np.array(post_terms, np.int64),
            "posting_ptr": p_ptr.astype(np.int64),
            "posting_seqs": np.array([q for b in post_terms for q in self._postings[b]], np.int64),
            "heap": [list(x) for x in self._heap],
            "archive": [[k, v] for k, v in self._archive.items()],
            "recent": [[k, v] for k, v in self._recent.items()],
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> StoryClusterer:
        known = {f.name for f in fields(StoryParams)}
        params = StoryParams(**{k: v for k, v in dict(state["params"]).items() if k in known})
        self = cls(params)
        self._n_docs = int(state["n_docs"])
        self._clock = -math.inf if state["clock"] is None else float(state["clock"])
        self._seq = int(state["seq"])
        self._df[np.asarray(state["df_index"], np.int64)] = np.asarray(state["df_value"], np.float64)
        t_ptr = np.asarray(state["story_terms_ptr"]).tolist()
        terms = np.asarray(state["story_terms"]).tolist()
        weights = np.asarray(state["story_weights"], np.float64).tolist()
        i_ptr = np.asarray(state["story_index_ptr"]).tolist()
        index = np.asarray(state["story_index"]).tolist()
        for k, s in enumerate(state["stories"]):
            st = _Story(
                s["id"],
                int(s["seq"]),
                dict(zip(terms[t_ptr[k] : t_ptr[k + 1]], weights[t_ptr[k] : t_ptr[k + 1]], strict=True)),
                float(s["norm2"]),
                float(s["first"]),
                {},
            )
            st.last = float(s["last"])
            st.size = int(s["size"])
            st.phrases = {ph: float(c) for ph, c in s["phrases"]}
            st.index = set(index[i_ptr[k] : i_ptr[k + 1]])
            self._stories[st.id] = st
            self._live[st.seq] = st
        p_terms = np.asarray(state["posting_terms"]).tolist()
        p_ptr = np.asarray(state["posting_ptr"]).tolist()
        seqs = np.asarray(state["posting_seqs"]).tolist()
        self._postings = {b: dict.fromkeys(seqs[p_ptr[k] : p_ptr[k + 1]]) for k, b in enumerate(p_terms)}
        self._heap = [(float(a), int(b)) for a, b in state["heap"]]
        heapq.heapify(self._heap)
        self._archive = OrderedDict((k, dict(v)) for k, v in state["archive"])
        self._recent = OrderedDict((k, int(v)) for k, v in state.get("recent", []))
        return self

    def save(self, path: Path | str) -> None:
        """Write the state to one ``.npz`` file (arrays + a JSON member; no pickle)."""
        save_state(path, self.state())

    @classmethod
    def load(cls, path: Path | str) -> StoryClusterer:
        return cls.from_state(load_state(path))


def _split_arrays(state: dict[str, Any], prefix: str, arrays: dict[str, np.ndarray]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for k, v in state.items():
        if isinstance(v, np.ndarray):
            arrays[prefix + k] = v
        elif isinstance(v, dict) and any(isinstance(x, np.ndarray | dict) for x in v.values()):
            meta[k] = _split_arrays(v, prefix + k + "/", arrays)
        else:
            meta[k] = v
    return meta


def save_state(path: Path | str, state: dict[str, Any]) -> None:
    """Write a (nested) state dict to one zip file readable by ``numpy.load``: every NumPy
    array is an ``.npy`` member, everything else goes to ``meta.json``. Deterministic
    (fixed timestamps, sorted members); written to a temporary file, then renamed."""
    arrays: dict[str, np.ndarray] = {}
    meta = _split_arrays(state, "", arrays)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name in sorted(arrays):
            member = io.BytesIO()
            np.lib.format.write_array(member, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, member.getvalue())
        info = zipfile.ZipInfo("meta.json", (1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, json.dumps(meta, ensure_ascii=False, sort_keys=True))
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(buf.getvalue())
    tmp.replace(path)


def load_state(path: Path | str) -> dict[str, Any]:
    """Read a file written by :func:`save_state` (no pickle)."""
    with zipfile.ZipFile(Path(path)) as zf:
        state: dict[str, Any] = json.loads(zf.read("meta.json").decode("utf-8"))
        for name in zf.namelist():
            if not name.endswith(".npy"):
                continue
            *parents, leaf = name[:-4].split("/")
            target = state
            for part in parents:
                target = target.setdefault(part, {})
            target[leaf] = np.lib.format.read_array(io.BytesIO(zf.read(name)), allow_pickle=False)
    return state
