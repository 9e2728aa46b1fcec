"""“Waiting for you”: the people who must act are told in-app and by e-mail, with no alert rule set up,
and the notification leads to the page where they act."""

from __future__ import annotations

import re

import pytest
from freezegun import freeze_time
from helpers.alerts import inbox, with_email
from helpers.crisis import holding, open_crisis
from helpers.ppid import VALID_NIK, make_request

from sigap.crisis.actions import mark_overdue_tasks
from sigap.ppid.actions import send_reminders

pytestmark = pytest.mark.django_db


def _message_url(message, action=""):
    return f"/krisis/{message.crisis_id}/pesan/{message.pk}/" + (f"{action}/" if action else "")


def _submit(client, message, capture):
    with capture(execute=True):  # the e-mails are queued after commit
        client.post(_message_url(message, "submit"))


def test_sending_a_message_for_review_tells_the_approver_in_the_notification_list(
    login, team, approver, offices, django_capture_on_commit_callbacks
):
    message = holding(open_crisis(offices["demak"], team))
    _submit(login(team), message, django_capture_on_commit_callbacks)
    assert f"Menunggu persetujuan Anda: {message.title}" in inbox(login(approver))


def test_an_analyst_and_another_office_are_not_told_of_a_message_in_review(
    login, team, approver, analyst, outsider, offices, django_capture_on_commit_callbacks
):
    message = holding(open_crisis(offices["demak"], team))
    _submit(login(team), message, django_capture_on_commit_callbacks)
    assert "Menunggu persetujuan Anda" not in inbox(login(analyst))
    assert "Menunggu persetujuan Anda" not in inbox(login(outsider))


def test_sending_a_message_for_review_e_mails_the_approver_only(
    login, team, approver, analyst, outsider, offices, run_tasks, mailoutbox, django_capture_on_commit_callbacks
):
    with_email(analyst, "analis@demakkab.go.id")
    with_email(outsider, "analis@kemensos.go.id")
    message = holding(open_crisis(offices["demak"], team))
    _submit(login(team), message, django_capture_on_commit_callbacks)
    run_tasks()
    assert [m.to for m in mailoutbox] == [["pimpinan@demakkab.go.id"]]
    assert mailoutbox[0].subject == f"[Sigap] Menunggu persetujuan Anda: {message.title} ({message.crisis.title})"
    assert _message_url(message) in mailoutbox[0].body


def test_the_notification_opens_the_message_page(login, team, approver, offices, django_capture_on_commit_callbacks):
    message = holding(open_crisis(offices["demak"], team))
    _submit(login(team), message, django_capture_on_commit_callbacks)
    client = login(approver)
    link = re.search(r'href="(/notifikasi/\d+/buka/)"', inbox(client)).group(1)
    response = client.get(link)
    assert response.status_code == 302 and response["Location"] == _message_url(message)


def test_approving_the_message_resolves_its_notification(
    login, team, approver, offices, django_capture_on_commit_callbacks
):
    message = holding(open_crisis(offices["demak"], team))
    _submit(login(team), message, django_capture_on_commit_callbacks)
    client = login(approver)
    client.post(_message_url(message, "approve"))
    assert "Menunggu persetujuan Anda" not in inbox(client, unread=True)
    assert "selesai" in inbox(client)


def test_sending_the_same_version_again_makes_no_second_notification(
    login, team, approver, offices, run_tasks, mailoutbox, django_capture_on_commit_callbacks
):
    message = holding(open_crisis(offices["demak"], team))
    _submit(login(team), message, django_capture_on_commit_callbacks)
    login(approver).post(_message_url(message, "return"), {"reason": "Cek angka korban"})
    _submit(login(team), message, django_capture_on_commit_callbacks)
    run_tasks()
    assert inbox(login(approver), unread=True).count("Menunggu persetujuan Anda") == 1
    assert len(mailoutbox) == 1


def test_an_overdue_crisis_task_tells_its_owner(login, team, analyst, offices):
    with freeze_time("2026-03-02 03:00:00"):
        crisis = open_crisis(offices["demak"], team)
        login(team).post(
            f"/krisis/{crisis.pk}/task/",
            {"title": "Hubungi BPBD", "phase": "awal", "owner": analyst.pk, "due_at": "2026-03-02T11:00"},
        )
    with freeze_time("2026-03-02 05:00:00"):  # 12.00 WIB
        mark_overdue_tasks()
    assert "Tugas krisis Anda terlambat: Hubungi BPBD (tenggat 2 Mar 2026 11.00 WIB)" in inbox(login(analyst))


def test_a_ppid_request_three_working_days_before_due_tells_the_officer_once(
    login, ppid, offices, run_tasks, mailoutbox, django_capture_on_commit_callbacks
):
    with freeze_time("2026-03-16 03:00:00"):
        req = make_request(offices["demak"], ppid)  # due Tuesday 7 April (3 April is Good Friday)
    with freeze_time("2026-03-31 03:00:00"):
        send_reminders()  # four working days left: not yet
    with freeze_time("2026-04-01 03:00:00"), django_capture_on_commit_callbacks(execute=True):
        send_reminders()
        send_reminders()
    run_tasks()
    assert inbox(login(ppid)).count(f"Permohonan {req.number} jatuh tempo 7 Apr 2026 (sisa 3 hari kerja)") == 1
    assert [m.to for m in mailoutbox] == [["ppid@demakkab.go.id"]]


def test_the_ppid_e_mail_names_no_requester(ppid, offices, run_tasks, mailoutbox, django_capture_on_commit_callbacks):
    with freeze_time("2026-03-16 03:00:00"):
        req = make_request(offices["demak"], ppid)
    with freeze_time("2026-04-01 03:00:00"), django_capture_on_commit_callbacks(execute=True):
        send_reminders()
    run_tasks()
    (mail,) = mailoutbox
    assert req.number in mail.subject and "7 Apr 2026" in mail.subject
    text = mail.subject + mail.body
    assert not [personal for personal in ("Budi", VALID_NIK, "budi@example.id", "0812000111") if personal in text]


def test_a_written_notice_resolves_the_due_soon_notification(login, ppid, offices):
    with freeze_time("2026-03-16 03:00:00"):
        req = make_request(offices["demak"], ppid)
    with freeze_time("2026-04-01 03:00:00"):
        send_reminders()
        req.notify(ppid, "granted", notice_text="Terlampir")
    assert req.number not in inbox(login(ppid), unread=True)


def test_an_objection_tells_the_ppid_officer_it_awaits_a_decision(login, ppid, offices):
    from sigap.ppid.actions import file_objection

    with freeze_time("2026-04-20 03:00:00"):
        req = make_request(offices["demak"], ppid)
        objection, _ = file_objection(req, {"grounds": ["c", "g"], "case_summary": "Tidak dijawab"})
    page = inbox(login(ppid))
    assert f"Keberatan {objection.number} atas permohonan {req.number} menunggu keputusan" in page
