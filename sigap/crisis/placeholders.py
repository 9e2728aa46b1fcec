"""Blanks left in a statement written from a template: the one definition (pure, no Django).

The library's templates (playbooks.py, offices' own templates) have two kinds of blank:
``{juru_bicara}``, a value ``fill()`` had none for and kept as written, and
``[fakta yang sudah diverifikasi]``, a description of what the team must write there.

Square brackets also occur in ordinary text, so only a bracket that reads like a description
counts: it starts with a lowercase letter. Labels (``[HOAKS]``, ``[VIDEO]``), citations (``[1]``),
an omission (``[…]``), an editor's ``[sic]`` and a Markdown link (``[teks](url)``) are text.
"""

from __future__ import annotations

import re

_BLANK = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|\[([^\[\]\n]{1,120})\](?!\()")
_NOT_BLANKS = {"sic"}


def unfilled(*texts: str) -> list[str]:
    """The blanks in ``texts``, as written, each once, in the order they first appear."""
    found: dict[str, None] = {}
    for text in texts:
        for match in _BLANK.finditer(text or ""):
            inner = (match.group(1) or "").strip()
            if match.group(1) is not None and (not inner[:1].islower() or inner in _NOT_BLANKS):
                continue
            found.setdefault(match.group(0), None)
    return list(found)
