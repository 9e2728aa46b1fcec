"""Training and scoring the entity tagger (:mod:`sigap.text.entities`): CRFsuite training
exported to the project's artifact format, the NumPy perceptron alternative, and
entity-level scores. Inference does not import this module."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from sigap.text._artifact import save_json, save_npz
from sigap.text.entities import ARTIFACT, MODEL_NAME, MODEL_VERSION
from sigap.text.entities_bio import _MASK_S, _MASK_T, TAGS, TYPES, bio_spans, read_bio, viterbi_batch
from sigap.text.entities_features import _regime, context_features, is_cased, word_features
from sigap.text.entities_gazetteer import match_for_tagger
from sigap.text.regions import Gazetteer


def _hash(feat: str) -> int:
    return zlib.crc32(feat.encode("utf-8", "surrogatepass"))


def _export(weights: Iterable[tuple[int, str, np.ndarray]]) -> tuple[np.ndarray, np.ndarray, int]:
    """``(offset, feature, weights over tags)`` -> sorted CRC32 keys of the feature strings
    and a (features x 5 offsets x K) float16 block each, plus the number of collisions.

    Which offsets a feature fires at depends only on its kind (``p3:`` at the centre,
    ``w:`` at all five...), so at inference the block of every feature of a word is summed
    whole: one lookup per distinct feature string instead of one per (offset, feature)."""
    blocks: dict[int, np.ndarray] = {}
    names: dict[int, str] = {}
    collisions = 0
    for o, f, row in weights:
        h = _hash(f)
        if names.setdefault(h, f) != f:
            collisions += 1
            continue
        blocks.setdefault(h, np.zeros((5, len(TAGS)), np.float64))[o + 2] = row
    order = sorted(blocks)
    keys = np.asarray(order, np.uint32)
    table = (
        np.stack([blocks[h] for h in order]).astype(np.float16) if order else np.zeros((0, 5, len(TAGS)), np.float16)
    )
    return keys, table, collisions


# --- training -----------------------------------------------------------------------------

TRAIN_FILES = ("ner/nergrit/train_preprocess.txt", "ner/nerp/train_preprocess.txt", "ner/idner-news-2k/train.txt")
VALID_FILES = ("ner/nergrit/valid_preprocess.txt", "ner/nerp/valid_preprocess.txt", "ner/idner-news-2k/dev.txt")


def _sentence_features(
    tokens: Sequence[str],
    gaz: Gazetteer,
    options: dict[str, Any],
    vocab: frozenset[int] = frozenset(),
    use_gazetteer: bool = True,
) -> list[list[tuple[int, str]]]:
    """All (offset, feature) pairs that fire at each position (training-time path)."""
    n = len(tokens)
    cased = is_cased(tokens)
    padded = ["<s>", "<s>", *tokens, "</s>", "</s>"]
    per_word = [word_features(t, cased, gaz.name_tokens, vocab, options) for t in padded]
    out: list[list[tuple[int, str]]] = []
    for i in range(n):
        feats: list[tuple[int, str]] = []
        for o in range(5):
            for f in _regime(cased, per_word[i + o][o]):
                feats.append((o - 2, f))
        out.append(feats)
    matches = match_for_tagger(gaz, list(tokens), [0]) if use_gazetteer else []
    extra = context_features(tokens, cased, matches, options)
    for i, ctx in enumerate(extra):
        out[i].extend((0, f) for f in _regime(cased, ctx))
    return out


def train_tagger(
    data: Path,
    out: Path = ARTIFACT,
    epochs: int = 10,
    seed: int = 13,
    lowercase_copies: bool = False,
    min_count: int = 1,
    bigrams: bool = True,
    method: str = "crf",
    c1: float = 0.05,
    c2: float = 0.05,
    iterations: int = 150,
    char3: bool = False,
) -> dict[str, Any]:
    """Train the tagger on the three NER training sets: a linear-chain CRF trained with
    CRFsuite (``python-crfsuite``, training only; L-BFGS is deterministic), exported to the
    project's artifact format so that inference needs no extra package. The alternative
    ``method="perceptron"`` (structured averaged perceptron, NumPy only, ``seed`` orders
    the epochs) scored about 0.5-2.5 points lower on the validation splits."""
    gaz = Gazetteer.load()
    options = {"bigrams": bigrams, "char3": char3}
    vocab_arr = _root_words(data)
    vocab = frozenset(vocab_arr.tolist())
    sents: list[tuple[list[str], list[str]]] = []
    counts: dict[str, int] = {}
    for rel in TRAIN_FILES:
        part = read_bio(data / rel)
        counts[rel] = len(part)
        sents.extend(part)
        if lowercase_copies and "nerp" not in rel:
            sents.extend(([t.lower() for t in toks], tags) for toks, tags in part)
    if method == "crf":
        return _train_crf(
            sents,
            counts,
            gaz,
            options,
            vocab_arr,
            out,
            c1=c1,
            c2=c2,
            iterations=iterations,
            lowercase_copies=lowercase_copies,
        )
    index: dict[tuple[int, str], int] = {}
    freq: list[int] = []
    encoded: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    tag_id = {t: i for i, t in enumerate(TAGS)}
    for toks, tags in sents:
        rows: list[int] = []
        starts: list[int] = []
        for feats in _sentence_features(toks, gaz, options, vocab):
            starts.append(len(rows))
            for key in feats:
                j = index.get(key)
                if j is None:
                    j = index[key] = len(freq)
                    freq.append(0)
                freq[j] += 1
                rows.append(j)
        encoded.append(
            (np.asarray(rows, np.int32), np.asarray(starts, np.int32), np.asarray([tag_id[t] for t in tags], np.int64))
        )
    k = len(TAGS)
    n_feats = len(freq)
    W = np.zeros((n_feats, k), np.float64)
    U = np.zeros((n_feats, k), np.float64)
    T = np.zeros((k, k), np.float64)
    UT = np.zeros((k, k), np.float64)
    S = np.zeros(k, np.float64)
    US = np.zeros(k, np.float64)
    rng = np.random.default_rng(seed)
    c = 1
    order = np.arange(len(encoded))
    history: list[dict[str, Any]] = []
    for epoch in range(epochs):
        rng.shuffle(order)
        errors = 0
        for idx in order.tolist():
            frows, fstarts, gold = encoded[idx]
            em = np.add.reduceat(W[frows], fstarts, axis=0).astype(np.float32)
            pred = viterbi_batch(em[None], (T + _MASK_T).astype(np.float32), (S + _MASK_S).astype(np.float32))[0]
            if not np.array_equal(pred, gold):
                errors += 1
                n = len(gold)
                pos = np.repeat(np.arange(n), np.diff(np.append(fstarts, len(frows))))
                bad = (pred != gold)[pos]
                r = frows[bad]
                g = gold[pos[bad]]
                p = pred[pos[bad]]
                np.add.at(W, (r, g), 1.0)
                np.add.at(W, (r, p), -1.0)
                np.add.at(U, (r, g), c)
                np.add.at(U, (r, p), -c)
                np.add.at(T, (gold[:-1], gold[1:]), 1.0)
                np.add.at(T, (pred[:-1], pred[1:]), -1.0)
                np.add.at(UT, (gold[:-1], gold[1:]), c)
                np.add.at(UT, (pred[:-1], pred[1:]), -c)
                S[gold[0]] += 1.0
                S[pred[0]] -= 1.0
                US[gold[0]] += c
                US[pred[0]] -= c
            c += 1
        history.append({"epoch": epoch + 1, "sentence_errors": errors})
    Wa = W - U / c
    Ta = T - UT / c
    Sa = S - US / c
    keep = (np.abs(Wa).max(axis=1) >= 1e-3) & (np.asarray(freq) >= min_count)
    inv: list[tuple[int, str]] = [(0, "")] * n_feats
    for key, j in index.items():
        inv[j] = key
    keys, weights, collisions = _export((inv[j][0], inv[j][1], Wa[j]) for j in np.flatnonzero(keep).tolist())
    save_npz(
        out,
        {
            "keys": keys,
            "weights": weights,
            "trans": Ta.astype(np.float32),
            "start": Sa.astype(np.float32),
            "vocab": vocab_arr,
        },
    )
    meta = {
        "name": MODEL_NAME,
        "version": MODEL_VERSION,
        "tags": list(TAGS),
        "method": method,
        "epochs": epochs,
        "seed": seed,
        "lowercase_copies": lowercase_copies,
        "options": options,
        "train_sentences": counts,
        "features": int(len(keys)),
        "collisions": collisions,
        "gazetteer": gaz.version,
        "history": history,
    }
    save_json(out.with_suffix(".json"), meta)
    return {"path": str(out), "bytes": out.stat().st_size, **meta}


ROOT_WORDS = "lexicon/nlp-bahasa-resources/combined_root_words.txt"


def _root_words(data: Path) -> np.ndarray:
    """CRC32s of the Indonesian root-word list (NLP_bahasa_resources, MIT), sorted."""
    path = data / ROOT_WORDS
    if not path.exists():
        return np.zeros(0, np.uint32)
    words = {w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines()}
    return np.asarray(sorted({zlib.crc32(w.encode("utf-8")) for w in words if w}), np.uint32)


def _train_crf(
    sents: list[tuple[list[str], list[str]]],
    counts: dict[str, int],
    gaz: Gazetteer,
    options: dict[str, Any],
    vocab_arr: np.ndarray,
    out: Path,
    c1: float,
    c2: float,
    iterations: int,
    lowercase_copies: bool,
) -> dict[str, Any]:
    import tempfile

    try:
        import pycrfsuite  # training-only dependency: python-crfsuite
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SystemExit(
            "training the entity tagger needs python-crfsuite: pip install python-crfsuite (inference does not)"
        ) from exc

    vocab = frozenset(vocab_arr.tolist())
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for toks, tags in sents:
        xseq = [[f"{o}|{f}" for o, f in feats] for feats in _sentence_features(toks, gaz, options, vocab)]
        trainer.append(pycrfsuite.ItemSequence(xseq), tags)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True, "feature.minfreq": 0}
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "crf.model")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        tagger.close()
    tag_id = {t: i for i, t in enumerate(TAGS)}
    k = len(TAGS)
    rows: dict[str, np.ndarray] = {}
    for (attr, label), weight in sorted(info.state_features.items()):
        rows.setdefault(attr, np.zeros(k, np.float64))[tag_id[label]] = weight
    keys, weights, collisions = _export(
        (int(attr.partition("|")[0]), attr.partition("|")[2], row) for attr, row in sorted(rows.items())
    )
    trans = np.zeros((k, k), np.float32)
    for (a, b), weight in info.transitions.items():
        trans[tag_id[a], tag_id[b]] = weight
    save_npz(
        out, {"keys": keys, "weights": weights, "trans": trans, "start": np.zeros(k, np.float32), "vocab": vocab_arr}
    )
    meta = {
        "name": MODEL_NAME,
        "version": MODEL_VERSION,
        "tags": list(TAGS),
        "method": "crf",
        "c1": c1,
        "c2": c2,
        "iterations": iterations,
        "lowercase_copies": lowercase_copies,
        "options": options,
        "train_sentences": counts,
        "features": int(len(keys)),
        "collisions": collisions,
        "gazetteer": gaz.version,
        "history": [],
    }
    save_json(out.with_suffix(".json"), meta)
    return {"path": str(out), "bytes": out.stat().st_size, **meta}


# --- evaluation ---------------------------------------------------------------------------


def entity_scores(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, Any]:
    """Entity-level exact-span precision/recall/F1 per type and micro overall
    (seqeval-style: an entity counts only if type, start and end all match)."""
    tp = dict.fromkeys(TYPES, 0)
    n_gold = dict.fromkeys(TYPES, 0)
    n_pred = dict.fromkeys(TYPES, 0)
    for g_tags, p_tags in zip(gold, pred, strict=True):
        g = set(bio_spans(g_tags))
        p = set(bio_spans(p_tags))
        for typ, _, _ in g:
            n_gold[typ] += 1
        for typ, _, _ in p:
            n_pred[typ] += 1
        for typ, _, _ in g & p:
            tp[typ] += 1

    def prf(t: int, np_: int, ng: int) -> dict[str, float]:
        prec = t / np_ if np_ else 0.0
        rec = t / ng if ng else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {"precision": prec, "recall": rec, "f1": f1, "support": ng}

    per = {typ: prf(tp[typ], n_pred[typ], n_gold[typ]) for typ in TYPES}
    overall = prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return {"per_type": per, "overall": overall}
