"""Readers for the labelled file formats used in training and evaluation."""

from __future__ import annotations

import csv
from pathlib import Path

SENTIMENT_LABELS = {
    "positive": "positif",
    "positif": "positif",
    "pos": "positif",
    "negative": "negatif",
    "negatif": "negatif",
    "neg": "negatif",
    "neutral": "netral",
    "netral": "netral",
    "neu": "netral",
}


def read_sentiment(path: Path | str) -> tuple[list[str], list[str]]:
    """SmSA TSV (text<TAB>label) or NusaX CSV (id,text,label; header). Labels -> Indonesian."""
    path = Path(path)
    texts: list[str] = []
    labels: list[str] = []
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        head = f.readline()
        f.seek(0)
        if "\t" not in head and "," in head and "text" in head.lower():
            for row in csv.DictReader(f):
                lowered = {(k or "").strip().lower(): v for k, v in row.items()}
                label = SENTIMENT_LABELS.get((lowered.get("label") or "").strip().lower())
                if label is not None:
                    texts.append(lowered.get("text") or "")
                    labels.append(label)
        else:
            for line in f:
                if "\t" not in line:
                    continue
                text, _, label = line.rstrip("\r\n").rpartition("\t")
                mapped = SENTIMENT_LABELS.get(label.strip().lower())
                if mapped is not None:
                    texts.append(text)
                    labels.append(mapped)
    return texts, labels
