"""Normalisation of informal Indonesian text (tweets, comments, news).

``normalize(text)`` turns raw text into a lower-cased, space-separated token string that the
models in this package are trained on:

- HTML remnants are removed (tags, entities), lone surrogates and control characters dropped,
  Unicode folded with NFKC (fancy "𝐛𝐨𝐥𝐝" letters become plain letters);
- URLs become ``httpurl`` and mentions ``@user`` (the IndoBERTweet convention);
- hashtags are split into words (``#TolakOmnibusLaw`` -> ``tolak omnibus law``,
  ``#jokowi2periode`` -> ``jokowi 2 periode``) by case changes, digits and a word list;
- elongations are shortened (``bangeeet`` -> ``banget``, ``mantaaapppp`` -> ``mantap``) and
  laughter is folded (``wkwkwk``, ``hahaha`` -> ``haha``);
- slang and abbreviations are replaced by standard words (``yg`` -> ``yang``,
  ``gak`` -> ``tidak``) from the bundled lexicon (``models/lexicon.json``, built from
  indo-collex and NLP_bahasa_resources, see ``models/lexicon.md``) plus a small core list;
- reduplication with "2" is expanded (``anak2`` -> ``anak-anak``), money shorthands are
  spelled out (``10rb`` -> ``10 ribu``, ``5jt`` -> ``5 juta``);
- emoji and emoticons that carry sentiment become tokens (``😡`` -> ``emo_marah``,
  ``:)`` -> ``emo_senang``); other emoji are dropped;
- repeated punctuation is collapsed (``!!!`` -> ``!``).

The function never raises on any ``str`` and is idempotent:
``normalize(normalize(s)) == normalize(s)``.  ``clean(text)`` does only the
case-preserving part (HTML, URLs, surrogates, whitespace) for taggers that need case.

The emoji, emoticon and core slang tables are in :mod:`sigap.text.normalize_tables`.
"""

from __future__ import annotations

import html
import json
import math
import re
import unicodedata
from functools import lru_cache
from typing import Any

from sigap.text import MODELS_DIR
from sigap.text.normalize_tables import _EMOTICONS, CORE_SLANG, EMOJI_TOKENS

__all__ = ["clean", "normalize", "tokenize", "split_hashtag", "EMOJI_TOKENS", "CORE_SLANG"]

MAX_CHARS = 200_000
"""Texts longer than this are cut before normalisation (a defined result, bounded time)."""

# --- regular expressions ----------------------------------------------------------------

_SURROGATES = re.compile("[\ud800-\udfff]")
_HTML_TAG = re.compile(r"<(?:!--.*?--|/?[a-zA-Z][^<>]{0,2000}|![a-zA-Z][^<>]{0,200})>", re.S)
_HTML_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
    r"\.(?:com|id|net|org|co|ly|gl|io|me|info|go\.id|ac\.id|or\.id)/[^\s<>\"']*",
    re.I,
)
_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{1,30}|\[USERNAME\]", re.I)
_WS = re.compile(r"\s+")
_EMOTICON_RE = re.compile(
    r"(?:(?<=\s)|^)(" + "|".join(re.escape(e) for e in sorted(_EMOTICONS, key=len, reverse=True)) + r")(?=\s|$)",
    re.I,
)
# One token: placeholder, hashtag, word (letters/digits with inner - ' .), or one symbol.
_TOKEN = re.compile(
    r"@user|emo_[a-z]+|#[^\W_]\w*|(?:[^\W\d_]+)?\d+(?:[.,]\d+)+[^\W\d_]*"
    r"|[^\W_]+(?:[-'’][^\W_]+)*|\S",
)
_NUM_WITH_SEP = re.compile(r"\d+(?:[.,]\d+)+")
_ELONG = re.compile(r"([^\W\d_])\1{2,}")
_LAUGH = re.compile(r"^(?:(?:wk)+w?|(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|(?:xi){2,}|(?:ah){3,}|a?(?:ha){2,})$")
_REDUP = re.compile(r"^([^\W\d_]{2,})2$")
_MONEY = re.compile(r"^(\d+(?:[.,]\d+)?)(rb|ribu|k|jt|juta|m|miliar|milyar|t|triliun|rp)$")
_MONEY_UNITS = {
    "rb": "ribu",
    "ribu": "ribu",
    "k": "ribu",
    "jt": "juta",
    "juta": "juta",
    "m": "miliar",
    "miliar": "miliar",
    "milyar": "miliar",
    "t": "triliun",
    "triliun": "triliun",
}
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+|[^\W\d_]+")
_WORD_OK = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
# Cheap pre-checks: when they fail, the expensive pattern cannot match (same output).
_WWW = re.compile(r"www\.", re.I)
_EMOTICON_HINT = re.compile(r"[:;=<>-]|xd", re.I)


def _sub_urls_mentions(text: str) -> str:
    if "/" in text or ("." in text and _WWW.search(text)):
        text = _URL.sub(" httpurl ", text)
    if "@" in text or "[" in text:
        text = _MENTION.sub(" @user ", text)
    return text


# --- lexicon -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, float]]:
    """Slang map and word log-probabilities (for hashtag splitting and elongations)."""
    slang: dict[str, str] = {}
    logp: dict[str, float] = {}
    path = MODELS_DIR / "lexicon.json"
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        slang.update(data.get("slang", {}))
        counts: dict[str, int] = data.get("words", {})
        total = float(sum(counts.values())) or 1.0
        logp = {w: math.log(c / total) for w, c in counts.items()}
    except (OSError, ValueError):  # pragma: no cover - artifact missing: core list only
        pass
    slang.update(CORE_SLANG)
    return _close_slang(slang), logp


def _close_slang(slang: dict[str, str]) -> dict[str, str]:
    """Make the map a fixed point: no output word is itself a key mapping elsewhere."""
    out: dict[str, str] = {}
    for key, value in slang.items():
        words = value.split()
        for _ in range(4):
            new = " ".join(slang.get(w, w) for w in words).split()
            if new == words:
                break
            words = new
        else:
            continue
        value = " ".join(words)
        if value != key:
            out[key] = value
    # Drop entries whose output still contains a key that maps elsewhere (cycles).
    return {k: v for k, v in out.items() if all(w not in out for w in v.split())}


# --- token-level rules -------------------------------------------------------------------


def _shorten_elongation(word: str, logp: dict[str, float], slang: dict[str, str]) -> str:
    """bangeeet -> banget, mantaaappp -> mantap, saaaat -> saat (if 'saat' is a known word)."""
    runs = list(_ELONG.finditer(word))
    if not runs:
        return word
    if len(runs) > 4:
        return _ELONG.sub(r"\1", word)
    best, best_score = _ELONG.sub(r"\1", word), -math.inf
    for mask in range(1 << len(runs)):
        parts, pos = [], 0
        for i, m in enumerate(runs):
            parts.append(word[pos : m.start()])
            parts.append(m.group(1) * (2 if mask >> i & 1 else 1))
            pos = m.end()
        parts.append(word[pos:])
        cand = "".join(parts)
        score = logp.get(cand, -math.inf)
        if cand in slang:
            score = max(score, -12.0)
        if score > best_score:
            best, best_score = cand, score
    return best


def split_hashtag(tag: str) -> list[str]:
    """Split a hashtag body (without '#') into words.

    Case changes and digits split first (``TolakOmnibusLaw``); an all-lower-case tag is
    segmented with the bundled word frequencies when every piece is a known word.
    """
    tag = tag.strip("#_")
    if not tag:
        return []
    pieces = [p for p in _CAMEL.findall(tag.replace("_", " ")) if p.strip()]
    out: list[str] = []
    for piece in pieces:
        low = piece.lower()
        if piece.isdigit() or len(low) < 6 or not piece.islower():
            out.append(low)
        else:
            out.extend(_segment(low))
    return out


def _segment(word: str) -> list[str]:
    """Viterbi word segmentation; returns [word] unless every piece is known."""
    _, logp = _lexicon()
    if word in logp or not logp:
        return [word]
    n = len(word)
    best: list[float] = [0.0] + [-math.inf] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        for start in range(max(0, end - 20), end):
            piece = word[start:end]
            lp = logp.get(piece)
            if lp is None or best[start] == -math.inf:
                continue
            if len(piece) == 1:
                lp -= 10.0
            score = best[start] + lp - 2.0  # per-word penalty favours fewer pieces
            if score > best[end]:
                best[end], back[end] = score, start
    if best[n] == -math.inf:
        return [word]
    pieces: list[str] = []
    end = n
    while end > 0:
        pieces.append(word[back[end] : end])
        end = back[end]
    return pieces[::-1]


@lru_cache(maxsize=200_000)
def _norm_word(tok: str) -> str:
    """Normalise one lower-cased word token to a fixed point (cached: the hot path)."""
    out = _norm_word_once(tok)
    for _ in range(4):
        if out == tok:
            break
        tok = out
        out = " ".join(w if (len(w) == 1 and not w.isalnum()) else _norm_word_once(w) for w in _TOKEN.findall(tok))
    return out


def _norm_word_once(tok: str) -> str:
    """Normalise one lower-cased word token."""
    slang, logp = _lexicon()
    if tok in slang:
        return slang[tok]
    if tok in _EMOTICONS:  # "xd" typed as a word
        return _EMOTICONS[tok]
    if _LAUGH.match(tok):
        return "haha"
    word = _shorten_elongation(tok, logp, slang)
    if word != tok:
        if _LAUGH.match(word):
            return "haha"
        if word in slang:
            return slang[word]
    m = _REDUP.match(word)
    if m:
        base = slang.get(m.group(1), m.group(1))
        return base if " " in base else f"{base}-{base}"
    m = _MONEY.match(word)
    if m and m.group(2) != "rp":
        return f"{m.group(1)} {_MONEY_UNITS[m.group(2)]}"
    if m:
        return f"{m.group(1)}"
    if word.startswith("rp") and word[2:].replace(".", "").replace(",", "").isdigit():
        return f"rp {word[2:]}"
    if "-" in word:
        parts = word.split("-")
        mapped = [slang.get(p, p) for p in parts]
        if mapped != parts and all(" " not in p for p in mapped):
            word = "-".join(mapped)
    return word


# --- public API --------------------------------------------------------------------------


def _precheck(text: object) -> str:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    return _SURROGATES.sub("", text)


def _strip_html(text: str) -> str:
    if "<" in text:
        text = _HTML_SCRIPT.sub(" ", text)
        text = _HTML_TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
        text = _SURROGATES.sub("", text)
    return text


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    # Drop control/format characters except whitespace (ZWJ, BOM, bidi marks, ...).
    return "".join(ch if ch.isprintable() or ch.isspace() else " " for ch in text) if not text.isprintable() else text


def clean(text: object) -> str:
    """Case-preserving clean-up: HTML, surrogates, control chars, URLs, mentions, spaces."""
    try:
        text = _strip_html(_precheck(text))
        text = _fold(text)
        text = _sub_urls_mentions(text)
        return _WS.sub(" ", text).strip()
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive: never stop a batch
        return ""


def normalize(text: object) -> str:
    """Normalise informal Indonesian text to a lower-cased space-separated token string."""
    try:
        return _normalize(text)
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive: never stop a batch
        return ""


def _normalize(raw: object) -> str:
    text = _strip_html(_precheck(raw))
    text = _fold(text)
    text = _sub_urls_mentions(text)
    # Hashtags keep their case for splitting; everything else is lower-cased.
    out: list[str] = []
    # Emoji to tokens before tokenising (they are single code points in the groups).
    if not text.isascii():
        text = "".join(f" {EMOJI_TOKENS[ch]} " if ch in EMOJI_TOKENS else ch for ch in text)
    text = _WS.sub(" ", text).strip()
    if _EMOTICON_HINT.search(text):
        text = _EMOTICON_RE.sub(lambda m: " " + _EMOTICONS[m.group(1).lower()] + " ", text)
    prev = ""
    for tok in _TOKEN.findall(text):
        if len(tok) == 1 and not tok.isalnum():
            if tok == prev:
                continue  # collapse repeated punctuation
            if unicodedata.category(tok)[0] == "S" and tok not in "%$+=<>&@":
                continue  # other emoji / symbols carry no usable signal
            prev = tok
            out.append(tok)
            continue
        prev = ""
        out.extend(_norm_tok(tok))
    return " ".join(out)


@lru_cache(maxsize=200_000)
def _norm_tok(tok: str) -> tuple[str, ...]:
    """Normalise one raw token (word, hashtag, number); cached."""
    if tok[0] == "#" and len(tok) > 1:
        return tuple(w for p in split_hashtag(tok[1:]) for w in _norm_tokens(p))
    return tuple(_norm_tokens(tok.lower()))


def _norm_tokens(low: str) -> list[str]:
    """Normalise a lower-cased token that may re-tokenise into several words."""
    low = unicodedata.normalize("NFKC", low.lower())
    result: list[str] = []
    for tok in _TOKEN.findall(low):
        if len(tok) == 1 and not tok.isalnum():
            if unicodedata.category(tok)[0] == "S" and tok not in "%$+=<>&@":
                continue
            result.append(tok)
            continue
        if tok.startswith("#"):
            tok = tok[1:]
        if tok == "@user" or tok.startswith("emo_"):
            result.append(tok)
            continue
        norm = _norm_word(tok)
        result.extend(norm.split())
    return result


def tokenize(text: object) -> list[str]:
    """Normalised tokens of ``text`` (``normalize(text).split()``)."""
    return normalize(text).split()
