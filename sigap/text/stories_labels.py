"""Keyphrase labels of stories: which of a story's phrases name it best.

A phrase scores by the share of the story's documents that contain it x its IDF in the
background (the clusterer's online document frequencies outside the story, looked up with
the hashing of :mod:`sigap.text._features`), with a bonus for longer phrases; see
:mod:`sigap.text.stories`. Kept apart from the clustering, which only counts the phrases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import numpy as np

from sigap.text._features import _BIGRAM_SALT, _R, _mix, batch_words
from sigap.text.stories_params import StoryParams

if TYPE_CHECKING:
    from sigap.text.stories_state import _Story


def phrase_idf(st: _Story, phrases: list[str], doc_freq: np.ndarray, docs_seen: int, shift: np.uint64) -> list[float]:
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
    df = doc_freq[(unit_hash >> shift).astype(np.int64)]
    own = np.array([counts.get(u, counts.get(phrases[o], 1.0)) for u, o in zip(units, owner, strict=True)])
    n_bg = max(docs_seen - st.size, 0)
    idf = np.log((n_bg + 1.0) / (np.maximum(df - own, 0.0) + 1.0)) + 1.0
    total = np.bincount(np.array(owner), weights=idf, minlength=len(phrases))
    n_units = np.bincount(np.array(owner), minlength=len(phrases))
    return cast(list[float], (total / np.maximum(n_units, 1)).tolist())


def label_story(st: _Story, p: StoryParams, doc_freq: np.ndarray, docs_seen: int, shift: np.uint64) -> str:
    """The best phrases by share of the story's documents x background IDF (longer
    phrases get a bonus); a phrase that shares a word with a chosen one is skipped,
    unless it contains it (then it replaces it)."""
    if not st.phrases:
        return ""
    need = 2.0 if st.size >= 2 else 1.0
    items = [(ph, c) for ph, c in st.phrases.items() if c >= need]
    if not items:
        items = list(st.phrases.items())
    items.sort(key=lambda kv: (-kv[1], kv[0]))
    items = items[:40]
    idf = phrase_idf(st, [ph for ph, _ in items], doc_freq, docs_seen, shift)
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
