"""Vectorised hashed n-gram features in pure NumPy (no Python loop per n-gram).

A batch of texts is laid out as one array of code points (each text wrapped in spaces and
separated by a sentinel). Polynomial prefix hashes modulo 2**64 give the hash of any span
in O(1), so character n-grams of every length and word uni/bigrams are hashed for the
whole batch with a handful of array operations. The same code is used at training and at
prediction time, so the features are identical by construction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import numpy as np

_SEP = 0x1  # sentinel between texts (removed from input beforehand)
_SPACE = 0x20
_R = np.uint64(0x9E3779B97F4A7C15)  # odd: invertible modulo 2**64
_R_INV = np.uint64(pow(int(_R), -1, 2**64))
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_WORD_SALT = np.uint64(0x632BE59BD9B4E019)
_BIGRAM_SALT = np.uint64(0x8CB92BA72F3D8DD7)


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads the bits of a polynomial hash."""
    h = h ^ (h >> np.uint64(30))
    h = h * _MIX1
    h = h ^ (h >> np.uint64(27))
    h = h * _MIX2
    return cast(np.ndarray, h ^ (h >> np.uint64(31)))


@dataclass(frozen=True)
class HashSpec:
    bits: int = 18
    char_min: int = 1
    char_max: int = 5
    words: bool = True
    bigrams: bool = True

    def to_dict(self) -> dict[str, int | bool]:
        return {
            "bits": self.bits,
            "char_min": self.char_min,
            "char_max": self.char_max,
            "words": self.words,
            "bigrams": self.bigrams,
        }


def hashed_ngrams(texts: list[str], spec: HashSpec) -> tuple[np.ndarray, np.ndarray]:
    """Return (doc_index, bucket) arrays, one entry per n-gram occurrence."""
    n_docs = len(texts)
    if n_docs == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    joined = "\x01".join(" " + t.replace("\x01", " ") + " " for t in texts)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    m = codes.shape[0]
    is_sep = codes == _SEP
    docid = np.cumsum(is_sep)  # separator belongs to the next text; never inside a window
    with np.errstate(over="ignore"):
        c = codes.astype(np.uint64) + np.uint64(1)
        powers = np.empty(m + 1, np.uint64)
        powers[0] = 1
        powers[1:] = _R
        powers = np.cumprod(powers)  # R**k, wrapping modulo 2**64
        inv = np.empty(m + 1, np.uint64)
        inv[0] = 1
        inv[1:] = _R_INV
        inv = np.cumprod(inv)
        prefix = np.zeros(m + 1, np.uint64)  # prefix[i] = sum_{k<i} c_k R**k
        prefix[1:] = np.cumsum(c * powers[:m])

        def span_hash(start: np.ndarray, end: np.ndarray) -> np.ndarray:
            return cast(np.ndarray, (prefix[end] - prefix[start]) * inv[start])

        shift = np.uint64(64 - spec.bits)
        docs: list[np.ndarray] = []
        buckets: list[np.ndarray] = []
        for n in range(spec.char_min, spec.char_max + 1):
            if m < n:
                break
            start = np.arange(m - n + 1)
            end = start + n
            ok = (docid[start] == docid[end - 1]) & ~is_sep[start]
            start, end = start[ok], end[ok]
            h = _mix(span_hash(start, end) + np.uint64(n) * _MIX2)
            docs.append(docid[start])
            buckets.append((h >> shift).astype(np.int64))
        if spec.words:
            space = (codes == _SPACE) | is_sep
            boundary = np.flatnonzero(space)
            # words lie strictly between consecutive boundaries
            ws, we = boundary[:-1] + 1, boundary[1:]
            keep = we > ws
            ws, we = ws[keep], we[keep]
            wh = _mix(span_hash(ws, we) ^ _WORD_SALT)
            wdoc = docid[ws]
            docs.append(wdoc)
            buckets.append((wh >> shift).astype(np.int64))
            if spec.bigrams and wh.shape[0] > 1:
                same = wdoc[1:] == wdoc[:-1]
                bh = _mix(wh[:-1] * _R + wh[1:] + _BIGRAM_SALT)[same]
                docs.append(wdoc[1:][same])
                buckets.append((bh >> shift).astype(np.int64))
    return np.concatenate(docs).astype(np.int64), np.concatenate(buckets)


def feature_rows(texts: list[str], spec: HashSpec) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, value) triples; duplicates are summed by the consumer.

    Every n-gram occurrence contributes ``1 / sqrt(n)`` where ``n`` is the number of n-gram
    occurrences in its text (a cheap stand-in for L2 normalisation of the count vector).
    """
    n_docs = len(texts)
    doc, bucket = hashed_ngrams(texts, spec)
    counts = np.bincount(doc, minlength=n_docs)
    norm = (1.0 / np.sqrt(np.maximum(counts, 1))).astype(np.float32)
    return doc, bucket, norm[doc]


def _codes(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Code points of the joined batch, separator mask and the text index of each position."""
    joined = "\x01".join(" " + t.replace("\x01", " ") + " " for t in texts)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    is_sep = codes == _SEP
    return codes, is_sep, np.cumsum(is_sep)


def _mix_inplace(h: np.ndarray) -> np.ndarray:
    """:func:`_mix` without temporaries (``h`` is overwritten)."""
    h ^= h >> np.uint64(30)
    h *= _MIX1
    h ^= h >> np.uint64(27)
    h *= _MIX2
    h ^= h >> np.uint64(31)
    return h


def _char_hashes(
    codes: np.ndarray, is_sep: np.ndarray, docid: np.ndarray, spec: HashSpec
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Buckets of all character n-grams, one (bucket, doc) group per n, each in text order.

    Same values as :func:`hashed_ngrams`: the polynomial hash of a span is grown one
    character at a time (``h_n = h_{n-1} + c_{s+n-1} R**(n-1)``), so no prefix table, no
    modular inverse and no gather is needed; windows that run into a separator are dropped.
    """
    m = codes.shape[0]
    out: list[tuple[np.ndarray, np.ndarray]] = []
    shift = np.uint64(64 - spec.bits)
    with np.errstate(over="ignore"):
        c = codes.astype(np.uint64)
        c += np.uint64(1)
        h = c.copy()
        ok = ~is_sep
        power = np.uint64(1)
        for n in range(1, spec.char_max + 1):
            if n > m:
                break
            if n > 1:
                power = power * _R
                k = n - 1
                h = h[:-1]
                h += c[k:] * power
                ok = ok[:-1] & ~is_sep[k:]
            if n >= spec.char_min:
                sel = np.flatnonzero(ok)
                hn = h[sel]
                hn += np.uint64(n) * _MIX2
                _mix_inplace(hn)
                hn >>= shift
                out.append((hn.astype(np.int64), docid[sel]))
    return out


def _word_bounds(codes: np.ndarray, is_sep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and end of every space-separated word of the joined batch."""
    boundary = np.flatnonzero((codes == _SPACE) | is_sep)
    ws, we = boundary[:-1] + 1, boundary[1:]
    keep = we > ws
    return ws[keep], we[keep]


def _word_hash64(codes: np.ndarray, ws: np.ndarray, we: np.ndarray) -> np.ndarray:
    """64-bit hash of each word (the polynomial span hash of hashed_ngrams, salted, mixed)."""
    with np.errstate(over="ignore"):
        lengths = we - ws
        pos = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        chars = codes[np.repeat(ws, lengths) + pos].astype(np.uint64) + np.uint64(1)
        max_len = int(lengths.max())
        powers = np.empty(max_len, np.uint64)
        powers[0] = 1
        powers[1:] = _R
        powers = np.cumprod(powers)
        terms = chars * powers[pos]
        csum = np.cumsum(terms)
        ends = np.cumsum(lengths) - 1
        totals = csum[ends]
        totals[1:] -= csum[ends[:-1]]
        return _mix(totals ^ _WORD_SALT)


@dataclass(frozen=True)
class Words:
    """Space-separated words of a batch of texts, in order (see :func:`batch_words`)."""

    codes: np.ndarray  # code points of the joined batch (uint32)
    doc: np.ndarray  # text index of each word
    start: np.ndarray  # first code point of each word in ``codes``
    end: np.ndarray  # one past the last code point
    hash: np.ndarray  # 64-bit word hash (the word feature of hashed_ngrams before bucketing)


def batch_words(texts: list[str]) -> Words:
    """All words of a batch with their hashes, computed with array operations."""
    codes, is_sep, docid = _codes(texts) if texts else (np.zeros(0, np.uint32),) * 3
    if codes.shape[0] == 0:
        e = np.zeros(0, np.int64)
        return Words(codes, e, e, e, e.astype(np.uint64))
    ws, we = _word_bounds(codes, is_sep)
    wh = _word_hash64(codes, ws, we) if ws.shape[0] else np.zeros(0, np.uint64)
    return Words(codes, docid[ws], ws, we, wh)


def _word_hashes(
    codes: np.ndarray, is_sep: np.ndarray, docid: np.ndarray, spec: HashSpec
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(word bucket, word doc, bigram bucket, bigram doc), in text order."""
    empty = np.zeros(0, np.int64)
    if not spec.words:
        return empty, empty, empty, empty
    shift = np.uint64(64 - spec.bits)
    ws, we = _word_bounds(codes, is_sep)
    if ws.shape[0] == 0:
        return empty, empty, empty, empty
    wh = _word_hash64(codes, ws, we)
    wdoc = docid[ws]
    words = (wh >> shift).astype(np.int64)
    if spec.bigrams and wh.shape[0] > 1:
        with np.errstate(over="ignore"):
            same = wdoc[1:] == wdoc[:-1]
            bh = _mix(wh[:-1] * _R + wh[1:] + _BIGRAM_SALT)[same]
        return words, wdoc, (bh >> shift).astype(np.int64), wdoc[1:][same]
    return words, wdoc, empty, empty


def fast_ngrams(texts: list[str], spec: HashSpec) -> list[tuple[np.ndarray, np.ndarray]]:
    """The n-grams of :func:`hashed_ngrams` as (bucket, doc) groups, each ordered by doc.

    One group per character n-gram length, then words, then word bigrams; within a group
    the entries of a text are contiguous, which lets callers sum per text with
    ``np.add.reduceat``.
    """
    codes, is_sep, docid = _codes(texts)
    groups = _char_hashes(codes, is_sep, docid, spec)
    wb, wdoc, bb, bdoc = _word_hashes(codes, is_sep, docid, spec)
    return [*groups, (wb, wdoc), (bb, bdoc)]


def linear_scores(texts: list[str], spec: HashSpec, weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """Scores ``X @ weights + bias`` (X as built by :func:`feature_rows`), without a matrix.

    Each n-gram contributes ``float32(w * v)`` (``v`` = 1/sqrt(n-grams in its text)); the
    contributions are summed in float64 per text, so the result equals the sparse product
    up to the order of float64 additions (in practice bit for bit). ``weights`` is
    (buckets x classes); pass it Fortran-ordered (``np.asfortranarray``) to save a copy:
    the gathers run class by class over contiguous columns.
    """
    n_docs = len(texts)
    n_classes = weights.shape[1]
    if n_docs == 0:
        return np.zeros((0, n_classes), np.float32)
    wt = weights.T
    if wt.dtype != np.float32 or not wt.flags.c_contiguous:
        wt = np.ascontiguousarray(wt, dtype=np.float32)
    groups = [g for g in fast_ngrams(texts, spec) if g[0].shape[0]]
    counts = [np.bincount(doc, minlength=n_docs) for _, doc in groups]
    total = np.sum(counts, axis=0) if counts else np.zeros(n_docs, np.int64)
    norm = (1.0 / np.sqrt(np.maximum(total, 1))).astype(np.float32)
    scores = np.zeros((n_classes, n_docs), np.float64)
    for (bucket, _doc), count in zip(groups, counts, strict=True):
        value = np.repeat(norm, count)
        starts = np.cumsum(count) - count
        nz = count > 0
        all_nz = bool(nz.all())
        for k in range(n_classes):
            contrib = np.take(wt[k], bucket)
            contrib *= value
            sums = np.add.reduceat(contrib.astype(np.float64), starts[nz] if not all_nz else starts)
            if all_nz:
                scores[k] += sums
            else:
                scores[k, nz] += sums
    return scores.T.astype(np.float32) + bias.astype(np.float32)


def word_char_ngrams(texts: list[str], n_min: int, n_max: int, bits: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Character n-grams inside words (never across a space), one (bucket, doc) group per
    n, each in text order. Words shorter than ``n`` give no n-gram of that length."""
    if not texts:
        return []
    codes, is_sep, docid = _codes(texts)
    boundary = is_sep | (codes == _SPACE)
    return _char_hashes(codes, boundary, docid, HashSpec(bits=bits, char_min=n_min, char_max=n_max))
