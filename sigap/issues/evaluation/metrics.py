"""Scores of one replayed scenario against its labels, and the totals over many (pure).

Each issue is tied to the label most of its documents carry (an event, a control, or ''
for background). See docs/scenarios.md for what each figure means.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sigap.core.levels import LEVELS

from .scenario import EventSpec


@dataclass
class IssueResult:
    id: int
    title: str
    labels: Counter  # label → documents
    levels: list[tuple[float, str]]  # (minute, level reached), in order
    offices: list[str] = field(default_factory=list)
    hourly: Counter = field(default_factory=Counter)  # hour from the start → documents

    def fell_at(self) -> float | None:
        """The minute the conversation fell: the end of the last hour, after its busiest hour,
        with at least a quarter of that hour's documents."""
        if not self.hourly:
            return None
        peak_hour, peak = max(self.hourly.items(), key=lambda kv: (kv[1], -kv[0]))
        busy = [h for h, n in self.hourly.items() if h >= peak_hour and n * 4 >= peak]
        return (max(busy) + 1) * 60.0

    def calm_after(self) -> float | None:
        """Hours from the fall of the conversation to the issue's return to Pemantauan (None: it
        did not return, or was never above it)."""
        fell = self.fell_at()
        if fell is None or self.top_rank == 0 or not self.levels or self.levels[-1][1] != "pemantauan":
            return None
        return round(max(0.0, self.levels[-1][0] - fell) / 60, 1)

    def stepped_down(self) -> bool:
        """Whether every fall was one level at a time."""
        ranks = [LEVELS.index(lv) for _, lv in self.levels]
        return all(b >= a - 1 for a, b in zip(ranks, ranks[1:], strict=False))

    @property
    def size(self) -> int:
        return sum(self.labels.values())

    @property
    def label(self) -> str:
        """The label most documents carry; on a tie an event before background, then by name."""
        return min(self.labels.items(), key=lambda kv: (-kv[1], kv[0] == "", kv[0]))[0] if self.labels else ""

    @property
    def top_rank(self) -> int:
        return max((LEVELS.index(level) for _, level in self.levels), default=0)

    def minute_reached(self, level: str) -> float | None:
        rank = LEVELS.index(level)
        return next((m for m, lv in self.levels if LEVELS.index(lv) >= rank), None)


def evaluate(events: list[EventSpec], issues: list[IssueResult], label_totals: Counter) -> dict:
    """Per-event results and the scenario's figures."""
    by_label: dict[str, list[IssueResult]] = {}
    for issue in issues:
        by_label.setdefault(issue.label, []).append(issue)
    known = {e.key for e in events}
    rows = []
    checks = ok = detected = expected = false_alarms = 0
    fragments: list[int] = []
    for event in events:
        tied = by_label.get(event.key, [])
        top = max((i.top_rank for i in tied), default=0)
        row: dict[str, Any] = {
            "key": event.key, "title": event.title, "control": event.control, "issues": len(tied),
            "documents": label_totals.get(event.key, 0), "top_level": LEVELS[top],
            "covered": sum(i.labels[event.key] for i in tied), "titles": [i.title for i in tied][:3],
            "levels": {}, "max_level": event.max_level, "within_max": True,
            "calm_after": max(tied, key=lambda i: i.size).calm_after() if tied else None,
            "stepped_down": all(i.stepped_down() for i in tied),
        }  # fmt: skip
        if event.expected:
            expected += 1
            if top >= 1:
                detected += 1
                fragments.append(len(tied))
            for level, deadline in sorted(event.expect.items(), key=lambda kv: LEVELS.index(kv[0])):
                reached = min((m for i in tied if (m := i.minute_reached(level)) is not None), default=None)
                in_time = reached is not None and reached <= deadline
                row["levels"][level] = {"reached": reached, "deadline": deadline, "ok": in_time}
                checks += 1
                ok += in_time
        if event.max_level:
            within = top <= LEVELS.index(event.max_level)
            row["within_max"] = within
            if event.control:
                false_alarms += sum(1 for i in tied if i.top_rank > LEVELS.index(event.max_level))
            else:
                checks += 1
                ok += within
        rows.append(row)
    background = [i for label, items in by_label.items() if label not in known for i in items]
    background_alarms = [i for i in background if i.top_rank >= 1]
    false_alarms += len(background_alarms)
    tied = [i for i in issues if i.label in known]
    return {
        "events": rows,
        "expected": expected, "detected": detected, "false_alarms": false_alarms,
        "background_alarms": [{"title": i.title, "top_level": LEVELS[i.top_rank], "size": i.size} for i in background_alarms],
        "purity_hits": sum(i.labels[i.label] for i in tied), "purity_size": sum(i.size for i in tied),
        "fragments": fragments, "checks": checks, "on_time": ok, "issues": len(issues),
        "unknown_labels": sorted(set(label_totals) - known - {""}),
    }  # fmt: skip


def totals(results: list[dict]) -> dict:
    """Figures over many scenarios (those with expectations)."""
    scored = [r for r in results if r.get("scored")]
    hits = sum(r["purity_hits"] for r in scored)
    size = sum(r["purity_size"] for r in scored)
    fragments = [f for r in scored for f in r["fragments"]]
    return {
        "scenarios": len(scored),
        "detected": sum(r["detected"] for r in scored), "expected": sum(r["expected"] for r in scored),
        "false_alarms": sum(r["false_alarms"] for r in scored),
        "purity": hits / size if size else 0.0,
        "fragmentation": sum(fragments) / len(fragments) if fragments else 0.0,
        "on_time": sum(r["on_time"] for r in scored), "checks": sum(r["checks"] for r in scored),
    }  # fmt: skip


def summary_line(t: dict) -> str:
    return (
        f"scenarios {t['scenarios']} · events detected {t['detected']}/{t['expected']} · "
        f"false alarms {t['false_alarms']} · purity {t['purity']:.2f} · fragmentation {t['fragmentation']:.2f} · "
        f"on time {t['on_time']}/{t['checks']}"
    )
