"""The demo's replayed stream of Indonesian news, social posts and complaints.

Pure Python, no Django. Everything here is invented for the project: outlets, accounts,
officials and events are fictional; the places are real.

* :func:`sources` — the sources the demo offices monitor (news outlets, social streams,
  SP4N-LAPOR! channels), keyed by a stable ``key``.
* :func:`stream` — records in Sigap's JSONL schema plus ``"source"``, in chronological
  order, for the 14 days before ``end``: a steady background for baselines and three
  scenarios (see :func:`scenarios`).
* :func:`scenarios` — what each scenario is and the shape its volume should have.
* :func:`labelled` — the same records paired with the scenario that produced them
  (``"background"`` for the rest): ground truth for tests and evaluations.

Same ``end`` and ``seed`` → identical output. Times are offsets before ``end``; the daily
rhythm (quiet 00:00–05:00 WIB) follows the clock in WIB.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import datetime, timedelta

from .scenarios import background, banjir_demak, demo_bbm, hoaks_bansos
from .scenarios.common import SOURCES, WIB, Accounts, Gen, interp, timeline

__all__ = ["FIELDS", "OFFICES", "labelled", "scenarios", "sources", "stream"]

#: The demo offices (keys fixed; the loader creates them).
OFFICES = {
    "jateng": "Pemerintah Provinsi Jawa Tengah — Dinas Komunikasi dan Informatika",
    "demak": "Pemerintah Kabupaten Demak — Bagian Protokol dan Komunikasi Pimpinan",
    "kemensos": "Kementerian Sosial — Biro Humas",
}

#: Keys of every record, in this order (Sigap's JSONL schema, then ``source``).
FIELDS = (
    "id", "text", "published_at", "channel", "title", "url", "author", "author_name",
    "author_followers", "likes", "shares", "replies", "views", "lang", "parent_id", "source",
)  # fmt: skip

BACKGROUND = "background"
_MODULES = (background, banjir_demak, demo_bbm, hoaks_bansos)
_SCENARIOS = (banjir_demak, demo_bbm, hoaks_bansos)


def sources() -> list[dict]:
    """Every source of the demo, as plain dicts (a fresh copy on each call)."""
    return [dict(source) for source in SOURCES.values()]


def scenarios(end: datetime | None = None) -> list[dict]:
    """Metadata per scenario: key, title, office(s), timing, expected shape, keywords.

    Without ``end`` the offsets are nominal and ``peak_window_hours_before_end`` covers every
    possible ``end``. With ``end``, the offsets are the ones :func:`stream` uses for that
    ``end``: scenarios move their human-scheduled moments (a rally, a press conference) to
    sensible local times, so the peak and the milestones shift by a few hours with the clock.
    """
    out = []
    for module in _SCENARIOS:
        meta = copy.deepcopy(module.META)
        earliest, latest = meta["peak_window_hours_before_end"]
        if end is not None:
            _check_end(end)
            points = timeline(end, module.START, module.PIVOTS)

            def at(h: float, points: list = points) -> float:
                return round(interp(points, h), 2)

            meta["peak_hours_before_end"] = at(meta["peak_hours_before_end"])
            meta["peak_window_hours_before_end"] = [at(earliest), at(latest)]
            meta["milestones"] = {name: at(h) for name, h in meta["milestones"].items()}
            if "coordinated" in meta:
                waves = meta["coordinated"]["waves_hours_before_end"]
                meta["coordinated"]["waves_hours_before_end"] = [at(h) for h in waves]
        else:
            day = datetime(2025, 1, 1, tzinfo=WIB)
            maps = [timeline(day + timedelta(minutes=15 * k), module.START, module.PIVOTS) for k in range(96)]
            meta["peak_window_hours_before_end"] = [
                round(max(interp(points, earliest) for points in maps), 2),
                round(min(interp(points, latest) for points in maps), 2),
            ]
        out.append(meta)
    return out


def _check_end(end: datetime) -> None:
    if not isinstance(end, datetime):
        raise TypeError("end must be a datetime")
    if end.tzinfo is None or end.utcoffset() is None:
        raise ValueError("end must be timezone-aware (for example datetime.now(UTC))")


def _generate(end: datetime, seed: int) -> list[tuple[str, dict]]:
    _check_end(end)
    accounts = Accounts(seed)
    out: list[tuple[str, dict]] = []
    for module in _MODULES:
        gen = Gen(module.KEY, end, seed, accounts)
        module.build(gen)
        for rec in gen.finish():
            out.append((module.KEY, {key: rec[key] for key in FIELDS}))
    # chronological; ISO strings share the +07:00 offset, so they sort as times do
    out.sort(key=lambda pair: (pair[1]["published_at"], pair[1]["id"]))
    return out


def labelled(end: datetime, seed: int = 7) -> Iterator[tuple[str, dict]]:
    """``(scenario_key, record)`` pairs in the order :func:`stream` yields the records."""
    yield from _generate(end, seed)


def stream(end: datetime, seed: int = 7) -> Iterator[dict]:
    """The demo records, oldest first, every ``published_at`` at or before ``end``."""
    for _key, record in _generate(end, seed):
        yield record
