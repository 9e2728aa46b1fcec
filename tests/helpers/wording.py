"""What a person should never read on a Sigap page: internal codes, untranslated keys, raw dates.

:func:`findings` takes a page's visible text (the browser's ``innerText`` of the body without
``<code>``, form values, and the "Detail teknis" blocks that hold model names and versions on
purpose) and the texts of its number cells (``td.num``/``th.num``), and returns one line per
problem. Pure: no Django, no browser (tests/test_wording_checker.py).
"""

from __future__ import annotations

import re

#: ``crisis_task.overdue``, ``issue.level_changed``: an audit action code shown raw.
AUDIT_CODE = re.compile(r"(?<![\w@/.])(?:[a-z]+_[a-z_]+\.[a-z_]+|[a-z]+\.[a-z]+_[a-z_]+)(?![\w/])")
#: ``region:33.21``, ``watchlist:5``: a machine tag (a colon without the space a sentence puts after it).
MACHINE_TAG = re.compile(r"(?<![\w/.@-])(?!https?:|mailto:)[a-z][a-z_]*:(?=[\w])[\w.]*")
#: ``2026-12-05`` and ``T23:15``: ISO 8601 instead of ``5 Des 2026 23.15 WIB``.
ISO_DATE = re.compile(r"(?<![\w-])\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?")
ISO_TIME = re.compile(r"(?<=\d)T\d{2}:\d{2}")
#: ``11:35``: the house writes hours and minutes with a dot (``11.35``).
COLON_TIME = re.compile(r"(?<![\w:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\w:])")
#: ``1.1.0``, ``0.109``: a software version (Indonesian thousands groups have three digits and no leading 0).
VERSION = re.compile(r"(?<![\w.])(?:0\.\d+(?:\.\d+)*|\d+\.\d+\.\d+(?:\.\d+)*)(?![\w.])")
#: ``crisis_cues``, ``published_at``: a snake_case key.
SNAKE_KEY = re.compile(r"(?<![\w@/.:-])[a-z]+_[a-z_]*[a-z](?![\w@/-])")

#: English interface words that have an Indonesian form, matched as whole words with their case.
#: Words Indonesian shares with English (status, data, detail, media, total, online, admin, unit, link,
#: email, format, filter, login) are left out on purpose.
ENGLISH_WORDS = (
    "Save",
    "Cancel",
    "Delete",
    "Edit",
    "Search",
    "Submit",
    "Untitled",
    "Office:",
    "Office",
    "score",
    "Score",
    "velocity",
    "Velocity",
    "Settings",
    "Sign in",
    "Sign out",
    "Log out",
    "Password",
    "Username",
    "Loading",
    "Previous",
    "Change recorded",
    "None",
    "True",
    "False",
    "minutes",
    "hours",
    "days",
)
ENGLISH = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in ENGLISH_WORDS) + r")(?![\w-])")

#: Words after which a number is a count a person reads (``1563 dokumen``), so it needs its thousands dot.
UNITS = (
    "dokumen",
    "permohonan",
    "isu",
    "orang",
    "unggahan",
    "akun",
    "berita",
    "keberatan",
    "kali",
    "karakter",
    "pengikut",
    "suka",
    "baris",
    "menit",
    "jam",
    "hari",
    "sumber",
    "pengguna",
    "notifikasi",
    "entitas",
    "warga",
)
UNGROUPED_COUNT = re.compile(r"(?<![\w.,:/-])(\d{4,}|\d{1,3}(?:,\d{3})+) (" + "|".join(UNITS) + r")\b")
#: A number cell: ``1563`` and ``1,563`` are wrong, ``1.563`` and ``12,5`` right.
UNGROUPED_CELL = re.compile(r"^[+-−]?(?:\d{4,}|\d{1,3}(?:,\d{3})+)(?:\s*%)?$")


def findings(text: str, number_cells: tuple[str, ...] | list[str] = ()) -> list[str]:
    """Every internal code, untranslated word, raw date and ungrouped count in ``text``, one line each."""
    found: list[str] = []

    def add(kind: str, match: str) -> None:
        line = f"{kind}: {match!r}"
        if line not in found:
            found.append(line)

    for m in AUDIT_CODE.finditer(text):
        add("audit code", m.group())
    for m in MACHINE_TAG.finditer(text):
        add("machine tag", m.group())
    for m in ISO_DATE.finditer(text):
        add("ISO date", m.group())
    for m in ISO_TIME.finditer(text):
        add("ISO time", m.group())
    for m in COLON_TIME.finditer(text):
        add("time with a colon", m.group())
    codes = {m.group() for m in AUDIT_CODE.finditer(text)} | {m.group() for m in MACHINE_TAG.finditer(text)}
    for m in SNAKE_KEY.finditer(text):
        if not any(m.group() in code for code in codes):
            add("snake_case key", m.group())
    for m in VERSION.finditer(text):
        if not re.fullmatch(r"[1-9]\d{0,2}(?:\.\d{3})+", m.group()):
            add("version", m.group())
    for m in ENGLISH.finditer(text):
        add("English word", m.group())
    for m in UNGROUPED_COUNT.finditer(text):
        add("count without thousands dot", f"{m.group(1)} {m.group(2)}")
    for cell in number_cells:
        if UNGROUPED_CELL.match(cell.strip()):
            add("number cell without thousands dot", cell.strip())
    return found
