"""Named entities in Indonesian text: people (PER), organisations (ORG) and places (LOC).

A linear-chain CRF (BIO tags, trained with CRFsuite's L-BFGS; Viterbi decoding with BIO
constraints) over word features: the lower-cased word and its neighbours (two either
side), word bigrams, prefixes/suffixes, word shape and capitalisation, title words
(Bupati, Gubernur, Pak...), an Indonesian root-word dictionary and membership in the
gazetteer of regions and government bodies (:mod:`sigap.text.regions`). Capitalisation
features are used only in sentences written with case; all-lowercase or ALL-CAPS
sentences are tagged from the words alone (every feature also has a copy specific to the
two regimes, so one model serves both).

The CRF's weights are exported to the project's own artifact format, so inference is pure
Python + NumPy (CRFsuite is needed only to train): per distinct word, the weights of its
features at each of the five offsets are summed once and cached, so tagging a sentence is
an array gather, a shifted sum and a batched Viterbi. Artifact: ``models/entities.npz``
(a float16 block of 5 offsets x 7 tags per feature, keyed by the CRC32 of the feature
string; transitions; dictionary-word CRCs) + ``models/entities.json``; card
``models/entities.md``. Training: ``sigap text train entities``.

After tagging, the gazetteer is applied: a government body followed by a region
(``BPBD Jawa Tengah``, ``Pemkab Demak``) becomes one ORG; a region written with its prefix
(``Kabupaten Demak``) or any region name the tagger left out becomes a LOC; LOC
entities (and ORG entities that name a region) get the region's Kemendagri code; a LOC
with several region names is split into one place each. Region names that are also
ordinary words are linked only with evidence from the context (:mod:`sigap.text.places`).

Capitals are read with care (:mod:`sigap.text.entities_features`): *shouted* words
(ALL-CAPS ordinary words: ``TOLONG``, ``JEBOL``, ``MOHON BANTUAN``) are read in lower case
by the tagger and never belong to an entity, while acronyms (``KPK``, ``BPBD``, ``RSUD``)
stay names; a Title Case headline is tagged from the words alone, like ALL-CAPS text.
The tag scheme, BIO files and Viterbi decoding live in :mod:`sigap.text.entities_bio`, the
gazetteer rules applied around the tagger in :mod:`sigap.text.entities_gazetteer`; training
code lives in :mod:`sigap.text.entities_train`.

:func:`extract_entities` never raises: empty text, emoji, HTML, lone surrogates and very
long texts (cut at 200,000 characters) give a (possibly empty) list.
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from sigap.text import MODELS_DIR
from sigap.text._artifact import load_model
from sigap.text.entities_bio import (
    _MASK_S,
    _MASK_T,
    TAGS,
    TYPES,
    bio_spans,
    map_tag,
    read_bio,
    spans_to_bio,
    viterbi_batch,
)
from sigap.text.entities_features import (  # noqa: F401 - re-exported
    _FUNCTION_WORDS,
    SHOUT_WORDS,
    TITLES,
    _quiet,
    _regime,
    _stems,
    _unshout,
    common_words,
    context_features,
    expands,
    gazetteer_features,
    is_cased,
    looks_like_word,
    verb_stems,
    word_features,
)
from sigap.text.entities_gazetteer import apply_gazetteer, match_for_tagger
from sigap.text.regions import Gazetteer
from sigap.text.regions_records import TokenMatch
from sigap.text.regions_tokens import tokenize_spans

MODEL_NAME = "sigap-ner-crf"
MODEL_VERSION = "1.2.0"
ARTIFACT = MODELS_DIR / "entities.npz"
MAX_CHARS = 200_000
MAX_SENT = 120  # tokens per decoded chunk

__all__ = [
    "MODEL_NAME",
    "MODEL_VERSION",
    "TYPES",
    "TAGS",
    "Entity",
    "EntityTagger",
    "extract_entities",
    "extract_entities_many",
    "read_bio",
    "bio_spans",
    "map_tag",
    # re-exported from the modules that hold them
    "match_for_tagger",
    "spans_to_bio",
    "viterbi_batch",
]


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    type: str  # PER | ORG | LOC
    start: int  # character offsets into the input text
    end: int
    region_code: str | None = None  # Kemendagri code for places (and regional offices)


# --- the model ----------------------------------------------------------------------------

_CACHE_LIMIT = 200_000
_COMMON_COUNT = 3  # lexicon count from which a word is in common use (deras: 14, jebol: 4)


class EntityTagger:
    """Load once with :meth:`load` (cached, thread-safe); :meth:`extract` /
    :meth:`extract_many` for raw text, :meth:`tag` for pre-tokenised sentences."""

    def __init__(
        self,
        keys: np.ndarray,
        weights: np.ndarray,
        trans: np.ndarray,
        start: np.ndarray,
        meta: dict[str, Any],
        gazetteer: Gazetteer | None = None,
        vocab: np.ndarray | None = None,
    ) -> None:
        self.rows = {int(h): i for i, h in enumerate(keys.tolist())}
        k = len(TAGS)
        # (features x 5 offsets x K) and one extra all-zero block for unknown features
        self.weights = np.concatenate([weights.astype(np.float32), np.zeros((1, 5, k), np.float32)])
        self.unknown = len(self.weights) - 1
        self.trans = trans.astype(np.float32) + _MASK_T
        self.start = start.astype(np.float32) + _MASK_S
        self.meta = meta
        self.name = meta.get("name", MODEL_NAME)
        self.version = meta.get("version", MODEL_VERSION)
        self.gazetteer = gazetteer or Gazetteer.load()
        self.name_tokens = self.gazetteer.name_tokens
        self.vocab = frozenset(vocab.tolist()) if vocab is not None else frozenset()
        self._wlock = threading.RLock()
        self._word_ids: dict[tuple[str, bool], int] = {}
        self._word_emit = np.zeros((1024, 5, k), np.float32)
        self.options = dict(meta.get("options", {}))
        self.add_bodies = bool(meta.get("add_bodies", True))
        self._ordinary_cache: dict[str, bool] = {}
        self.add_regions = bool(meta.get("add_regions", True))

    @classmethod
    def load(cls, path: Path | None = None) -> EntityTagger:
        return load_model(
            cls,
            ARTIFACT if path is None else path,
            lambda arrays, meta: cls(
                arrays["keys"], arrays["weights"], arrays["trans"], arrays["start"], meta, vocab=arrays.get("vocab")
            ),
        )

    # emissions -------------------------------------------------------------------------
    def _rows_for(self, feats: Iterable[str]) -> list[int]:
        get, unknown, crc = self.rows.get, self.unknown, zlib.crc32
        return [get(crc(f.encode("utf-8", "surrogatepass")), unknown) for f in feats]

    def _word_id(self, tok: str, cased: bool) -> int:
        """Row of the word's cached (5 offsets x K tags) emission table; caller holds the lock."""
        key = (tok, cased)
        wid = self._word_ids.get(key)
        if wid is not None:
            return wid
        feats = word_features(tok, cased, self.name_tokens, self.vocab, self.options)
        distinct = set(_regime(cased, feats[2]))  # the centre has every kind of feature
        for o in (0, 1, 3, 4):
            distinct.update(_regime(cased, feats[o]))
        vec = self.weights[self._rows_for(distinct)].sum(axis=0)
        wid = len(self._word_ids)
        if wid >= len(self._word_emit):
            grown = np.zeros((len(self._word_emit) * 2, 5, len(TAGS)), np.float32)
            grown[: len(self._word_emit)] = self._word_emit
            self._word_emit = grown
        self._word_emit[wid] = vec
        self._word_ids[key] = wid
        return wid

    def emissions_batch(self, items: Sequence[tuple[Sequence[str], Sequence[TokenMatch], bool]]) -> list[np.ndarray]:
        """Emission scores (n x K) for many ``(tokens, gazetteer matches, cased)`` at once:
        one gather over the cached word tables and one scatter of the context features."""
        with self._wlock:
            if len(self._word_ids) > _CACHE_LIMIT:
                self._word_ids.clear()
            ids: list[int] = []
            real: list[int] = []
            ctx_pos: list[int] = []
            ctx_rows: list[int] = []
            bounds: list[tuple[int, int]] = []
            total = 0
            for toks, matches, cased in items:
                pad_s, pad_e = self._word_id("<s>", cased), self._word_id("</s>", cased)
                base = len(ids) + 2
                ids += [pad_s, pad_s]
                ids += [self._word_id(t, cased) for t in toks]
                ids += [pad_e, pad_e]
                real.extend(range(base, base + len(toks)))
                extra = context_features(toks, cased, matches, self.options)
                for i, feats in enumerate(extra):
                    if feats:
                        rows = self._rows_for(_regime(cased, feats))
                        ctx_pos.extend([total + i] * len(rows))
                        ctx_rows.extend(rows)
                bounds.append((total, total + len(toks)))
                total += len(toks)
            if not total:
                return [np.zeros((0, len(TAGS)), np.float32) for _ in items]
            table = self._word_emit[np.asarray(ids)]
        g = np.asarray(real)
        em = table[g - 2, 0] + table[g - 1, 1] + table[g, 2] + table[g + 1, 3] + table[g + 2, 4]
        if ctx_rows:  # positions come in order: sum each run, then add once per position
            pos = np.asarray(ctx_pos)
            first = np.flatnonzero(np.r_[True, pos[1:] != pos[:-1]])
            ctx = self.weights[np.asarray(ctx_rows), 2]
            em[pos[first]] += np.add.reduceat(ctx, first, axis=0)
        return [em[a:b] for a, b in bounds]

    def emissions(self, tokens: Sequence[str], matches: Sequence[TokenMatch], cased: bool | None = None) -> np.ndarray:
        if cased is None:
            cased = is_cased(tokens)
        return self.emissions_batch([(tokens, matches, cased)])[0]

    # decoding --------------------------------------------------------------------------
    def _decode(self, items: list[np.ndarray]) -> list[np.ndarray]:
        """Viterbi over many emission matrices, batched by length."""
        out: list[np.ndarray] = [np.zeros(0, np.int64)] * len(items)
        by_len: dict[int, list[int]] = {}
        for i, em in enumerate(items):
            if len(em):
                by_len.setdefault(len(em), []).append(i)
        for _n, idx in by_len.items():
            batch = np.stack([items[i] for i in idx])
            paths = viterbi_batch(batch, self.trans, self.start)
            for i, path in zip(idx, paths, strict=True):
                out[i] = path
        return out

    def tag(
        self, sentences: Sequence[Sequence[str]], gazetteer: bool = True, postprocess: bool = True
    ) -> list[list[str]]:
        """BIO tags (PER/ORG/LOC) for pre-tokenised sentences."""
        items: list[tuple[list[str], list[TokenMatch], bool]] = []
        all_matches: list[list[TokenMatch]] = []
        shouts: list[dict[int, int]] = []
        for toks in sentences:
            toks = [t if isinstance(t, str) and t else "_" for t in toks]
            matches = match_for_tagger(self.gazetteer, toks, [0]) if gazetteer else []
            shout = self._shouted(toks, [(0, len(toks))], matches)
            seen = _quiet(toks, shout)
            all_matches.append(matches)
            shouts.append(shout)
            items.append((seen, matches, self._cased(seen)))
        paths = self._decode(self.emissions_batch(items))
        out: list[list[str]] = []
        for toks, path, matches, shout in zip(sentences, paths, all_matches, shouts, strict=True):
            tags = [TAGS[j] for j in path.tolist()]
            if postprocess:
                spans = self._postprocess(list(toks), bio_spans(tags), matches, shout)
                tags = spans_to_bio(len(tags), [(t, s, e) for t, s, e, _ in spans])
            out.append(tags)
        return out

    # shouting ------------------------------------------------------------------------
    def _ordinary(self, word: str) -> bool:
        """Whether a lower-case word is an ordinary Indonesian word: in the root-word
        dictionary, alone or after removing common affixes, or a usual shout word."""
        known = self._ordinary_cache.get(word)
        if known is None:
            if len(self._ordinary_cache) > _CACHE_LIMIT:
                self._ordinary_cache.clear()
            known = word in SHOUT_WORDS or any(zlib.crc32(w.encode("utf-8")) in self.vocab for w in _stems(word))
            self._ordinary_cache[word] = known
        return known

    def _shoutable(self, word: str) -> bool:
        """Whether an ALL-CAPS word (in lower case) can be shouting rather than a name: a
        usual shout word (the only three-letter ones), an ordinary word
        (:meth:`_ordinary`), slang for ordinary words (``bener``, ``rame``, ``nyesel``)
        or a word in common use (``deras``) that looks like a word (no acronym such as
        ``bumn``) and that the tagger, reading it alone in lower case, does not take for a
        name (``jokowi``, ``polri``). Region and body names are kept by :meth:`_shouted`."""
        if word in SHOUT_WORDS:
            return True
        if len(word) < 4:
            return False
        if self._ordinary(word):
            return True
        key = "~" + word  # the same cache, apart from the plain ordinary words
        known = self._ordinary_cache.get(key)
        if known is None:
            slang, counts = common_words()
            standard = slang.get(word, "").replace("-", " ").split()
            if standard:
                known = all(
                    self._ordinary(w) or (counts.get(w, 0) >= _COMMON_COUNT and not self._name_like(w))
                    for w in standard
                )
            else:
                known = counts.get(word, 0) >= _COMMON_COUNT and looks_like_word(word) and not self._name_like(word)
            self._ordinary_cache[key] = known
        return known

    def _verb(self, word: str) -> bool:
        """An inflected form of a root word (``hadiri``, ``resmikan``), not a root word itself."""
        crc = zlib.crc32
        return crc(word.encode("utf-8")) not in self.vocab and any(
            crc(w.encode("utf-8")) in self.vocab for w in verb_stems(word)
        )

    def _name_like(self, word: str) -> bool:
        """Whether the tagger, reading the word alone in lower case, prefers a name tag."""
        with self._wlock:
            emit = self._word_emit[self._word_id(word, False), 2]
            return bool(emit[1:].max() > emit[0])

    def _cased(self, tokens: Sequence[str]) -> bool:
        """Whether to read the capitals of a sentence: it is written with case
        (:func:`is_cased`) and is not in Title Case. In a Title Case headline (no
        lower-case word of four letters or more but function words such as ``yang``,
        ``untuk``, and at least three capitalised ordinary words after the first word:
        ``Banjir Rendam Tiga Desa di Demak``) capitals say nothing about names, so it is
        tagged from the words alone, like ALL-CAPS text."""
        if not is_cased(tokens):
            return False
        caps = 0
        for t in tokens[1:]:
            if len(t) < 4 or not t.isalpha() or t.isupper():
                continue
            if t.islower():
                if t not in _FUNCTION_WORDS:
                    return True
            elif t[:1].isupper() and self._ordinary(t.lower()):
                caps += 1
        return caps < 3

    def _shouted(
        self, tokens: Sequence[str], sentences: Sequence[tuple[int, int]], matches: Sequence[TokenMatch]
    ) -> dict[int, int]:
        """Positions of shouted words (ALL-CAPS words that can be shouting, see
        :meth:`_shoutable`, not part of a region or body name nor spelt out by the
        capitalised words after them, as an acronym and its expansion): 1 in a sentence
        written with lower-case letters (never part of a name), 2 in an ALL-CAPS sentence
        (not at the edge of a place or organisation), 3 for an inflected verb there
        (``HADIRI``: not at the edge of any entity)."""
        out: dict[int, int] = {}
        if not self.vocab:
            return out
        named: set[int] | None = None
        for s, e in sentences:
            mode = 0
            for i in range(s, e):
                tok = tokens[i]
                if len(tok) < 3 or not tok.isalpha() or not tok.isupper() or not self._shoutable(tok.lower()):
                    continue
                if expands(tok, tokens[i + 1 : e]):
                    continue  # PETA Pembela Tanah Air: an acronym and its expansion
                if named is None:
                    named = {j for m in matches if not m.weak for j in range(m.start, m.end)}
                if i in named:
                    continue
                if not mode:
                    mode = 1 if any(ch.islower() for t in tokens[s:e] for ch in t) else 2
                out[i] = 3 if mode == 2 and self._verb(tok.lower()) else mode
        return out

    def _postprocess(
        self,
        tokens: Sequence[str],
        spans: list[tuple[str, int, int]],
        matches: Sequence[TokenMatch],
        shout: dict[int, int] | None = None,
    ) -> list[tuple[str, int, int, str | None]]:
        """Apply the gazetteer to tagged spans (:func:`sigap.text.entities_gazetteer.apply_gazetteer`)."""
        return apply_gazetteer(tokens, spans, matches, shout, add_bodies=self.add_bodies, add_regions=self.add_regions)

    # raw text --------------------------------------------------------------------------
    def extract_many(self, texts: Sequence[object]) -> list[list[Entity]]:
        docs: list[tuple[str, list[tuple[str, int, int]], list[TokenMatch], dict[int, int]]] = []
        chunks: list[tuple[int, int, int, bool]] = []  # doc, start, end, cased
        items: list[tuple[list[str], list[TokenMatch], bool]] = []
        for d, text in enumerate(texts):
            if not isinstance(text, str):
                text = ""
            text = text[:MAX_CHARS]
            spans = tokenize_spans(text)
            tokens = [t for t, _, _ in spans]
            sentences = _sentences(text, spans)
            matches = match_for_tagger(self.gazetteer, tokens, [s for s, _ in sentences]) if tokens else []
            shout = self._shouted(tokens, sentences, matches)
            seen = _quiet(tokens, shout)
            docs.append((text, spans, matches, shout))
            for s, e in sentences:
                sent = seen[s:e]
                local = [
                    TokenMatch(m.start - s, m.end - s, m.kind, m.code, m.name, m.explicit, m.weak)
                    for m in matches
                    if s <= m.start and m.end <= e
                ]
                cased = self._cased(sent)
                chunks.append((d, s, e, cased))
                items.append((sent, local, cased))
        paths = self._decode(self.emissions_batch(items))
        doc_tags: list[list[str]] = [["O"] * len(spans) for _, spans, _, _ in docs]
        for (d, s, _e, _c), path in zip(chunks, paths, strict=True):
            for i, j in enumerate(path.tolist()):
                doc_tags[d][s + i] = TAGS[j]
        out: list[list[Entity]] = []
        for (text, spans, matches, shout), tags in zip(docs, doc_tags, strict=True):
            tokens = [t for t, _, _ in spans]
            ents: list[Entity] = []
            for typ, s, e, code in self._postprocess(tokens, bio_spans(tags), matches, shout):
                start, end = spans[s][1], spans[e - 1][2]
                ents.append(Entity(text[start:end], typ, start, end, code))
            out.append(ents)
        return out

    def extract(self, text: object) -> list[Entity]:
        return self.extract_many([text])[0]


_ABBREV = frozenset(
    "kab kec prov kel ds jl jln dr drs dra ir prof h hj st no sdr tn ny bpk "
    "kh pt tbk cv rp ft mr mrs ms vs dll dsb tsb".split()
)
_SENT_END = frozenset(".!?…")


def _sentences(text: str, spans: Sequence[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Token ranges of sentences: split after . ! ? (not after an abbreviation or an
    initial, not before a lower-case word) and at line breaks; at most MAX_SENT tokens."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(spans)
    for i in range(n):
        end_here = False
        if i + 1 < n and "\n" in text[spans[i][2] : spans[i + 1][1]]:
            end_here = True
        elif spans[i][0] in _SENT_END and i + 1 < n:
            prev = spans[i - 1][0] if i > 0 else ""
            nxt = spans[i + 1][0]
            if not (
                prev.lower() in _ABBREV or (len(prev) == 1 and prev.isupper()) or nxt[:1].islower() or nxt[:1].isdigit()
            ):
                end_here = True
        if end_here or i + 1 - start >= MAX_SENT:
            out.append((start, i + 1))
            start = i + 1
    if start < n:
        out.append((start, n))
    return out


def extract_entities(text: object) -> list[Entity]:
    """People, organisations and places in a text, with character offsets; places (and
    regional offices) carry their Kemendagri region code. Never raises."""
    try:
        return EntityTagger.load().extract(text)
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive: never stop a batch
        return []


def extract_entities_many(texts: Sequence[object]) -> list[list[Entity]]:
    """:func:`extract_entities` for a batch (faster: one batched decode)."""
    try:
        return EntityTagger.load().extract_many(texts)
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive: never stop a batch
        return [[] for _ in texts]


# --- training and scoring (sigap.text.entities_train) -----------------------------------


def train_tagger(*args: object, **kwargs: object) -> dict[str, Any]:
    """See :func:`sigap.text.entities_train.train_tagger`."""
    from sigap.text.entities_train import train_tagger as _train  # local: it imports this module

    return _train(*args, **kwargs)  # type: ignore[arg-type]


def entity_scores(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, Any]:
    """See :func:`sigap.text.entities_train.entity_scores`."""
    from sigap.text.entities_train import entity_scores as _scores  # local: it imports this module

    return _scores(gold, pred)
