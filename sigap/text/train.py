"""Training of the bundled artifacts (``sigap text train lexicon|sentiment|lang``).

Training reads the public data sets under ``--data`` (where they are and their licences:
docs/text-pipeline.md) and writes deterministic artifacts into
``sigap/text/models/``: the same data and seed give byte-identical files.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from sigap.text import MODELS_DIR
from sigap.text import lang as _lang
from sigap.text import sentiment as _sentiment
from sigap.text._artifact import save_json, save_npz
from sigap.text._data import read_sentiment
from sigap.text._features import HashSpec, feature_rows, hashed_ngrams
from sigap.text.entities import train_tagger
from sigap.text.lang import LANGS, lang_text
from sigap.text.normalize import normalize
from sigap.text.regions import build_regions
from sigap.text.sentiment import LABELS
from sigap.text.sentiment_data import EMOTION_TO_SENTIMENT, dedup_key

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"

# Words that look like slang keys but are standard (or must stay as they are).
_KEEP = {
    "hoaks",
    "pemda",
    "pemkot",
    "pemkab",
    "pemprov",
    "dpr",
    "dprd",
    "kpk",
    "polri",
    "tni",
    "bansos",
    "pilkada",
    "pemilu",
    "covid",
    "vaksin",
    "ppkm",
    "bpjs",
    "ktp",
    "kk",
    "sim",
    "apes",
    "item",
    "jaim",
    "kampret",
    "jomblo",
    "ilfil",
    "jayus",
    "alay",
    "katrok",
    "jutek",
    "kepo",
    "baper",
    "mager",
    "gabut",
    "asem",
    "hum",
    "ja",
    "k",
    "kab",
    "kec",
    "kel",
    "hlm",
    "jln",
    "hr",
    "bu",
    "pak",
    "min",
    # common English words that some slang lists translate
    "of",
    "the",
    "and",
    "to",
    "in",
    "is",
    "it",
    "on",
    "for",
    "at",
    "by",
    "be",
    "as",
    "so",
    "no",
    "do",
    "me",
    "my",
    "we",
    "he",
    "an",
    "or",
    "if",
    "up",
    "us",
    "am",
    "you",
    "are",
}
_KEY_RE = re.compile(r"^(?=.*[a-z])[a-z0-9]+$")
_VAL_RE = re.compile(r"^[a-z]+(?:-[a-z]+)*(?: [a-z]+(?:-[a-z]+)*){0,2}$")


def _read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8", errors="replace").splitlines()


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower())


def train_lexicon(data: Path = DEFAULT_DATA, out: Path = MODELS_DIR / "lexicon.json") -> dict[str, Any]:
    """Merge the slang lexicons and count word frequencies (for hashtag splitting)."""
    lex = data / "lexicon"
    roots = {w.strip().lower() for w in _read_lines(lex / "nlp-bahasa-resources/combined_root_words.txt") if w.strip()}
    formal = Counter(w for line in _read_lines(lex / "stif-indonesia/train.for") for w in _words(line))

    candidates: list[tuple[str, str]] = []  # later sources do not override earlier ones
    with (lex / "indo-collex/dict/inforformal-formal-Indonesian-dictionary.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            candidates.append((row["informal"], row["formal"]))
    with (lex / "indo-collex/data/full.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            candidates.append((row["transformed"], row["original-for"]))
    slang_json = json.loads((lex / "nlp-bahasa-resources/combined_slang_words.txt").read_text(encoding="utf-8"))
    candidates.extend(sorted(slang_json.items()))

    slang: dict[str, str] = {}
    for key, value in candidates:
        key, value = key.strip().lower(), " ".join(value.strip().lower().split())
        if key in slang or key in _KEEP or key == value:
            continue
        if not _KEY_RE.match(key) or not _VAL_RE.match(value):
            continue
        if key in roots and formal[key] >= 2:
            continue  # a standard word in formal text: do not rewrite it
        slang[key] = value

    # Word frequencies: SmSA + NusaX training text, formal STIF text, root words.
    counts: Counter[str] = Counter()
    for line in _read_lines(data / "sentiment/smsa/train_preprocess.tsv"):
        counts.update(_words(line.split("\t")[0]))
    with (data / "sentiment/nusax-id/train.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            counts.update(_words(row["text"]))
    counts.update(formal)
    for word in roots:
        if re.fullmatch(r"[a-z]+", word):
            counts[word] += 1
    for key in slang:
        counts.pop(key, None)  # slang keys are not words to segment into
    words = {w: c for w, c in counts.items() if (c >= 2 or w in roots) and 2 <= len(w) <= 20}
    obj = {
        "about": "Slang map and word counts for sigap.text.normalize; see lexicon.md",
        "slang": dict(sorted(slang.items())),
        "words": dict(sorted(words.items())),
    }
    save_json(out, obj)
    return {"slang": len(slang), "words": len(words), "path": str(out)}


# --- sentiment ---------------------------------------------------------------------------


def sentiment_training_set(
    data: Path = DEFAULT_DATA, emotion_weight: float = 0.2, holdout: tuple[Path, ...] = ()
) -> tuple[list[str], list[str], list[float]]:
    """SmSA train + NusaX-id train (de-duplicated) + EmoT tweets mapped to pos/neg.

    Texts that also occur in the validation files (SmSA valid, NusaX valid) or in
    ``holdout`` files are left out, so validation figures are honest.
    """
    blocked: set[str] = set()
    for path in (data / "sentiment/smsa/valid_preprocess.tsv", data / "sentiment/nusax-id/valid.csv", *holdout):
        if path.exists():
            blocked.update(dedup_key(t) for t in read_sentiment(path)[0])
    texts: list[str] = []
    labels: list[str] = []
    weights: list[float] = []
    seen: set[str] = set()
    for path in (data / "sentiment/smsa/train_preprocess.tsv", data / "sentiment/nusax-id/train.csv"):
        for text, label in zip(*read_sentiment(path), strict=True):
            key = dedup_key(text)
            if not key or key in seen or key in blocked:
                continue
            seen.add(key)
            texts.append(normalize(text))
            labels.append(label)
            weights.append(1.0)
    if emotion_weight > 0:
        with (data / "emotion/emot/train_preprocess.csv").open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                key = dedup_key(row["tweet"])
                if not key or key in seen or key in blocked:
                    continue
                seen.add(key)
                texts.append(normalize(row["tweet"]))
                labels.append(EMOTION_TO_SENTIMENT[row["label"]])
                weights.append(emotion_weight)
    return texts, labels, weights


def train_sentiment(
    data: Path = DEFAULT_DATA,
    out: Path = MODELS_DIR / "sentiment.npz",
    seed: int = 13,
    C: float = 10.0,
    emotion_weight: float = 0.2,
    bits: int = 18,
) -> dict[str, Any]:
    import numpy as np
    import scipy.sparse as sp
    from sklearn.linear_model import LogisticRegression

    texts, labels, weights = sentiment_training_set(data, emotion_weight)
    spec = HashSpec(bits=bits)
    rows, cols, vals = feature_rows(texts, spec)
    X = sp.csr_matrix((vals, (rows, cols)), shape=(len(texts), 1 << bits), dtype=np.float64)
    y = np.array([LABELS.index(lab) for lab in labels])
    model = LogisticRegression(C=C, solver="saga", max_iter=60, tol=1e-4, random_state=seed)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.fit(X, y, sample_weight=np.asarray(weights))
    order = list(model.classes_)
    W = np.zeros((1 << bits, len(LABELS)), np.float32)
    b = np.zeros(len(LABELS), np.float32)
    for j, cls in enumerate(order):
        W[:, cls] = model.coef_[j]
        b[cls] = model.intercept_[j]
    save_npz(out, {"weights": W.astype(np.float16), "bias": b})
    meta = {
        "name": _sentiment.MODEL_NAME,
        "version": _sentiment.MODEL_VERSION,
        "labels": list(LABELS),
        "spec": spec.to_dict(),
        "seed": seed,
        "C": C,
        "emotion_weight": emotion_weight,
        "train_docs": len(texts),
        "train_counts": {lab: labels.count(lab) for lab in LABELS},
    }
    save_json(out.with_suffix(".json"), meta)
    return {"path": str(out), "bytes": out.stat().st_size, **meta}


def train_sentiment_candidate(
    out: Path,
    data: Path = DEFAULT_DATA,
    seed: int = 13,
    C: float = 3.0,
    bits: int = 18,
) -> dict[str, Any]:
    """The candidate recipe (models/sentiment.md, "Kandidat 1.1"): every set of
    sentiment_data.SETS, validation texts kept out, mentions not read, the bias moved to the
    three-class sets' prior; C chosen by `sigap text lodo`. Written to ``out``, not shipped."""
    import numpy as np

    from sigap.text.lodo import fit_hashed, prior_shift, weight_table
    from sigap.text.sentiment_data import SETS, load_corpus

    corpus = load_corpus(data)
    texts, labels, weights = corpus.rows(list(SETS))
    spec = HashSpec(bits=bits)
    model = fit_hashed(texts, labels, weights, C, spec, seed)
    W, b = weight_table(model, spec)
    shift = prior_shift(corpus, list(SETS))
    b += shift.astype(np.float32)
    save_npz(out, {"weights": W.astype(np.float16), "bias": b})
    meta = {
        "name": _sentiment.MODEL_NAME,
        "version": "1.1.0-kandidat",
        "ignore_mentions": True,
        "labels": list(LABELS),
        "spec": spec.to_dict(),
        "seed": seed,
        "C": C,
        "prior_shift": [round(float(x), 4) for x in shift],
        "sets": {name: {"rows": len(corpus.train[name].texts), "weight": SETS[name][0]} for name in SETS},
        "train_docs": len(texts),
        "train_counts": {lab: labels.count(lab) for lab in LABELS},
    }
    save_json(out.with_suffix(".json"), meta)
    return {"path": str(out), "bytes": out.stat().st_size, **meta}


# --- language identification ------------------------------------------------------------

LANGDATA = Path(__file__).resolve().parent / "langdata"


def lang_training_set(data: Path = DEFAULT_DATA) -> dict[str, list[str]]:
    """Indonesian from SmSA/NusaX/NER/STIF text; en/jv/su from the seed texts in langdata/."""
    corpus: dict[str, list[str]] = {"id": [], "en": [], "jv": [], "su": []}
    corpus["id"].extend(read_sentiment(data / "sentiment/smsa/train_preprocess.tsv")[0][:4000])
    corpus["id"].extend(read_sentiment(data / "sentiment/nusax-id/train.csv")[0])
    corpus["id"].extend(_read_lines(data / "lexicon/stif-indonesia/train.inf")[:1000])
    for lang in ("en", "jv", "su"):
        for path in sorted(LANGDATA.glob(f"{lang}*.txt")):
            corpus[lang].extend(line for line in _read_lines(path) if line.strip())
    return corpus


def train_lang(data: Path = DEFAULT_DATA, out: Path = MODELS_DIR / "lang.npz", alpha: float = 0.1) -> dict[str, Any]:
    import numpy as np

    spec = HashSpec(bits=16, char_min=1, char_max=4, words=True, bigrams=False)
    corpus = lang_training_set(data)
    size = 1 << spec.bits
    W = np.zeros((size, len(LANGS)), np.float64)
    for k, lang in enumerate(LANGS):
        texts = [lang_text(t) for t in corpus[lang]]
        _, buckets = hashed_ngrams(texts, spec)
        counts = np.bincount(buckets, minlength=size).astype(np.float64)
        W[:, k] = np.log((counts + alpha) / (counts.sum() + alpha * size))
    W -= W.mean(axis=1, keepdims=True)  # only differences between languages matter
    bias = np.zeros(len(LANGS), np.float32)  # uniform prior
    save_npz(out, {"weights": W.astype(np.float16), "bias": bias})
    meta = {
        "name": _lang.MODEL_NAME,
        "version": _lang.MODEL_VERSION,
        "langs": list(LANGS),
        "spec": spec.to_dict(),
        "alpha": alpha,
        "train_texts": {lang: len(corpus[lang]) for lang in LANGS},
    }
    save_json(out.with_suffix(".json"), meta)
    return {"path": str(out), "bytes": out.stat().st_size, **meta}


# --- entities (tagger) and regions (gazetteer) ---------------------------------------------


def train_entities(
    data: Path = DEFAULT_DATA, out: Path = MODELS_DIR / "entities.npz", seed: int = 13
) -> dict[str, Any]:
    """NER tagger from NERGrit + NERP + idner-news-2k train splits (see entities.md)."""
    info = train_tagger(data, out=out, seed=seed)
    info.pop("history", None)
    return info


def train_regions(source: Path) -> dict[str, Any]:
    """Region gazetteer from the CSV folder of the idn-area-data npm package (regions.md)."""
    return build_regions(source)
