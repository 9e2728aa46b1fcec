"""Strip personal data from a text before it is published (the PPID's open archive).

What goes: NIK (16 digits, also written in groups of four), telephone numbers (0…, 62…, +62…),
e-mail addresses, and the requester's own name and address as stored on the request. Parts of the
address are removed only where they hold a digit (street and number, RT/RW): a bare place name such
as "Demak" is also the public body's name and must stay readable.

Pure: no Django. The officer still reads and may edit the result before it is published.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

__all__ = ["REMOVED", "redact_personal_data"]

REMOVED: Final = "[data pribadi dihapus]"

EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NIK: Final = re.compile(r"(?<![\d])\d{4}[ .-]?\d{4}[ .-]?\d{4}[ .-]?\d{4}(?![\d])")
# 0812-3456-7890, +62 812 3456 7890, (024) 3546 789: a national prefix and 8 to 13 more digits.
PHONE: Final = re.compile(r"(?<![\w+])(?:(?:\+62|62|0)(?:[ .-]?\d){8,13}|\(0\d{2,3}\)(?:[ .-]?\d){5,8})(?![\d])")
# Words of a name too common to remove on their own (they stay when the whole name is not written).
NAME_STOPWORDS: Final = frozenset({"bin", "binti", "dan", "the", "van", "von", "der", "de"})


def _loose(text: str) -> str:
    """A pattern for ``text`` whatever the case and the spacing between its words."""
    return r"\s+".join(re.escape(word) for word in text.split())


def _phrases(name: str, addresses: Iterable[str]) -> list[str]:
    phrases = [name.strip()] if name.strip() else []
    phrases += [w for w in re.findall(r"[^\W\d_]{3,}", name) if w.lower() not in NAME_STOPWORDS]
    for address in addresses:
        address = " ".join(address.split())
        if not address:
            continue
        phrases.append(address)
        phrases += [part.strip() for part in re.split(r"[,\n;]", address) if any(c.isdigit() for c in part)]
    # Longest first, so a full name goes before its single words.
    return sorted({p for p in phrases if p}, key=len, reverse=True)


def redact_personal_data(text: str, *, name: str = "", addresses: Iterable[str] = ()) -> str:
    """``text`` with NIK, telephone numbers, e-mail addresses, ``name`` and ``addresses`` replaced by REMOVED."""
    text = EMAIL.sub(REMOVED, text)
    text = NIK.sub(REMOVED, text)
    text = PHONE.sub(REMOVED, text)
    for phrase in _phrases(name, addresses):
        text = re.sub(rf"(?<!\w){_loose(phrase)}(?!\w)", REMOVED, text, flags=re.IGNORECASE)
    return text
