"""Text variation for the demo: slot templates, informal spelling, emojis, hashtags, slugs.

Every choice is drawn from the ``random.Random`` passed in, so output depends only on its seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from random import Random
from typing import Any

_SLOT = re.compile(r"\{([^{}]*)\}")

SLANG: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("yang", ("yg", "yg", "yang")),
    ("tidak", ("gak", "ga", "nggak", "tdk", "ngga")),
    ("sudah", ("udah", "udh", "dah", "sdh")),
    ("belum", ("blm", "belom")),
    ("sekali", ("bgt", "banget")),
    ("banget", ("bgt", "bangettt", "banget")),
    ("saja", ("aja", "aj")),
    ("bagaimana", ("gimana", "gmn")),
    ("dengan", ("dgn", "sama")),
    ("untuk", ("utk", "buat")),
    ("karena", ("krn", "karna", "soalnya")),
    ("kalau", ("kalo", "klo")),
    ("juga", ("jg", "juga")),
    ("lagi", ("lg", "lagi")),
    ("tolong", ("tlg", "tolongg", "tolong")),
    ("terima kasih", ("makasih", "mksh", "trims", "matur nuwun")),
    ("orang", ("org", "orang")),
    ("sekarang", ("skrg", "skrng", "sekarang")),
    ("bisa", ("bs", "bisa")),
    ("begitu", ("gitu",)),
    ("seperti", ("kayak", "kyk", "kek")),
    ("memang", ("emang",)),
    ("tapi", ("tp", "tapi")),
    ("dari", ("dr", "dari")),
    ("semua", ("smua", "semua")),
    ("kenapa", ("knp", "napa", "kenapa")),
    ("benar", ("bener", "bnr")),
    ("hanya", ("cuma", "cm")),
    ("sampai", ("sampe", "smp")),
    ("bapak", ("pak", "bpk")),
    ("mereka", ("mrk", "mereka")),
    ("sama", ("sm", "sama")),
    ("pemerintah", ("pemerintah", "pemda", "pmrnth")),
    ("informasi", ("info", "informasi")),
    ("sedang", ("lagi", "lg")),
    ("masih", ("msh", "masih")),
    ("jangan", ("jgn", "jangan")),
)  # fmt: skip
_SLANG_RE = [(re.compile(rf"\b{re.escape(w)}\b", re.IGNORECASE), alts) for w, alts in SLANG]

EMOJI = {
    "sad": ("😢", "😭", "🙏", "💔", "🥺", "😞"),
    "angry": ("😡", "🤬", "😤", "👎", "🙄", "💢"),
    "laugh": ("🤣", "😂", "😆", "🤭"),
    "good": ("👍", "🙌", "❤️", "👏", "🔥", "💯", "🥰"),
    "alert": ("⚠️", "🚨", "‼️", "❗"),
    "flood": ("🌧️", "🌊", "⛈️", "☔"),
    "money": ("💸", "💰", "🤑"),
    "pray": ("🤲", "🙏", "🤍"),
}


def slang(text: str, rng: Random, p: float = 0.6) -> str:
    """Informal spelling: abbreviations (yg, gak, udh, bgt ...) applied word by word with ``p``."""

    def sub(alts: tuple[str, ...]) -> Callable[[re.Match[str]], str]:
        def repl(match: re.Match[str]) -> str:
            if rng.random() >= p:
                return match.group(0)
            choice = rng.choice(alts)
            return choice.capitalize() if match.group(0)[:1].isupper() else choice

        return repl

    for pattern, alts in _SLANG_RE:
        text = pattern.sub(sub(alts), text)
    return text


def elongate(word: str, rng: Random) -> str:
    """``tolong`` -> ``tolonggg``; ``parah`` -> ``parahhh``."""
    n = rng.randint(1, 4)  # drawn first: the random stream must not depend on the word
    if len(word) < 4 or not word.isalpha():
        return word
    return word + word[-1] * n


def roughen(text: str, rng: Random, p: float = 0.6) -> str:
    """Slang, sometimes all lower case, an elongated last word, no final full stop."""
    text = slang(text, rng, p)
    r = rng.random()
    if r < 0.35:
        text = text.lower()
    elif r < 0.42:
        text = text.upper()
    if rng.random() < 0.25:
        words = text.rstrip(".!").split(" ")
        words[-1] = elongate(words[-1], rng)
        text = " ".join(words)
    if rng.random() < 0.5:
        text = text.rstrip(".")
    return text


def emojis(rng: Random, mood: str, most: int = 3) -> str:
    if not mood or rng.random() < 0.3:
        return ""
    pool = EMOJI[mood]
    first = rng.choice(pool)
    return " " + (
        first * rng.randint(1, most)
        if rng.random() < 0.5
        else "".join(rng.sample(pool, min(len(pool), rng.randint(1, most))))
    )


def fmt_int(n: int) -> str:
    """Indonesian thousands separator: 12345 -> '12.345'."""
    return f"{n:,}".replace(",", ".")


def expand(
    template: str,
    rng: Random,
    slots: Mapping[str, Any] | None = None,
    memo: dict[str, str] | None = None,
) -> str:
    """Fill a template: ``{a|b|c}`` picks one, ``{name}`` a slot (str, list or callable),
    ``{#10-99}`` an integer (with thousands dots), ``{~1-9}`` a decimal with a comma.

    With ``memo``, a slot or number filled once keeps its value (a title and its lead must
    name the same regency and the same figure); ``{a|b}`` choices stay independent."""
    slots = slots or {}
    for _ in range(40):
        match = _SLOT.search(template)
        if match is None:
            return template
        inner = match.group(1)
        if memo is not None and inner in memo:
            value = memo[inner]
        elif "|" in inner:
            value = rng.choice(inner.split("|"))
        elif inner[:1] in "#~" and "-" in inner[1:]:
            lo, hi = inner[1:].split("-", 1)
            if inner[0] == "#":
                value = fmt_int(rng.randint(int(lo), int(hi)))
            else:
                value = f"{rng.uniform(float(lo), float(hi)):.1f}".replace(".", ",")
        elif inner in slots:
            value = slots[inner]
            if callable(value):
                value = value(rng)
            elif isinstance(value, list | tuple):
                value = rng.choice(value)
            value = str(value)
        else:
            raise KeyError(f"unknown slot {{{inner}}} in template {template[:80]!r}")
        if memo is not None and "|" not in inner:
            memo[inner] = value
        template = template[: match.start()] + value + template[match.end() :]
    raise ValueError(f"template does not terminate: {template[:80]!r}")


def slugify(text: str, limit: int = 80) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:limit].rstrip("-")


def hashtags(rng: Random, tags: Sequence[str], p: float = 0.5, most: int = 2) -> str:
    if rng.random() >= p:
        return ""
    chosen = rng.sample(list(tags), min(len(tags), rng.randint(1, most)))
    return " " + " ".join(chosen)
