"""Language identification: Indonesian (id), English (en), Javanese (jv), Sundanese (su),
anything else or too little text: "und".

A multinomial naive Bayes over hashed character 1-4-grams of the cleaned, lower-cased text
(not slang-normalised: slang maps would turn Javanese words into Indonesian). Artifact:
``models/lang.npz`` + ``models/lang.json`` (model card ``models/lang.md``).

Defined results: empty text, emoji only, digits/punctuation only -> ("und", 0.0); text that
is mostly non-Latin script -> ("und", share of that script); otherwise the best language
and its posterior probability (mixed Indonesian-English text gets the dominant language).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sigap.text import MODELS_DIR
from sigap.text._artifact import load_model
from sigap.text._features import HashSpec, linear_scores
from sigap.text.normalize import clean

MODEL_NAME = "sigap-langid-nb"
MODEL_VERSION = "1.0.0"
LANGS = ("id", "en", "jv", "su")
UNDETERMINED = "und"
ARTIFACT = MODELS_DIR / "lang.npz"
MIN_LETTERS = 3
MAX_CHARS = 2_000

_PLACEHOLDERS = re.compile(r"httpurl|@user|#\w+")

__all__ = ["MODEL_NAME", "MODEL_VERSION", "Language", "LanguageModel", "detect_language", "lang_text"]


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # id | en | jv | su | und
    confidence: float
    model: str = MODEL_NAME
    version: str = MODEL_VERSION


def lang_text(text: object) -> str:
    """The text the language model sees: cleaned, lower-cased, letters and spaces."""
    cleaned = _PLACEHOLDERS.sub(" ", clean(text)[:MAX_CHARS]).lower()
    return " ".join("".join(ch if ch.isalpha() else " " for ch in cleaned).split())


def _latin_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    latin = sum(1 for ch in letters if ch.isascii() or "LATIN" in unicodedata.name(ch, ""))
    return latin / len(letters)


class LanguageModel:
    def __init__(self, weights: np.ndarray, bias: np.ndarray, spec: HashSpec, langs: tuple[str, ...]) -> None:
        self.weights, self.bias, self.spec, self.langs = weights, bias, spec, langs

    @classmethod
    def load(cls, path: Path | None = None) -> LanguageModel:
        return load_model(
            cls,
            ARTIFACT if path is None else path,
            lambda arrays, meta: cls(
                arrays["weights"].astype(np.float32),
                arrays["bias"].astype(np.float32),
                HashSpec(**meta["spec"]),
                tuple(meta["langs"]),
            ),
        )

    def predict(self, texts: list[str]) -> list[Language]:
        prepared = [lang_text(t) for t in texts]
        out: list[Language | None] = [None] * len(texts)
        todo: list[int] = []
        for i, text in enumerate(prepared):
            letters = sum(1 for ch in text if ch.isalpha())
            if letters < MIN_LETTERS:
                out[i] = Language(UNDETERMINED, 0.0)
                continue
            share = _latin_share(text)
            if share < 0.5:
                out[i] = Language(UNDETERMINED, round(1.0 - share, 4))
                continue
            todo.append(i)
        if todo:
            docs = [prepared[i] for i in todo]
            # Naive Bayes: sum of per-n-gram log-likelihoods; the feature values are
            # 1/sqrt(n) so the posterior is tempered for long texts (calibrated-ish).
            scores = linear_scores(docs, self.spec, self.weights, self.bias)
            scores -= scores.max(axis=1, keepdims=True)
            proba = np.exp(scores)
            proba /= proba.sum(axis=1, keepdims=True)
            for i, row in zip(todo, proba, strict=True):
                k = int(row.argmax())
                out[i] = Language(self.langs[k], round(float(row[k]), 4))
        return [x if x is not None else Language(UNDETERMINED, 0.0) for x in out]


def detect_language(text: str) -> Language:
    return LanguageModel.load().predict([text])[0]
