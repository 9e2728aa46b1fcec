"""How common a word is in ordinary Indonesian: document frequencies from general corpora.

The story clusterer weighs words by their frequency *in the stream* (online IDF), which is
right for telling stories apart moment by moment but wrong for telling whether two stories are
about the same event: while a flood dominates an office's stream, "banjir" is common there and
weighs almost nothing, although it is what every story about the flood shares. Against
ordinary Indonesian, "banjir", "longsor", "keracunan" or a village name stay rare and
"semoga", "jalan", "warga" stay common, whatever the office is going through.

The artifact ``models/background.json`` holds, for every content word seen at least twice, the
number of documents of the training corpora that contain it (reviews, tweets, news sentences
and informal/formal sentence pairs of the training data, docs/text-pipeline.md; card: ``models/background.md``).
``sigap text train background`` rebuilds it deterministically. Words never seen (names of
villages, typos) get the highest IDF, capped at ``IDF_CAP``.
"""

from __future__ import annotations

import csv
import math
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from sigap.text import MODELS_DIR
from sigap.text._artifact import load_json, save_json
from sigap.text.normalize import normalize
from sigap.text.tokens import _token_kind

MODEL_NAME = "sigap-background-df"
MODEL_VERSION = "1.0.0"
BACKGROUND_FILE = MODELS_DIR / "background.json"
IDF_CAP = 11.0
MIN_DF = 2

#: Platform filler that says nothing about what happened: feed tags, repost markers.
FILLER = frozenset("fyp fypage fypp foryou foryoupage fypシ xyzbca beranda viral trending repost rt".split())

_lock = threading.Lock()
_loaded: dict[str, object] = {}


def _table() -> tuple[int, dict[str, int]]:
    if "df" not in _loaded:
        with _lock:
            if "df" not in _loaded:
                data = load_json(BACKGROUND_FILE)
                _loaded["n"], _loaded["df"] = int(data["documents"]), dict(data["df"])
    return _loaded["n"], _loaded["df"]  # type: ignore[return-value]


def idf(word: str) -> float:
    """log((N + 1) / (df + 1)), at most ``IDF_CAP``; 0 for platform filler."""
    if word in FILLER:
        return 0.0
    n, df = _table()
    return min(math.log((n + 1) / (df.get(word, 0) + 1)), IDF_CAP)


# --------------------------------------------------------------------------- training

#: (path under the data folder, how to read it); train and validation parts only.
SOURCES = (
    ("sentiment/smsa/train_preprocess.tsv", "tsv"), ("sentiment/smsa/valid_preprocess.tsv", "tsv"),
    ("sentiment/indolem/train0.csv", "csv"), ("sentiment/indolem/dev0.csv", "csv"),
    ("sentiment/nusax-id/train.csv", "csv"), ("emotion/emot/train_preprocess.csv", "csv"),
    ("emotion/emot/valid_preprocess.csv", "csv"), ("absa/casa/train_preprocess.csv", "csv"),
    ("absa/hoasa/train_preprocess.csv", "csv"),
    ("ner/nergrit/train_preprocess.txt", "conll"), ("ner/nergrit/valid_preprocess.txt", "conll"),
    ("ner/nerp/train_preprocess.txt", "conll"), ("ner/nerp/valid_preprocess.txt", "conll"),
    ("ner/idner-news-2k/train.txt", "conll"), ("ner/idner-news-2k/dev.txt", "conll"),
    ("keyphrase/keps/train_preprocess.txt", "conll"), ("keyphrase/keps/valid_preprocess.txt", "conll"),
    ("lexicon/stif-indonesia/train.inf", "lines"), ("lexicon/stif-indonesia/train.for", "lines"),
)  # fmt: skip


def _documents(path: Path, kind: str) -> Iterator[str]:
    with path.open(encoding="utf-8") as f:
        if kind == "tsv":
            yield from (line.rsplit("\t", 1)[0] for line in f if line.strip())
        elif kind == "csv":
            yield from (max(row, key=len) for row in csv.reader(f) if row)
        elif kind == "lines":
            yield from (line.strip() for line in f if line.strip())
        else:  # one token a line, sentences separated by blank lines
            words: list[str] = []
            for line in f:
                if line.strip():
                    words.append(line.split()[0])
                elif words:
                    yield " ".join(words)
                    words = []
            if words:
                yield " ".join(words)


def content_words(text: str) -> set[str]:
    """The distinct content words of a text as the story clusterer sees them."""
    return {t for t in normalize(text).split() if _token_kind(t) == 2}


def train(data: Path, out: Path = BACKGROUND_FILE) -> str:
    """Count document frequencies over the corpora in ``data``; write the artifact."""
    df: Counter[str] = Counter()
    documents = 0
    for rel, kind in SOURCES:
        path = data / rel
        if not path.exists():
            raise FileNotFoundError(f"missing training file: {path}")
        for text in _documents(path, kind):
            documents += 1
            df.update(content_words(text))
    kept = {w: c for w, c in sorted(df.items()) if c >= MIN_DF}
    save_json(
        out,
        {
            "model": MODEL_NAME,
            "version": MODEL_VERSION,
            "documents": documents,
            "df": kept,
            "sources": [rel for rel, _ in SOURCES],
        },
    )
    _loaded.clear()
    return f"{out.name}: {documents} documents, {len(kept)} words (df >= {MIN_DF})"
