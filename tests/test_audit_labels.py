"""Timelines show audit rows in Indonesian words, never the action or state codes."""

from __future__ import annotations

import ast
import itertools
import re
from pathlib import Path

import pytest
from freezegun import freeze_time
from helpers.crisis import holding, open_crisis
from helpers.ppid import make_request

SIGAP = Path(__file__).resolve().parent.parent / "sigap"
CODE = re.compile(r"^[a-z][a-z_]*\.[a-z][a-z_]*$")
#: Audit actions the source builds from a value it cannot show: (file, expression) → every code it can give.
#: A new such expression fails the test until it is listed here.
DYNAMIC = {
    ("complaints/actions.py", "CLOSE_ACTIONS[to]"): [
        "complaint.not_competent",
        "complaint.duplicate",
        "complaint.not_actionable",
    ],
    ("core/models.py", "f\"{prefix}.{('created' if created else 'changed')}\""): [],  # its callers are scanned
    ("core/admin.py", "obj._meta.model_name"): ["office.created", "office.changed"],  # save_with_audit, OfficeAdmin
    ("core/admin.py", "f'{obj._meta.model_name}.deleted'"): ["office.deleted"],
    ("monitoring/models.py", "'import.' + to"): [
        f"import.{s}" for s in ("queued", "running", "done", "failed", "cancelled")
    ],
    ("crisis/actions.py", "'crisis_publication.' + pub.status"): [
        f"crisis_publication.{s}" for s in ("pending", "published", "failed", "simulated")
    ],
    ("ppid/actions.py", "f'{obj._meta.model_name}.deadline_recomputed'"): [
        "informationrequest.deadline_recomputed",
        "objection.deadline_recomputed",
    ],
    ("ppid/actions.py", "action"): [  # save_office_record's prefix, through save_with_audit
        f"{p}.{v}"
        for p in ("dip_entry", "dik_entry", "consequence_test", "ppid_report")
        for v in ("created", "changed")
    ],
}


def _values(node) -> set[str] | None:
    """The strings an expression can give, or None where they depend on a run-time value."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        a, b = _values(node.body), _values(node.orelse)
        return None if a is None or b is None else a | b
    if isinstance(node, ast.FormattedValue):
        return _values(node.value)
    parts = node.values if isinstance(node, ast.JoinedStr) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = [node.left, node.right]
    if parts is None:
        return None
    options = [_values(p) for p in parts]
    if any(o is None for o in options):
        return None
    return {"".join(combo) for combo in itertools.product(*options)}


def _action_positions(trees) -> dict[str, set[int]]:
    """Functions with an ``action`` parameter → where a positional call puts it (self not counted)."""
    positions: dict[str, set[int]] = {}
    for tree in trees:
        for cls_or_mod in ast.walk(tree):
            if not isinstance(cls_or_mod, ast.Module | ast.ClassDef | ast.FunctionDef):
                continue
            for fn in cls_or_mod.body:
                if not isinstance(fn, ast.FunctionDef):
                    continue
                names = [a.arg for a in fn.args.posonlyargs + fn.args.args]
                if isinstance(cls_or_mod, ast.ClassDef) and names[:1] in (["self"], ["cls"]):
                    names = names[1:]
                if "action" in names:
                    positions.setdefault(fn.name, set()).add(names.index("action"))
    return positions


def _written_codes() -> tuple[set[str], set[tuple[str, str]]]:
    """Every action code the source can write to the audit log, and the dynamic expressions met."""
    codes, dynamic = set(), set()

    def take(path, expr, suffixes=("",)):
        values = _values(expr)
        if values is None:
            key = (path, ast.unparse(expr))
            dynamic.add(key)
            assert key in DYNAMIC, f"{path}: audit action {key[1]} is built at run time; list its codes in DYNAMIC"
            codes.update(DYNAMIC[key])
        else:
            codes.update(v + s for v in values for s in suffixes if CODE.match(v + s))

    trees = {
        file.relative_to(SIGAP).as_posix(): ast.parse(file.read_text())
        for file in SIGAP.rglob("*.py")
        if "migrations" not in file.parts
    }
    positions = _action_positions(trees.values())
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            for kw in node.keywords:
                # ``action=action`` hands a caller's code on (the kernel, _move): the caller is scanned
                if kw.arg == "action" and not (isinstance(kw.value, ast.Name) and kw.value.id == "action"):
                    take(path, kw.value)
            for i in positions.get(name, ()):  # a helper given the code positionally (PPID _move)
                if i < len(node.args) and (v := _values(node.args[i])):
                    codes.update(x for x in v if CODE.match(x))
            if name == "save_with_audit" and len(node.args) >= 3:
                take(path, node.args[2], suffixes=(".created", ".changed"))
    return codes, dynamic


def _codes_in(page: str) -> list[str]:
    from sigap.core import audit_labels

    return [code for code in audit_labels.actions() if code in page]


def test_every_audit_action_written_in_the_source_has_a_label():
    from sigap.core import audit_labels

    codes, dynamic = _written_codes()
    assert dynamic == set(DYNAMIC), "DYNAMIC lists an expression the source no longer has"
    assert {"ppid_request.extended", "crisis_message.approved", "import.cancelled", "two_factor.enrolled"} <= codes
    assert sorted(codes - set(audit_labels.actions())) == []


def test_every_audit_label_has_an_indonesian_translation():
    from django.utils import translation

    from sigap.core import audit_labels

    with translation.override("en"):
        english = {code: str(label) for code, label in audit_labels.actions().items()}
    with translation.override("id"):
        untranslated = [code for code, label in audit_labels.actions().items() if str(label) == english[code]]
    assert untranslated == []


@pytest.mark.django_db
@freeze_time("2026-03-30 03:00:00")
def test_ppid_request_timeline_shows_indonesian_labels(login, ppid, offices):
    req = make_request(offices["demak"], ppid)
    client = login(ppid)
    client.post(f"/ppid/permohonan/{req.pk}/aksi/extend/", {"reason": "Dokumen tersebar di 14 kecamatan."})
    page = client.get(f"/ppid/permohonan/{req.pk}/").content.decode()
    assert "Permohonan diregistrasi" in page and "Permohonan diperpanjang" in page
    assert _codes_in(page) == [] and "→ extended" not in page


@pytest.mark.django_db
def test_unknown_audit_action_reads_as_a_generic_sentence(login, ppid, offices):
    from sigap.core.models import AuditEvent

    req = make_request(offices["demak"], ppid)
    AuditEvent.record(actor=None, action="ppid_request.future_step", target=req, office=req.office, to_state="limbo")
    page = login(ppid).get(f"/ppid/permohonan/{req.pk}/").content.decode()
    assert "Perubahan tercatat" in page
    assert "future_step" not in page and "limbo" not in page


@pytest.mark.django_db
def test_crisis_timeline_shows_indonesian_labels(login, team, leader, offices):
    crisis = open_crisis(offices["demak"], team)
    message = holding(crisis)
    message.submit(actor=team)
    login(leader).post(f"/krisis/{crisis.pk}/pesan/{message.pk}/approve/")
    page = login(team).get(f"/krisis/{crisis.pk}/").content.decode()
    assert "Krisis dinyatakan" in page and "Draf disetujui" in page
    assert _codes_in(page) == [] and "→ approved" not in page
