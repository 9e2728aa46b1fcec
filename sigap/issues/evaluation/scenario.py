"""A labelled scenario: a Sigap JSONL stream and the set-up and expectations beside it
(docs/scenarios.md). Reading only: checks the file's shape and says in Indonesian what is wrong.
No database."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from sigap.core.levels import LEVELS

OFFICE_KINDS = ("kementerian", "provinsi", "kabupaten", "dinas", "ppid_utama", "ppid_pelaksana")
KIND_ALIASES = {
    "kota": "kabupaten",
    "pemkot": "kabupaten",
    "pemkab": "kabupaten",
    "pemprov": "provinsi",
    "lembaga": "kementerian",
    "badan": "kementerian",
}
ACTOR_KINDS = ("pejabat", "dprd", "nasional", "lembaga")
CHANNELS = ("news", "x", "facebook", "instagram", "youtube", "tiktok", "complaint", "other")
CONFIG_SUFFIXES = (".yaml", ".yml", ".json")


class ScenarioError(ValueError):
    """A scenario that cannot be evaluated; the message is for people (Indonesian)."""


@dataclass
class OfficeSpec:
    name: str
    slug: str
    kind: str = "kabupaten"
    region_code: str = ""
    time_zone: str = "Asia/Jakarta"
    parent: str = ""
    watchlists: list[dict] = field(default_factory=list)
    key_actors: list[dict] = field(default_factory=list)
    alert_rules: list[dict] = field(default_factory=list)
    policy: dict = field(default_factory=dict)


@dataclass
class EventSpec:
    key: str
    title: str = ""
    expect: dict[str, float] = field(default_factory=dict)  # level → minute from the first record
    max_level: str = ""
    control: bool = False
    documents: list[str] = field(default_factory=list)

    @property
    def expected(self) -> bool:
        return bool(self.expect) and not self.control


@dataclass
class Scenario:
    name: str
    stream: Path
    config: Path
    title: str = ""
    kind: str = ""
    step_minutes: int = 10
    offices: list[OfficeSpec] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)
    events: list[EventSpec] = field(default_factory=list)

    @property
    def has_expectations(self) -> bool:
        return any(e.expect or e.max_level for e in self.events)


def find(directory: Path) -> tuple[list[Path], list[str]]:
    """The scenarios' config files in ``directory`` (sorted), and what is missing a partner."""
    problems = []
    configs = []
    streams = {p.stem: p for p in directory.glob("*.jsonl")}
    seen = set()
    for path in sorted(directory.iterdir()):
        if path.suffix in CONFIG_SUFFIXES and path.stem not in seen:
            if path.stem in streams:
                configs.append(path)
                seen.add(path.stem)
            elif path.suffix != ".json" or (directory / f"{path.stem}.jsonl").exists():
                problems.append(f"{path.name}: tidak ada {path.stem}.jsonl di sampingnya")
    for stem, path in sorted(streams.items()):
        if stem not in seen:
            problems.append(f"{path.name}: tidak ada {stem}.yaml (atau .yml/.json) di sampingnya")
    return configs, problems


def _text(value, where: str, *, required: bool = False) -> str:
    if value is None or value == "":
        if required:
            raise ScenarioError(f"{where} wajib diisi")
        return ""
    if not isinstance(value, str | int | float):
        raise ScenarioError(f"{where} harus berupa teks")
    return str(value).strip()


def _level(value, where: str) -> str:
    level = _text(value, where).lower()
    if level and level not in LEVELS:
        raise ScenarioError(f"{where}: level {value!r} tidak dikenal (pilih {', '.join(LEVELS)})")
    return level


def _list(value, where: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ScenarioError(f"{where} harus berupa daftar")
    return value


def _slug(name: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:50] or "kantor"


def _office(data, where: str) -> OfficeSpec:
    if not isinstance(data, dict):
        raise ScenarioError(f"{where} harus berupa pemetaan (nama, kind, region_code, …)")
    name = _text(data.get("name"), f"{where}.name", required=True)
    kind = _text(data.get("kind"), f"{where}.kind").lower() or "kabupaten"
    kind = KIND_ALIASES.get(kind, kind)
    if kind not in OFFICE_KINDS:
        raise ScenarioError(f"{where}.kind: {kind!r} tidak dikenal (pilih {', '.join(OFFICE_KINDS)})")
    watchlists = []
    for i, w in enumerate(_list(data.get("watchlists"), f"{where}.watchlists"), 1):
        if not isinstance(w, dict):
            raise ScenarioError(f"{where}.watchlists #{i} harus berisi name dan query")
        watchlists.append(
            {
                "name": _text(w.get("name"), f"{where}.watchlists #{i}.name") or f"Daftar pantau {i}",
                "query": _text(w.get("query"), f"{where}.watchlists #{i}.query", required=True),
            }
        )
    actors = []
    for i, a in enumerate(_list(data.get("key_actors"), f"{where}.key_actors"), 1):
        if isinstance(a, str):
            a = {"name": a}
        if not isinstance(a, dict):
            raise ScenarioError(f"{where}.key_actors #{i} harus berisi name")
        aliases = a.get("aliases") or []
        aliases = [str(x).strip() for x in aliases] if isinstance(aliases, list) else str(aliases).split(",")
        actor_kind = _text(a.get("kind"), f"{where}.key_actors #{i}.kind") or "pejabat"
        if actor_kind not in ACTOR_KINDS:
            raise ScenarioError(
                f"{where}.key_actors #{i}.kind: {actor_kind!r} tidak dikenal (pilih {', '.join(ACTOR_KINDS)})"
            )
        actors.append(
            {
                "name": _text(a.get("name"), f"{where}.key_actors #{i}.name", required=True),
                "kind": actor_kind,
                "aliases": ", ".join(x.strip() for x in aliases if x.strip()),
            }
        )
    rules = [r for r in _list(data.get("alert_rules"), f"{where}.alert_rules") if isinstance(r, dict)]
    policy = data.get("policy") or {}
    if not isinstance(policy, dict):
        raise ScenarioError(f"{where}.policy harus berupa pemetaan")
    return OfficeSpec(
        name=name, slug=_text(data.get("slug"), f"{where}.slug") or _slug(name), kind=kind,
        region_code=_text(data.get("region_code"), f"{where}.region_code"),
        time_zone=_text(data.get("time_zone"), f"{where}.time_zone") or "Asia/Jakarta",
        parent=_text(data.get("parent"), f"{where}.parent"), watchlists=watchlists, key_actors=actors,
        alert_rules=rules, policy=policy,
    )  # fmt: skip


def _event(data, i: int) -> EventSpec:
    where = f"events #{i}"
    if not isinstance(data, dict):
        raise ScenarioError(f"{where} harus berupa pemetaan (key, expect, …)")
    key = _text(data.get("key"), f"{where}.key", required=True)
    expect: dict[str, float] = {}
    raw = data.get("expect") or {}
    if not isinstance(raw, dict):
        raise ScenarioError(f"{where}.expect harus berupa pemetaan level → menit")
    if data.get("level") is not None:
        raw = {**raw, data["level"]: data.get("by_minute")}
    for level, minute in raw.items():
        level = _level(level, f"{where}.expect")
        try:
            expect[level] = float(minute)
        except (TypeError, ValueError):
            raise ScenarioError(f"{where}.expect.{level}: menit {minute!r} bukan angka") from None
    expect.pop("pemantauan", None)
    control = bool(data.get("control", False))
    max_level = _level(data.get("max_level"), f"{where}.max_level") or ("pemantauan" if control else "")
    return EventSpec(
        key=key, title=_text(data.get("title"), f"{where}.title"), expect=expect, max_level=max_level, control=control,
        documents=[str(d) for d in _list(data.get("documents"), f"{where}.documents")],
    )  # fmt: skip


def load(config: Path) -> Scenario:
    """Read and check ``NAME.yaml`` (or .yml/.json) and locate ``NAME.jsonl`` beside it."""
    stream = config.with_suffix(".jsonl")
    if not stream.exists():
        raise ScenarioError(f"tidak ada {stream.name} di samping {config.name}")
    try:
        text = config.read_text(encoding="utf-8-sig")
        data = json.loads(text) if config.suffix == ".json" else yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        raise ScenarioError(f"{config.name} tidak dapat dibaca: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise ScenarioError(f"{config.name} harus berisi pemetaan (office, sources, events)")
    raw_offices = data.get("offices") or ([data["office"]] if data.get("office") else [])
    if not raw_offices:
        raise ScenarioError(f"{config.name}: kantor (office) wajib diisi")
    offices = [
        _office(o, "office" if len(raw_offices) == 1 else f"offices #{i}")
        for i, o in enumerate(_list(raw_offices, "offices"), 1)
    ]
    slugs = [o.slug for o in offices]
    if len(set(slugs)) != len(slugs):
        raise ScenarioError(f"{config.name}: kode kantor (slug) ada yang sama")
    for o in offices:
        if o.parent and o.parent not in slugs:
            raise ScenarioError(f"{config.name}: kantor induk {o.parent!r} dari {o.name} tidak ada di daftar kantor")
    sources = []
    for i, s in enumerate(_list(data.get("sources"), "sources"), 1):
        if not isinstance(s, dict):
            raise ScenarioError(f"sources #{i} harus berisi name dan channel")
        channel = _text(s.get("channel"), f"sources #{i}.channel") or "other"
        if channel not in CHANNELS:
            raise ScenarioError(f"sources #{i}.channel: {channel!r} tidak dikenal (pilih {', '.join(CHANNELS)})")
        office = _text(s.get("office"), f"sources #{i}.office") or slugs[0]
        if office not in slugs:
            raise ScenarioError(f"sources #{i}.office: kantor {office!r} tidak ada di daftar kantor")
        sources.append(
            {
                "name": _text(s.get("name"), f"sources #{i}.name", required=True),
                "channel": channel,
                "national": bool(s.get("national", False)),
                "shared": bool(s.get("shared", False)),
                "office": office,
            }
        )
    events = [_event(e, i) for i, e in enumerate(_list(data.get("events"), "events"), 1)]
    keys = [e.key for e in events]
    if len(set(keys)) != len(keys):
        raise ScenarioError(f"{config.name}: kunci kejadian (key) ada yang sama")
    try:
        step = int(data.get("step_minutes") or 10)
    except (TypeError, ValueError):
        raise ScenarioError(f"step_minutes {data.get('step_minutes')!r} bukan bilangan bulat") from None
    if not 1 <= step <= 240:
        raise ScenarioError("step_minutes harus 1 sampai 240")
    return Scenario(
        name=config.stem, stream=stream, config=config, title=_text(data.get("title"), "title"),
        kind=_text(data.get("kind"), "kind"), step_minutes=step, offices=offices, sources=sources, events=events,
    )  # fmt: skip


def labels(scenario: Scenario, records) -> dict[str, str]:
    """Record id → event key ('' for background): the JSONL's ``event`` column, then the
    config's ``documents`` lists."""
    out = {r.external_id: str((r.raw or {}).get("event") or "").strip() for r in records}
    for event in scenario.events:
        for doc_id in event.documents:
            if doc_id in out:
                out[doc_id] = event.key
    return out
