"""A followed-up complaint closes by itself after 10 working days without an answer (LAPOR!)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from helpers.complaints import make_complaint

pytestmark = pytest.mark.django_db

WIB = ZoneInfo("Asia/Jakarta")


def _followed_up(complaint_desk, office, at: datetime):
    from sigap.complaints.actions import answer, verify
    from sigap.complaints.models import Complaint

    c = make_complaint(office)
    verify(complaint_desk, c, tier="normative", anonymous=False, confidential=False)
    answer(complaint_desk, c, "Lubang sudah ditambal.")
    Complaint.objects.filter(pk=c.pk).update(followed_up_at=at)
    return c


def test_a_silent_reporter_sees_the_complaint_closed_after_ten_working_days(complaint_desk, offices):
    from sigap.complaints.actions import auto_close_due
    from sigap.core.models import AuditEvent

    # Followed up Monday 2 Nov 2026: the reporter may answer until the end of the tenth working
    # day, Monday 16 Nov; the complaint closes on the next tick after that.
    c = _followed_up(complaint_desk, offices["demak"], datetime(2026, 11, 2, 10, 0, tzinfo=WIB))
    assert auto_close_due(now=datetime(2026, 11, 16, 23, 0, tzinfo=WIB)) == 0
    assert auto_close_due(now=datetime(2026, 11, 17, 0, 30, tzinfo=WIB)) == 1
    c.refresh_from_db()
    assert c.status == "resolved" and c.closed_at is not None
    event = AuditEvent.objects.get(action="complaint.auto_closed")
    assert event.actor is None and "10 hari kerja" in event.reason


def test_the_job_closes_a_complaint_once(complaint_desk, offices):
    from sigap.complaints.actions import auto_close_due

    _followed_up(complaint_desk, offices["demak"], datetime(2026, 11, 2, 10, 0, tzinfo=WIB))
    later = datetime(2026, 11, 20, 10, 0, tzinfo=WIB)
    assert auto_close_due(now=later) == 1
    assert auto_close_due(now=later + timedelta(minutes=1)) == 0


def test_a_reopened_complaint_is_not_closed(client, complaint_desk, offices):
    from sigap.complaints.actions import auto_close_due

    c = _followed_up(complaint_desk, offices["demak"], datetime(2026, 11, 2, 10, 0, tzinfo=WIB))
    client.post(
        f"/layanan/pengaduan/lacak/{c.tracking_code}/belum-selesai/",
        {"seen": "followed_up", "reason": "Masih berlubang"},
    )
    assert auto_close_due(now=datetime(2026, 11, 30, 10, 0, tzinfo=WIB)) == 0
    c.refresh_from_db()
    assert c.status == "reopened"


def test_the_staff_history_says_it_was_closed_automatically(client, complaint_desk, offices):
    from sigap.complaints.actions import auto_close_due

    c = _followed_up(complaint_desk, offices["demak"], datetime(2026, 11, 2, 10, 0, tzinfo=WIB))
    auto_close_due(now=datetime(2026, 11, 20, 10, 0, tzinfo=WIB))
    client.force_login(complaint_desk)
    page = client.get(f"/pengaduan/{c.pk}/").content.decode()
    assert "Ditutup otomatis: pelapor tidak menanggapi tindak lanjut" in page
