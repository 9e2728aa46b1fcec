"""Counts of documents per Indonesian region, made ready for a choropleth map.

Pure Python (no Django): the view counts documents per region code, calls
:func:`choropleth`, and renders the result with ``json_script`` for
``templates/includes/region_map.html`` (see ``docs/region-map.md``).

Codes are Kemendagri codes as used by :mod:`sigap.text.regions`: ``"33"`` (province
Jawa Tengah), ``"33.21"`` (Kabupaten Demak), ``"33.21.05"`` (a kecamatan),
``"33.21.05.2001"`` (a village). BPS codes without dots (``"3321"``, ``"332105"``) are
read as the same codes: BPS and Kemendagri share the digits down to kecamatan level.

Buckets (for colours): ``0`` means no documents; regions with documents get 1-5 by
quintile of their count among the regions with documents, ``ceil(5 * F(count))`` where
``F`` is the share of those regions with a count lower than or equal to it. The highest
count is always bucket 5; equal counts share a bucket.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from sigap.text import MODELS_DIR

__all__ = [
    "LEVELS",
    "BUCKETS",
    "GEO_FILES",
    "normalize_code",
    "province_of",
    "regency_of",
    "region_names",
    "region_name",
    "names_within",
    "all_region_names",
    "choropleth",
]

LEVELS = ("province", "regency")
BUCKETS = 5
GEO_FILES = {"province": "geo/idn-provinces.geojson"}
"""Static paths of the boundary files per level (regency level has no polygons yet)."""

REGIONS_FILE: Path = MODELS_DIR / "regions.json"
_DOTTED = re.compile(r"^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$")
_BPS = re.compile(r"^\d{2}(?:\d{2}(?:\d{2}(?:\d{4})?)?)?$")


def normalize_code(code: object) -> str:
    """``"33.21"`` -> ``"33.21"``, ``"3321"`` (BPS) -> ``"33.21"``, ``" 33 "`` -> ``"33"``;
    anything that is not a region code gives ``""``."""
    if isinstance(code, int) and not isinstance(code, bool):
        code = str(code)
    if not isinstance(code, str):
        return ""
    code = code.strip()
    if _DOTTED.match(code):
        return code
    if _BPS.match(code):
        parts = [code[:2], code[2:4], code[4:6], code[6:]]
        return ".".join(p for p in parts if p)
    return ""


def province_of(code: object) -> str:
    """``"33.21.05"`` -> ``"33"``; ``""`` for something that is not a region code."""
    code = normalize_code(code)
    return code[:2]


def regency_of(code: object) -> str | None:
    """``"33.21.05"`` -> ``"33.21"``; ``None`` for a province code or a non-code."""
    code = normalize_code(code)
    return code[:5] if len(code) >= 5 else None


@lru_cache(maxsize=4)
def _load_names(path: str) -> dict[str, str]:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    names = dict(data.get("provinces", {}))
    names.update(data.get("regencies", {}))
    return names


def region_names(regions_file: Path | str = REGIONS_FILE) -> dict[str, str]:
    """Province and regency codes -> official names, from the gazetteer's data file
    (``sigap/text/models/regions.json``, the file :mod:`sigap.text.regions` loads)."""
    return _load_names(str(regions_file))


def region_name(code: str, regions_file: Path | str = REGIONS_FILE) -> str | None:
    """``"33"`` -> ``"Jawa Tengah"``, ``"33.21"`` -> ``"Kabupaten Demak"``."""
    return region_names(regions_file).get(normalize_code(code))


@lru_cache(maxsize=4)
def _load_all(path: str) -> tuple[tuple[str, str], ...]:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    rows = [*data.get("provinces", {}).items(), *data.get("regencies", {}).items(), *data.get("districts", {}).items()]
    return tuple(sorted(rows))


@lru_cache(maxsize=4)
def all_region_names(regions_file: Path | str = REGIONS_FILE) -> dict[str, str]:
    """Every code the gazetteer knows (provinces, regencies, districts) -> its official name."""
    return dict(_load_all(str(regions_file)))


@lru_cache(maxsize=256)
def names_within(code: str, regions_file: Path | str = REGIONS_FILE) -> tuple[str, ...]:
    """Official names of the region ``code`` and of every region below it (regencies, cities
    and districts), plus its province's name: ``"33.21"`` -> ``("Jawa Tengah", "Kabupaten
    Demak", "Bonang", "Demak", …)``. Empty for a code the gazetteer does not know."""
    code = normalize_code(code)
    if not code:
        return ()
    rows = _load_all(str(regions_file))
    names = [name for c, name in rows if c == code or c.startswith(code + ".") or c == code[:2]]
    return tuple(dict.fromkeys(names))


def _buckets(counts: Mapping[str, int]) -> dict[str, int]:
    positive = sorted(n for n in counts.values() if n > 0)
    total = len(positive)
    out: dict[str, int] = {}
    for code, n in counts.items():
        if n <= 0:
            out[code] = 0
            continue
        # number of regions with a count <= n (binary search over the sorted counts)
        lo, hi = 0, total
        while lo < hi:
            mid = (lo + hi) // 2
            if positive[mid] <= n:
                lo = mid + 1
            else:
                hi = mid
        out[code] = max(1, min(BUCKETS, math.ceil(BUCKETS * lo / total - 1e-9)))
    return out


def choropleth(
    counts: Mapping[Any, object], level: str = "province", *, regions_file: Path | str = REGIONS_FILE
) -> dict[str, dict[str, Any]]:
    """Roll ``{code: count}`` up to ``level`` and add names and colour buckets.

    ``choropleth({"33.21": 40, "33.21.05": 2, "33.74": 5}, "province")``
    -> ``{"33": {"count": 47, "name": "Jawa Tengah", "bucket": 5}}``.

    At regency level, province-only codes are left out (they name no regency). Codes that
    are not region codes, codes whose province or regency the gazetteer does not know
    (kecamatan and village parts are not checked), and counts that are not
    non-negative integers are ignored. A region whose counts add up to 0 is kept with
    bucket 0. The result is ordered by count (highest first), then code.
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    names = region_names(regions_file)
    totals: dict[str, int] = {}
    for raw_code, n in counts.items():
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            continue
        regency = regency_of(raw_code)
        if regency is not None and regency not in names:
            continue  # e.g. "33.99": no such regency, so not counted for Jawa Tengah either
        target = province_of(raw_code) if level == "province" else regency
        if not target or target not in names:
            continue
        totals[target] = totals.get(target, 0) + n
    buckets = _buckets(totals)
    order = sorted(totals, key=lambda c: (-totals[c], c))
    return {c: {"count": totals[c], "name": names[c], "bucket": buckets[c]} for c in order}
