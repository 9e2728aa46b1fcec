"""An office's own sentiment model, adapted from the shared one with its analysts' corrections.

The training data of the shared model is not shipped, so adaptation keeps the shared weights as a
prior: it learns a small change ``delta`` to the weights of the n-grams seen in the corrected
texts, minimising the cross-entropy on the corrections plus ``l2 / 2 * |delta|^2``. A few dozen
corrections move the model where the office's analysts disagree with it and leave the rest
alone. Whether it is better is judged by k-fold cross-validation on the office's corrections
(adapted on k-1 folds, scored on the one left out, against the shared model on the same fold);
the caller keeps the adapted model only when it is better (docs/corrections.md).

Pure NumPy/SciPy; the result is a sparse delta (rows of buckets) that ``OfficeSentiment`` adds
to the shared model's scores at prediction time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from sigap.text._features import feature_rows, linear_scores
from sigap.text.metrics import macro_f1
from sigap.text.sentiment import Sentiment, SentimentModel

MIN_CORRECTIONS = 20
"""Fewer corrections than this are too few to judge an adapted model by cross-validation."""


@dataclass(frozen=True)
class Delta:
    rows: np.ndarray  # bucket ids (int64)
    weights: np.ndarray  # len(rows) x classes, float32
    bias: np.ndarray  # classes, float32

    def dense(self, buckets: int, classes: int) -> np.ndarray:
        full = np.zeros((buckets, classes), np.float32)
        full[self.rows] = self.weights
        return full


def _design(model: SentimentModel, normalized: list[str]) -> tuple[Any, np.ndarray]:
    import scipy.sparse as sp

    r, c, v = feature_rows(normalized, model.spec)
    cols, inverse = np.unique(c, return_inverse=True)
    X = sp.csr_matrix((v, (r, inverse)), shape=(len(normalized), len(cols)), dtype=np.float64)
    return X, cols


def fit_delta(
    model: SentimentModel, normalized: list[str], labels: list[str], l2: float = 1.0, steps: int = 300
) -> Delta:
    """The weight change that fits the corrections with the shared weights as prior."""
    X, cols = _design(model, normalized)
    k = len(model.labels)
    y = np.array([model.labels.index(lab) for lab in labels])
    base = np.asarray(model.predict_proba_normalized(normalized), np.float64)
    base_logits = np.log(np.maximum(base, 1e-12))
    D = np.zeros((X.shape[1], k))
    db = np.zeros(k)
    onehot = np.eye(k)[y]
    n = len(labels)
    # Plain gradient descent on a convex objective: few rows, so a fixed step converges.
    lr = 1.0
    for _ in range(steps):
        logits = base_logits + X @ D + db
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        err = (p - onehot) / n
        D -= lr * (X.T @ err + l2 * D / n)
        db -= lr * (err.sum(axis=0) + l2 * db / n)
    return Delta(cols.astype(np.int64), D.astype(np.float32), db.astype(np.float32))


class OfficeSentiment:
    """The shared model plus an office's delta; predicts like :class:`SentimentModel`."""

    def __init__(self, base: SentimentModel, delta: Delta, version: str) -> None:
        self.base = base
        self.delta = delta
        self.version = version
        self._dense = np.asfortranarray(delta.dense(base.weights.shape[0], len(base.labels)))

    def predict_proba_normalized(self, normalized: list[str]) -> np.ndarray:
        if not normalized:
            return np.zeros((0, len(self.base.labels)), np.float32)
        scores = linear_scores(normalized, self.base.spec, self.base.weights + self._dense, self.base.bias)
        scores += self.delta.bias
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores

    def predict_normalized(self, normalized: list[str]) -> list[Sentiment]:
        proba = self.predict_proba_normalized(normalized)
        labels = self.base.labels
        neg = labels.index("negatif")
        out = []
        for row in proba:
            best = int(row.argmax())
            out.append(
                Sentiment(
                    labels[best], round(float(row[best]), 4), self.base.name, self.version, round(float(row[neg]), 4)
                )
            )
        return out


@dataclass(frozen=True)
class CrossValidation:
    folds: int
    documents: int
    before_accuracy: float
    after_accuracy: float
    before_macro_f1: float
    after_macro_f1: float

    @property
    def better(self) -> bool:
        return self.after_macro_f1 > self.before_macro_f1 or (
            self.after_macro_f1 == self.before_macro_f1 and self.after_accuracy > self.before_accuracy
        )


def cross_validate(
    model: SentimentModel, normalized: list[str], labels: list[str], folds: int = 5, l2: float = 1.0
) -> CrossValidation:
    """Out-of-fold predictions of the shared and the adapted model on the office's corrections."""
    n = len(labels)
    folds = max(2, min(folds, n))
    order = np.random.default_rng(13).permutation(n)
    before: list[str] = [""] * n
    after: list[str] = [""] * n
    for f in range(folds):
        test = order[f::folds]
        train = np.setdiff1d(order, test)
        delta = fit_delta(model, [normalized[i] for i in train], [labels[i] for i in train], l2=l2)
        adapted = OfficeSentiment(model, delta, "cv")
        texts = [normalized[i] for i in test]
        for i, s in zip(test, model.predict_normalized(texts), strict=True):
            before[i] = s.label
        for i, s in zip(test, adapted.predict_normalized(texts), strict=True):
            after[i] = s.label

    def acc(pred: list[str]) -> float:
        return sum(g == p for g, p in zip(labels, pred, strict=True)) / n

    return CrossValidation(
        folds=folds,
        documents=n,
        before_accuracy=round(acc(before), 4),
        after_accuracy=round(acc(after), 4),
        before_macro_f1=round(macro_f1(labels, before), 4),
        after_macro_f1=round(macro_f1(labels, after), 4),
    )
