"""Gazetteer of Indonesian administrative regions and government bodies.

Regions: all 38 provinces, 514 regencies/cities and 7,285 districts (kecamatan) with their
Kemendagri codes (``33`` Jawa Tengah, ``33.21`` Kabupaten Demak, ``33.74`` Kota Semarang,
``33.21.09`` Kecamatan Karanganyar), from Kepmendagri No. 300.2.2-2138 Tahun 2025 via the
``idn-area-data`` package (``models/regions.json``, card ``models/regions.md``). Bodies:
ministries, agencies and regional offices (``models/regions.bodies.json``, written for Sigap).

Matching works on tokens, case-insensitively, with a dictionary of token n-grams (longest
match first), so it is fast (tens of thousands of short texts a second):

- ``Kabupaten Demak``, ``Kab. Demak``, ``Kab Demak``, ``Demak`` -> 33.21;
  ``Kota Semarang`` -> 33.74, ``Kabupaten Semarang`` -> 33.22;
- a bare name shared by several regions resolves, in this order, to (1) a candidate whose
  province (or, for districts, regency) is named elsewhere in the same text, (2) the
  province, (3) the city (kota), (4) the regency (kabupaten): bare ``Semarang`` is Kota
  Semarang, bare ``Jambi`` the province, ``Banjar`` Kota Banjar unless Kalimantan Selatan
  is mentioned; a prefix (``Kabupaten``, ``Kota``, ``Provinsi``) or an office that names a
  level (``Pemkab Semarang``) wins over all of this;
- districts are matched with their prefix (``Kecamatan``/``Kec.``/``Distrik``) when the
  regency is known (unique name or a regency named in the same text), and without it when
  written right before their regency (``Karanganyar Demak``, ``Kuta, Badung``) or when the
  name starts with the name of its city (``Semarang Timur``, ``Bekasi Barat``);
- bare names that are also ordinary words (``puncak``, ``batu``, ``batu bara``, ``malang``,
  ``padang``, ``tanah laut``...: :data:`sigap.text.places.AMBIGUOUS_NAMES`) are linked only
  with evidence from the context (an office or title before them, a region that contains
  them after them, a capital as a name mid-sentence; see :mod:`sigap.text.places`); other
  names that are also first names or rare words (``Bima``, ``Agam``, ``Alor``...) need a
  capital letter; there are no other case rules (``demak`` matches);
- a bare name right after a geographic feature or a road (``Sungai Kapuas``,
  ``Danau Toba``) is not linked;
- a body may be followed by a region (``BPBD Jawa Tengah``, ``Pemkot Semarang``,
  ``DPRD Kabupaten Demak``): the match covers both and carries the region's code.

Nothing here raises on odd input: non-strings, empty text and noise give no matches.

The hand-written name tables are in :mod:`sigap.text.regions_names`, the records in
:mod:`sigap.text.regions_records` and the tokenizer in :mod:`sigap.text.regions_tokens`.
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sigap.text import MODELS_DIR
from sigap.text import places as _places
from sigap.text._artifact import load_json, save_json
from sigap.text.regions_names import _PREFIXES, _STRIP, ALIASES
from sigap.text.regions_records import BodyMatch, Region, RegionMatch, TokenMatch
from sigap.text.regions_tokens import _TOKEN, MAX_CHARS, _key, line_starts, mask_noise, tokenize_spans

GAZETTEER_NAME = "sigap-gazetteer"
GAZETTEER_VERSION = "2025.1"
REGIONS_FILE = MODELS_DIR / "regions.json"
BODIES_FILE = MODELS_DIR / "regions.bodies.json"

LEVELS = ("provinsi", "kabupaten", "kota", "kecamatan")
_PRIORITY = {"provinsi": 0, "kota": 1, "kabupaten": 2, "kecamatan": 3}

__all__ = [
    "GAZETTEER_NAME",
    "GAZETTEER_VERSION",
    "LEVELS",
    "Region",
    "RegionMatch",
    "BodyMatch",
    "Gazetteer",
    "get_region",
    "lookup_region",
    "find_regions",
    "find_bodies",
    "tokenize_spans",
    "mask_noise",
    # re-exported from the modules that hold them
    "ALIASES",
    "MAX_CHARS",
    "TokenMatch",
    "line_starts",
]

COMMON_WORDS = _places.CAPITAL_NAMES
"""Bare names that need a capital letter (see :mod:`sigap.text.places`)."""
_AMBIGUOUS = _places.AMBIGUOUS_NAMES
_PLAIN, _CAPITAL, _CONTEXT = 0, _places.NEEDS_CAPITAL, _places.NEEDS_CONTEXT  # what a bare name needs


# --- the gazetteer ------------------------------------------------------------------------


class _NgramDict:
    """Token n-gram -> values, longest match first from a position."""

    def __init__(self) -> None:
        self.table: dict[tuple[str, ...], list[Any]] = {}
        self.lengths: dict[str, tuple[int, ...]] = {}

    def add(self, key: tuple[str, ...], value: object) -> None:
        if key:
            values = self.table.setdefault(key, [])
            if value not in values:
                values.append(value)

    def freeze(self) -> None:
        by_first: dict[str, set[int]] = {}
        for key in self.table:
            by_first.setdefault(key[0], set()).add(len(key))
        self.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in by_first.items()}

    def matches(self, lower: Sequence[str], i: int) -> Iterable[tuple[int, list[Any]]]:
        """All (length, values) from position i, longest first."""
        lengths = self.lengths.get(lower[i])
        if not lengths:
            return
        n = len(lower)
        for length in lengths:
            if i + length <= n:
                values = self.table.get(tuple(lower[i : i + length]))
                if values:
                    yield length, values


@dataclass(frozen=True, slots=True)
class _RegionKey:
    code: str
    explicit: bool
    common: int  # _PLAIN | _CAPITAL | _CONTEXT


@dataclass(frozen=True, slots=True)
class _BodyKey:
    index: int
    exact: tuple[str, ...] | None  # case-sensitive alias: tokens as they must be written


class Gazetteer:
    """Load once with :meth:`load` (cached); all lookups are read-only and thread-safe."""

    _cache: dict[tuple[Path, Path], Gazetteer] = {}
    _lock = threading.Lock()

    def __init__(self, regions: dict[str, Any], bodies: dict[str, Any]) -> None:
        self.version = str(regions.get("version", GAZETTEER_VERSION))
        self.regions: dict[str, Region] = {}
        for code, name in regions["provinces"].items():
            self.regions[code] = Region(code, name, "provinsi")
        for code, name in regions["regencies"].items():
            level = "kota" if name.startswith("Kota ") else "kabupaten"
            self.regions[code] = Region(code, name, level)
        for code, name in regions.get("districts", {}).items():
            self.regions[code] = Region(code, name, "kecamatan")
        self.bodies: list[dict[str, Any]] = list(bodies.get("bodies", []))
        self._region_keys = _NgramDict()
        self._district_names = _NgramDict()  # bare district names (used before a regency)
        self._body_keys = _NgramDict()
        self._build_regions()
        self._build_bodies(set(bodies.get("case_sensitive", [])))
        self.name_tokens: frozenset[str] = frozenset(
            tok for key in self._region_keys.table for tok in key if tok.isalpha() and len(tok) > 2
        )

    # building ------------------------------------------------------------------------
    def _names(self, region: Region) -> list[str]:
        base = region.name
        for prefix in _STRIP:
            if base.startswith(prefix):
                base = base[len(prefix) :]
                break
        names = [base, *ALIASES.get(region.code, ()), *ALIASES.get(region.name, ())]
        if region.level == "provinsi" and base.startswith("Daerah "):
            pass  # official long names are kept; short forms come from ALIASES
        out: list[str] = []
        for name in names:
            variants = {name, name.replace("Sumatera", "Sumatra"), name.replace("-", " "), name.replace("-", "")}
            if " " in name and region.level != "kecamatan":
                variants.add(name.replace(" ", ""))
            if region.level in ("kabupaten", "kota") and name.startswith("Kepulauan ") and region.code != "31.01":
                variants.add(name[len("Kepulauan ") :])
            out.extend(sorted(variants))
        return out

    def _build_regions(self) -> None:
        for region in self.regions.values():
            for name in self._names(region):
                key = _key(name)
                if not key:
                    continue
                joined = " ".join(key)
                common = _CONTEXT if joined in _AMBIGUOUS else _CAPITAL if joined in COMMON_WORDS else _PLAIN
                if region.level != "kecamatan":
                    self._region_keys.add(key, _RegionKey(region.code, False, common))
                else:
                    self._district_names.add(key, region.code)
                for prefix in _PREFIXES[region.level]:
                    self._region_keys.add(prefix + key, _RegionKey(region.code, True, _PLAIN))
        # districts named after their city plus a word (Semarang Timur, Bekasi Barat)
        for region in self.regions.values():
            parent = self.regions.get(region.regency_code or "")
            if region.level != "kecamatan" or parent is None:
                continue
            key = _key(region.name)
            base = _key(self._names(parent)[0]) if self._names(parent) else ()
            if len(key) > len(base) > 0 and key[: len(base)] == base and key not in self._region_keys.table:
                common = _CONTEXT if " ".join(base) in _AMBIGUOUS else _PLAIN  # Palu Barat
                self._region_keys.add(key, _RegionKey(region.code, False, common))
        self._region_keys.freeze()
        self._district_names.freeze()

    def _build_bodies(self, case_sensitive: set[str]) -> None:
        for index, body in enumerate(self.bodies):
            for alias in [body["name"], *body.get("aliases", [])]:
                key = _key(alias)
                exact = tuple(m.group() for m in _TOKEN.finditer(alias)) if alias in case_sensitive else None
                self._body_keys.add(key, _BodyKey(index, exact))
        self._body_keys.freeze()

    @classmethod
    def load(cls, regions_path: Path | None = None, bodies_path: Path | None = None) -> Gazetteer:
        key = (Path(regions_path or REGIONS_FILE), Path(bodies_path or BODIES_FILE))
        with cls._lock:
            gaz = cls._cache.get(key)
            if gaz is None:
                gaz = cls(load_json(key[0]), load_json(key[1]))
                cls._cache[key] = gaz
            return gaz

    # lookups -------------------------------------------------------------------------
    def get(self, code: str) -> Region | None:
        return self.regions.get(code.strip()) if isinstance(code, str) else None

    def provinces(self) -> list[Region]:
        return [r for r in self.regions.values() if r.level == "provinsi"]

    def regencies(self, province_code: str | None = None) -> list[Region]:
        return [
            r
            for r in self.regions.values()
            if r.level in ("kabupaten", "kota") and (province_code is None or r.province_code == province_code)
        ]

    def districts(self, regency_code: str) -> list[Region]:
        return [r for r in self.regions.values() if r.level == "kecamatan" and r.regency_code == regency_code]

    def lookup(self, name: str) -> list[Region]:
        """Regions a name (as a whole) can mean, best first: ``lookup("Semarang")`` gives
        Kota Semarang then Kabupaten Semarang; ``lookup("Kab. Semarang")`` only the latter."""
        if not isinstance(name, str):
            return []
        key = _key(name)
        values = self._region_keys.table.get(key, [])
        regions = [self.regions[v.code] for v in values]
        return sorted(dict.fromkeys(regions), key=lambda r: (_PRIORITY[r.level], r.code))

    # matching ------------------------------------------------------------------------
    def match_tokens(
        self,
        tokens: Sequence[str],
        lower: Sequence[str] | None = None,
        bodies: bool = True,
        starts: Iterable[int] = (),
        weak: bool = False,
    ) -> list[TokenMatch]:
        """Region and body matches over a token list (non-overlapping, left to right).
        ``starts``: positions of tokens that begin a line or sentence (sentence-initial
        capitals are not evidence that an ambiguous name is a place). ``weak``: also
        return ambiguous names without evidence (``TokenMatch.weak``)."""
        if lower is None:
            lower = [t.lower() for t in tokens]
        raw: list[list[Any]] = []  # [start, end, kind, cands, explicit, name, needs]
        n = len(lower)
        i = 0
        while i < n:
            found = None
            if bodies:
                found = self._body_at(tokens, lower, i)
            if found is None:
                reg = self._region_at(tokens, lower, i)
                if reg is not None:
                    length, cands, explicit, needs = reg
                    raw.append([i, i + length, "region", cands, explicit, None, needs])
                    i += length
                    continue
                i += 1
                continue
            raw.append(found)
            i = found[1]
        raw = _places.apply_context(raw, tokens, lower, starts, self._district_before)
        if not weak:
            raw = [entry for entry in raw if entry[6] != _CONTEXT]
        return self._resolve(raw)

    def _district_before(
        self, lower: Sequence[str], end: int, regencies: Sequence[str]
    ) -> tuple[int, list[str]] | None:
        """A bare district name ending at ``end`` that lies in one of ``regencies``:
        ``(length, codes)``."""
        for length in (3, 2, 1):
            if end - length < 0:
                continue
            codes = self._district_names.table.get(tuple(lower[end - length : end]))
            if codes:
                near = [c for c in codes if c[:5] in regencies]
                if near:
                    return length, near
        return None

    def _region_at(
        self, tokens: Sequence[str], lower: Sequence[str], i: int
    ) -> tuple[int, list[str], bool, int] | None:
        """``(length, candidate codes, explicit, what it needs)`` of the longest region
        name at ``i``; what it needs: ``_PLAIN`` nothing, ``_CAPITAL`` a capital (it has
        one), ``_CONTEXT`` evidence from the context (:mod:`sigap.text.places`)."""
        for length, values in self._region_keys.matches(lower, i):
            explicit = [v for v in values if v.explicit]
            if explicit:
                return length, [v.code for v in explicit], True, _PLAIN
            capital = tokens[i][:1].isupper()
            ok = [v for v in values if v.common == _PLAIN or (v.common == _CAPITAL and capital)]
            if ok:
                return length, [v.code for v in ok], False, max(v.common for v in ok)
            maybe = [v.code for v in values if v.common == _CONTEXT]
            if maybe:
                return length, maybe, False, _CONTEXT
        return None

    def _body_at(self, tokens: Sequence[str], lower: Sequence[str], i: int) -> list[Any] | None:
        for length, values in self._body_keys.matches(lower, i):
            for value in values:
                if value.exact is not None and tuple(tokens[i : i + length]) != value.exact:
                    continue
                body = self.bodies[value.index]
                end = i + length
                if body.get("region"):
                    return [i, end, "body", [body["region"]], True, body["name"], _PLAIN]
                if body.get("regional") and end < len(lower):
                    reg = self._region_at(tokens, lower, end)
                    if reg is not None:  # an office names a place: evidence enough
                        r_len, cands, explicit, _ambiguous = reg
                        level = body.get("level")
                        if level and not explicit:
                            same = [c for c in cands if self.regions[c].level == level]
                            cands = same or cands
                        return [i, end + r_len, "body", cands, explicit, body["name"], _PLAIN]
                if body.get("needs_region"):
                    continue
                return [i, end, "body", [], False, body["name"], _PLAIN]
        return None

    def _pick(self, cands: list[str], provinces: set[str], regencies: set[str]) -> str | None:
        if len(cands) == 1:
            return cands[0]
        regions = [self.regions[c] for c in cands]
        if all(r.level == "kecamatan" for r in regions):
            near = [r for r in regions if r.regency_code in regencies]
            return near[0].code if len(near) == 1 else None
        near = [r for r in regions if r.province_code in provinces]
        pool = near or regions
        return min(pool, key=lambda r: (_PRIORITY[r.level], r.code)).code

    def _resolve(self, raw: list[list[Any]]) -> list[TokenMatch]:
        provinces: set[str] = set()
        regencies: set[str] = set()
        for _s, _e, _kind, cands, _x, _n, needs in raw:
            if len(cands) == 1 and needs != _CONTEXT:
                region = self.regions[cands[0]]
                provinces.add(region.province_code)
                if region.regency_code:
                    regencies.add(region.regency_code)
        picked: list[str | None] = []
        for _s, _e, _kind, cands, _x, _n, needs in raw:  # regencies and provinces first
            if not cands or self.regions[cands[0]].level == "kecamatan":
                picked.append(None)
                continue
            code = self._pick(cands, provinces, regencies)
            picked.append(code)
            if code and len(code) == 5 and needs != _CONTEXT:
                regencies.add(code)
        out: list[TokenMatch] = []
        for (start, end, kind, cands, explicit, name, needs), code in zip(raw, picked, strict=True):
            if cands and code is None and self.regions[cands[0]].level == "kecamatan":
                code = self._pick(cands, provinces, regencies)
                if code is None and kind == "region":
                    continue  # an ambiguous district with no regency in sight: no link
            out.append(TokenMatch(start, end, kind, code, name or "", explicit, needs == _CONTEXT))
        return out

    def find(self, text: object) -> list[tuple[TokenMatch, str, int, int]]:
        spans = tokenize_spans(text)
        if not spans:
            return []
        tokens = [t for t, _, _ in spans]
        assert isinstance(text, str)  # noqa: S101 - narrows the type
        return [
            (m, text[spans[m.start][1] : spans[m.end - 1][2]], spans[m.start][1], spans[m.end - 1][2])
            for m in self.match_tokens(tokens, starts=line_starts(text, spans))
        ]

    def find_regions(self, text: object, include_bodies: bool = False) -> list[RegionMatch]:
        """Regions named in a text, left to right. Regions inside a body's name
        (``BPBD Jawa Tengah``) are included only with ``include_bodies=True``."""
        out: list[RegionMatch] = []
        for m, surface, start, end in self.find(text):
            if m.code is None or (m.kind == "body" and not include_bodies):
                continue
            out.append(RegionMatch(surface, start, end, self.regions[m.code], m.explicit))
        return out

    def find_bodies(self, text: object) -> list[BodyMatch]:
        return [
            BodyMatch(surface, start, end, m.name, m.code)
            for m, surface, start, end in self.find(text)
            if m.kind == "body"
        ]


# --- module shortcuts ---------------------------------------------------------------------


def get_region(code: str) -> Region | None:
    """``get_region("33.21")`` -> Region("33.21", "Kabupaten Demak", "kabupaten")."""
    return Gazetteer.load().get(code)


def lookup_region(name: str) -> list[Region]:
    return Gazetteer.load().lookup(name)


def find_regions(text: object) -> list[RegionMatch]:
    try:
        return Gazetteer.load().find_regions(text)
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive: never stop a batch
        return []


def find_bodies(text: object) -> list[BodyMatch]:
    try:
        return Gazetteer.load().find_bodies(text)
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive: never stop a batch
        return []


# --- building the gazetteer file ----------------------------------------------------------


def build_regions(source: Path, out: Path = REGIONS_FILE) -> dict[str, Any]:
    """Write ``models/regions.json`` from the CSV files of the ``idn-area-data`` npm package
    (``data/provinces.csv``, ``regencies.csv``, ``districts.csv``); see ``models/regions.md``."""
    source = Path(source)

    def rows(name: str) -> list[dict[str, str]]:
        with (source / name).open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    provinces = {r["code"]: " ".join(r["name"].split()) for r in rows("provinces.csv")}
    regencies = {r["code"]: " ".join(r["name"].split()) for r in rows("regencies.csv")}
    districts = {r["code"]: " ".join(r["name"].split()) for r in rows("districts.csv")}
    obj = {
        "about": "Indonesian administrative regions for sigap.text.regions; see regions.md",
        "source": "idn-area-data 4.0.1 (npm, fityannugroho/idn-area-data), after Kepmendagri "
        "No. 300.2.2-2138 Tahun 2025",
        "license": "ODbL-1.0",
        "version": GAZETTEER_VERSION,
        "provinces": provinces,
        "regencies": regencies,
        "districts": districts,
    }
    save_json(out, obj)
    return {
        "path": str(out),
        "bytes": out.stat().st_size,
        "provinces": len(provinces),
        "regencies": len(regencies),
        "districts": len(districts),
    }
