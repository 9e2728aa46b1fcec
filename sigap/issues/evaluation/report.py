"""The evaluation's report for people: per scenario and per event, in Indonesian."""

from __future__ import annotations

from django.utils import translation
from django.utils.formats import number_format

from sigap.core.levels import Level


def _level(value: str) -> str:
    """The level's Indonesian name (Pemantauan, Isu, Kasus, Krisis), whatever language the shell runs in."""
    with translation.override("id"):
        return str(Level(value).label)


def _n(x: float, digits: int = 2) -> str:
    """Indonesian number form (0,95; 1.259), whatever language the shell runs in."""
    with translation.override("id"):
        return number_format(x, decimal_pos=digits, use_l10n=True, force_grouping=True)


def _minute(m: float | None) -> str:
    if m is None:
        return "tidak tercapai"
    hours, minutes = divmod(int(round(m)), 60)
    return f"menit {_n(m, 0)} ({hours} j {minutes:02d} m)"


def scenario_lines(r: dict) -> list[str]:
    head = f"== {r['name']}"
    if r.get("title"):
        head += f" — {r['title']}"
    lines = [head]
    if r.get("error"):
        return [*lines, f"   tidak dapat dinilai: {r['error']}", *_rejected(r)]
    lines.append(
        f"   {_n(r['documents'], 0)} dokumen · {_n(r['hours'], 1)} jam · {_n(r['issues'], 0)} isu terbentuk"
        + ("" if r.get("scored") else " · tanpa harapan: tidak dinilai")
    )
    for e in r.get("events", []):
        label = f"kontrol ≤ {_level(e['max_level'])}" if e["control"] else "kejadian"
        share = e["covered"] / e["documents"] if e["documents"] else 0
        parts = [f"   {e['key']} ({label}): {e['issues']} isu, {_n(share * 100, 0)}% dokumennya masuk, "
                 f"tertinggi {_level(e['top_level'])}"]  # fmt: skip
        for level, v in e["levels"].items():
            mark = "✓" if v["ok"] else "✗"
            parts.append(f"{_level(level)} {_minute(v['reached'])}, batas {_n(v['deadline'], 0)} {mark}")
        if e.get("calm_after") is not None:
            parts.append(f"kembali ke Pemantauan {_n(e['calm_after'], 1)} jam setelah percakapan surut")
        if not e.get("stepped_down", True):
            parts.append("turun melompati level ✗")
        if e["max_level"] and not e["control"]:
            parts.append(f"batas atas {_level(e['max_level'])} {'✓' if e['within_max'] else '✗'}")
        elif e["control"] and not e["within_max"]:
            parts.append("melampaui batas ✗")
        lines.append(" · ".join(parts))
        for title in e["titles"]:
            lines.append(f"      judul: {title}")
    for alarm in r.get("background_alarms", []):
        lines.append(f"   alarm palsu: «{alarm['title']}» mencapai {_level(alarm['top_level'])} "
                     f"({_n(alarm['size'], 0)} dokumen)")  # fmt: skip
    if r.get("unknown_labels"):
        lines.append(f"   label tanpa kejadian di berkas pengaturan (dianggap latar): {', '.join(r['unknown_labels'])}")
    if r.get("purity_size"):
        lines.append(f"   kemurnian {_n(r['purity_hits'] / r['purity_size'])} · tepat waktu {r['on_time']}/{r['checks']} · "
                     f"alarm palsu {r['false_alarms']}")  # fmt: skip
    return lines + _rejected(r)


def _rejected(r: dict) -> list[str]:
    rows = r.get("rejected") or []
    if not rows:
        return []
    shown = [f"   baris rusak dilewati: {row}" for row in rows[:20]]
    if len(rows) > 20:
        shown.append(f"   … dan {len(rows) - 20} baris rusak lainnya")
    return shown
