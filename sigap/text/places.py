"""Whether a region name in a text names a place: context rules for the gazetteer.

Many Indonesian region names are also ordinary words: ``puncak`` (peak; Kabupaten Puncak),
``batu`` (stone; Kota Batu), ``batu bara`` (coal), ``malang`` (unlucky), ``padang``
(field), ``tanah laut`` (land and sea), ``pesisir selatan`` (the south coast).
:mod:`sigap.text.regions` links such a name written bare (no ``Kabupaten``/``Kota``
prefix) only when the text gives **evidence** that it is a place here
(:func:`apply_context`):

1. a regional office, a title or a cue word names it: ``Pemkab Puncak``, ``BPBD Batu``,
   ``Bupati Pati``, ``warga Padang``, ``Gempa Guncang Padang``, ``Medan dilanda banjir``
   (any case);
2. it is followed by a region that contains it: ``Puncak Jaya, Papua Tengah``,
   ``Batu (Jawa Timur)``; a province split since 2022 still counts (``Papua`` for
   Puncak Jaya, now in Papua Tengah);
3. it is written with a capital *as a name*: in a sentence written with case, not
   the first word of its sentence (or line, or after ``:``, a quote, an emoji, ``#``),
   not glued to another capitalised word (``Puncak Mandala``, ``Bengawan Solo``: part of
   a longer name), and the sentence is not in Title Case (most of its words
   capitalised) or ALL CAPS;
   in a Title Case line, ``di``/``ke``/``dari`` right before it is evidence;
4. the same region has evidence elsewhere in the text (one sense per text).

A sentence-initial capital, a Title Case headline or ALL-CAPS text is not evidence.
Any bare name (ambiguous or not) right after a geographic feature, a road or a village
(``Sungai Kapuas``, ``Danau Toba``, ``Pulau Nias``, ``Jalan Raya Bogor``, ``Desa Batu``)
is part of that feature's name and is not linked; an ambiguous name right before a
region that does not contain it (``Puncak Bogor``) is a local place of that region, and a
name that needs a capital right after a region that neither contains it nor lies in it
(``Kota Bogor Bima Arya``) is no second place: neither is linked. Bare district names
are linked when written right before their regency (``Karanganyar Demak``, ``Kuta,
Badung``).

Which names are ambiguous: :data:`AMBIGUOUS_NAMES`, derived from the gazetteer against
word frequencies in running text (:func:`derive_ambiguous_names`), then reviewed.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, cast

from sigap.text import MODELS_DIR
from sigap.text.entities_bio import read_bio
from sigap.text.entities_features import is_cased
from sigap.text.regions_tokens import _TOKEN

__all__ = [
    "AMBIGUOUS_NAMES",
    "CAPITAL_NAMES",
    "DERIVED_AMBIGUOUS",
    "apply_context",
    "case_context",
    "contains",
    "derive_ambiguous_names",
]

DERIVED_AMBIGUOUS = frozenset(
    {
        "balikpapan",
        "banjar",
        "banjar baru",
        "batang",
        "batu",
        "batu bara",
        "bau bau",
        "bone",
        "bukit tinggi",
        "buru",
        "buru selatan",
        "dki",
        "gunung mas",
        "hulu sungai selatan",
        "hulu sungai tengah",
        "hulu sungai utara",
        "jogjakarta",
        "karo",
        "kendal",
        "lima puluh kota",
        "metro",
        "pagar alam",
        "palu",
        "pegunungan bintang",
        "pesisir barat",
        "pesisir selatan",
        "pulang pisau",
        "puncak",
        "puncak jaya",
        "solo",
        "subang",
        "sulsel",
        "sungai penuh",
        "tanah bumbu",
        "tanah datar",
        "tanah laut",
        "tebing tinggi",
        "tulang bawang",
        "tulang bawang barat",
        "way kanan",
    }
)
"""Output of :func:`derive_ambiguous_names` on the training data (train/validation parts; docs/text-pipeline.md)
and the shipped lexicon: bare region names all of whose words are ordinary words used as
such in running text. Re-derive with ``python -m sigap.text.places [DATA_DIR]``."""

NOT_AMBIGUOUS = frozenset({"balikpapan", "dki", "jogjakarta", "sulsel", "bone", "kendal", "way kanan"})
"""Reviewed out of the derived list: names, abbreviations and spellings that the corpora
show in lower case only because of unannotated or lower-cased place mentions."""

ALSO_AMBIGUOUS = frozenset(
    {
        "malang",
        "medan",
        "padang",
        "kudus",
        "pati",
        "serang",
        "landak",
        "ketapang",
        "kuningan",
        "intan jaya",
        "empat lawang",
        "murung raya",
    }
)
"""Reviewed in: frequent ordinary words (unlucky, field, holy, starch, attack, porcupine,
a tree, brass, diamond...) that the small cased corpora under-count."""

AMBIGUOUS_NAMES = (DERIVED_AMBIGUOUS - NOT_AMBIGUOUS) | ALSO_AMBIGUOUS
"""Bare names that need evidence of being a place (see the module docstring)."""

CAPITAL_NAMES = frozenset(
    {
        "bone",
        "tual",
        "toba",
        "sigi",
        "lingga",
        "agam",
        "bima",
        "aru",
        "alor",
        "ende",
        "paser",
        "lebak",
        "malaka",
        "sabang",
        "asmat",
        "muna",
        "solok",
        "belu",
        "sula",
        "siak",
        "kampar",
        "tebo",
        "barru",
        "poso",
        "buol",
        "berau",
        "kapuas",
        "nias",
        "kendal",
        "tegal",
        "bangli",
        "natuna",
        "kotabaru",
        "teluk bintuni",
        "merangin",
        "mimika",
        "sarmi",
        "mappi",
        "nduga",
        "supiori",
        "way kanan",
        "tapin",
        "bungo",
        "kaur",
        "lahat",
        "lebong",
        "seluma",
        "dairi",
    }
)
"""Bare names that are also first names or rare words: they need a capital letter. Names
that are ordinary words need evidence from the context instead
(:data:`AMBIGUOUS_NAMES`)."""

NEEDS_CAPITAL, NEEDS_CONTEXT = 1, 2

PAPUA_SPLITS = {"91": ("93", "94", "95"), "92": ("96",)}
"""Provinces split in 2022: Papua -> Papua Selatan, Papua Tengah, Papua Pegunungan;
Papua Barat -> Papua Barat Daya. Texts still name the old province."""

CUES = frozenset(
    """
bupati wabup walikota walkot camat kapolres kapolresta dandim kajari sekda warga penduduk
guncang mengguncang landa melanda rendam merendam terjang menerjang guyur mengguyur kepung
mengepung
""".split()
)
"""Words right before a bare name that say it is a place: titles of regional offices,
residents, and the verbs of disaster news that take a place as object (``Gempa Guncang
Padang``); regional offices themselves (Pemkab, BPBD, Polres...) are gazetteer bodies."""
CUES_AFTER = frozenset(
    """
dilanda diguncang diguyur diterjang direndam terendam kebanjiran dikepung banjir
""".split()
)
"""Words right after a bare name that say it is a place: disaster news with the place as
subject (``Padang diguncang gempa``, ``Medan banjir lagi``)."""

FEATURES = frozenset("sungai danau pulau gunung teluk selat pantai istana".split())
"""A bare name right after one of these words is part of a feature's name (any case)."""
FEATURES_CAPITAL = frozenset("kali jalan jl jln gang gg bukit desa kelurahan dusun kampung".split())
"""The same, but only when written with a capital (``Kali Semarang``, ``Desa Batu``; not
``tiga kali``)."""
ROADS = frozenset("jalan jl jln".split())

_PREPOSITIONS = frozenset("di ke dari".split())
_ADVERBS = frozenset("kembali lagi masih sempat juga pun kini".split())
_SOFT = frozenset({",", "-", "–", "/", "&", "+", "(", ")", "'", "’"})
"""Punctuation that does not start a new sentence part (``Semarang-Demak``, ``(Papua)``)."""
_HARD = frozenset(".!?…")


def contains(outer: str, inner: str) -> bool:
    """Whether region ``outer`` contains region ``inner`` (codes; province splits count)."""
    if len(outer) >= len(inner):
        return False
    if inner.startswith(outer + "."):
        return True
    return len(outer) == 2 and inner[:2] in PAPUA_SPLITS.get(outer, ())


def _is_word(tok: str) -> bool:
    return tok[:1].isalnum()


def case_context(
    tokens: Sequence[str], starts: Iterable[int] = (), names: frozenset[int] | set[int] = frozenset()
) -> tuple[list[bool], list[str]]:
    """Per token: whether it opens its sentence part (first word after a sentence end, a
    line start in ``starts``, ``:``, a quote, an emoji, ``#``...), and the case regime of
    its sentence: ``"cased"``, ``"title"`` (Title Case: at least 2 words after the first,
    not counting the positions in ``names`` (matched names), acronyms and words of one or
    two letters, and 75 % of them capitalised) or ``"upper"`` (no lower-case letter; also
    all-lower-case text, where there is no capital to read)."""
    n = len(tokens)
    line_starts = set(starts)
    initial = [False] * n
    regime = ["upper"] * n
    seg_start = 0
    fresh = True
    for i in range(n + 1):
        end = i == n or (i > seg_start and (i in line_starts or tokens[i - 1] in _HARD))
        if end and i > seg_start:
            _set_regime(tokens, seg_start, i, initial, regime, names)
            seg_start = i
            fresh = True
        if i == n:
            break
        tok = tokens[i]
        if i in line_starts:
            fresh = True
        if _is_word(tok):
            initial[i] = fresh
            fresh = False
        elif tok not in _SOFT:
            fresh = True
    return initial, regime


def _set_regime(
    tokens: Sequence[str], s: int, e: int, initial: list[bool], regime: list[str], names: frozenset[int] | set[int]
) -> None:
    words = [t for t in tokens[s:e] if t[:1].isalpha()]
    has_lower = any(ch.islower() for t in words for ch in t)
    has_upper_inside = any(t[:1].isupper() for i, t in enumerate(tokens[s:e], s) if t[:1].isalpha() and not initial[i])
    if not has_lower or not has_upper_inside:
        value = "upper" if not has_lower or not any(t[:1].isupper() for t in words) else "cased"
    else:
        inner = [
            t
            for i, t in enumerate(tokens[s:e], s)
            if t[:1].isalpha() and len(t) >= 3 and not initial[i] and not t.isupper() and i not in names
        ]
        caps = sum(1 for t in inner if t[:1].isupper())
        value = "title" if len(inner) >= 2 and caps >= 0.75 * len(inner) else "cased"
    for i in range(s, e):
        regime[i] = value


def capital_evidence(
    tokens: Sequence[str], i: int, end: int, initial: Sequence[bool], regime: Sequence[str], names: Iterable[int] = ()
) -> bool:
    """Rule 3: the bare name at ``[i, end)`` is capitalised as a name. In a sentence with
    case it must not be glued to another capitalised word that is not a place name
    (``Puncak Mandala``, ``Bengawan Solo``, ``Menara Kudus``: part of a longer name)."""
    tok = tokens[i]
    if not tok[:1].isupper():
        return False
    if regime[i] == "cased":
        if initial[i]:
            return False
        glued = [
            j
            for j in (i - 1, end)
            if 0 <= j < len(tokens)
            and j not in names
            and tokens[j][:1].isupper()
            and tokens[j][:1].isalpha()
            and not tokens[j].isupper()  # shouting and acronyms do not glue
            and not (j == i - 1 and initial[j] and tokens[j].lower() in CUES)
        ]
        return not glued
    if regime[i] == "title" and i > 0:
        return tokens[i - 1].lower() in _PREPOSITIONS
    return False


def cue_before(lower: Sequence[str], i: int) -> bool:
    """Rule 1: a cue word right before position ``i`` (:data:`CUES`)."""
    return i > 0 and lower[i - 1] in CUES


def cue_after(lower: Sequence[str], end: int) -> bool:
    """Rule 1: a cue word right after a name ending at ``end`` (:data:`CUES_AFTER`),
    possibly after one adverb (``Medan kembali dilanda banjir``)."""
    if end < len(lower) and lower[end] in _ADVERBS:
        end += 1
    return end < len(lower) and lower[end] in CUES_AFTER


def feature_before(tokens: Sequence[str], lower: Sequence[str], i: int, end: int) -> bool:
    """A geographic feature or a road right before the name at ``[i, end)``."""
    if i == 0:
        return False
    prev = lower[i - 1]
    if prev in FEATURES:
        return True
    if prev == "raya" and i > 1 and lower[i - 2] in ROADS:
        return True
    if prev in FEATURES_CAPITAL and tokens[i - 1][:1].isupper():
        if prev in ROADS and end < len(lower) and lower[end] in ("-", "–", "ke"):
            return False  # Jalan Semarang-Demak: the road between two places
        return True
    return False


def apply_context(
    raw: list[list[Any]],
    tokens: Sequence[str],
    lower: Sequence[str],
    starts: Iterable[int],
    district_before: Callable[[Sequence[str], int, Sequence[str]], tuple[int, list[str]] | None],
) -> list[list[Any]]:
    """The context rules over the gazetteer's raw matches, left to right:
    ``[start, end, kind, candidate codes, explicit, body name, needs]`` (needs: 0 nothing,
    :data:`NEEDS_CAPITAL` a capital that it has, :data:`NEEDS_CONTEXT` evidence).
    Drops bare names after a feature, adds districts written before their regency, clears
    the flag of an ambiguous name with evidence (and narrows its candidates to the
    evidence); ambiguous names left without evidence keep the flag (*weak* matches: the
    gazetteer drops them; the entity tagger may still call them places)."""
    if not raw:
        return raw
    ctx: list[tuple[list[bool], list[str]]] = []

    def case() -> tuple[list[bool], list[str]]:
        if not ctx:
            names = {i for entry in raw for i in range(entry[0], entry[1])}
            ctx.append(case_context(tokens, starts, names))
        return ctx[0]

    kept: list[list[Any]] = []
    for entry in raw:
        s, e, kind, cands, explicit = entry[:5]
        if kind == "region" and not explicit and feature_before(tokens, lower, s, e):
            continue
        prev = kept[-1] if kept else None
        if (
            entry[6]
            and prev is not None
            and prev[1] == s
            and prev[2] == "region"
            and not any(contains(a, b) or contains(b, a) for a in prev[3] for b in cands)
        ):
            continue  # Kota Bogor Bima (Arya): not a second place
        if kind == "region" and cands and all(len(c) == 5 for c in cands):
            end = s - 1 if s > 0 and tokens[s - 1] == "," else s
            found = district_before(lower, end, cands)
            if found is not None:
                length, codes = found
                ds = end - length
                prev = kept[-1] if kept else None
                free = prev is None or prev[1] <= ds
                same = prev is not None and prev[2] == "region" and not prev[4] and prev[0] == ds and prev[1] == end
                initial, regime = case()
                written = regime[ds] != "cased" or tokens[ds][:1].isupper()
                if (free or same) and written:
                    if same:
                        kept.pop()
                    kept.append([ds, end, "region", codes, False, None, 0])
                    entry[3] = [c for c in cands if any(d.startswith(c + ".") for d in codes)]
        kept.append(entry)
    if not any(entry[6] == NEEDS_CONTEXT for entry in kept):
        return kept
    accepted: set[str] = set()
    for entry in kept:
        if entry[6] != NEEDS_CONTEXT:
            accepted.update(entry[3])
    names_at = {i for entry in kept for i in range(entry[0], entry[1])}
    rejected: set[int] = set()
    pending: list[int] = []
    for k, entry in enumerate(kept):
        if entry[6] != NEEDS_CONTEXT:
            continue
        s, e, _kind, cands = entry[:4]
        evidence = cue_before(lower, s) or cue_after(lower, e)
        nxt = kept[k + 1] if k + 1 < len(kept) else None
        adjacent = nxt is not None and nxt[0] == e
        after_comma = nxt is not None and nxt[0] == e + 1 and tokens[e] in (",", "(")
        if nxt is not None and (adjacent or after_comma) and nxt[2] == "region" and nxt[3]:
            inside = [c for c in cands if any(contains(o, c) for o in nxt[3])]
            if inside:
                evidence = True
                entry[3] = inside
            elif adjacent and not evidence:
                rejected.add(k)  # Puncak Bogor: a local place of another region
                continue
        if not evidence:
            initial, regime = case()
            evidence = capital_evidence(tokens, s, e, initial, regime, names_at)
        if evidence:
            entry[6] = NEEDS_CAPITAL
            accepted.update(entry[3])
        else:
            pending.append(k)
    for k in pending:  # one sense per text: the region has evidence elsewhere
        entry = kept[k]
        same = [c for c in entry[3] if c in accepted]
        if same:
            entry[3] = same
            entry[6] = NEEDS_CAPITAL
    return [entry for k, entry in enumerate(kept) if k not in rejected]


# --- deriving the list ----------------------------------------------------------------------

NER_FILES = (
    "ner/nergrit/train_preprocess.txt",
    "ner/nergrit/valid_preprocess.txt",
    "ner/nerp/train_preprocess.txt",
    "ner/nerp/valid_preprocess.txt",
    "ner/idner-news-2k/train.txt",
    "ner/idner-news-2k/dev.txt",
)
CASED_FILES = ("keyphrase/keps/train_preprocess.txt",)
CASED_CSV = (
    ("sentiment/indolem/train0.csv", "sentence"),
    ("sentiment/indolem/dev0.csv", "sentence"),
    ("emotion/emot/train_preprocess.csv", "tweet"),
    ("emotion/emot/valid_preprocess.csv", "tweet"),
)
ROOT_WORDS = "lexicon/nlp-bahasa-resources/combined_root_words.txt"


def derive_ambiguous_names(
    data: Path, names: Iterable[tuple[str, ...]], lexicon_words: dict[str, int] | None = None
) -> list[str]:
    """Bare region names (token tuples) all of whose words are ordinary words in running
    text. A word is ordinary when it is in the root-word dictionary or the normaliser's
    word counts (``models/lexicon.json``, count >= 2), **and** the corpora in ``data``
    (train/validation parts only) show it used as a common word: written in lower case
    mid-sentence in a sentence with case at least twice and in >= 25 % of its
    mid-sentence uses (NERGrit, idner-news-2k, KEPS, IndoLEM, EmoT), or tagged outside
    any entity in the NER sets at least twice and in >= 30 % of its uses."""
    data = Path(data)
    root = {w.strip().lower() for w in (data / ROOT_WORDS).read_text(encoding="utf-8").splitlines() if w.strip()}
    dictionary = root | {w for w, c in (lexicon_words or {}).items() if c >= 2}
    sentences: list[list[str]] = []
    outside: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for rel in NER_FILES:
        for toks, tags in read_bio(data / rel):
            if "nerp" not in rel:
                sentences.append(toks)
            for tok, tag in zip(toks, tags, strict=True):
                (outside if tag == "O" else inside)[tok.lower()] += 1
    for rel in CASED_FILES:
        current: list[str] = []
        for line in (data / rel).read_text(encoding="utf-8").splitlines():
            if line.strip():
                current.append(line.split("\t")[0])
            elif current:
                sentences.append(current)
                current = []
    for rel, column in CASED_CSV:
        with (data / rel).open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                for part in re.split(r"(?<=[.!?])\s+|\n", row.get(column) or ""):
                    sentences.append([m.group() for m in _TOKEN.finditer(part)])
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for toks in sentences:
        if not is_cased(toks):
            continue
        for i, tok in enumerate(toks):
            if i == 0 or not tok.isalpha() or toks[i - 1] in (".", "!", "?", ":", '"', "'"):
                continue
            if tok.islower():
                lower[tok] += 1
            elif tok[:1].isupper() and not tok.isupper():
                upper[tok.lower()] += 1

    def ordinary(word: str) -> bool:
        if word not in dictionary:
            return False
        lo, up = lower[word], upper[word]
        out, ins = outside[word], inside[word]
        return (lo >= 2 and lo >= 0.25 * (lo + up)) or (out >= 2 and out >= 0.3 * (out + ins))

    return sorted(" ".join(key) for key in set(names) if key and all(map(ordinary, key)))


def _lexicon_words() -> dict[str, int]:
    return cast(dict[str, int], json.loads((MODELS_DIR / "lexicon.json").read_text(encoding="utf-8"))["words"])


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m sigap.text.places [DATA_DIR]``: print the derived list and how it
    differs from :data:`DERIVED_AMBIGUOUS`."""
    import sys

    # local: regions imports this module (and train imports regions)
    from sigap.text.regions import Gazetteer
    from sigap.text.train import DEFAULT_DATA

    args = list(sys.argv[1:] if argv is None else argv)
    data = Path(args[0]) if args else DEFAULT_DATA
    gaz = Gazetteer.load()
    names = [
        key
        for key, values in gaz._region_keys.table.items()
        if any(not v.explicit and len(v.code) <= 5 for v in values)
    ]
    derived = derive_ambiguous_names(data, names, _lexicon_words())
    print(" ".join(derived))
    print("added:", sorted(set(derived) - DERIVED_AMBIGUOUS))
    print("gone:", sorted(DERIVED_AMBIGUOUS - set(derived)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
