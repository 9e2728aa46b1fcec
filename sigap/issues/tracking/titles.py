"""An issue's title: the event's own most central headline, or its most central post.

Central means covering most of what the event is about: the phrases of the issue's facets
weighted by story size (``linking.phrase_weights``). News headlines are preferred, as an
officer would write one; before any outlet reports, the best sentence of a post is cleaned of
links, mentions, hashtags and emoji. A person's title is never replaced (``title_locked``).
"""

from __future__ import annotations

import re

from sigap.monitoring.models import Document
from sigap.text.normalize import normalize

from ..models import IssueDocument
from .linking import phrase_weights

TOP_PHRASES = 25
NEWS_CANDIDATES = 200
POST_CANDIDATES = 80
MAX_CHARS = 110
RETITLE_GROWTH = 1.5  # look for a better title when the issue has grown by half since the last one
HEADLINE = 1.5  # an outlet's headline against a post covering as much: officers title issues like news
NATIONAL_HEADLINE = 1.6

_URL = re.compile(r"https?://\S+|www\.\S+")
_RT = re.compile(r"^\s*RT\s+@\w+:?\s*", re.I)
_HANDLE = re.compile(r"^\s*@?\.?(?=[\w.]*[\d._])[\w.]{2,40}:\s+")  # ".ramli.4169: …" (a reply's quoted handle)
_MENTION = re.compile(r"(?<!\w)@\w+")
_TRAILING_TAGS = re.compile(r"(\s*#\w+)+\s*$")
_TAG = re.compile(r"#(\w+)")
_NOT_TEXT = re.compile(r"[^\w\s.,:;!?()'\"/%&\-–—]+", re.UNICODE)
_SPACES = re.compile(r"\s+")
_REPEAT = re.compile(r"([!?.,])\1+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def clean(text: str, *, headline: bool) -> str:
    """A title-worthy line: for a post, its first full sentence without links, mentions,
    hashtags, emoji or shouting."""
    text = _HANDLE.sub("", _RT.sub("", text or ""))
    if not headline:
        text = _URL.sub(" ", text)
        text = _TRAILING_TAGS.sub("", _MENTION.sub(" ", text))
        text = _TAG.sub(r"\1", text)
        text = _NOT_TEXT.sub(" ", text)
        text = _REPEAT.sub(r"\1", text)
        parts = [p.strip() for p in _SENTENCE.split(text) if p.strip()]
        text = parts[0] if parts else ""
        if len(text) < 30 and len(parts) > 1:
            text = f"{text} {parts[1]}"
    text = _SPACES.sub(" ", text).strip(" -–—:,;")
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        text = text.lower()
        text = text[:1].upper() + text[1:]
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:-") + "…"
    return text


def _coverage(text: str, phrases: list[tuple[str, float]]) -> float:
    padded = f" {normalize(text)} "
    return sum(w for ph, w in phrases if f" {ph} " in padded)


def choose(issue_id: int, facets: list[dict]) -> tuple[str, int] | None:
    """(title, document id) of the issue's most central headline or post; None without facets."""
    weights = phrase_weights(facets)
    if not weights:
        return None
    phrases = sorted(weights.items(), key=lambda kv: -kv[1])[:TOP_PHRASES]
    total = sum(w for _, w in phrases) or 1.0
    doc_ids = IssueDocument.objects.filter(issue_id=issue_id).values("document_id")
    news = Document.objects.filter(id__in=doc_ids, channel="news").exclude(title="").order_by("-published_at")
    posts = Document.objects.filter(
        id__in=IssueDocument.objects.filter(issue_id=issue_id)
        .exclude(channel="news")
        .order_by("-reach")
        .values("document_id")[:POST_CANDIDATES]
    )
    best: tuple[float, str, int] | None = None
    for doc_id, title, national in news.values_list("id", "title", "source__national")[:NEWS_CANDIDATES]:
        line = clean(title, headline=True)
        if len(line) < 15:
            continue
        score = _coverage(line, phrases) / total * (NATIONAL_HEADLINE if national else HEADLINE)
        if best is None or score > best[0]:
            best = (score, line, doc_id)
    for doc_id, title, text in posts.values_list("id", "title", "text"):
        line = clean(title or text, headline=bool(title))
        if len(line) < 20:
            continue
        score = _coverage(line, phrases) / total
        if best is None or score > best[0]:
            best = (score, line, doc_id)
    if best is None or best[0] <= 0:
        return None
    return best[1], best[2]
