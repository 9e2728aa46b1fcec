"""How the gazetteer corrects the entity tagger: the region and body matches the tagger sees,
and what is done with them after tagging (bodies with their region become one ORG, regions
left out become LOC, places get their Kemendagri code, shouted words leave entities).

Rules over spans and matches, no model: kept apart from :mod:`sigap.text.entities`, which
tags and decodes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sigap.text.entities_features import _unshout
from sigap.text.regions import Gazetteer
from sigap.text.regions_records import TokenMatch

__all__ = ["apply_gazetteer", "match_for_tagger"]


def match_for_tagger(gaz: Gazetteer, tokens: Sequence[str], starts: Iterable[int] = ()) -> list[TokenMatch]:
    """Gazetteer matches as the tagger uses them: with the *weak* ones (ambiguous names
    without evidence, never linked) that are capitalised, so that the tagger sees the
    same region features as in training (where such names needed a capital)."""
    return [
        m for m in gaz.match_tokens(tokens, starts=starts, weak=True) if not m.weak or tokens[m.start][:1].isupper()
    ]


def apply_gazetteer(
    tokens: Sequence[str],
    spans: list[tuple[str, int, int]],
    matches: Sequence[TokenMatch],
    shout: dict[int, int] | None = None,
    *,
    add_bodies: bool = True,
    add_regions: bool = True,
) -> list[tuple[str, int, int, str | None]]:
    """Apply the gazetteer to tagged spans; returns (type, start, end, region_code).

    - shouted words (``JEBOL``, ``MOHON BANTUAN``: see :meth:`sigap.text.entities.EntityTagger._shouted`) leave the
      entities they are in; an entity of shouted words only is dropped;
    - a body followed by a region (``BPBD Jawa Tengah``) becomes one ORG with the
      region's code, absorbing the entities it overlaps (unless one is a person);
    - a body the tagger left out entirely becomes an ORG when ``add_bodies``;
    - a region the tagger left out becomes a LOC; a LOC the tagger found takes the
      code of the region name it overlaps (``Wali Kota Medan``, tagged ``Medan``,
      gets the code of ``Kota Medan``); a LOC with several region names is
      split into one place each (``Kec. Wedung Demak``), keeping a part on their left
      without a code (``Desa Ketanjung``);
    - an ambiguous name without evidence (a *weak* match, see
      :mod:`sigap.text.places`) is never linked (the tagger still sees it as a region
      name, as in training, so the spans it finds do not change).
    """
    n = len(tokens)
    ents: list[list[Any] | None] = []
    for typ, s, e in spans:
        ents.extend([typ, a, b, None] for a, b in _unshout(typ, s, e, shout))
    owner = [-1] * n
    for k, x in enumerate(ents):
        assert x is not None  # noqa: S101 - narrows the type
        owner[x[1] : x[2]] = [k] * (x[2] - x[1])

    def put(ent: list[Any]) -> None:
        ents.append(ent)
        owner[ent[1] : ent[2]] = [len(ents) - 1] * (ent[2] - ent[1])

    places: dict[int, list[TokenMatch]] = {}  # LOC entity -> region names in it
    for m in matches:
        hit = sorted({owner[i] for i in range(m.start, m.end) if owner[i] >= 0})
        overlap = [ent for ent in (ents[k] for k in hit) if ent is not None]
        if m.kind == "body":
            if m.weak or any(x[0] == "PER" for x in overlap):
                continue
            if m.code is not None:
                start = min([m.start, *(x[1] for x in overlap)])
                end = max([m.end, *(x[2] for x in overlap)])
                for k in hit:
                    ents[k] = None
                    places.pop(k, None)
                put(["ORG", start, end, m.code])
            elif not overlap and add_bodies:
                put(["ORG", m.start, m.end, None])
            continue
        if m.code is None or m.weak:
            continue
        if not overlap:
            if add_regions:
                put(["LOC", m.start, m.end, m.code])
            continue
        live = [k for k in hit if ents[k] is not None]
        if any(ents[k][0] != "LOC" for k in live):  # type: ignore[index]
            continue
        if len(live) > 1:  # Kota | Semarang tagged apart: one place
            merged = ["LOC", min(x[1] for x in overlap), max(x[2] for x in overlap), None]
            for k in live:
                ents[k] = None
                places.pop(k, None)
            put(merged)
            live = [len(ents) - 1]
        places.setdefault(live[0], []).append(m)
    for k, inside in places.items():
        x = ents[k]
        if x is None:
            continue
        if len(inside) == 1:  # one place: the tagger's span, the name's code
            x[3] = inside[0].code
            continue
        ents[k] = None  # several places (Kec. Wedung Demak): one entity each
        first = min(m.start for m in inside)
        cut = first
        while cut > x[1] and not tokens[cut - 1][:1].isalnum():
            cut -= 1
        if cut > x[1] and tokens[x[1]][:1].isupper():
            ents.append(["LOC", x[1], cut, None])
        ents.extend(["LOC", m.start, m.end, m.code] for m in inside)
    result = [(str(x[0]), int(x[1]), int(x[2]), x[3]) for x in ents if x is not None]
    result.sort(key=lambda r: r[1])
    return result
