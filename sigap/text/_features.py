"""Vectorised hashed n-gram features in pure NumPy (no Python loop per n-gram).

A batch of texts is laid out as one array of code points (each text wrapped in spaces and
separated by a sentinel). Polynomial prefix hashes modulo 2**64 give the hash of any span
in O(1), so character n-grams of every length and word uni/bigrams are hashed for the
whole batch with a handful of array operations. The same code is used at training and at
prediction time, so the features are identical by construction.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    return h ^ (h >> np.uint64(31))


@dataclass(frozen=True)
class HashSpec:
    bits: int = 18
    char_min: int = 1
    char_max: int = 5
    words: bool = True
    bigrams: bool = True

    def to_dict(self) -> dict[str, int | bool]:
        return {
            "bits": self.bits, "char_min": self.char_min, "char_max": self.char_max,
            "words": self.words, "bigrams": self.bigrams,
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
            return (prefix[end] - prefix[start]) * inv[start]

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


def linear_scores(
    texts: list[str], spec: HashSpec, weights: np.ndarray, bias: np.ndarray
) -> np.ndarray:
    """Scores ``X @ weights + bias`` without building a sparse matrix."""
    n_docs = len(texts)
    doc, bucket, value = feature_rows(texts, spec)
    n_classes = weights.shape[1]
    contrib = weights[bucket]
    if contrib.dtype != np.float32:
        contrib = contrib.astype(np.float32)
    contrib *= value[:, None]
    # One bincount over (doc, class) pairs instead of one per class.
    flat = (doc[:, None] * n_classes + np.arange(n_classes)).ravel()
    scores = np.bincount(flat, weights=contrib.ravel(), minlength=n_docs * n_classes)
    return scores.reshape(n_docs, n_classes).astype(np.float32) + bias.astype(np.float32)
