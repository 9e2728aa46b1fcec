"""Complaint intake from both doors, each move of the workflow allowed or refused, idempotent clicks."""

from __future__ import annotations

import pytest
from helpers.complaints import make_complaint, public_data
from helpers.users import PASSWORD


def login(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


def post(client, c, step, **data):
    return client.post(f"/pengaduan/{c.pk}/{step}/", {"seen": c.status, **data})


def test_public_form_gives_a_tracking_id_at_once(client, offices):
    from sigap.complaints.models import Complaint

    response = client.post("/layanan/demak/pengaduan/", public_data())
    c = Complaint.objects.get()
    assert response.url == f"/layanan/pengaduan/lacak/{c.tracking_code}/"
    assert (c.channel, c.status, c.office) == ("portal", "received", offices["demak"])


def test_public_double_submit_stores_one_complaint(client, offices):
    from sigap.complaints.models import Complaint

    client.post("/layanan/demak/pengaduan/", public_data())
    client.post("/layanan/demak/pengaduan/", public_data())
    assert Complaint.objects.count() == 1


def test_public_honeypot_stores_nothing(client, offices):
    from sigap.complaints.models import Complaint

    response = client.post("/layanan/demak/pengaduan/", public_data(website="http://spam.example"))
    assert response.status_code == 200
    assert not Complaint.objects.exists()


def test_public_form_is_rate_limited(client, offices, settings):
    from sigap.complaints.models import Complaint

    settings.PORTAL_SUBMISSIONS_PER_IP = 1
    client.post("/layanan/demak/pengaduan/", public_data())
    response = client.post("/layanan/demak/pengaduan/", public_data(token="another"))
    assert response.status_code == 429
    assert Complaint.objects.count() == 1


def test_officer_records_a_phone_complaint(client, complaint_desk):
    from sigap.complaints.models import Complaint

    data = {"channel": "phone", "title": "Lampu jalan mati", "text": "Sudah seminggu.", "token": "t1"}
    response = login(client, complaint_desk).post("/pengaduan/baru/", data)
    c = Complaint.objects.get()
    assert response.url == f"/pengaduan/{c.pk}/"
    assert (c.channel, c.created_by) == ("phone", complaint_desk)


def test_desk_verifies_then_disposes_to_a_unit(client, complaint_desk, opd):
    c = make_complaint(opd.parent)
    login(client, complaint_desk)
    post(client, c, "verifikasi", tier="light")
    c.refresh_from_db()
    post(client, c, "disposisi", unit=opd.pk, note="Mohon segera ditinjau")
    c.refresh_from_db()
    assert (c.status, c.assigned_unit, c.tier, c.follow_up_days) == ("disposed", opd, "light", 2)


def test_double_click_on_verify_changes_once(client, complaint_desk, offices):
    from sigap.core.models import AuditEvent

    c = make_complaint(offices["demak"])
    login(client, complaint_desk)
    post(client, c, "verifikasi", tier="normative")
    second = post(client, c, "verifikasi", tier="normative")
    assert second.status_code == 302
    assert AuditEvent.objects.filter(action="complaint.verified").count() == 1


def test_hold_needs_a_reason_and_records_it(client, complaint_desk, offices):
    c = make_complaint(offices["demak"])
    login(client, complaint_desk)
    assert post(client, c, "tunda", reason="").status_code == 400
    post(client, c, "tunda", reason="Mohon lampirkan foto lokasi")
    c.refresh_from_db()
    assert (c.status, c.hold_reason) == ("postponed", "Mohon lampirkan foto lokasi")


def test_not_competent_records_the_receiving_body(client, complaint_desk, offices):
    c = make_complaint(offices["demak"])
    login(client, complaint_desk)
    post(client, c, "tutup", outcome="not_competent", reason="Jalan nasional", forwarded_to="BBPJN Jawa Tengah")
    c.refresh_from_db()
    assert (c.status, c.forwarded_to, c.close_reason) == ("not_competent", "BBPJN Jawa Tengah", "Jalan nasional")


@pytest.mark.parametrize("outcome", ["duplicate", "not_actionable"])
def test_closed_states_are_distinct(client, complaint_desk, offices, outcome):
    c = make_complaint(offices["demak"])
    login(client, complaint_desk)
    post(client, c, "tutup", outcome=outcome, reason="Lihat pengaduan sebelumnya")
    c.refresh_from_db()
    assert c.status == outcome


def test_resolve_is_refused_before_the_follow_up(client, complaint_desk, offices):
    c = make_complaint(offices["demak"])
    from django.contrib.messages import get_messages

    response = post(login(client, complaint_desk), c, "selesai")
    c.refresh_from_db()
    assert c.status == "received"
    assert [m.level_tag for m in get_messages(response.wsgi_request)] == ["error"]


def test_closed_complaint_cannot_be_disposed(client, complaint_desk, offices, opd):
    from sigap.complaints.actions import reject
    from sigap.core.transitions import TransitionError

    c = make_complaint(offices["demak"])
    reject(complaint_desk, c, "duplicate", "Sama dengan yang lain")
    from sigap.complaints.actions import dispose

    with pytest.raises(TransitionError):
        dispose(complaint_desk, c, opd)


def test_unit_sends_the_follow_up_and_desk_closes(client, complaint_desk, unit_officer, opd):
    from sigap.complaints.actions import dispose, verify

    c = make_complaint(opd.parent)
    verify(complaint_desk, c, tier="normative", anonymous=False, confidential=False)
    dispose(complaint_desk, c, opd, "")
    post(login(client, unit_officer), c, "tindak-lanjut", text="Lubang sudah ditambal.")
    c.refresh_from_db()
    assert c.status == "followed_up"
    client.logout()
    post(login(client, complaint_desk), c, "selesai")
    c.refresh_from_db()
    assert c.status == "resolved"


def test_unit_cannot_verify(client, complaint_desk, unit_officer, opd):
    from sigap.complaints.actions import dispose, verify

    c = make_complaint(opd.parent)
    verify(complaint_desk, c, tier="normative", anonymous=False, confidential=False)
    dispose(complaint_desk, c, opd, "")
    assert post(login(client, unit_officer), c, "tutup", outcome="duplicate", reason="x").status_code == 403


def test_reporter_reopens_with_not_resolved(client, complaint_desk, offices):
    from sigap.complaints.actions import answer, verify
    from sigap.core.models import AuditEvent

    c = make_complaint(offices["demak"])
    verify(complaint_desk, c, tier="normative", anonymous=False, confidential=False)
    answer(complaint_desk, c, "Sudah diperbaiki.")
    client.post(
        f"/layanan/pengaduan/lacak/{c.tracking_code}/belum-selesai/",
        {"seen": "followed_up", "reason": "Masih berlubang"},
    )
    c.refresh_from_db()
    assert (c.status, c.reopen_count) == ("reopened", 1)
    assert AuditEvent.objects.get(action="complaint.reopened").reason == "Masih berlubang"


def test_reopen_is_refused_while_verification_pending(client, offices):
    c = make_complaint(offices["demak"])
    client.post(f"/layanan/pengaduan/lacak/{c.tracking_code}/belum-selesai/", {"seen": "received", "reason": "x"})
    c.refresh_from_db()
    assert c.status == "received"


def test_a_click_from_a_stale_page_is_refused(client, complaint_desk, offices):
    from sigap.core.models import AuditEvent

    c = make_complaint(offices["demak"])
    login(client, complaint_desk)
    post(client, c, "tunda", reason="Mohon lampirkan foto")
    # The other tab still shows "received": its verification must not override the hold unseen.
    client.post(f"/pengaduan/{c.pk}/tutup/", {"seen": "received", "outcome": "duplicate", "reason": "x"})
    c.refresh_from_db()
    assert c.status == "postponed"
    assert not AuditEvent.objects.filter(action="complaint.duplicate").exists()


def test_reporter_double_click_on_not_resolved_reopens_once(client, complaint_desk, offices):
    from sigap.complaints.actions import answer, verify

    c = make_complaint(offices["demak"])
    verify(complaint_desk, c, tier="normative", anonymous=False, confidential=False)
    answer(complaint_desk, c, "Sudah diperbaiki.")
    url = f"/layanan/pengaduan/lacak/{c.tracking_code}/belum-selesai/"
    client.post(url, {"seen": "followed_up", "reason": "Masih berlubang"})
    client.post(url, {"seen": "followed_up", "reason": "Masih berlubang"})
    c.refresh_from_db()
    assert c.reopen_count == 1


def test_officer_double_submit_stores_one_complaint(client, complaint_desk):
    from sigap.complaints.models import Complaint

    data = {"channel": "whatsapp", "title": "Antrean KTP lama", "text": "Tiga jam menunggu.", "token": "t2"}
    login(client, complaint_desk)
    first = client.post("/pengaduan/baru/", data)
    second = client.post("/pengaduan/baru/", data)
    assert Complaint.objects.count() == 1
    assert first.url == second.url


def test_analyst_cannot_record_a_complaint(client, analyst):
    data = {"channel": "phone", "title": "x", "text": "x", "token": "t3"}
    assert login(client, analyst).post("/pengaduan/baru/", data).status_code == 403
