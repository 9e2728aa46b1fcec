"""One voice: how close a partner's published text is to the crisis's key messages.

TF-IDF (word uni- and bigrams plus character 3–5-grams inside words, fitted on the key texts
and the partner text) and cosine similarity per key message. A text is flagged when it is far
from every key message, or when it is close to a key fact but negates it (or vice versa).
"""

from __future__ import annotations

import re

METHOD = "tfidf-cosine+negation v1"
LOW_SIMILARITY = 0.20  # below this for every key message: not the same message
CLOSE = 0.30  # from here a sentence is about the same fact, so its polarity must match
NEGATIONS = {
    "tidak",
    "tak",
    "bukan",
    "belum",
    "tiada",
    "hoaks",
    "hoax",
    "bohong",
    "keliru",
    "salah",
    "membantah",
    "dibantah",
    "menyangkal",
    "tanpa",
    "nihil",
}
_WORD = re.compile(r"\w+", re.UNICODE)
_SENT = re.compile(r"(?<=[.!?;])\s+|\n+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _negated(text: str) -> bool:
    return any(w in NEGATIONS for w in _words(text))


def _similarities(keys: list[str], texts: list[str]):
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    corpus = keys + texts
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit(corpus)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit(corpus)

    def vec(docs):
        return hstack([words.transform(docs), chars.transform(docs)]).tocsr()

    return cosine_similarity(vec(texts), vec(keys))  # rows: texts, columns: keys


def score(text: str, keys: list[str]) -> dict:
    """{"similarity": best cosine with a key message (0–1), "per_key": [...], "consistent": bool, "flags": [...]}"""
    keys = [k for k in keys if k.strip()]
    if not keys or not text.strip():
        return {"similarity": 0.0, "per_key": [], "consistent": not keys, "flags": [], "method": METHOD}
    whole = _similarities(keys, [text])[0]
    flags: list[dict] = []
    best = float(whole.max())
    if best < LOW_SIMILARITY:
        flags.append({"kind": "low_similarity", "similarity": round(best, 3)})
    sentences = [s.strip() for s in _SENT.split(text) if len(s.strip()) > 3] or [text]
    key_sentences = [(i, s.strip()) for i, k in enumerate(keys) for s in _SENT.split(k) if len(s.strip()) > 3]
    if key_sentences:
        sims = _similarities([s for _i, s in key_sentences], sentences)
        for r, sentence in enumerate(sentences):
            for c, (key_index, key_sentence) in enumerate(key_sentences):
                if sims[r, c] >= CLOSE and _negated(sentence) != _negated(key_sentence):
                    flags.append(
                        {
                            "kind": "contradiction",
                            "sentence": sentence,
                            "key": key_sentence,
                            "key_index": key_index,
                            "similarity": round(float(sims[r, c]), 3),
                        }
                    )
                    break
    return {
        "similarity": round(best, 3),
        "per_key": [round(float(v), 3) for v in whole],
        "consistent": not flags,
        "flags": flags,
        "method": METHOD,
    }
