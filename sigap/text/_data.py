"""Readers for the labelled file formats used in training and evaluation."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
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
    "1": "positif",  # IndoLEM: binary, 1 positive and 0 negative
    "0": "negatif",
}


@dataclass
class Labelled:
    """A labelled file read for evaluation: the good rows, and each bad line with its reason."""

    texts: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason in Indonesian)


def read_labelled(path: Path | str, known: dict[str, str]) -> Labelled:
    """``text<TAB>label`` lines, or a CSV with a header naming ``text``/``sentence``/``tweet`` and
    ``label``/``sentiment`` columns. ``known`` maps every accepted spelling of a label to its
    name; a row with an empty text, no label or a label not in ``known`` is listed, not scored."""
    path = Path(path)
    out = Labelled()
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        head = f.readline()
        f.seek(0)
        if "\t" not in head and "," in head and any(k in head.lower() for k in ("text", "sentence", "tweet")):
            reader = csv.DictReader(f)
            for row in reader:
                line = reader.line_num
                lowered = {(k or "").strip().lower(): (v or "") for k, v in row.items() if isinstance(v, str)}
                text = lowered.get("text") or lowered.get("sentence") or lowered.get("tweet") or ""
                raw = (lowered.get("label") or lowered.get("sentiment") or "").strip()
                _add(out, line, text, raw, known)
        else:
            for line, content in enumerate(f, start=1):
                content = content.rstrip("\r\n")
                if not content.strip() or content.lstrip().startswith("#"):
                    continue
                if "\t" not in content:
                    out.problems.append((line, "tidak ada tab di antara teks dan label"))
                    continue
                text, _, raw = content.rpartition("\t")
                _add(out, line, text, raw.strip(), known)
    return out


def _add(out: Labelled, line: int, text: str, raw: str, known: dict[str, str]) -> None:
    if not text.strip():
        out.problems.append((line, "teks kosong"))
    elif not raw:
        out.problems.append((line, "label kosong"))
    elif raw.lower() not in known:
        out.problems.append((line, f"label tidak dikenal: {raw[:40]}"))
    else:
        out.texts.append(text)
        out.labels.append(known[raw.lower()])


def read_sentiment(path: Path | str) -> tuple[list[str], list[str]]:
    """SmSA TSV (text<TAB>label), NusaX CSV (id,text,label) or IndoLEM CSV (sentence,sentiment
    with 1/0). Labels -> Indonesian; rows that cannot be read are skipped (see read_labelled)."""
    data = read_labelled(path, SENTIMENT_LABELS)
    return data.texts, data.labels
