"""How text becomes search tokens, the same for a query, a document and the search indexes
(lower case, no diacritics, split on every character that is not a letter or a digit).

Shared by the parser (query words) and the matcher (documents); kept apart so that both use
one definition.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["Tokens", "index_text", "tokenize"]

_WORD = re.compile(r"[^\W_]+")  # letters and digits; "_" separates, as in FTS5 and PostgreSQL


def _fold_table() -> dict[int, str | None]:
    """What FTS5 unicode61 with remove_diacritics=2 does beyond lower case: it drops the
    combining diacritics in its bitmap, folds precomposed Latin letters to their ASCII base
    (é -> e, ễ -> e; not Cyrillic й or Greek ά), and case-folds a few letters str.lower() keeps."""
    diacritics = [0x300 + i for i in range(50) if 0x000361F8_08029FDF >> i & 1]
    table: dict[int, str | None] = dict.fromkeys(diacritics)
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(code).lower())
        if len(base) > 1 and base[0].isascii() and all(ord(c) in table for c in base[1:]):
            table[code] = base[0]
    table.update({ord(k): v for k, v in zip("µſẛςϐϑϕϖϰϱϵ\u1fbe", "μssσβθφπκρε\u03b9", strict=True)})
    # Letters in Python's Unicode but separators in SQLite's older tables; and the "other
    # numbers" (² ½ ①) that PostgreSQL's parser skips (scanning the BMP takes ~10 ms).
    table.update(dict.fromkeys([*range(0x19B0, 0x19C1), 0x19C8, 0x19C9, 0x1CF2, 0x1CF3], " "))
    table.update(dict.fromkeys((c for c in range(0x10000) if unicodedata.category(chr(c)) == "No"), " "))
    return table


_FOLD = _fold_table()


def tokenize(text: str) -> list[str]:
    """Split text into the search tokens both indexes produce: letters/digits, lower case,
    without diacritics ("Kafé Éropa, covid-19" -> ["kafe", "eropa", "covid", "19"])."""
    text = text.lower()
    if not text.isascii():
        text = text.translate(_FOLD)
    return _WORD.findall(text)


def index_text(text: str) -> str:
    """The tokens joined by spaces. Index this (not the raw text) to get exactly the Python
    tokenization in PostgreSQL (``to_tsvector('simple', index_text(body))``) or FTS5."""
    return " ".join(tokenize(text))


class Tokens:
    """A document tokenized once, then matched against any number of watchlists."""

    __slots__ = ("words", "unique", "_joined")

    def __init__(self, text: str) -> None:
        self.words: list[str] = tokenize(text)
        self.unique: frozenset[str] = frozenset(self.words)
        self._joined: str | None = None

    @property
    def joined(self) -> str:
        """The tokens between single spaces, padded with one space at each end. Tokens
        contain no spaces, so prefixes and phrases become substring searches (C speed)."""
        if self._joined is None:
            self._joined = " " + " ".join(self.words) + " "
        return self._joined
