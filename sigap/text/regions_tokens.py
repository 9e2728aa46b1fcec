"""How the gazetteer reads text: tokens with their character offsets, with noise (HTML,
URLs, @mentions) blanked out first.

Shared by the gazetteer (:mod:`sigap.text.regions`), the entity tagger and the derivation of
ambiguous names (:mod:`sigap.text.places`); kept apart so that each can import it at module
level without importing the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["MAX_CHARS", "line_starts", "mask_noise", "tokenize_spans"]

MAX_CHARS = 200_000
"""Texts longer than this are matched on their first characters only."""

_TOKEN = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*|\S")
_NOISE = re.compile(
    r"<(?:!--.*?--|/?[a-zA-Z][^<>]{0,2000}|![a-zA-Z][^<>]{0,200})>"  # HTML tags
    r"|&(?:[a-zA-Z]{2,8}|#\d{1,7}|#x[0-9a-fA-F]{1,6});"  # HTML entities
    r"|(?:https?://|www\.)\S+"  # URLs
    r"|(?<![\w@])@\w{1,30}",  # mentions
    re.S,
)


def mask_noise(text: str) -> str:
    """Blank out HTML tags/entities, URLs and @mentions with spaces (offsets unchanged)."""
    if "<" not in text and "&" not in text and "@" not in text and "http" not in text and "www." not in text:
        return text
    return _NOISE.sub(lambda m: " " * (m.end() - m.start()), text)


def tokenize_spans(text: object) -> list[tuple[str, int, int]]:
    """``(token, start, end)`` over the text with noise masked; words, numbers (``3.000``,
    ``kompas.com``) and single other characters (punctuation, emoji) are tokens."""
    if not isinstance(text, str) or not text:
        return []
    text = mask_noise(text[:MAX_CHARS])
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def line_starts(text: str, spans: Sequence[tuple[str, int, int]]) -> list[int]:
    """Positions of the tokens that begin a line (after the first)."""
    if "\n" not in text:
        return []
    return [i for i in range(1, len(spans)) if "\n" in text[spans[i - 1][2] : spans[i][1]]]


def _key(text: str) -> tuple[str, ...]:
    return tuple(m.group().lower() for m in _TOKEN.finditer(text))
