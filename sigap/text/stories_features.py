"""The story clusterer's document features: content tokens and phrases, hashed and weighted terms.

Turns a batch of normalised texts into the sparse, L2-normalised term vectors and the
keyphrase candidates :class:`sigap.text.stories.StoryClusterer` compares and counts, with
array operations over the whole batch (see the module documentation there for the weights).
Kept apart from the clustering so that each can be read and tuned on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sigap.text._features import _BIGRAM_SALT, _R, _mix, batch_words, word_char_ngrams
from sigap.text.stories_params import StoryParams
from sigap.text.tokens import _KIND_CACHE, _token_kind


@dataclass
class Prepared:
    """Features of a batch, computed with array operations."""

    buckets: list[list[int]]  # per doc, terms by decreasing weight
    weights: list[list[float]]
    query: list[list[int]]  # per doc, positions (in buckets) of its heaviest word terms
    phrases: list[list[str]]


def content_tokens(norm: str) -> tuple[list[str], list[bool], list[str]]:
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


def prepare(
    norms: list[str],
    p: StoryParams,
    doc_freq: np.ndarray,
    docs_seen: int,
    kind_w: np.ndarray,
    shift: np.uint64,
) -> tuple[Prepared, int]:
    """Hashed, weighted terms of a batch of normalised texts (IDF as if the documents were
    added one by one); counts the batch into ``doc_freq`` in place. Returns the features and
    how many documents were counted (none when the batch has no content word)."""
    n = len(norms)
    contents: list[str] = []
    adj_all: list[bool] = []
    phrases: list[list[str]] = []
    for norm in norms:
        toks, adj, ph = content_tokens(norm)
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
        buckets.append((wh >> shift).astype(np.int64))
        kinds.append(np.zeros(wh.shape[0], np.int64))
        adjacent = np.array(adj_all, bool)
        if wh.shape[0] > 1 and adjacent[1:].any():
            with np.errstate(over="ignore"):
                bh = _mix(wh[:-1] * _R + wh[1:] + _BIGRAM_SALT)[adjacent[1:]]
            docs.append(words.doc[1:][adjacent[1:]])
            buckets.append((bh >> shift).astype(np.int64))
            kinds.append(np.ones(bh.shape[0], np.int64))
        if p.char_weight > 0:
            for cb, cd in word_char_ngrams(contents, p.char_n, p.char_n, p.bits):
                docs.append(cd)
                buckets.append(cb)
                kinds.append(np.full(cb.shape[0], 2, np.int64))
    if not docs:
        return Prepared([[] for _ in range(n)], [[] for _ in range(n)], [[] for _ in range(n)], phrases), 0
    doc = np.concatenate(docs)
    bucket = np.concatenate(buckets)
    kind = np.concatenate(kinds)
    # term frequency per (doc, bucket, kind) -> weight; then sum kinds per (doc, bucket)
    key = (doc << (p.bits + 2)) | (bucket << 2) | kind
    uk, counts = np.unique(key, return_counts=True)
    w = kind_w[uk & 3] * (1.0 + np.log(counts))
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
    df = doc_freq[bucket] + rank + 1.0
    n_docs = docs_seen + doc + 1.0
    idf = np.log((n_docs + 1.0) / (df + 1.0)) + 1.0
    w = w * (idf if p.idf_power == 1.0 else idf**p.idf_power)
    ub, cnt = np.unique(bucket, return_counts=True)
    doc_freq[ub] += cnt
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
    return Prepared(out_b, out_w, out_q, phrases), n
