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
entities (and ORG entities that name a region) get the region's Kemendagri code.

:func:`extract_entities` never raises: empty text, emoji, HTML, lone surrogates and very
long texts (cut at 200,000 characters) give a (possibly empty) list.
"""

from __future__ import annotations

import re
import threading
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sigap.text import MODELS_DIR
from sigap.text._artifact import load_json, load_npz, save_json, save_npz
from sigap.text.regions import Gazetteer, TokenMatch, tokenize_spans

MODEL_NAME = "sigap-ner-crf"
MODEL_VERSION = "1.0.0"
TYPES = ("PER", "ORG", "LOC")
TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
ARTIFACT = MODELS_DIR / "entities.npz"
MAX_CHARS = 200_000
MAX_SENT = 120  # tokens per decoded chunk

__all__ = ["MODEL_NAME", "MODEL_VERSION", "TYPES", "TAGS", "Entity", "EntityTagger",
           "extract_entities", "extract_entities_many", "read_bio", "bio_spans", "map_tag"]


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    type: str  # PER | ORG | LOC
    start: int  # character offsets into the input text
    end: int
    region_code: str | None = None  # Kemendagri code for places (and regional offices)


# --- tags and BIO files -------------------------------------------------------------------

_TYPE_MAP = {
    "PER": "PER", "PERSON": "PER", "PPL": "PER", "PEOPLE": "PER",
    "LOC": "LOC", "LOCATION": "LOC", "PLACE": "LOC", "PLC": "LOC", "GPE": "LOC",
    "ORG": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "IND": "ORG",
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


# --- features -----------------------------------------------------------------------------

TITLES = frozenset("""
bupati wabup gubernur wagub presiden wapres menteri menko wamen walikota wali wakil ketua
kepala kapolda kapolres kapolri kapolsek wakapolri panglima pangdam dandim danrem pak bu
bapak ibu sdr saudara saudari dr drs dra ir prof h hj kh jenderal kombes akbp akp brigjen
irjen komjen letjen mayjen marsekal laksamana kolonel letkol mayor kapten camat lurah kades
sekda direktur dirut jubir juru anggota politikus politisi kader tersangka terdakwa sang
mantan almarhum gus kiai ustaz ustadz habib syekh raja ratu sultan pangeran kak mbak mas
om tante sekjen bendahara pj plt plh kajati kajari kadis kadinkes kalaksa kabid kasubag
""".split())

_DIGITS = re.compile(r"\d")


def _shape(tok: str) -> str:
    out: list[str] = []
    for ch in tok[:12]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out[:6])


def _cap(tok: str) -> str:
    letters = [ch for ch in tok if ch.isalpha()]
    if not letters:
        return "N"
    if all(ch.isupper() for ch in letters):
        return "U" if len(letters) > 1 else "T"
    if letters[0].isupper():
        return "T"
    return "L" if all(ch.islower() for ch in letters) else "M"


def _kind(tok: str) -> str:
    if tok.isalpha():
        return "a" + str(min(len(tok), 9))
    if tok.isdigit():
        return "d" + str(min(len(tok), 5))
    if any(ch.isdigit() for ch in tok):
        return "ad" if any(ch.isalpha() for ch in tok) else "dp"
    if any(ch.isalpha() for ch in tok):
        return "ap"
    return "p" + tok[:2] if len(tok) <= 2 and tok.isascii() else "o"


def word_features(tok: str, cased: bool, name_tokens: frozenset[str],
                  vocab: frozenset[int] = frozenset(),
                  options: dict | None = None) -> list[list[str]]:
    """Feature strings of one token for the five offsets -2..+2 (index 0..4).
    ``name_tokens``: words of region names; ``vocab``: CRC32s of dictionary words."""
    if tok in ("<s>", "</s>"):
        base = [f"w:{tok}"]
        return [base, base, base, base, base]
    lw = tok.lower()
    wn = _DIGITS.sub("0", lw)
    kind = _kind(tok)
    core = [f"w:{wn}", f"k:{kind}"]
    if len(lw) > 3:
        core += [f"s3:{lw[-3:]}", f"p3:{lw[:3]}"]
    if len(lw) > 4:
        core += [f"s4:{lw[-4:]}", f"s2:{lw[-2:]}", f"p2:{lw[:2]}"]
    if lw in TITLES:
        core.append("ti")
    if options and options.get("char3") and len(lw) > 4 and lw.isalpha():
        core.extend(sorted({f"c3:{lw[i:i + 3]}" for i in range(1, len(lw) - 3)}))
    if lw in name_tokens:
        core.append("nt")
    dw = bool(vocab) and zlib.crc32(lw.encode("utf-8", "surrogatepass")) in vocab
    if dw:
        core.append("dw")
    if cased:
        cap = _cap(tok)
        core += [f"c:{cap}", f"sh:{_shape(tok)}"]
        if dw:
            core.append(f"dw&c:{cap}")
    else:
        cap = ""
    near = [f"w:{wn}", f"k:{kind}"]
    if len(lw) > 3:
        near.append(f"s3:{lw[-3:]}")
    if lw in TITLES:
        near.append("ti")
    if dw:
        near.append("dw")
    if cap:
        near.append(f"c:{cap}")
    far = [f"w:{wn}"] + ([f"c:{cap}"] if cap else [])
    center = ["b", *core]
    return [far, near, center, near, far]


def _regime(cased: bool, feats: list[str]) -> list[str]:
    """Each feature plus a copy specific to the regime (cased or not); word bigrams ("bg")
    are kept general only."""
    r = "C|" if cased else "U|"
    return feats + [r + f for f in feats if not f.startswith("bg")]


def is_cased(tokens: Sequence[str]) -> bool:
    """Whether a sentence is written with case: some lower-case letters and a capital at
    the start of a token other than the first."""
    has_lower = False
    upper_inside = False
    for i, tok in enumerate(tokens):
        if not has_lower and any(ch.islower() for ch in tok):
            has_lower = True
        if i and not upper_inside and tok[:1].isupper():
            upper_inside = True
        if has_lower and upper_inside:
            return True
    return False


def gazetteer_features(n: int, matches: Sequence[TokenMatch]) -> list[list[str]]:
    """Position-level features from gazetteer matches (also seen by the neighbours)."""
    out: list[list[str]] = [[] for _ in range(n)]
    for m in matches:
        if m.kind == "body":
            tag = "org"
        else:
            tag = "regx" if m.explicit else "reg"
        for i in range(m.start, m.end):
            bi = "B" if i == m.start else "I"
            out[i].append(f"g:{tag}-{bi}")
        if m.start > 0:
            out[m.start - 1].append(f"g+1:{tag}")
        if m.end < n:
            out[m.end].append(f"g-1:{tag}")
    return out


def context_features(tokens: Sequence[str], cased: bool, matches: Sequence[TokenMatch],
                     options: dict) -> list[list[str]]:
    """Features that depend on more than one word: gazetteer matches, the capitalisation of
    a sentence-initial word, word bigrams."""
    n = len(tokens)
    extra = gazetteer_features(n, matches)
    if n and cased and tokens[0][:1].isupper():
        extra[0].append("bos:" + _cap(tokens[0]))
    if options.get("bigrams") and n:
        lower = [_DIGITS.sub("0", t.lower()) for t in tokens]
        prev = "<s>"
        for i, w in enumerate(lower):
            extra[i].append(f"bg-:{prev}|{w}")
            nxt = lower[i + 1] if i + 1 < n else "</s>"
            extra[i].append(f"bg+:{w}|{nxt}")
            prev = w
    return extra


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
    table = np.stack([blocks[h] for h in order]).astype(np.float16) if order else \
        np.zeros((0, 5, len(TAGS)), np.float16)
    return keys, table, collisions


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


# --- the model ----------------------------------------------------------------------------

_CACHE_LIMIT = 200_000


class EntityTagger:
    """Load once with :meth:`load` (cached, thread-safe); :meth:`extract` /
    :meth:`extract_many` for raw text, :meth:`tag` for pre-tokenised sentences."""

    _cache: dict[Path, EntityTagger] = {}
    _lock = threading.Lock()

    def __init__(self, keys: np.ndarray, weights: np.ndarray, trans: np.ndarray,
                 start: np.ndarray, meta: dict, gazetteer: Gazetteer | None = None,
                 vocab: np.ndarray | None = None) -> None:
        self.rows = {int(h): i for i, h in enumerate(keys.tolist())}
        k = len(TAGS)
        # (features x 5 offsets x K) and one extra all-zero block for unknown features
        self.weights = np.concatenate([weights.astype(np.float32),
                                       np.zeros((1, 5, k), np.float32)])
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
        self.add_regions = bool(meta.get("add_regions", True))

    @classmethod
    def load(cls, path: Path | None = None) -> EntityTagger:
        path = Path(path) if path is not None else ARTIFACT
        with cls._lock:
            model = cls._cache.get(path)
            if model is None:
                arrays = load_npz(path)
                meta = load_json(path.with_suffix(".json"))
                model = cls(arrays["keys"], arrays["weights"], arrays["trans"], arrays["start"],
                            meta, vocab=arrays.get("vocab"))
                cls._cache[path] = model
            return model

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

    def emissions_batch(self, items: Sequence[tuple[Sequence[str], Sequence[TokenMatch], bool]]
                        ) -> list[np.ndarray]:
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
        em = (table[g - 2, 0] + table[g - 1, 1] + table[g, 2] + table[g + 1, 3]
              + table[g + 2, 4])
        if ctx_rows:  # positions come in order: sum each run, then add once per position
            pos = np.asarray(ctx_pos)
            first = np.flatnonzero(np.r_[True, pos[1:] != pos[:-1]])
            ctx = self.weights[np.asarray(ctx_rows), 2]
            em[pos[first]] += np.add.reduceat(ctx, first, axis=0)
        return [em[a:b] for a, b in bounds]

    def emissions(self, tokens: Sequence[str], matches: Sequence[TokenMatch],
                  cased: bool | None = None) -> np.ndarray:
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

    def tag(self, sentences: Sequence[Sequence[str]], gazetteer: bool = True,
            postprocess: bool = True) -> list[list[str]]:
        """BIO tags (PER/ORG/LOC) for pre-tokenised sentences."""
        items: list[tuple[list[str], list[TokenMatch], bool]] = []
        all_matches: list[list[TokenMatch]] = []
        for toks in sentences:
            toks = [t if isinstance(t, str) and t else "_" for t in toks]
            matches = self.gazetteer.match_tokens(toks) if gazetteer else []
            all_matches.append(matches)
            items.append((toks, matches, is_cased(toks)))
        paths = self._decode(self.emissions_batch(items))
        out: list[list[str]] = []
        for toks, path, matches in zip(sentences, paths, all_matches, strict=True):
            tags = [TAGS[j] for j in path.tolist()]
            if postprocess:
                spans = self._postprocess(list(toks), bio_spans(tags), matches)
                tags = spans_to_bio(len(tags), [(t, s, e) for t, s, e, _ in spans])
            out.append(tags)
        return out

    def _postprocess(self, tokens: Sequence[str], spans: list[tuple[str, int, int]],
                     matches: Sequence[TokenMatch]) -> list[tuple[str, int, int, str | None]]:
        """Apply the gazetteer to tagged spans; returns (type, start, end, region_code).

        - a body followed by a region (``BPBD Jawa Tengah``) becomes one ORG with the
          region's code, absorbing the entities it overlaps (unless one is a person);
        - a body the tagger left out entirely becomes an ORG when ``self.add_bodies``;
        - a region the tagger left out becomes a LOC (districts only with their prefix;
          names that are also common words only with a capital, see ``regions``);
        - LOC entities get the most specific region code found inside them.
        """
        n = len(tokens)
        ents: list[list | None] = [[typ, s, e, None] for typ, s, e in spans]
        owner = [-1] * n
        for k, (_typ, s, e) in enumerate(spans):
            owner[s:e] = [k] * (e - s)

        def put(ent: list) -> None:
            ents.append(ent)
            owner[ent[1] : ent[2]] = [len(ents) - 1] * (ent[2] - ent[1])

        regions_at: dict[int, list[TokenMatch]] = {}
        for m in matches:
            if m.kind == "region" and m.code:
                regions_at.setdefault(m.start, []).append(m)
            hit = sorted({owner[i] for i in range(m.start, m.end) if owner[i] >= 0})
            overlap = [ents[k] for k in hit]
            if m.kind == "body":
                if any(x is not None and x[0] == "PER" for x in overlap):
                    continue
                if m.code is not None:
                    start = min([m.start, *(x[1] for x in overlap if x is not None)])
                    end = max([m.end, *(x[2] for x in overlap if x is not None)])
                    for k in hit:
                        ents[k] = None
                    put(["ORG", start, end, m.code])
                elif not overlap and self.add_bodies:
                    put(["ORG", m.start, m.end, None])
                continue
            if m.code is None or overlap:
                continue
            if m.explicit or (self.add_regions and len(m.code) <= 5):
                put(["LOC", m.start, m.end, m.code])
        result: list[tuple[str, int, int, str | None]] = []
        for x in ents:
            if x is None:
                continue
            if x[0] == "LOC" and x[3] is None:
                inside = [m for i in range(x[1], x[2]) for m in regions_at.get(i, ())
                          if m.end <= x[2]]
                if inside:
                    x[3] = max(inside, key=lambda m: (len(m.code or ""), m.end - m.start)).code
            result.append((str(x[0]), int(x[1]), int(x[2]), x[3]))
        result.sort(key=lambda r: r[1])
        return result

    # raw text --------------------------------------------------------------------------
    def extract_many(self, texts: Sequence[object]) -> list[list[Entity]]:
        docs: list[tuple[str, list[tuple[str, int, int]], list[TokenMatch]]] = []
        chunks: list[tuple[int, int, int, bool]] = []  # doc, start, end, cased
        items: list[tuple[list[str], list[TokenMatch], bool]] = []
        for d, text in enumerate(texts):
            if not isinstance(text, str):
                text = ""
            text = text[:MAX_CHARS]
            spans = tokenize_spans(text)
            tokens = [t for t, _, _ in spans]
            matches = self.gazetteer.match_tokens(tokens) if tokens else []
            docs.append((text, spans, matches))
            for s, e in _sentences(text, spans):
                sent = tokens[s:e]
                local = [TokenMatch(m.start - s, m.end - s, m.kind, m.code, m.name, m.explicit)
                         for m in matches if s <= m.start and m.end <= e]
                cased = is_cased(sent)
                chunks.append((d, s, e, cased))
                items.append((sent, local, cased))
        paths = self._decode(self.emissions_batch(items))
        doc_tags: list[list[str]] = [["O"] * len(spans) for _, spans, _ in docs]
        for (d, s, _e, _c), path in zip(chunks, paths, strict=True):
            for i, j in enumerate(path.tolist()):
                doc_tags[d][s + i] = TAGS[j]
        out: list[list[Entity]] = []
        for (text, spans, matches), tags in zip(docs, doc_tags, strict=True):
            tokens = [t for t, _, _ in spans]
            ents: list[Entity] = []
            for typ, s, e, code in self._postprocess(tokens, bio_spans(tags), matches):
                start, end = spans[s][1], spans[e - 1][2]
                ents.append(Entity(text[start:end], typ, start, end, code))
            out.append(ents)
        return out

    def extract(self, text: object) -> list[Entity]:
        return self.extract_many([text])[0]


_ABBREV = frozenset("kab kec prov kel ds jl jln dr drs dra ir prof h hj st no sdr tn ny bpk "
                    "kh pt tbk cv rp ft mr mrs ms vs dll dsb tsb".split())
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
            if not (prev.lower() in _ABBREV or (len(prev) == 1 and prev.isupper())
                    or nxt[:1].islower() or nxt[:1].isdigit()):
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
    except Exception:  # pragma: no cover - defensive: never stop a batch
        return []


def extract_entities_many(texts: Sequence[object]) -> list[list[Entity]]:
    """:func:`extract_entities` for a batch (faster: one batched decode)."""
    try:
        return EntityTagger.load().extract_many(texts)
    except Exception:  # pragma: no cover - defensive: never stop a batch
        return [[] for _ in texts]


# --- training -----------------------------------------------------------------------------

TRAIN_FILES = ("ner/nergrit/train_preprocess.txt", "ner/nerp/train_preprocess.txt",
               "ner/idner-news-2k/train.txt")
VALID_FILES = ("ner/nergrit/valid_preprocess.txt", "ner/nerp/valid_preprocess.txt",
               "ner/idner-news-2k/dev.txt")


def _sentence_features(tokens: Sequence[str], gaz: Gazetteer, options: dict,
                       vocab: frozenset[int] = frozenset(),
                       use_gazetteer: bool = True) -> list[list[tuple[int, str]]]:
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
    matches = gaz.match_tokens(list(tokens)) if use_gazetteer else []
    extra = context_features(tokens, cased, matches, options)
    for i, ctx in enumerate(extra):
        out[i].extend((0, f) for f in _regime(cased, ctx))
    return out


def train_tagger(data: Path, out: Path = ARTIFACT, epochs: int = 10, seed: int = 13,
                 lowercase_copies: bool = False, min_count: int = 1,
                 bigrams: bool = True, method: str = "crf", c1: float = 0.05,
                 c2: float = 0.05, iterations: int = 150, char3: bool = False) -> dict:
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
        return _train_crf(sents, counts, gaz, options, vocab_arr, out, c1=c1, c2=c2,
                          iterations=iterations, lowercase_copies=lowercase_copies)
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
        encoded.append((np.asarray(rows, np.int32), np.asarray(starts, np.int32),
                        np.asarray([tag_id[t] for t in tags], np.int64)))
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
    history: list[dict] = []
    for epoch in range(epochs):
        rng.shuffle(order)
        errors = 0
        for idx in order.tolist():
            frows, fstarts, gold = encoded[idx]
            em = np.add.reduceat(W[frows], fstarts, axis=0).astype(np.float32)
            pred = viterbi_batch(em[None], (T + _MASK_T).astype(np.float32),
                                 (S + _MASK_S).astype(np.float32))[0]
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
    keys, weights, collisions = _export(
        (inv[j][0], inv[j][1], Wa[j]) for j in np.flatnonzero(keep).tolist())
    save_npz(out, {"keys": keys, "weights": weights, "trans": Ta.astype(np.float32),
                   "start": Sa.astype(np.float32), "vocab": vocab_arr})
    meta = {
        "name": MODEL_NAME, "version": MODEL_VERSION, "tags": list(TAGS), "method": method,
        "epochs": epochs,
        "seed": seed, "lowercase_copies": lowercase_copies, "options": options, "train_sentences": counts,
        "features": int(len(keys)), "collisions": collisions,
        "gazetteer": gaz.version, "history": history,
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


def _train_crf(sents: list[tuple[list[str], list[str]]], counts: dict[str, int],
               gaz: Gazetteer, options: dict, vocab_arr: np.ndarray, out: Path, c1: float,
               c2: float, iterations: int, lowercase_copies: bool) -> dict:
    import tempfile

    try:
        import pycrfsuite  # training-only dependency: python-crfsuite
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SystemExit("training the entity tagger needs python-crfsuite: "
                         "pip install python-crfsuite (inference does not)") from exc

    vocab = frozenset(vocab_arr.tolist())
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for toks, tags in sents:
        xseq = [[f"{o}|{f}" for o, f in feats]
                for feats in _sentence_features(toks, gaz, options, vocab)]
        trainer.append(pycrfsuite.ItemSequence(xseq), tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True, "feature.minfreq": 0})
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
        (int(attr.partition("|")[0]), attr.partition("|")[2], row)
        for attr, row in sorted(rows.items()))
    trans = np.zeros((k, k), np.float32)
    for (a, b), weight in info.transitions.items():
        trans[tag_id[a], tag_id[b]] = weight
    save_npz(out, {"keys": keys, "weights": weights, "trans": trans,
                   "start": np.zeros(k, np.float32), "vocab": vocab_arr})
    meta = {
        "name": MODEL_NAME, "version": MODEL_VERSION, "tags": list(TAGS), "method": "crf",
        "c1": c1, "c2": c2, "iterations": iterations, "lowercase_copies": lowercase_copies,
        "options": options, "train_sentences": counts, "features": int(len(keys)),
        "collisions": collisions, "gazetteer": gaz.version, "history": [],
    }
    save_json(out.with_suffix(".json"), meta)
    return {"path": str(out), "bytes": out.stat().st_size, **meta}


# --- evaluation ---------------------------------------------------------------------------

def entity_scores(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict:
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
