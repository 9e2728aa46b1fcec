"""``sigap text lodo``: the sentiment model judged on data sets it was not trained on.

For each set S the model is trained on every other set and scored on S's validation split (the
left-out figure), and trained on all sets and scored on S again (the in-distribution figure). A
plain TF-IDF (word 1–2 + char 2–5) + logistic regression baseline is trained and scored the same
way beside it. Settings are chosen by the mean left-out figure, never by in-distribution
validation alone (models/sentiment.md). Without SmSA and NusaX no training row is neutral, so
SmSA's left-out figure is over its positive and negative rows only.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from sigap.text._features import HashSpec, feature_rows, linear_scores
from sigap.text.metrics import macro_f1
from sigap.text.sentiment import LABELS
from sigap.text.sentiment_data import SETS, Corpus, load_corpus

#: The sets scored; NusaX is scored with SmSA's model (it is drawn from SmSA) and is left out with it.
SCORED = ("smsa", "indolem", "emot", "casa")


Predictor = Callable[[list[str]], list[str]]


def fit_hashed(
    texts: list[str], labels: list[str], weights: list[float], C: float, spec: HashSpec, seed: int = 13
) -> Any:
    """The shipped model's learner: multinomial LR over hashed n-grams (returns the sklearn model)."""
    import scipy.sparse as sp
    from sklearn.linear_model import LogisticRegression

    rows, cols, vals = feature_rows(texts, spec)
    X = sp.csr_matrix((vals, (rows, cols)), shape=(len(texts), 1 << spec.bits), dtype=np.float64)
    y = np.array([LABELS.index(lab) for lab in labels])
    model = LogisticRegression(C=C, solver="saga", max_iter=60, tol=1e-4, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # saga stops at max_iter by design (deterministic, fast)
        model.fit(X, y, sample_weight=np.asarray(weights))
    return model


def weight_table(model: Any, spec: HashSpec) -> tuple[Any, Any]:
    """(buckets x 3) weights and bias in LABELS order from a fitted LogisticRegression; a model
    that saw two classes only has one coefficient row (for its second class)."""
    W = np.zeros((1 << spec.bits, len(LABELS)), np.float32)
    b = np.zeros(len(LABELS), np.float32)
    if len(model.classes_) == 2:
        W[:, model.classes_[1]] = model.coef_[0]
        b[model.classes_[1]] = model.intercept_[0]
        b[[k for k in range(len(LABELS)) if k not in model.classes_]] = -20.0  # never seen: never said
        return W, b
    for j, cls in enumerate(model.classes_):
        W[:, cls] = model.coef_[j]
        b[cls] = model.intercept_[j]
    return W, b


def prior_shift(corpus: Corpus, names: list[str]) -> Any:
    """Per-class bias change that moves the training prior to that of the three-class sets: sets
    labelled only positive/negative were sampled for polarity, so their balance says nothing about
    how often text is neutral, positive or negative (zero when no three-class set is used)."""
    three = [n for n in names if SETS[n][1]]
    if not three:
        return np.zeros(len(LABELS))
    _, all_labels, all_w = corpus.rows(names)
    _, three_labels, three_w = corpus.rows(three)

    def prior(labels: list[str], weights: list[float]) -> Any:
        counts = np.array([sum(w for lab, w in zip(labels, weights, strict=True) if lab == c) for c in LABELS])
        return counts / counts.sum()

    return np.log(prior(three_labels, three_w) / prior(all_labels, all_w))


def _softmax_prior(corpus: Corpus, names: list[str], C: float, spec: HashSpec) -> Predictor:
    W, b = weight_table(fit_hashed(*corpus.rows(names), C, spec), spec)
    b += prior_shift(corpus, names).astype(np.float32)
    Wf = np.asfortranarray(W)

    def predict(batch: list[str]) -> list[str]:
        return [LABELS[k] for k in linear_scores(batch, spec, Wf, b).argmax(axis=1)]

    return predict


def _baseline(texts: list[str], labels: list[str], weights: list[float]) -> Predictor:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_union

    vec = make_union(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
    )
    X = vec.fit_transform(texts)
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(X, labels, sample_weight=np.asarray(weights))
    return lambda batch: list(model.predict(vec.transform(batch)))


def _score(predict: Predictor, corpus: Corpus, name: str, binary: bool = False) -> float:
    split = corpus.valid[name]
    texts, gold = split.texts, split.labels
    if binary:
        keep = [i for i, g in enumerate(gold) if g != "netral"]
        texts, gold = [texts[i] for i in keep], [gold[i] for i in keep]
    return round(macro_f1(gold, predict(texts)), 3)


def run(data: Path, C: float = 3.0, spec: HashSpec | None = None, baseline: bool = True) -> dict[str, dict[str, float]]:
    spec = spec or HashSpec()
    corpus = load_corpus(data)
    names = list(SETS)
    out: dict[str, dict[str, float]] = {name: {} for name in (*SCORED, "nusax")}
    learners: list[tuple[str, Callable[[list[str]], Predictor]]] = [
        ("sigap", lambda ns: _softmax_prior(corpus, ns, C, spec)),
    ]
    if baseline:
        learners.append(("baseline", lambda ns: _baseline(*corpus.rows(ns))))
    for tag, learn in learners:
        everything = learn(names)
        for name in (*SCORED, "nusax"):
            out[name][f"{tag}_in"] = _score(everything, corpus, name)
        for name in SCORED:
            others = [n for n in names if n != name and not (name == "smsa" and n == "nusax")]
            out[name][f"{tag}_out"] = _score(learn(others), corpus, name, binary=not _has_neutral(others))
    return out


def _has_neutral(names: list[str]) -> bool:
    return any(SETS[n][1] for n in names)


def print_table(result: dict[str, dict[str, float]]) -> None:
    print("| set | in-distribution (Sigap) | left out (Sigap) | in-distribution (baseline) | left out (baseline) |")
    print("|---|---|---|---|---|")
    for name, row in result.items():
        cells = [row.get(k) for k in ("sigap_in", "sigap_out", "baseline_in", "baseline_out")]
        print(f"| {name} | " + " | ".join("—" if c is None else f"{c:.3f}" for c in cells) + " |")
    outs = [row["sigap_out"] for row in result.values() if "sigap_out" in row]
    base = [row["baseline_out"] for row in result.values() if "baseline_out" in row]
    line = f"mean left out: Sigap {sum(outs) / len(outs):.3f}"
    if base:
        line += f", baseline {sum(base) / len(base):.3f}"
    print(line)
