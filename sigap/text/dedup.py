"""Near-duplicate grouping: exact duplicates by hash, near-copies by MinHash + LSH.

``NearDupIndex.add(doc_id, text) -> group_id`` is incremental: each document joins the
group of the first earlier document it matches (exact hash of the normalised text, or an
estimated Jaccard similarity of word 3-shingles >= ``threshold`` found through LSH bands),
otherwise it starts a new group whose id is its own ``doc_id``. Pure NumPy, no pickle.

Memory is bounded with ``max_docs``: the oldest documents are forgotten first (their
groups stay valid for documents already assigned).
"""

from __future__ import annotations

import hashlib
import zlib
from collections import OrderedDict
from collections.abc import Hashable

import numpy as np

from sigap.text.normalize import normalize

MODEL_NAME = "sigap-neardup-minhash"
MODEL_VERSION = "1.0.0"
_PRIME = np.uint64((1 << 61) - 1)
_MASK32 = np.uint64(0xFFFFFFFF)

__all__ = ["MODEL_NAME", "MODEL_VERSION", "NearDupIndex", "shingles", "minhash"]


def shingles(text: str, k: int = 3) -> np.ndarray:
    """32-bit (CRC-32) hashes of word k-shingles of the normalised text (unique, uint64)."""
    words = [w for w in text.split() if any(ch.isalnum() for ch in w)]
    if not words:
        return np.zeros(0, np.uint64)
    if len(words) < k:
        grams = [" ".join(words)]
    else:
        grams = [" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]
    digest = [zlib.crc32(g.encode("utf-8", "replace")) for g in grams]
    return np.unique(np.array(digest, dtype=np.uint64))


class _Perms:
    def __init__(self, num_perm: int, seed: int) -> None:
        rng = np.random.default_rng(seed)
        self.a = rng.integers(1, int(_PRIME), size=num_perm, dtype=np.uint64)
        self.b = rng.integers(0, int(_PRIME), size=num_perm, dtype=np.uint64)


def minhash(sh: np.ndarray, perms: _Perms) -> np.ndarray:
    """MinHash signature (num_perm,) of a shingle set with (a*x + b) mod 2**61-1 hashes."""
    if sh.shape[0] == 0:
        return np.full(perms.a.shape[0], np.iinfo(np.uint32).max, np.uint32)
    x = sh[:, None]
    with np.errstate(over="ignore"):
        h = (perms.a[None, :] * x + perms.b[None, :]) % _PRIME
    return (h.min(axis=0) & _MASK32).astype(np.uint32)


class NearDupIndex:
    """Incremental duplicate grouping.

    ``threshold`` is the Jaccard similarity of word 3-shingles above which two texts count
    as near-duplicates; ``num_perm`` = ``bands * rows``. With 32 bands of 4 rows, pairs at
    Jaccard 0.6 become candidates with probability ~0.99 and pairs at 0.2 with ~0.05;
    candidates are then verified against the signature estimate of the similarity.
    """

    def __init__(self, threshold: float = 0.6, bands: int = 32, rows: int = 4,
                 seed: int = 1, max_docs: int = 1_000_000, min_words: int = 4) -> None:
        self.threshold = threshold
        self.bands, self.rows = bands, rows
        self.perms = _Perms(bands * rows, seed)
        self.max_docs = max_docs
        self.min_words = min_words
        self._exact: dict[bytes, Hashable] = {}
        self._buckets: list[dict[bytes, list[Hashable]]] = [{} for _ in range(bands)]
        self._docs: OrderedDict[Hashable, tuple[Hashable, np.ndarray, bytes, list[bytes]]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._docs)

    def add(self, doc_id: Hashable, text: str, normalized: str | None = None) -> Hashable:
        """Index ``text`` under ``doc_id`` and return its duplicate-group id.

        Pass ``normalized`` (``normalize(text)``) when it is already at hand.
        """
        norm = normalized if normalized is not None else normalize(text)
        key = hashlib.blake2b(norm.encode("utf-8", "replace"), digest_size=16).digest()
        group = self._exact.get(key)
        sig: np.ndarray | None = None
        band_keys: list[bytes] = []
        n_words = len(norm.split())
        if group is None and n_words >= self.min_words:
            sig = minhash(shingles(norm), self.perms)
            band_keys = [sig[i * self.rows : (i + 1) * self.rows].tobytes() for i in range(self.bands)]
            group = self._query(sig, band_keys)
        if group is None:
            group = doc_id
        if key not in self._exact:
            self._exact[key] = group
        if sig is not None:
            for i, bk in enumerate(band_keys):
                self._buckets[i].setdefault(bk, []).append(doc_id)
            self._docs[doc_id] = (group, sig, key, band_keys)
            self._evict()
        return group

    def _query(self, sig: np.ndarray, band_keys: list[bytes]) -> Hashable | None:
        best: tuple[float, Hashable] | None = None
        seen: set[Hashable] = set()
        for i, bk in enumerate(band_keys):
            for other in self._buckets[i].get(bk, ()):
                if other in seen or other not in self._docs:
                    continue
                seen.add(other)
                g, osig, _, _ = self._docs[other]
                sim = float(np.mean(osig == sig))
                if sim >= self.threshold and (best is None or sim > best[0]):
                    best = (sim, g)
        return best[1] if best else None

    def _evict(self) -> None:
        while len(self._docs) > self.max_docs:
            old, (_, _, key, band_keys) = self._docs.popitem(last=False)
            self._exact.pop(key, None)
            for i, bk in enumerate(band_keys):
                bucket = self._buckets[i].get(bk)
                if bucket is not None:
                    try:
                        bucket.remove(old)
                    except ValueError:
                        pass
                    if not bucket:
                        del self._buckets[i][bk]
