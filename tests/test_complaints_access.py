"""Who sees a complaint: outsiders 404, an analyst of the office 403, the unit without an anonymous reporter."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from helpers.complaints import make_complaint
from helpers.users import PASSWORD


def login(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


def disposed(desk, unit, **fields):
    from sigap.complaints.actions import dispose, verify

    c = make_complaint(unit.parent, **fields)
    verify(desk, c, tier="normative", anonymous=False, confidential=False)
    dispose(desk, c, unit, "")
    return c


def test_outsider_gets_404(client, outsider, offices):
    c = make_complaint(offices["demak"])
    assert login(client, outsider).get(f"/pengaduan/{c.pk}/").status_code == 404


def test_analyst_of_the_office_gets_403(client, analyst, offices):
    c = make_complaint(offices["demak"])
    assert login(client, analyst).get(f"/pengaduan/{c.pk}/").status_code == 403


def test_leader_reads_but_cannot_act(client, leader, offices):
    c = make_complaint(offices["demak"])
    login(client, leader)
    assert client.get(f"/pengaduan/{c.pk}/").status_code == 200
    assert client.post(f"/pengaduan/{c.pk}/verifikasi/", {"seen": "received", "tier": "light"}).status_code == 403


def test_queue_lists_the_earliest_due_first(client, complaint_desk, offices):
    from sigap.complaints.actions import create_complaint

    tz = ZoneInfo("Asia/Jakarta")
    later, _ = create_complaint(
        offices["demak"], {"title": "Kedua", "text": "x"}, received_at=datetime(2026, 3, 20, 9, tzinfo=tz)
    )
    earlier, _ = create_complaint(
        offices["demak"], {"title": "Pertama", "text": "x"}, received_at=datetime(2026, 3, 2, 9, tzinfo=tz)
    )
    html = login(client, complaint_desk).get("/pengaduan/").content.decode()
    assert html.index(earlier.tracking_code) < html.index(later.tracking_code)


def test_unit_officer_sees_a_disposed_complaint_in_the_unit_queue(client, complaint_desk, unit_officer, opd):
    c = disposed(complaint_desk, opd)
    assert c.tracking_code in login(client, unit_officer).get("/pengaduan/?unit=1").content.decode()


def test_anonymous_reporter_hidden_from_the_unit_officer(client, complaint_desk, unit_officer, opd):
    c = disposed(complaint_desk, opd, anonymous=True, name="Rahmat Hidayat", phone="0811223344")
    html = login(client, unit_officer).get(f"/pengaduan/{c.pk}/").content.decode()
    assert "Rahmat Hidayat" not in html and "0811223344" not in html


def test_desk_still_sees_the_anonymous_reporter(client, complaint_desk, offices):
    c = make_complaint(offices["demak"], anonymous=True, name="Rahmat Hidayat")
    assert "Rahmat Hidayat" in login(client, complaint_desk).get(f"/pengaduan/{c.pk}/").content.decode()


def test_public_tracking_never_shows_the_reporter(client, offices):
    c = make_complaint(offices["demak"], anonymous=True, name="Rahmat Hidayat", email="rahmat@example.id")
    html = client.get(f"/layanan/pengaduan/lacak/{c.tracking_code}/").content.decode()
    assert "Rahmat Hidayat" not in html and "rahmat@example.id" not in html


def test_confidential_content_is_not_on_the_tracking_page(client, offices):
    c = make_complaint(offices["demak"], confidential=True, title="Pungli oleh petugas loket")
    html = client.get(f"/layanan/pengaduan/lacak/{c.tracking_code}/").content.decode()
    assert "Pungli oleh petugas loket" not in html


def test_tracking_shows_the_follow_up_and_the_not_resolved_button(client, complaint_desk, offices):
    from sigap.complaints.actions import answer, verify

    c = make_complaint(offices["demak"])
    verify(complaint_desk, c, tier="normative", anonymous=False, confidential=False)
    answer(complaint_desk, c, "Lubang sudah ditambal pada 5 Maret.")
    html = client.get(f"/layanan/pengaduan/lacak/{c.tracking_code}/").content.decode()
    assert "Lubang sudah ditambal pada 5 Maret." in html
    assert "belum-selesai" in html


def test_unknown_tracking_id_is_404(client, offices):
    assert client.get("/layanan/pengaduan/lacak/ZZZZZZZZZZ/").status_code == 404


def test_verification_deadline_is_explained_in_working_days(offices):
    from sigap.complaints.actions import create_complaint

    # Nyepi and Idul Fitri with their cuti bersama fall between 18 and 24 March 2026.
    received = datetime(2026, 3, 16, 9, tzinfo=ZoneInfo("Asia/Jakarta"))
    c, _ = create_complaint(offices["demak"], {"title": "x", "text": "x"}, received_at=received)
    text = c.explain_verification()
    assert text.startswith(
        "Jatuh tempo Kamis, 26 Maret 2026 pukul 23.59 WIB = diterima Senin, 16 Maret 2026 pukul 09.00 WIB"
        " + 3 hari kerja, tidak termasuk: "
    )
    assert "Kamis, 19 Maret 2026 (libur nasional: Hari Suci Nyepi)" in text
    assert c.verify_due_at.date().isoformat() == "2026-03-26"


def test_verification_deadline_is_on_the_detail_page(client, complaint_desk, offices):
    c = make_complaint(offices["demak"])
    html = login(client, complaint_desk).get(f"/pengaduan/{c.pk}/").content.decode()
    assert "+ 3 hari kerja, tidak termasuk" in html


def test_follow_up_days_come_from_the_office_policy(complaint_desk, offices):
    from sigap.complaints.actions import verify
    from sigap.complaints.models import ComplaintPolicy

    ComplaintPolicy.objects.create(office=offices["jateng"], light_days=4)
    c = make_complaint(offices["demak"])
    verify(complaint_desk, c, tier="light", anonymous=False, confidential=False)
    assert c.follow_up_days == 4
    assert "+ 4 hari kerja" in c.explain_follow_up()
