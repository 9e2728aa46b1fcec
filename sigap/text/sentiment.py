"""Three-class sentiment (positif / negatif / netral) for Indonesian text.

A multinomial logistic regression over hashed character 1-5-grams and word uni/bigrams of
the normalised text (see :mod:`sigap.text._features`). Inference is pure NumPy: the
artifact holds a float16 weight table (2**18 buckets x 3 classes), a bias and the feature
spec; nothing is unpickled. Training: ``sigap text train sentiment`` (model card:
``models/sentiment.md``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sigap.text import MODELS_DIR
from sigap.text._artifact import load_model
from sigap.text._features import HashSpec, linear_scores
from sigap.text.normalize import normalize

MODEL_NAME = "sigap-sentiment-hashlr"
MODEL_VERSION = "1.0.0"
LABELS = ("positif", "negatif", "netral")
ARTIFACT = MODELS_DIR / "sentiment.npz"
META = MODELS_DIR / "sentiment.json"
MAX_CHARS = 5_000
"""Only the first characters of a text are scored (news lead / whole social post)."""

_HAS_ALNUM = re.compile(r"[^\W_]")  # same as any(ch.isalnum() for ch in text)
# Mentions, retweet marks and links say who and where, not how: in the tweet sets they mostly sit
# in polar rows (fan tweets are full of @mentions), and the model would learn "@user" as mood.
_NOT_MOOD = re.compile(r"(?:^|(?<= ))(?:@user|httpurl|rt(?= @user| :))(?: :)?(?= |$) ?")


def mood_text(normalized: str) -> str:
    """The normalised text the sentiment model reads (training and prediction alike)."""
    return _NOT_MOOD.sub("", normalized).strip() if "@user" in normalized or "httpurl" in normalized else normalized


__all__ = ["MODEL_NAME", "MODEL_VERSION", "LABELS", "Sentiment", "SentimentModel"]


@dataclass(frozen=True, slots=True)
class Sentiment:
    label: str  # "positif" | "negatif" | "netral"
    confidence: float  # probability of the label, 0..1
    model: str = MODEL_NAME
    version: str = MODEL_VERSION
    negative: float = 0.0  # probability of "negatif", whatever the label (the criticism signal uses it)


class SentimentModel:
    """Load once with :meth:`load` (cached, thread-safe) and call :meth:`predict`."""

    def __init__(
        self,
        weights: np.ndarray,
        bias: np.ndarray,
        spec: HashSpec,
        labels: tuple[str, ...] = LABELS,
        name: str = MODEL_NAME,
        version: str = MODEL_VERSION,
        ignore_mentions: bool = False,
    ) -> None:
        # Fortran order: linear_scores gathers class by class from contiguous columns.
        self.weights = np.asfortranarray(weights, dtype=np.float32)
        self.bias = bias
        self.spec = spec
        self.labels = labels
        self.name = name
        self.version = version
        self.ignore_mentions = ignore_mentions  # trained on mood_text (the candidate recipe)

    @classmethod
    def load(cls, path: Path | None = None) -> SentimentModel:
        return load_model(
            cls,
            ARTIFACT if path is None else path,
            lambda arrays, meta: cls(
                weights=arrays["weights"].astype(np.float32),
                bias=arrays["bias"].astype(np.float32),
                spec=HashSpec(**meta["spec"]),
                labels=tuple(meta["labels"]),
                name=meta.get("name", MODEL_NAME),
                version=meta.get("version", MODEL_VERSION),
                ignore_mentions=bool(meta.get("ignore_mentions", False)),
            ),
        )

    def predict_proba_normalized(self, normalized: list[str]) -> np.ndarray:
        """Class probabilities (n x 3) for already normalised texts."""
        if not normalized:
            return np.zeros((0, len(self.labels)), np.float32)
        texts = [mood_text(t) for t in normalized] if self.ignore_mentions else normalized
        scores = linear_scores(texts, self.spec, self.weights, self.bias)
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores

    def predict_normalized(self, normalized: list[str]) -> list[Sentiment]:
        proba = self.predict_proba_normalized(normalized)
        n = len(normalized)
        if n == 0:
            return []
        best = proba.argmax(axis=1)
        conf = proba[np.arange(n), best].astype(np.float64).tolist()
        names = [self.labels[k] if k < len(self.labels) else "netral" for k in best.tolist()]
        neg_col = self.labels.index("negatif") if "negatif" in self.labels else None
        negative = proba[:, neg_col].astype(np.float64).tolist() if neg_col is not None else [0.0] * n
        undecided = Sentiment("netral", round(1.0 / len(self.labels), 4), self.name, self.version)
        has_alnum = _HAS_ALNUM.search
        return [
            Sentiment(label, round(p, 4), self.name, self.version, round(q, 4)) if has_alnum(text) else undecided
            for text, label, p, q in zip(normalized, names, conf, negative, strict=True)
        ]

    def predict(self, texts: list[str]) -> list[Sentiment]:
        """Sentiment of each raw text; never raises on odd input (see module docs)."""
        normalized = [normalize(t[:MAX_CHARS] if isinstance(t, str) else t) for t in texts]
        return self.predict_normalized(normalized)


def predict(texts: list[str]) -> list[Sentiment]:
    """Shortcut for ``SentimentModel.load().predict(texts)``."""
    return SentimentModel.load().predict(texts)
