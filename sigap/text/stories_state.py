"""The story clusterer's state: the record of a live story, the whole state as plain data and
back, and the one file it is written to.

:func:`dump_state` / :func:`restore_state` are the bodies of
:meth:`sigap.text.stories.StoryClusterer.state` / ``from_state``; :func:`save_state` /
:func:`load_state` write and read any nested state dict of plain data and NumPy arrays as one
``.npz``-compatible zip file without pickle (the pipeline's state too,
:meth:`sigap.text.pipeline.Pipeline.save`). Kept apart so that the clustering reads without
its bookkeeping.
"""

from __future__ import annotations

import heapq
import io
import json
import math
import zipfile
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from sigap.text.stories import StoryClusterer

__all__ = ["dump_state", "load_state", "restore_state", "save_state"]


class _Story:
    """A live story: its centroid terms and squared norm, active period, size, phrase counts
    and index terms."""

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


def dump_state(c: StoryClusterer) -> dict[str, Any]:
    """The clusterer's state but its model name and version (see :meth:`StoryClusterer.state`)."""
    stories = sorted(c._stories.values(), key=lambda s: s.seq)
    t_ptr = np.cumsum([0] + [len(s.terms) for s in stories])
    i_ptr = np.cumsum([0] + [len(s.index) for s in stories])
    post_terms = list(c._postings)
    p_ptr = np.cumsum([0] + [len(c._postings[b]) for b in post_terms])
    return {
        "params": asdict(c.params),
        "n_docs": c._n_docs,
        "clock": None if c._clock == -math.inf else c._clock,
        "seq": c._seq,
        "df_index": (nz := np.flatnonzero(c._df)),
        "df_value": c._df[nz],
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
        "posting_seqs": np.array([q for b in post_terms for q in c._postings[b]], np.int64),
        "heap": [list(x) for x in c._heap],
        "archive": [[k, v] for k, v in c._archive.items()],
        "recent": [[k, v] for k, v in c._recent.items()],
    }


def restore_state(c: StoryClusterer, state: dict[str, Any]) -> StoryClusterer:
    """Resume a state from :func:`dump_state` in ``c``, a new clusterer with the state's parameters."""
    c._n_docs = int(state["n_docs"])
    c._clock = -math.inf if state["clock"] is None else float(state["clock"])
    c._seq = int(state["seq"])
    c._df[np.asarray(state["df_index"], np.int64)] = np.asarray(state["df_value"], np.float64)
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
        c._stories[st.id] = st
        c._live[st.seq] = st
    p_terms = np.asarray(state["posting_terms"]).tolist()
    p_ptr = np.asarray(state["posting_ptr"]).tolist()
    seqs = np.asarray(state["posting_seqs"]).tolist()
    c._postings = {b: dict.fromkeys(seqs[p_ptr[k] : p_ptr[k + 1]]) for k, b in enumerate(p_terms)}
    c._heap = [(float(a), int(b)) for a, b in state["heap"]]
    heapq.heapify(c._heap)
    c._archive = OrderedDict((k, dict(v)) for k, v in state["archive"])
    c._recent = OrderedDict((k, int(v)) for k, v in state.get("recent", []))
    return c


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
