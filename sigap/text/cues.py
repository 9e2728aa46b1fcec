"""Crisis-type cues: words that say an issue concerns victims, safety, corruption, a disaster,
a data leak, violence, public order or a hoax (the situations SCCT groups into crisis clusters).

A cue is a signal for the escalation score, not a classification: "banjir" in a weather
report counts as a disaster cue too. Matching is on lower-cased text with word boundaries.
"""

from __future__ import annotations

import re

#: cluster → words and phrases (Indonesian, with common informal spellings)
CUES: dict[str, tuple[str, ...]] = {
    "korban": (
        "korban jiwa",
        "korban meninggal",
        "meninggal dunia",
        "tewas",
        "luka-luka",
        "luka berat",
        "hilang terseret",
        "pengungsi",
        "mengungsi",
        "korban",
    ),
    "keselamatan": (
        "kecelakaan",
        "kebakaran",
        "ledakan",
        "keracunan",
        "ambruk",
        "roboh",
        "tenggelam",
        "evakuasi",
    ),
    "bencana": (
        "banjir",
        "banjir bandang",
        "tanggul jebol",
        "longsor",
        "tanah longsor",
        "gempa",
        "tsunami",
        "erupsi",
        "puting beliung",
        "kekeringan",
        "rob",
        "tanggap darurat",
        "status awas",
    ),
    "korupsi": (
        "korupsi",
        "suap",
        "pungli",
        "pungutan liar",
        "gratifikasi",
        "ott",
        "mark up",
        "markup",
        "penyelewengan",
        "penggelapan",
        "kpk",
        "kejaksaan",
        "tersangka",
    ),
    "kebocoran_data": (
        "kebocoran data",
        "data bocor",
        "bocor data",
        "peretasan",
        "diretas",
        "ransomware",
        "data pribadi",
        "akun dibajak",
        "dibajak",
    ),
    "kekerasan": (
        "ricuh",
        "kericuhan",
        "bentrok",
        "bentrokan",
        "gas air mata",
        "anarkis",
        "penjarahan",
        "kerusuhan",
        "pembakaran",
        "dianiaya",
        "penganiayaan",
        "pengeroyokan",
        "tawuran",
    ),
    "ketertiban": ("ditangkap", "diamankan polisi", "blokade", "memblokade"),
    "hoaks": ("hoaks", "hoax", "kabar bohong", "disinformasi", "penipuan", "tautan palsu"),
}

#: Clusters that name harm (victims, safety, disaster, violence, corruption, a data leak): a
#: crisis needs them. Public order without violence and hoaxes alone do not make one.
SEVERE = frozenset({"korban", "keselamatan", "bencana", "kekerasan", "korupsi", "kebocoran_data"})

_PATTERNS = {
    cluster: re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)"
    )
    for cluster, words in CUES.items()
}


def find_cues(text: str) -> list[str]:
    """The cue clusters present in ``text``, in CUES order."""
    lowered = text.lower()
    return [cluster for cluster, pattern in _PATTERNS.items() if pattern.search(lowered)]


def is_severe(clusters: list[str] | tuple[str, ...]) -> bool:
    """Whether the cue clusters found name harm (see ``SEVERE``)."""
    return any(c in SEVERE for c in clusters)
