"""Which issue a story belongs to, by what it is about.

An issue keeps *facets*: for each of its largest stories, the story's distinctive phrases with
weights (``StoryClusterer.keywords``: share of the story's documents x background IDF). A story
that touches an office joins the issue it resembles most, if the resemblance is strong enough.
The comparison uses single words: phrases of two or three words rarely recur in other wordings
of the same event and only dilute it. Words that only say where (the office's region and the
regions in it, its watchlists' words, see ``Profile.place_words``) are left out, since every
document of the area shares them.

Words weigh by how rare they are in ordinary Indonesian (``sigap.text.background``), not in the
stream, where an event's own words are the commonest of all while it lasts.

A story resembles an issue when it shares at least ``MIN_SHARED`` words with one of its facets
and their cosine is at least ``LINK_THRESHOLD``; matching each facet, not a blend, keeps an
analyst's merge from widening what an issue attracts beyond what the merged stories attract.
Stories of one event that each became an issue before they could be compared (small stories
say little) are merged once their issues' centroids agree (``should_merge``). The thresholds and
the representation were chosen on the development scenarios (docs/escalation.md).

Plain functions on dicts; the database side is ``attach.py``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

LINK_THRESHOLD = 0.20  # cosine of a story with one facet; docs/escalation.md explains the choice
MIN_SHARED = 2  # distinctive words two stories must share (one shared word is chance)
MERGE_THRESHOLD = 0.35  # cosine of two issues' centroids for one to take the other in
MERGE_MIN_SHARED = 3
MAX_FACETS = 12  # per issue: the largest stories' words
FACET_TERMS = 40


@dataclass
class Match:
    issue_id: int
    score: float
    shared: list[str]  # the shared phrases, heaviest first: why the story joined


def content(keywords: dict[str, float], is_place_word: Callable[[str], bool], k: int = FACET_TERMS) -> dict[str, float]:
    """The ``k`` heaviest single words that say what happened, L2-normalised."""
    kept = sorted(((ph, w) for ph, w in keywords.items() if " " not in ph and not is_place_word(ph)),
                  key=lambda kv: -kv[1])[:k]  # fmt: skip
    norm = math.sqrt(sum(w * w for _, w in kept))
    return {ph: w / norm for ph, w in kept} if norm else {}


def centroid(facets: list[dict[str, float]], sizes: list[int]) -> dict[str, float]:
    """All facets together, each by the log of its story's size, L2-normalised."""
    total: dict[str, float] = {}
    for facet, size in zip(facets, sizes, strict=True):
        scale = math.log1p(size)
        for ph, w in facet.items():
            total[ph] = total.get(ph, 0.0) + w * scale
    norm = math.sqrt(sum(w * w for w in total.values()))
    return {ph: w / norm for ph, w in total.items()} if norm else {}


def similarity(a: dict[str, float], b: dict[str, float]) -> tuple[float, list[str]]:
    """Cosine of two normalised phrase vectors, and the phrases they share."""
    if len(a) > len(b):
        a, b = b, a
    shared = [ph for ph in a if ph in b]
    if not shared:
        return 0.0, []
    shared.sort(key=lambda ph: -a[ph] * b[ph])
    return sum(a[ph] * b[ph] for ph in shared), shared


def best_match(story: dict[str, float], candidates: Iterable[tuple[int, list[dict[str, float]]]]) -> Match | None:
    """The issue with the facet most like ``story`` (both already reduced by ``content``)."""
    best: Match | None = None
    for issue_id, facets in candidates:
        for facet in facets:
            score, shared = similarity(story, facet)
            if len(shared) < MIN_SHARED or score < LINK_THRESHOLD:
                continue
            if best is None or score > best.score:
                best = Match(issue_id, round(score, 3), shared[:6])
    return best


def updated_facets(facets: list[dict], story_id: int, size: int, words: dict[str, float]) -> list[dict]:
    """The issue's facets with this story's current words (already reduced by ``content``);
    the largest stories are kept."""
    if not words:
        return facets
    rest = [f for f in facets if f.get("story") != story_id]
    rest.append({"story": story_id, "size": size, "kw": {w: round(v, 4) for w, v in words.items()}})
    rest.sort(key=lambda f: (-f.get("size", 0), f.get("story", 0)))
    return rest[:MAX_FACETS]


def issue_centroid(facets: list[dict]) -> dict[str, float]:
    return centroid([f.get("kw", {}) for f in facets], [f.get("size", 1) for f in facets])


DOC_FIT = 0.06  # centroid weight a document's words must reach to join an issue through its story
DOC_FIT_TERMS = 40


def fits(centroid_words: dict[str, float], words: set[str]) -> bool:
    """Whether a document with these words is about what the issue is about: its words carry at
    least ``DOC_FIT`` of the weight of the issue's ``DOC_FIT_TERMS`` heaviest words. An issue that
    does not know yet what it is about takes every document of its stories."""
    if not centroid_words:
        return True
    top = sorted(centroid_words.items(), key=lambda kv: -kv[1])[:DOC_FIT_TERMS]
    total = sum(w for _, w in top) or 1.0
    return sum(w for word, w in top if word in words) / total >= DOC_FIT


def should_merge(a: list[dict], b: list[dict]) -> tuple[float, list[str]] | None:
    """Whether two issues are one event: their centroids' cosine and shared words, or None."""
    score, shared = similarity(issue_centroid(a), issue_centroid(b))
    if score >= MERGE_THRESHOLD and len(shared) >= MERGE_MIN_SHARED:
        return round(score, 3), shared[:6]
    return None


ABSORB_MIN_SHARED = 3


def absorbs(a: list[dict], b: list[dict], who: frozenset[str] = frozenset()) -> tuple[float, list[str]] | None:
    """Whether a chatter issue (never above Pemantauan) belongs to a risen one: one of its
    largest stories resembles one of the other's as a story joins an issue (``best_match``),
    on at least ``ABSORB_MIN_SHARED`` words, not counting the names of the office's key actors
    (``who``: the Bupati is named in half of what is said about a regency)."""
    best = None
    for fa in a[:3]:
        ka = _without(fa.get("kw", {}), who)
        for fb in b:
            score, shared = similarity(ka, _without(fb.get("kw", {}), who))
            if len(shared) >= ABSORB_MIN_SHARED and score >= LINK_THRESHOLD and (best is None or score > best[0]):
                best = (round(score, 3), shared[:6])
    return best


def _without(words: dict[str, float], drop: frozenset[str]) -> dict[str, float]:
    if not drop or not drop.intersection(words):
        return words
    kept = {w: v for w, v in words.items() if w not in drop}
    norm = math.sqrt(sum(v * v for v in kept.values()))
    return {w: v / norm for w, v in kept.items()} if norm else {}


def phrase_weights(facets: list[dict]) -> dict[str, float]:
    """What the issue is about, all stories together: phrase weights by story size."""
    total: dict[str, float] = {}
    for f in facets:
        scale = math.log1p(f.get("size", 1))
        for ph, w in f.get("kw", {}).items():
            total[ph] = total.get(ph, 0.0) + w * scale
    return total


class CandidateIndex:
    """Issues that stories may join, indexed by phrase so a story is compared only with the
    facets that share a phrase with it."""

    def __init__(self) -> None:
        self.facets: dict[int, list[dict[str, float]]] = {}  # issue → reduced facets
        self.roots: dict[int, int] = {}
        self._postings: dict[tuple[int, str], set[int]] = {}

    def add(self, issue_id: int, root: int, facets: list[dict[str, float]]) -> None:
        self.facets[issue_id] = [f for f in facets if f]
        self.roots[issue_id] = root
        for f in self.facets[issue_id]:
            for ph in f:
                self._postings.setdefault((root, ph), set()).add(issue_id)

    def match(self, root: int, story: dict[str, float]) -> Match | None:
        ids: set[int] = set()
        for ph in story:
            ids |= self._postings.get((root, ph), set())
        return best_match(story, ((i, self.facets[i]) for i in sorted(ids)))
