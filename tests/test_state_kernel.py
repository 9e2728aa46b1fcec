"""The core state kernel under real concurrency: threads on their own database connections click at once.

N identical clicks give one change, one audit row and one message; of two conflicting clicks one wins
and the other is told, in Indonesian, why not. Runs on SQLite and on PostgreSQL (SIGAP_DATABASE_URL).
"""

from __future__ import annotations

import threading
import traceback

import pytest
from django.db import connection
from django.utils import timezone
from helpers.crisis import open_crisis
from helpers.ppid import make_request

from sigap.core.models import AuditEvent
from sigap.core.transitions import TransitionError

pytestmark = pytest.mark.django_db(transaction=True)


def race(*calls):
    """Run each call in its own thread, released together; return ("ok", value) or ("error", exception) each.

    Each call gets the result of its ``load`` (run before the start line, like a page each user opened)."""
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def run(i, load, act):
        try:
            obj = load()
            barrier.wait(timeout=30)
            results[i] = ("ok", act(obj))
        except Exception as exc:  # noqa: BLE001 - the test inspects what each click got
            results[i] = ("error", exc)
        finally:
            connection.close()  # each thread has its own connection: close it, or the test database stays in use

    threads = [threading.Thread(target=run, args=(i, load, act)) for i, (load, act) in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a click never finished"
    return results


def outcomes(results):
    ok = [value for kind, value in results if kind == "ok"]
    errors = [value for kind, value in results if kind == "error"]
    unexpected = [e for e in errors if not isinstance(e, TransitionError)]
    assert not unexpected, "".join(traceback.format_exception(unexpected[0]))
    return ok, errors


def audit_count(obj, action):
    return AuditEvent.objects.filter(target_type=obj._meta.label_lower, target_id=str(obj.pk), action=action).count()


# --------------------------------------------------------------------------- PPID requests


@pytest.fixture
def fresh_request(offices, ppid, run_tasks, mailoutbox):
    """A registered request, received now (so not overdue), with its receipt e-mails already sent."""
    req = make_request(offices["demak"], ppid, received_at=timezone.now())
    run_tasks()
    mailoutbox.clear()
    return req


def _load_request(pk):
    from sigap.ppid.models import InformationRequest

    return lambda: InformationRequest.objects.get(pk=pk)


def test_five_simultaneous_extensions_give_one_extension_one_audit_row_and_one_email(
    fresh_request, ppid, run_tasks, mailoutbox
):
    req = fresh_request
    results = race(
        *[(_load_request(req.pk), lambda r: r.extend(ppid, "Dokumen tersebar di 14 kecamatan.")) for _ in range(5)]
    )
    ok, errors = outcomes(results)
    assert len(ok) == 1 and len(errors) == 4
    assert all("hanya dapat diperpanjang satu kali" in e.messages[0] for e in errors)
    req.refresh_from_db()
    assert (req.status, req.extension_days) == ("extended", 7)
    assert audit_count(req, "ppid_request.extended") == 1
    run_tasks()
    assert len([m for m in mailoutbox if "perpanjangan" in m.subject.lower()]) == 1


def test_withdraw_and_extend_at_once_leave_one_winner_and_tell_the_loser_why(
    fresh_request, ppid, run_tasks, mailoutbox
):
    req = fresh_request
    results = race(
        (_load_request(req.pk), lambda r: r.withdraw(ppid, "Pemohon menarik permohonan.")),
        (_load_request(req.pk), lambda r: r.extend(ppid, "Dokumen tersebar di 14 kecamatan.")),
    )
    ok, errors = outcomes(results)
    assert len(ok) == 1 and len(errors) == 1
    req.refresh_from_db()
    message = errors[0].messages[0]
    if req.status == "withdrawn":
        assert message == "Permohonan ini sudah ditarik oleh pemohon; perpanjangan tidak dapat dilakukan."
        assert req.extension_days == 0 and req.extended_at is None
        assert audit_count(req, "ppid_request.extended") == 0
    else:
        assert req.status == "extended"
        assert message == "Jangka waktu permohonan ini sudah diperpanjang; penarikan tidak dapat dilakukan."
        assert audit_count(req, "ppid_request.withdrawn") == 0
    run_tasks()
    assert len([m for m in mailoutbox if "perpanjangan" in m.subject.lower()]) == (req.status == "extended")


def test_the_loser_keeps_the_stored_state_in_hand(fresh_request, ppid):
    """A stale page: the request changed after the officer opened it; the click is refused, nothing is written."""
    from sigap.ppid.models import InformationRequest

    page = InformationRequest.objects.get(pk=fresh_request.pk)
    InformationRequest.objects.get(pk=fresh_request.pk).withdraw(ppid, "Ditarik.")
    with pytest.raises(TransitionError) as refused:
        page.close(ppid)
    assert refused.value.messages == ["Permohonan ini sudah ditarik oleh pemohon; penutupan tidak dapat dilakukan."]
    assert page.status == "withdrawn"  # the instance now shows what is stored
    assert audit_count(page, "ppid_request.closed") == 0


def test_the_desk_page_tells_a_late_click_why_it_did_nothing(fresh_request, ppid, login):
    fresh_request.withdraw(ppid, "Pemohon menarik permohonan.")
    response = login(ppid).post(
        f"/ppid/permohonan/{fresh_request.pk}/aksi/extend/",
        {"reason": "Dokumen tersebar di 14 kecamatan."},
        follow=True,
    )
    assert "Permohonan ini sudah ditarik oleh pemohon; perpanjangan tidak dapat dilakukan." in response.content.decode()
    fresh_request.refresh_from_db()
    assert (fresh_request.status, fresh_request.extension_days) == ("withdrawn", 0)


def test_an_upheld_objection_never_reopens_a_request_withdrawn_at_the_same_moment(fresh_request, ppid):
    """The answer reopens the request in its own transaction, deciding under the request's lock."""
    from sigap.ppid.actions import file_objection
    from sigap.ppid.models import InformationRequest, Objection

    req = fresh_request
    req.notify(ppid, "refused", refusal_ground="h", dik_entry=None, consequence_test=_consequence_test(req.office))
    objection, _created = file_objection(
        req, {"grounds": ["a"], "case_summary": "Ditolak tanpa uji konsekuensi."}, actor=ppid
    )
    ok, errors = outcomes(
        race(
            (
                lambda: Objection.objects.get(pk=objection.pk),
                lambda o: o.answer(
                    ppid,
                    upheld=True,
                    decision_text="Informasi dibuka.",
                    superior_name="Sekda",
                    superior_position="Atasan PPID",
                ),
            ),
            (_load_request(req.pk), lambda r: r.withdraw(ppid, "Pemohon menarik permohonan.")),
        )
    )
    assert len(ok) == 2 and not errors  # both are allowed, in either order
    req = InformationRequest.objects.get(pk=req.pk)
    objection.refresh_from_db()
    assert (objection.status, req.status) == ("upheld", "withdrawn")
    events = list(
        AuditEvent.objects.filter(target_type="ppid.informationrequest", target_id=str(req.pk))
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert events.count("ppid_request.withdrawn") == 1
    # reopened (if the answer came first) only before the withdrawal, never after it
    assert "ppid_request.reopened" not in events[events.index("ppid_request.withdrawn") :]
    assert req.outcome == ("granted" if "ppid_request.reopened" in events else "refused")


def _consequence_test(office):
    from datetime import date

    from sigap.ppid.models import ConsequenceTest

    return ConsequenceTest.objects.create(
        office=office,
        document="Data penerima",
        information="NIK penerima",
        ground="h",
        legal_basis="UU KIP Pasal 17 huruf h",
        consequence="Membuka data pribadi",
        decided_on=date(2026, 3, 1),
        exempt_until=date(2031, 3, 1),
    )


# --------------------------------------------------------------------------- crisis


@pytest.fixture
def crisis(offices, team):
    return open_crisis(offices["demak"], team)


def _load_message(pk):
    from sigap.crisis.models import Message

    return lambda: Message.objects.get(pk=pk)


def test_five_simultaneous_approvals_give_one_approval_and_one_audit_row(crisis, team, leader):
    message = crisis.messages.get(kind="holding")
    message.submit(actor=team)
    ok, errors = outcomes(race(*[(_load_message(message.pk), lambda m: m.approve(actor=leader)) for _ in range(5)]))
    assert len(ok) == 1 and len(errors) == 4
    assert {e.messages[0] for e in errors} == {"Pesan ini sudah disetujui; persetujuan tidak dapat diberikan."}
    message.refresh_from_db()
    assert message.status == "approved"
    assert audit_count(message, "crisis_message.approved") == 1


def test_approve_and_send_back_at_once_leave_one_winner(crisis, team, leader):
    message = crisis.messages.get(kind="holding")
    message.submit(actor=team)
    ok, errors = outcomes(
        race(
            (_load_message(message.pk), lambda m: m.approve(actor=leader)),
            (
                _load_message(message.pk),
                lambda m: m.return_to_draft(actor=leader, reason="Angka pengungsi belum pasti."),
            ),
        )
    )
    assert len(ok) == 1 and len(errors) == 1
    message.refresh_from_db()
    expected = {
        "approved": "Pesan ini sudah disetujui; pesan tidak dapat dikembalikan menjadi draf.",
        "draft": "Pesan ini masih berupa draf; persetujuan tidak dapat diberikan.",
    }
    assert errors[0].messages == [expected[message.status]]
    assert audit_count(message, "crisis_message.approved") + audit_count(message, "crisis_message.returned") == 1


def test_approving_a_version_the_approver_never_read_is_refused(crisis, team, leader):
    from sigap.crisis.models import Message

    message = crisis.messages.get(kind="holding")
    message.submit(actor=team)
    page = Message.objects.get(pk=message.pk)  # the approver opens version 1
    message.save_draft(actor=team, base_version=1, title=message.title, body="Teks baru.")
    message.submit(actor=team)  # version 2 in review
    with pytest.raises(TransitionError) as refused:
        page.approve(actor=leader)
    assert refused.value.messages == ["Data ini baru saja diubah oleh orang lain; muat ulang halaman, lalu coba lagi."]
    assert (page.status, page.version) == ("review", 2)


def test_two_phase_moves_at_once_leave_one_winner_and_one_checklist(crisis, team):
    from sigap.crisis.models import Crisis

    load = lambda: Crisis.objects.get(pk=crisis.pk)  # noqa: E731
    ok, errors = outcomes(
        race(
            (load, lambda c: c.move_phase("pemeliharaan", actor=team, reason="Pengungsi tertangani.")),
            (load, lambda c: c.move_phase("resolusi", actor=team, reason="Air surut.")),
        )
    )
    assert len(ok) == 1 and len(errors) == 1
    crisis.refresh_from_db()
    loser = {"pemeliharaan": "Resolusi", "resolusi": "Pemeliharaan"}[crisis.phase]
    winner = {"pemeliharaan": "Pemeliharaan", "resolusi": "Resolusi"}[crisis.phase]
    assert errors[0].messages == [
        f"Krisis kini berada pada fase “{winner}”; perpindahan ke fase {loser} tidak dapat dilakukan."
    ]
    assert audit_count(crisis, "crisis.phase") == 1
    assert set(crisis.tasks.values_list("phase", flat=True)) == {"awal", crisis.phase}


def test_five_simultaneous_task_completions_give_one_audit_row(crisis, team):
    from sigap.crisis.models import Task

    task = crisis.tasks.get(step="verify")
    ok, errors = outcomes(
        race(*[(lambda: Task.objects.get(pk=task.pk), lambda t: t.complete(actor=team)) for _ in range(5)])
    )
    assert len(ok) == 5 and not errors  # a task already done stays done: later clicks change nothing
    task.refresh_from_db()
    assert task.done_at is not None and task.done_by == team
    assert audit_count(task, "crisis_task.done") == 1


# --------------------------------------------------------------------------- monitoring imports


@pytest.fixture
def import_job(source, settings, tmp_path):
    import json

    from sigap.monitoring.imports import copy_file_for_import

    settings.IMPORT_DIR = tmp_path / "imports"
    path = tmp_path / "unggahan.jsonl"
    path.write_text(
        "\n".join(
            json.dumps({"id": f"t{i}", "text": f"Banjir Demak {i}", "published_at": "2026-03-02T08:00:00+07:00"})
            for i in range(3)
        )
        + "\n"
    )
    return copy_file_for_import(source, path)


def test_two_workers_starting_the_same_import_at_once_give_one_start(import_job):
    from sigap.monitoring.models import ImportJob

    load = lambda: ImportJob.objects.get(pk=import_job.pk)  # noqa: E731
    ok, errors = outcomes(race(*[(load, lambda job: job.transition(ImportJob.Status.RUNNING)) for _ in range(2)]))
    assert len(ok) == 1 and len(errors) == 1
    assert audit_count(import_job, "import.running") == 1


def test_a_worker_that_lost_the_start_leaves_the_import_to_the_winner(import_job, source):
    """run_import with the job as it was queued, after another worker started it: nothing is imported twice.

    (The import itself is not raced in threads: its ingest writes are not the kernel's, and the
    in-memory SQLite test database, unlike a file, does not wait for a lock.)"""
    from sigap.monitoring.imports import run_import
    from sigap.monitoring.models import Document, ImportJob

    late = ImportJob.objects.get(pk=import_job.pk)  # the second worker loaded it while still queued
    assert run_import(ImportJob.objects.get(pk=import_job.pk)).stored == 3
    assert run_import(late).stored == 3  # the counts of the winner's run, read from the row
    import_job.refresh_from_db()
    assert import_job.status == "done" and Document.objects.filter(source=source).count() == 3
    assert audit_count(import_job, "import.running") == 1 and audit_count(import_job, "import.done") == 1


# --------------------------------------------------------------------------- alert deliveries


def test_two_kirim_ulang_clicks_queue_a_dead_delivery_once(offices, analyst, monkeypatch):
    import sigap.alerts.actions as alert_actions
    from sigap.alerts.models import Delivery

    queued, lock = [], threading.Lock()

    def enqueue(ids):
        with lock:
            queued.extend(ids)

    monkeypatch.setattr(alert_actions, "_enqueue", enqueue)
    delivery = Delivery.objects.create(
        office=offices["demak"],
        channel="email",
        target="humas@demakkab.go.id",
        status=Delivery.Status.DEAD,
        attempts=10,
    )
    load = lambda: Delivery.objects.get(pk=delivery.pk)  # noqa: E731
    ok, errors = outcomes(race(*[(load, lambda d: alert_actions.retry_delivery(d, analyst)) for _ in range(2)]))
    assert len(ok) == 1 and len(errors) == 1
    assert errors[0].messages == ["Statusnya kini “Menunggu dikirim”; pengiriman ulang tidak dapat dilakukan sekarang."]
    delivery.refresh_from_db()
    assert delivery.status == "pending" and queued == [delivery.pk]
    assert audit_count(delivery, "delivery.retry_requested") == 1
