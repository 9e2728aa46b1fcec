"""Near-duplicate grouping: exact duplicates by hash, near-copies by MinHash + LSH.

``NearDupIndex.add(doc_id, text) -> group_id`` (or :meth:`NearDupIndex.add_batch`) is
incremental: each document joins the group of the earlier document it matches best (exact
hash of the normalised text, or an estimated Jaccard similarity of word 3-shingles >=
``threshold`` among the candidates found through LSH bands), otherwise it starts a new
group whose id is its own ``doc_id``. Pure NumPy, no pickle.

Memory is bounded by ``max_docs``: the index remembers the most recent ``max_docs``
distinct documents in a ring (MinHash signatures in one ``uint32`` array); the LSH bands
live in one NumPy hash table sized for ``max_docs`` (8-way buckets holding a 32-bit check
and the document's serial number), so memory does not grow with the documents seen.
At ``max_docs=200_000``: signatures 100 MB, band table 64 MB, exact-hash map ~30 MB.
A band key whose bucket is full replaces the oldest entry, so a very old document may lose
a band (it can still be found through its other bands).

Batches: :meth:`add_batch` computes shingles, signatures, band keys, table look-ups and
candidate similarities for the whole batch with array operations; only the final
assignment of groups (which must see earlier documents of the same batch) is a Python loop.
"""

from __future__ import annotations

import hashlib
from collections.abc import Hashable, Sequence
from typing import Any, cast

import numpy as np

from sigap.text._features import _MIX2, _mix, batch_words
from sigap.text.normalize import normalize

MODEL_NAME = "sigap-neardup-minhash"
MODEL_VERSION = "1.1.0"
_MASK32 = np.uint64(0xFFFFFFFF)
_BAND_SALT = np.uint64(0x9E3779B97F4A7C15)
_WAYS = 8
_LOAD = 0.8
_WRAP = (1 << 31) - 1  # the band table stores serial % _WRAP + 1 (int32; 0 = empty)

__all__ = ["MODEL_NAME", "MODEL_VERSION", "NearDupIndex", "shingles", "minhash"]


def _alnum_table() -> np.ndarray:
    global _ALNUM
    if _ALNUM is None:
        _ALNUM = np.array([chr(c).isalnum() for c in range(0x10000)], bool)
    return _ALNUM


_ALNUM: np.ndarray | None = None


def _batch_shingles(
    norms: Sequence[str], eligible: np.ndarray | None = None, min_words: int = 0, k: int = 3
) -> tuple[np.ndarray, np.ndarray]:
    """Word k-shingle hashes of many normalised texts: (doc index, 64-bit hash), by doc.

    Words are the space-separated tokens with at least one letter or digit; a text with
    fewer than ``k`` such words has one shingle (all its words). Texts with fewer than
    ``min_words`` tokens, or not ``eligible``, get none.
    """
    w = batch_words(list(norms))
    n = len(norms)
    if w.doc.shape[0] == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.uint64)
    codes = w.codes
    table = _alnum_table()
    small = codes < 0x10000
    char_ok = np.zeros(codes.shape[0], bool)
    char_ok[small] = table[codes[small]]
    if not small.all():
        big = np.flatnonzero(~small)
        char_ok[big] = [chr(int(c)).isalnum() for c in codes[big]]
    cs = np.concatenate(([0], np.cumsum(char_ok)))
    keep = cs[w.end] - cs[w.start] > 0
    ok = np.bincount(w.doc, minlength=n) >= min_words
    if eligible is not None:
        ok &= eligible
    keep &= ok[w.doc]
    d, h = w.doc[keep], w.hash[keep]
    counts = np.bincount(d, minlength=n)
    docs: list[np.ndarray] = []
    hashes: list[np.ndarray] = []
    with np.errstate(over="ignore"):
        if d.shape[0] >= k:
            full = np.flatnonzero(d[k - 1 :] == d[: d.shape[0] - k + 1])
            acc = h[full]
            for j in range(1, k):
                acc = _mix(acc * _BAND_SALT + h[full + j])
            docs.append(d[full])
            hashes.append(acc)
        short = np.flatnonzero((counts > 0) & (counts < k))
        if short.shape[0]:
            first = np.cumsum(counts) - counts
            acc = h[first[short]]
            for j in range(1, k - 1):
                more = counts[short] > j
                nxt = h[np.minimum(first[short] + j, h.shape[0] - 1)]
                acc = np.where(more, _mix(acc * _BAND_SALT + nxt), acc)
            docs.append(short)
            hashes.append(acc)
    if not docs:
        return np.zeros(0, np.int64), np.zeros(0, np.uint64)
    doc = np.concatenate(docs)
    sh = np.concatenate(hashes)
    order = np.argsort(doc, kind="stable")
    return doc[order], sh[order]


def shingles(text: str, k: int = 3) -> np.ndarray:
    """Hashes of the word k-shingles of a normalised text (unique, uint64)."""
    _, sh = _batch_shingles([text], k=k)
    return np.unique(sh)


class _Perms:
    """MinHash permutations: multiply-add-shift hashes ``(a*x + b) >> 32`` (a odd)."""

    def __init__(self, num_perm: int, seed: int) -> None:
        rng = np.random.default_rng(seed)
        self.a = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        self.b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)


def minhash(sh: np.ndarray, perms: _Perms) -> np.ndarray:
    """MinHash signature (num_perm,) of a shingle set."""
    if sh.shape[0] == 0:
        return np.full(perms.a.shape[0], np.iinfo(np.uint32).max, np.uint32)
    return cast(np.ndarray, _minhash_batch(sh, np.array([sh.shape[0]]), perms)[0])


def _minhash_batch(flat: np.ndarray, counts: np.ndarray, perms: _Perms) -> np.ndarray:
    """Signatures (n, num_perm) of n shingle sets laid end to end (all counts > 0)."""
    with np.errstate(over="ignore"):
        h = np.multiply.outer(flat.astype(np.uint64), perms.a)
        h += perms.b
        h >>= np.uint64(32)
    starts = np.cumsum(counts) - counts
    return np.minimum.reduceat(h, starts, axis=0).astype(np.uint32)


class NearDupIndex:
    """Incremental duplicate grouping with bounded memory.

    ``threshold`` is the Jaccard similarity of word 3-shingles above which two texts count
    as near-duplicates; ``num_perm`` = ``bands * rows``. With 32 bands of 4 rows, pairs at
    Jaccard 0.6 become candidates with probability ~0.99 and pairs at 0.2 with ~0.05;
    candidates are then verified against the signature estimate of the similarity.
    Texts with fewer than ``min_words`` tokens are matched by exact hash only.
    """

    def __init__(
        self,
        threshold: float = 0.6,
        bands: int = 32,
        rows: int = 4,
        seed: int = 1,
        max_docs: int = 200_000,
        min_words: int = 4,
    ) -> None:
        self.threshold = threshold
        self.bands, self.rows = bands, rows
        self.seed = seed
        self.perms = _Perms(bands * rows, seed)
        self.max_docs = max(int(max_docs), 1)
        self.min_words = min_words
        self._n = 0  # serial number of the next document entering the ring
        cap = min(self.max_docs, 1024)  # the ring grows by doubling up to max_docs
        self._sig = np.zeros((cap, bands * rows), np.uint32)
        self._has_sig = np.zeros(cap, bool)
        self._serial = np.full(cap, -1, np.int64)
        self._groups: list[Hashable] = [None] * cap
        self._keys: list[bytes] = [b""] * cap
        self._exact: dict[bytes, tuple[Hashable, int]] = {}  # key -> (group, serial)
        need = bands * self.max_docs / (_WAYS * _LOAD)
        self._rows_log2 = max(4, int(np.ceil(np.log2(max(need, 16)))))
        # np.zeros: pages are committed as buckets are first written.
        self._tcheck = np.zeros((1 << self._rows_log2, _WAYS), np.uint32)
        self._tserial = np.zeros((1 << self._rows_log2, _WAYS), np.int32)

    # -- public -------------------------------------------------------------------------

    def __len__(self) -> int:
        """Documents currently remembered (at most ``max_docs``)."""
        return min(self._n, self.max_docs)

    def add(self, doc_id: Hashable, text: str, normalized: str | None = None) -> Hashable:
        """Index ``text`` under ``doc_id`` and return its duplicate-group id.

        Pass ``normalized`` (``normalize(text)``) when it is already at hand.
        """
        return self.add_batch([doc_id], [text], None if normalized is None else [normalized])[0]

    def add_batch(
        self, doc_ids: Sequence[Hashable], texts: Sequence[str | None], normalized: Sequence[str] | None = None
    ) -> list[Hashable]:
        """Index a batch in order; returns the group id of each document.

        Same result as calling :meth:`add` for each document in turn (a document may join
        the group of an earlier document of the same batch).
        """
        n = len(doc_ids)
        if n == 0:
            return []
        if n > self.max_docs:  # keep every batch within one turn of the ring
            out: list[Hashable] = []
            for i in range(0, n, self.max_docs):
                out.extend(
                    self.add_batch(
                        doc_ids[i : i + self.max_docs],
                        texts[i : i + self.max_docs],
                        None if normalized is None else normalized[i : i + self.max_docs],
                    )
                )
            return out
        norms = list(normalized) if normalized is not None else [normalize(t) for t in texts]
        keys = [hashlib.blake2b(t.encode("utf-8", "replace"), digest_size=16).digest() for t in norms]
        # Shingles and signatures of the texts long enough for MinHash; exact duplicates of
        # a remembered text are skipped (their group is known from the hash).
        exact = self._exact
        eligible = np.array([key not in exact for key in keys], bool)
        sh_doc, sh = _batch_shingles(norms, eligible, self.min_words)
        counts = np.bincount(sh_doc, minlength=n)
        sig_rows = np.flatnonzero(counts)
        row_of = np.full(n, -1, np.int64)
        row_of[sig_rows] = np.arange(sig_rows.shape[0])
        sigs = np.zeros((0, self._sig.shape[1]), np.uint32)
        band_keys = np.zeros((0, self.bands), np.uint64)
        ring_best: dict[int, tuple[float, int]] = {}
        batch_best: dict[int, tuple[float, int]] = {}
        if sig_rows.shape[0]:
            sigs = _minhash_batch(sh, counts[sig_rows], self.perms)
            band_keys = self._band_keys(sigs)
            ring_best, batch_best = self._candidates(sig_rows, sigs, band_keys)

        groups: list[Hashable] = [None] * n
        ring_docs: list[int] = []
        serials: list[int] = []
        for i in range(n):
            key = keys[i]
            hit = exact.get(key)
            if hit is not None:
                groups[i] = hit[0]
                continue
            group: Hashable = doc_ids[i]
            r = ring_best.get(i)
            b = batch_best.get(i)
            if r is not None and (b is None or r[0] >= b[0]):
                group = self._groups[r[1] % self.max_docs]
            elif b is not None:
                group = groups[b[1]]
            groups[i] = group
            serial = self._n
            self._n += 1
            self._evict_slot(serial % self.max_docs, serial - self.max_docs)
            exact[key] = (group, serial)
            ring_docs.append(i)
            serials.append(serial)
        self._store(ring_docs, serials, keys, groups, row_of, sigs, band_keys)
        return groups

    # -- state ----------------------------------------------------------------------------

    def state(self) -> dict[str, object]:
        """Plain data (JSON-able values + NumPy arrays) for :meth:`from_state`.

        Document and group ids must be ``str`` or ``int`` to survive JSON. The state holds
        the band table as it is, so a restored index answers exactly as the original.
        """
        live = self._live_slots()
        live = live[np.argsort(self._serial[live], kind="stable")]
        return {
            "params": {
                "threshold": self.threshold,
                "bands": self.bands,
                "rows": self.rows,
                "seed": self.seed,
                "max_docs": self.max_docs,
                "min_words": self.min_words,
            },
            "n": self._n,
            "serial": self._serial[live].copy(),
            "sig": self._sig[live].copy(),
            "has_sig": self._has_sig[live].copy(),
            "groups": [self._groups[s] for s in live.tolist()],
            "keys": [self._keys[s].hex() for s in live.tolist()],
            "exact": [[k.hex(), g, s] for k, (g, s) in self._exact.items()],
            "table_rows_log2": self._rows_log2,
            # only the buckets in use (a small index stays small on disk)
            "table_used": (used := np.flatnonzero(self._tserial.any(axis=1))),
            "table_check": self._tcheck[used],
            "table_serial": self._tserial[used],
            "model": f"{MODEL_NAME} {MODEL_VERSION}",
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> NearDupIndex:
        idx = cls(**dict(state["params"]))
        idx._n = int(state["n"])
        serial = np.asarray(state["serial"], np.int64)
        if serial.shape[0]:
            idx._grow(int(min(idx.max_docs, serial.max() + 1)))
            slots = serial % idx.max_docs
            idx._sig[slots] = np.asarray(state["sig"], np.uint32)
            idx._has_sig[slots] = np.asarray(state["has_sig"], bool)
            idx._serial[slots] = serial
            for s, g, k in zip(slots.tolist(), state["groups"], state["keys"], strict=True):
                idx._groups[s] = g
                idx._keys[s] = bytes.fromhex(k)
        idx._exact = {bytes.fromhex(k): (g, int(s)) for k, g, s in state["exact"]}
        if int(state["table_rows_log2"]) == idx._rows_log2:
            used = np.asarray(state["table_used"], np.int64)
            idx._tcheck[used] = np.asarray(state["table_check"], np.uint32)
            idx._tserial[used] = np.asarray(state["table_serial"], np.int32)
        return idx

    # -- internals ------------------------------------------------------------------------

    def _live_slots(self) -> np.ndarray:
        s = self._serial
        return np.flatnonzero((s >= 0) & (s >= self._n - self.max_docs))

    def _band_keys(self, sigs: np.ndarray) -> np.ndarray:
        """One 64-bit key per (document, band), with the band number mixed in."""
        n = sigs.shape[0]
        band = np.arange(self.bands, dtype=np.uint64) * _MIX2
        with np.errstate(over="ignore"):
            if self.rows % 2 == 0:
                pairs = np.ascontiguousarray(sigs).view(np.uint64)
                pairs = pairs.reshape(n, self.bands, self.rows // 2)
                h = pairs[:, :, 0] + band
                for j in range(1, self.rows // 2):
                    h = h * _BAND_SALT + pairs[:, :, j]
            else:
                r = sigs.reshape(n, self.bands, self.rows).astype(np.uint64)
                h = r[:, :, 0] + band
                for j in range(1, self.rows):
                    h = h * _BAND_SALT + r[:, :, j]
            return _mix(h)

    def _table_rows(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        rows = (keys >> np.uint64(64 - self._rows_log2)).astype(np.intp)
        return rows, (keys & _MASK32).astype(np.uint32)

    def _best(self, q: np.ndarray, ref: np.ndarray, sim: np.ndarray) -> dict[int, tuple[float, int]]:
        """For each query, the candidate with the highest similarity >= threshold (ties:
        the earliest)."""
        ok = sim >= self.threshold
        q, ref, sim = q[ok], ref[ok], sim[ok]
        if q.shape[0] == 0:
            return {}
        order = np.lexsort((ref, -sim, q))
        q, ref, sim = q[order], ref[order], sim[order]
        first = np.r_[True, q[1:] != q[:-1]]
        return {
            int(a): (float(v), int(r))
            for a, v, r in zip(q[first].tolist(), sim[first].tolist(), ref[first].tolist(), strict=True)
        }

    def _candidates(
        self, doc_index: np.ndarray, sigs: np.ndarray, band_keys: np.ndarray
    ) -> tuple[dict[int, tuple[float, int]], dict[int, tuple[float, int]]]:
        """Best match of each batch document among remembered documents (by serial) and
        among earlier documents of the batch (by batch position)."""
        b = self.bands
        flat = band_keys.ravel()
        q_row = np.repeat(np.arange(sigs.shape[0]), b)
        # 1. remembered documents, through the band table
        rows, check = self._table_rows(flat)
        hit_q, hit_w = np.nonzero(self._tcheck[rows] == check[:, None])
        stored = self._tserial[rows[hit_q], hit_w].astype(np.int64)
        ser = self._n - ((self._n - (stored - 1)) % _WRAP)
        slot = ser % self.max_docs
        ok = (stored > 0) & (ser >= self._n - self.max_docs) & (slot < self._serial.shape[0])
        hit_q, ser, slot = hit_q[ok], ser[ok], slot[ok]
        ok = (self._serial[slot] == ser) & self._has_sig[slot]
        ring: dict[int, tuple[float, int]] = {}
        pq, ps = q_row[hit_q[ok]], ser[ok]
        if pq.shape[0]:
            base = int(ps.min())
            span = int(ps.max()) - base + 1
            pair = np.unique(pq * span + (ps - base))
            pq, ps = pair // span, pair % span + base
            sim = (sigs[pq] == self._sig[ps % self.max_docs]).mean(axis=1)
            ring = {int(doc_index[k]): v for k, v in self._best(pq, ps, sim).items()}
        # 2. earlier documents of this batch: the previous document with the same band key
        batch: dict[int, tuple[float, int]] = {}
        order = np.argsort(flat, kind="stable")  # stable: batch order within a key
        sflat, sq = flat[order], q_row[order]
        same = sflat[1:] == sflat[:-1]
        if same.any():
            span = sigs.shape[0]
            pair = np.unique(sq[1:][same] * span + sq[:-1][same])
            pq, pe = pair // span, pair % span
            sim = (sigs[pq] == sigs[pe]).mean(axis=1)
            best = self._best(doc_index[pq], doc_index[pe], sim)
            batch = best
        return ring, batch

    def _evict_slot(self, slot: int, old_serial: int) -> None:
        if old_serial < 0 or slot >= self._serial.shape[0] or self._serial[slot] != old_serial:
            return
        key = self._keys[slot]
        hit = self._exact.get(key)
        if hit is not None and hit[1] == old_serial:
            del self._exact[key]
        self._has_sig[slot] = False
        self._serial[slot] = -1

    def _grow(self, need: int) -> None:
        cap = self._serial.shape[0]
        if need <= cap:
            return
        new = min(self.max_docs, max(need, 2 * cap))
        sig = np.zeros((new, self._sig.shape[1]), np.uint32)
        sig[:cap] = self._sig
        has = np.zeros(new, bool)
        has[:cap] = self._has_sig
        ser = np.full(new, -1, np.int64)
        ser[:cap] = self._serial
        self._sig, self._has_sig, self._serial = sig, has, ser
        self._groups.extend([None] * (new - cap))
        self._keys.extend([b""] * (new - cap))

    def _store(
        self,
        ring_docs: list[int],
        serials: list[int],
        keys: list[bytes],
        groups: list[Hashable],
        row_of: np.ndarray,
        sigs: np.ndarray,
        band_keys: np.ndarray,
    ) -> None:
        if not ring_docs:
            return
        ser = np.array(serials, np.int64)
        self._grow(int(min(self.max_docs, ser.max() + 1)))
        slots = ser % self.max_docs
        rows = row_of[ring_docs]
        has = rows >= 0
        self._serial[slots] = ser
        self._has_sig[slots] = has
        self._sig[slots[has]] = sigs[rows[has]]
        for s, i in zip(slots.tolist(), ring_docs, strict=True):
            self._groups[s] = groups[i]
            self._keys[s] = keys[i]
        if has.any():
            self._insert(band_keys[rows[has]].ravel(), np.repeat(ser[has], self.bands))

    def _insert(self, keys: np.ndarray, serials: np.ndarray) -> None:
        """Write band keys (newest wins for an equal key); a full bucket drops its oldest
        entry. Keys falling in the same bucket are written in successive rounds."""
        rows, check = self._table_rows(keys)
        order = np.argsort(rows, kind="stable")
        srow = rows[order]
        start = np.flatnonzero(np.r_[True, srow[1:] != srow[:-1]])
        rank = np.arange(srow.shape[0]) - np.repeat(start, np.diff(np.r_[start, srow.shape[0]]))
        stored = (serials % _WRAP + 1).astype(np.int32)
        for r_now in range(int(rank.max()) + 1 if rank.shape[0] else 0):
            now = order[rank == r_now]  # at most one key per bucket in a round
            r = rows[now]
            cur = self._tserial[r].astype(np.int64)
            age = np.where(cur > 0, (self._n - (cur - 1)) % _WRAP, _WRAP)
            same = (self._tcheck[r] == check[now][:, None]) & (cur > 0)
            way = np.where(same.any(axis=1), same.argmax(axis=1), age.argmax(axis=1))
            self._tcheck[r, way] = check[now]
            self._tserial[r, way] = stored[now]
