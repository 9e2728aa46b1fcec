"""Word features of the entity tagger and how it reads capitals
(:mod:`sigap.text.entities`): per-word feature strings, gazetteer and context features,
whether a sentence is written with case, and *shouting* (ALL-CAPS ordinary words such as
``TOLONG``, ``JEBOL``, ``MOHON BANTUAN``, which are no names)."""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sigap.text import MODELS_DIR
from sigap.text.regions_records import TokenMatch

TITLES = frozenset(
    """
bupati wabup gubernur wagub presiden wapres menteri menko wamen walikota wali wakil ketua
kepala kapolda kapolres kapolri kapolsek wakapolri panglima pangdam dandim danrem pak bu
bapak ibu sdr saudara saudari dr drs dra ir prof h hj kh jenderal kombes akbp akp brigjen
irjen komjen letjen mayjen marsekal laksamana kolonel letkol mayor kapten camat lurah kades
sekda direktur dirut jubir juru anggota politikus politisi kader tersangka terdakwa sang
mantan almarhum gus kiai ustaz ustadz habib syekh raja ratu sultan pangeran kak mbak mas
om tante sekjen bendahara pj plt plh kajati kajari kadis kadinkes kalaksa kabid kasubag
""".split()
)

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


def word_features(
    tok: str,
    cased: bool,
    name_tokens: frozenset[str],
    vocab: frozenset[int] = frozenset(),
    options: dict[str, Any] | None = None,
) -> list[list[str]]:
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
        core.extend(sorted({f"c3:{lw[i : i + 3]}" for i in range(1, len(lw) - 3)}))
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


def context_features(
    tokens: Sequence[str], cased: bool, matches: Sequence[TokenMatch], options: dict[str, Any]
) -> list[list[str]]:
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


# --- capitals and shouting ---------------------------------------------------------------

_FUNCTION_WORDS = frozenset(
    "yang dari untuk dengan pada oleh atau dalam akan bagi para agar serta saat jadi demi usai soal".split()
)
SHOUT_WORDS = frozenset(
    "breaking viral hoaks hoax urgent update info tolong help please darurat waspada penting cek "
    "news alert fyi innalillahi alhamdulillah masyaallah astaghfirullah subhanallah insyaallah aamiin "
    # three letters: only these, as most three-letter capitals are acronyms (KPK, TNI, DPR)
    "wow nih otw gan yuk yok sih deh lho aja gak ayo dah duh yah wah btw omg lol".split()
)
"""Shout words that the root-word dictionary and the lexicon may miss (English, new
words, exclamations); the only three-letter words that can be shouted."""
_SUFFIXES = ("nya", "kan", "lah", "kah", "an", "i", "mu", "ku")
_PREFIXES = (
    ("meng", ""),
    ("meng", "k"),
    ("meny", "s"),
    ("mem", ""),
    ("mem", "p"),
    ("men", ""),
    ("men", "t"),
    ("me", ""),
    ("peng", ""),
    ("peny", "s"),
    ("pem", ""),
    ("pen", ""),
    ("pe", ""),
    ("ber", ""),
    ("per", ""),
    ("be", ""),
    ("ter", ""),
    ("di", ""),
    ("ke", ""),
    ("se", ""),
)


def _stems(word: str) -> list[str]:
    """The word and rough stems of it (common suffixes and prefixes removed)."""
    forms = [word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.append(word[: -len(suffix)])
    for form in list(forms):
        for prefix, back in _PREFIXES:
            if form.startswith(prefix) and len(form) - len(prefix) >= 3:
                forms.append(back + form[len(prefix) :])
    return forms


_VOWELS = frozenset("aeiou")
_ONSETS = frozenset("ny ng kh sy tr pr br bl kl gr dr st sp sk sl sw pl fl fr cr gl kr tw str".split())
_CODAS = frozenset("ng nk st ks nt rt rs rd ld nd lm rk ns".split())


def looks_like_word(word: str) -> bool:
    """Whether a lower-case word can be pronounced as an Indonesian (or English) word: no
    odd consonant cluster at its start or end (``bumn``, ``bpjs``, ``pdam`` are acronyms)."""
    if not word.isalpha() or not any(ch in _VOWELS for ch in word):
        return False
    i = 0
    while word[i] not in _VOWELS:
        i += 1
    j = len(word)
    while word[j - 1] not in _VOWELS:
        j -= 1
    onset, coda = word[:i], word[j:]
    return (len(onset) <= 1 or onset in _ONSETS) and (len(coda) <= 1 or coda in _CODAS)


def expands(acronym: str, following: Sequence[str]) -> bool:
    """Whether the capitalised words after an ALL-CAPS word spell it out, as ``PETA
    Pembela Tanah Air``: the words start with its first letter and hold its letters in
    order. ``TOLONG Pemkot Semarang`` and ``PERHATIAN Pemkot`` do not."""
    words: list[str] = []
    for w in following[: len(acronym) + 2]:
        if not w[:1].isupper() or w.isupper():
            break
        words.append(w.lower())
    joined = "".join(words)
    letters = iter(joined)
    return bool(joined) and joined[0] == acronym[0].lower() and all(ch in letters for ch in acronym.lower())


@lru_cache(maxsize=1)
def common_words() -> tuple[dict[str, str], dict[str, int]]:
    """The normaliser's slang map and word counts (``models/lexicon.json``): informal
    words and words in common use, to recognise shouted words the root-word list lacks."""
    try:
        data = json.loads((MODELS_DIR / "lexicon.json").read_text(encoding="utf-8"))
        return dict(data.get("slang", {})), dict(data.get("words", {}))
    except (OSError, ValueError):  # pragma: no cover - artifact missing: root words only
        return {}, {}


_VERB_SUFFIXES = ("kan", "i")
_VERB_PREFIXES = ("meng", "meny", "mem", "men", "me", "di", "ber", "ter")


def verb_stems(word: str) -> list[str]:
    """Stems of four letters or more left by verb affixes (``hadiri`` -> ``hadir``,
    ``resmikan`` -> ``resmi``); names seldom end in them, unlike ``per-`` (Permana)."""
    forms = [word[: -len(x)] for x in _VERB_SUFFIXES if word.endswith(x)]
    forms += [word[len(x) :] for x in _VERB_PREFIXES if word.startswith(x)]
    return [f for f in forms if len(f) >= 4]


def _quiet(tokens: Sequence[str], shout: dict[int, int]) -> list[str]:
    """The tokens as the tagger should read them: shouted words in a sentence with case
    are read in lower case (``JEBOL`` -> ``jebol``), as the ordinary words they are."""
    if not shout:
        return list(tokens)
    return [t.lower() if shout.get(i) == 1 else t for i, t in enumerate(tokens)]


def _unshout(typ: str, s: int, e: int, shout: dict[int, int] | None) -> list[tuple[int, int]]:
    """An entity's span without shouted words: removed anywhere (mode 1) or, in ALL-CAPS
    sentences, at the edges of places and organisations (modes 2 and 3) and of people
    (mode 3, verbs: ``YASIN HADIRI`` -> ``YASIN``)."""
    if not shout:
        return [(s, e)]
    if any(shout.get(i) == 1 for i in range(s, e)):
        parts: list[tuple[int, int]] = []
        a = s
        for i in range(s, e + 1):
            if i == e or shout.get(i) == 1:
                if i > a:
                    parts.append((a, i))
                a = i + 1
        return parts
    edge = (3,) if typ == "PER" else (2, 3)
    while s < e and shout.get(s) in edge:
        s += 1
    while e > s and shout.get(e - 1) in edge:
        e -= 1
    return [(s, e)] if e > s else []
