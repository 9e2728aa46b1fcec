"""The entity tagger's tags: BIO over PER/ORG/LOC, reading BIO files written in other tag
schemes, and Viterbi decoding under the BIO constraints.

Shared by inference (:mod:`sigap.text.entities`), training and scoring
(:mod:`sigap.text.entities_train`) and the derivation of ambiguous place names
(:mod:`sigap.text.places`); kept apart from the model so that they need not load it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

__all__ = ["TAGS", "TYPES", "bio_spans", "map_tag", "read_bio", "spans_to_bio", "viterbi_batch"]

TYPES = ("PER", "ORG", "LOC")
TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")

_TYPE_MAP = {
    "PER": "PER",
    "PERSON": "PER",
    "PPL": "PER",
    "PEOPLE": "PER",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
    "PLC": "LOC",
    "GPE": "LOC",
    "ORG": "ORG",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "IND": "ORG",
}


def map_tag(tag: str) -> tuple[str, str | None]:
    """``("B"|"I"|"O", type)`` for a tag in any of the supported schemes (BIO, IOB, BIOES,
    bare types); unsupported types (EVT, FNB, MISC...) become ``("O", None)``."""
    tag = tag.strip().upper()
    if not tag or tag == "O":
        return "O", None
    prefix, sep, name = tag.partition("-")
    if not sep:
        prefix, sep, name = tag.partition("_")
    if not sep or len(prefix) != 1:
        prefix, name = "I", tag
    typ = _TYPE_MAP.get(name)
    if typ is None:
        return "O", None
    return ("B" if prefix in ("B", "S", "U") else "I"), typ


def bio_spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """Entity spans ``(type, start, end)`` (token offsets, end exclusive); an ``I-`` that
    does not continue an entity of its type starts one (IOB1 and sloppy BIO both work)."""
    spans: list[tuple[str, int, int]] = []
    cur: str | None = None
    start = 0
    for i, tag in enumerate(tags):
        prefix, typ = map_tag(tag)
        if prefix == "I" and typ == cur:
            continue
        if cur is not None:
            spans.append((cur, start, i))
            cur = None
        if typ is not None:
            cur, start = typ, i
    if cur is not None:
        spans.append((cur, start, len(tags)))
    return spans


def spans_to_bio(n: int, spans: Iterable[tuple[str, int, int]]) -> list[str]:
    tags = ["O"] * n
    for typ, start, end in spans:
        tags[start] = f"B-{typ}"
        for i in range(start + 1, end):
            tags[i] = f"I-{typ}"
    return tags


def read_bio(path: Path | str) -> list[tuple[list[str], list[str]]]:
    """Sentences of a BIO file: one ``token<TAB>tag`` or ``token tag`` (or
    ``token POS tag``: the last field is the tag) a line, a blank line between sentences.
    Tags are returned normalised to BIO over PER/ORG/LOC."""
    sentences: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if tokens:
            spans = bio_spans(tags)
            sentences.append((tokens.copy(), spans_to_bio(len(tokens), spans)))
        tokens.clear()
        tags.clear()

    with Path(path).open(encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                flush()
                continue
            fields = line.split("\t") if "\t" in line else line.split()
            fields = [x for x in (f.strip() for f in fields) if x]
            if not fields or fields[0].startswith("-DOCSTART-"):
                continue
            tokens.append(fields[0])
            tags.append(fields[-1] if len(fields) > 1 else "O")
    flush()
    return sentences


# --- BIO constraints and Viterbi ----------------------------------------------------------


def _constraints() -> tuple[np.ndarray, np.ndarray]:
    k = len(TAGS)
    trans = np.zeros((k, k), np.float32)
    start = np.zeros(k, np.float32)
    for j, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            start[j] = -1e6
            for i, prev in enumerate(TAGS):
                if prev[2:] != tag[2:]:
                    trans[i, j] = -1e6
    return trans, start


_MASK_T, _MASK_S = _constraints()


def viterbi_batch(emissions: np.ndarray, trans: np.ndarray, start: np.ndarray) -> np.ndarray:
    """Best tag paths for a batch of equal-length sequences: (B, n, K) -> (B, n)."""
    b, n, k = emissions.shape
    score = emissions[:, 0, :] + start
    back = np.zeros((b, n, k), np.int16)
    for t in range(1, n):
        cand = score[:, :, None] + trans[None, :, :]
        best = cand.argmax(axis=1)
        back[:, t, :] = best
        score = np.take_along_axis(cand, best[:, None, :], axis=1)[:, 0, :] + emissions[:, t, :]
    path = np.zeros((b, n), np.int64)
    path[:, -1] = score.argmax(axis=1)
    rows = np.arange(b)
    for t in range(n - 1, 0, -1):
        path[:, t - 1] = back[rows, t, path[:, t]]
    return path
