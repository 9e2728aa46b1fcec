"""What makes a document concern an office, read once per batch: its watchlists, region, key
actors, policy, the sources it may see, the tree it belongs to, and the words that only say
*where* (which link nothing: every document of the office's area shares them)."""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field

from sigap.core.models import Office
from sigap.lib.query import Matcher, Phrase, Term, compile_matcher, terms
from sigap.lib.region_map import names_within
from sigap.monitoring.models import Watchlist
from sigap.text.normalize import normalize

from ..models import EscalationPolicy, KeyActor

log = logging.getLogger(__name__)

#: Bodies whose involvement raises any office's issue, beside the office's own key actors.
NATIONAL_ACTORS = ("KPK", "Presiden", "Ombudsman", "DPR RI", "Komnas HAM", "DPRD")

#: Words of government and place that every local document may carry: never evidence that two
#: stories are about the same event.
GENERIC_PLACE_WORDS = frozenset(
    """
kabupaten kab kota kecamatan kec desa kelurahan kampung dusun provinsi prov pemkab pemkot pemprov
pemerintah daerah warga masyarakat wilayah regional setempat
""".split()
)


@dataclass
class Profile:
    office: Office
    sees: set[int]  # offices whose private sources it may see: itself and those below it
    sees_shared: bool  # shared sources too (a drill office sees only its own replay)
    root: int  # the top office of its tree: one event is one issue within a tree
    depth: int  # 0 for a top office; a regency under its province has 1
    watchlists: list[tuple[int, Matcher]]  # (watchlist id, matcher)
    actors: list[tuple[str, re.Pattern]]  # (name, pattern), the office's own first
    policy: EscalationPolicy
    place_words: frozenset[str] = field(default_factory=frozenset)
    place_prefixes: tuple[str, ...] = ()
    actor_words: frozenset[str] = frozenset()  # the words of its key actors' names: who, not what

    @property
    def drill(self) -> bool:
        return self.office.drill_of_id is not None

    def may_see(self, doc_office_id: int, shared: bool) -> bool:
        return (shared and self.sees_shared) or doc_office_id in self.sees

    def is_place_word(self, word: str) -> bool:
        """A word of the office's area (its region, the regions in it, its watchlists' words):
        it tells where, not what."""
        return word in self.place_words or (bool(self.place_prefixes) and word.startswith(self.place_prefixes))

    def actors_in(self, lowered: str) -> list[str]:
        """Key actors named in a lower-cased text."""
        return [name for name, pattern in self.actors if pattern.search(lowered)]


def actor_pattern(names: list[str]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n.lower()) for n in names) + r")(?!\w)")


def office_actors(own: list[tuple[str, list[str]]]) -> list[tuple[str, re.Pattern]]:
    """The office's key actors, then the national bodies. A national body that one of the
    office's actors names ("DPRD" in "DPRD Kabupaten Demak") becomes that actor's other name,
    so one body is never counted twice."""
    own = [(name, list(names)) for name, names in own]
    national = []
    for body in NATIONAL_ACTORS:
        word = re.compile(r"(?<!\w)" + re.escape(body.lower()) + r"(?!\w)")
        holder = next((names for _, names in own if any(word.search(n.lower()) for n in names)), None)
        if holder is not None:
            holder.append(body)
        else:
            national.append((body, [body]))
    return [(name, actor_pattern(names)) for name, names in own + national]


def _words(text: str) -> list[str]:
    return normalize(text).split()


def place_words(office: Office, watchlist_nodes: list) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words that place a document in the office's area: the names (and short forms such
    as "Jateng") of its region and of every region in it, and the watchlist words that name a
    place anywhere. Topical watchlist words ("banjir", "BBM") stay: they do say what happened."""
    from sigap.text.regions import ALIASES, lookup_region

    words = set(GENERIC_PLACE_WORDS)
    code = office.region_code
    names = list(names_within(code)) if code else []
    for key, aliases in ALIASES.items():
        if key in names or (code and (key == code or key == code[:2] or key.startswith(code + "."))):
            names.extend(aliases)
    for name in names:
        words.update(w for w in _words(name) if len(w) > 1)
    prefixes = []
    for node in watchlist_nodes:
        for leaf in terms(node):
            parts = (leaf.text,) if isinstance(leaf, Term) else leaf.words if isinstance(leaf, Phrase) else ()
            if not lookup_region(" ".join(parts)):
                continue
            for i, part in enumerate(parts):
                if leaf.prefix and i == len(parts) - 1:
                    prefixes.append(part)
                else:
                    words.update(_words(part) or [part])
    return frozenset(words), tuple(sorted(set(prefixes)))


def load_profiles() -> list[Profile]:
    offices = {o.id: o for o in Office.objects.all()}
    matchers: dict[int, list] = defaultdict(list)
    nodes: dict[int, list] = defaultdict(list)
    for w in Watchlist.objects.filter(active=True):
        try:
            node = w.parsed()
            matchers[w.office_id].append((w.id, compile_matcher(node)))
            nodes[w.office_id].append(node)
        except ValueError:  # a stored query that no longer parses matches nothing
            log.warning("watchlist %s does not parse", w.pk)
    actor_names: dict[int, list[tuple[str, list[str]]]] = defaultdict(list)
    for a in KeyActor.objects.all():
        actor_names[a.office_id].append((a.name, a.names()))
    policies = {p.office_id: p for p in EscalationPolicy.objects.all()}
    children: dict[int | None, set[int]] = defaultdict(set)
    for o in offices.values():
        children[o.parent_id].add(o.id)

    def below(office_id: int) -> set[int]:
        found, frontier = {office_id}, {office_id}
        while frontier:
            frontier = {c for f in frontier for c in children[f]} - found
            found |= frontier
        return found

    def root_and_depth(office: Office) -> tuple[int, int]:
        depth, seen = 0, {office.id}
        while office.parent_id and office.parent_id in offices and office.parent_id not in seen:
            office = offices[office.parent_id]
            seen.add(office.id)
            depth += 1
        return office.id, depth

    profiles = []
    for office in offices.values():
        policy = policies.get(office.id) or EscalationPolicy.for_office(office.id)
        root, depth = root_and_depth(office)
        words, prefixes = place_words(office, nodes[office.id])
        profiles.append(Profile(
            office=office, sees=below(office.id), sees_shared=office.drill_of_id is None, root=root, depth=depth,
            watchlists=matchers[office.id], actors=office_actors(actor_names[office.id]), policy=policy,
            place_words=words, place_prefixes=prefixes,
            actor_words=frozenset(w for _, names in actor_names[office.id] for n in names for w in _words(n)),
        ))  # fmt: skip
    return profiles
