"""The gazetteer's records: a region and what a match in a text gives back.

Plain frozen dataclasses, kept apart from :mod:`sigap.text.regions` so that the entity
tagger's features can use them without the gazetteer's tables.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BodyMatch", "Region", "RegionMatch", "TokenMatch"]


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # "33", "33.21", "33.21.09"
    name: str  # official name: "Jawa Tengah", "Kabupaten Demak", "Karanganyar"
    level: str  # provinsi | kabupaten | kota | kecamatan

    @property
    def province_code(self) -> str:
        return self.code[:2]

    @property
    def regency_code(self) -> str | None:
        return self.code[:5] if len(self.code) >= 5 else None

    @property
    def full_name(self) -> str:
        if self.level == "provinsi":
            return f"Provinsi {self.name}"
        if self.level == "kecamatan":
            return f"Kecamatan {self.name}"
        return self.name


@dataclass(frozen=True, slots=True)
class RegionMatch:
    text: str  # as written, e.g. "Kab. Demak"
    start: int  # character offsets into the input text
    end: int
    region: Region
    explicit: bool  # written with a prefix (Kabupaten, Kota, Provinsi, Kecamatan)

    @property
    def code(self) -> str:
        return self.region.code


@dataclass(frozen=True, slots=True)
class BodyMatch:
    text: str  # as written, e.g. "BPBD Jawa Tengah"
    start: int
    end: int
    name: str  # canonical name, e.g. "Badan Penanggulangan Bencana Daerah"
    region_code: str | None


@dataclass(frozen=True, slots=True)
class TokenMatch:
    """A match over token positions ``[start, end)`` (used by the entity tagger)."""

    start: int
    end: int
    kind: str  # "region" | "body"
    code: str | None  # region code (resolved), for bodies the region that follows, if any
    name: str = ""  # body name
    explicit: bool = False
    weak: bool = False  # an ambiguous name without evidence from the context
