"""The labelled sentiment sets the model is trained on, by name, each with its training and
validation split (the data folder given to `sigap text train`; sources and licences in
models/sentiment.md).

One place decides what a set holds, so training and the leave-one-set-out protocol
(``sigap text lodo``) read the same rows. Texts found in any validation split are kept out of
every training split, and NusaX (drawn from SmSA) is de-duplicated against SmSA.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from sigap.text._data import read_sentiment
from sigap.text.normalize import normalize
from sigap.text.sentiment import mood_text

EMOTION_TO_SENTIMENT = {
    "happy": "positif",
    "love": "positif",
    "anger": "negatif",
    "sadness": "negatif",
    "fear": "negatif",
}
ASPECT_TO_SENTIMENT = {"positive": "positif", "negative": "negatif"}

#: set name -> (weight of its rows in training, three classes or only positive/negative)
SETS: dict[str, tuple[float, bool]] = {
    "smsa": (1.0, True),  # reviews and comments (IndoNLU SmSA)
    "nusax": (1.0, True),  # NusaX Indonesian, drawn from SmSA
    "indolem": (0.35, False),  # informal tweets and hotel reviews (IndoLEM, fold 0)
    "emot": (0.2, False),  # emotion tweets (IndoNLU EmoT): happy/love positive, anger/sadness/fear negative
    "casa": (0.35, False),  # car reviews (IndoNLU CASA): every rated aspect the same way
}


@dataclass
class Split:
    texts: list[str]
    labels: list[str]


def dedup_key(text: str) -> str:
    return "".join(ch for ch in normalize(text) if ch.isalnum())


def _emot(path: Path) -> Split:
    texts, labels = [], []
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            texts.append(row["tweet"])
            labels.append(EMOTION_TO_SENTIMENT[row["label"]])
    return Split(texts, labels)


def _casa(path: Path) -> Split:
    """A review whose rated aspects are all positive or all negative; mixed ones are left out."""
    texts, labels = [], []
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rated = {ASPECT_TO_SENTIMENT[v] for k, v in row.items() if k != "sentence" and v in ASPECT_TO_SENTIMENT}
            if len(rated) == 1:
                texts.append(row["sentence"])
                labels.append(rated.pop())
    return Split(texts, labels)


def read_split(data: Path, name: str, split: str) -> Split:
    """``split`` is "train" or "valid"."""
    valid = split == "valid"
    if name == "smsa":
        return Split(*read_sentiment(data / f"sentiment/smsa/{'valid' if valid else 'train'}_preprocess.tsv"))
    if name == "nusax":
        return Split(*read_sentiment(data / f"sentiment/nusax-id/{'valid' if valid else 'train'}.csv"))
    if name == "indolem":
        return Split(*read_sentiment(data / f"sentiment/indolem/{'dev0' if valid else 'train0'}.csv"))
    if name == "emot":
        return _emot(data / f"emotion/emot/{'valid' if valid else 'train'}_preprocess.csv")
    if name == "casa":
        return _casa(data / f"absa/casa/{'valid' if valid else 'train'}_preprocess.csv")
    raise ValueError(f"unknown sentiment set: {name}")


@dataclass
class Corpus:
    """Normalised training rows of the chosen sets and the validation split of every set."""

    train: dict[str, Split]
    valid: dict[str, Split]

    def rows(self, names: list[str]) -> tuple[list[str], list[str], list[float]]:
        texts: list[str] = []
        labels: list[str] = []
        weights: list[float] = []
        for name in names:
            split = self.train[name]
            texts += split.texts
            labels += split.labels
            weights += [SETS[name][0]] * len(split.texts)
        return texts, labels, weights


def load_corpus(data: Path, names: list[str] | None = None, holdout: tuple[Path, ...] = ()) -> Corpus:
    names = list(SETS) if names is None else names
    valid = {name: read_split(data, name, "valid") for name in names}
    blocked = {dedup_key(t) for split in valid.values() for t in split.texts}
    for path in holdout:
        blocked.update(dedup_key(t) for t in read_sentiment(path)[0])
    seen: set[str] = set()
    train: dict[str, Split] = {}
    for name in names:  # SmSA first: NusaX copies of SmSA rows are dropped as already seen
        split = read_split(data, name, "train")
        keep = Split([], [])
        for text, label in zip(split.texts, split.labels, strict=True):
            key = dedup_key(text)
            if not key or key in seen or key in blocked:
                continue
            seen.add(key)
            keep.texts.append(mood_text(normalize(text)))
            keep.labels.append(label)
        train[name] = keep
    if "nusax" in valid and "smsa" in train:
        smsa = {dedup_key(t) for t in read_split(data, "smsa", "train").texts}
        nv = valid["nusax"]
        kept = [(t, lab) for t, lab in zip(nv.texts, nv.labels, strict=True) if dedup_key(t) not in smsa]
        valid["nusax"] = Split([t for t, _ in kept], [lab for _, lab in kept])
    for split in valid.values():
        split.texts = [mood_text(normalize(t)) for t in split.texts]
    return Corpus(train, valid)
