"""The daily brief: a page, a PDF and an e-mail at the office's hour."""

import io
from datetime import UTC, datetime

import pytest
from django.core import mail
from django.utils import timezone

from sigap.issues.models import Issue
from sigap.reports.models import BriefSchedule


@pytest.fixture
def crisis_issue(offices):
    now = timezone.now()
    return Issue.objects.create(
        office=offices["demak"], title="Tanggul Wulan jebol", level="krisis", score=71, first_at=now, last_at=now
    )


@pytest.fixture
def readers(analyst, leader):
    for user, email in ((analyst, "analis@demakkab.go.id"), (leader, "bupati@demakkab.go.id")):
        user.email = email
        user.save()
    return [analyst, leader]


def test_the_brief_page_lists_top_issues_and_open_crises(login, analyst, crisis_issue):
    page = login(analyst).get("/laporan/ringkasan/").content.decode()
    assert "Ringkasan harian" in page and "Tanggul Wulan jebol" in page
    assert "Krisis yang sedang berlangsung" in page
    assert "Permohonan PPID yang segera jatuh tempo" not in page  # not an analyst's business (/ppid/ is closed)


def test_an_outsider_cannot_read_another_offices_brief(login, outsider, offices, crisis_issue):
    client = login(outsider)
    assert client.get(f"/laporan/ringkasan/?office={offices['demak'].pk}").status_code == 404
    assert client.get(f"/laporan/ringkasan/{offices['demak'].pk}/2026-11-25.pdf").status_code == 404


def test_the_brief_is_a_real_pdf(login, analyst, offices, crisis_issue):
    from pypdf import PdfReader

    day = timezone.localdate().isoformat()
    response = login(analyst).get(f"/laporan/ringkasan/{offices['demak'].pk}/{day}.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "Tanggul Wulan jebol" in text and "Ringkasan harian" in text


def test_the_brief_is_emailed_once_at_the_offices_hour(settings, offices, readers, crisis_issue, run_tasks):
    from sigap.reports.tasks import enqueue_daily_briefs

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    BriefSchedule.objects.create(office=offices["demak"], hour=7)
    six = datetime(2026, 11, 25, 23, 0, tzinfo=UTC)  # 06:00 WIB on the 26th
    seven = datetime(2026, 11, 26, 0, 5, tzinfo=UTC)  # 07:05 WIB
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.db.transaction.on_commit", lambda fn, *a, **k: fn())
        assert enqueue_daily_briefs(six) == 0
        assert enqueue_daily_briefs(seven) >= 1
        assert enqueue_daily_briefs(seven) == 0
    run_tasks()
    sent = [m for m in mail.outbox if "Demak" in m.subject]
    # one brief for the analyst, one with the PPID part for leadership
    assert sorted(m.to for m in sent) == [["analis@demakkab.go.id"], ["bupati@demakkab.go.id"]]
    assert all("Tanggul Wulan jebol" in m.body for m in sent)
    assert all(m.attachments[0][2] == "application/pdf" for m in sent)


def test_the_brief_lists_declared_crises_but_not_drills(login, analyst, offices, crisis_issue):
    from sigap.crisis.models import Crisis

    Crisis.objects.create(office=offices["demak"], title="Banjir Demak: tanggap darurat", issue=crisis_issue)
    Crisis.objects.create(office=offices["demak"], title="Simulasi kebakaran pasar", drill=True)
    page = login(analyst).get("/laporan/ringkasan/").content.decode()
    assert "Banjir Demak: tanggap darurat" in page and "Simulasi kebakaran pasar" not in page


def test_an_event_touching_regency_and_province_is_one_row_in_each_brief(offices):
    """The province's issue about a Demak flood is Demak's issue too: one row, never a copy."""
    from sigap.issues.models import IssueOffice
    from sigap.reports.brief import build

    now = timezone.now()
    issue = Issue.objects.create(office=offices["jateng"], title="Banjir Demak meluas", level="kasus", score=55,
                                 first_at=now, last_at=now)  # fmt: skip
    IssueOffice.objects.create(issue=issue, office=offices["jateng"])
    IssueOffice.objects.create(issue=issue, office=offices["demak"])
    day = timezone.localdate()
    for office in (offices["jateng"], offices["demak"]):
        rows = [row["issue"].pk for row in build(office, day).issues]
        assert rows == [issue.pk]
    assert build(offices["kemensos"], day).issues == []


def test_a_brief_whose_worker_stopped_before_sending_is_sent_by_another(
    settings, offices, readers, crisis_issue, run_tasks
):
    from datetime import timedelta

    from django_tasks_db.models import DBTaskResult

    from sigap.reports.tasks import enqueue_daily_briefs

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    BriefSchedule.objects.create(office=offices["demak"], hour=7)
    seven = datetime(2026, 11, 26, 0, 5, tzinfo=UTC)  # 07:05 WIB
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.db.transaction.on_commit", lambda fn, *a, **k: fn())
        assert enqueue_daily_briefs(seven) == 1
        DBTaskResult.objects.all().delete()  # the worker that took it died with it (e.g. RQ on a lost machine)
        assert enqueue_daily_briefs(seven + timedelta(minutes=5)) == 0  # still its worker's to send
        assert enqueue_daily_briefs(seven + timedelta(minutes=11)) == 1  # its lease ran out
    run_tasks()
    assert sorted(m.to for m in mail.outbox if "Demak" in m.subject) == [
        ["analis@demakkab.go.id"],
        ["bupati@demakkab.go.id"],
    ]
    assert BriefSchedule.objects.get(office=offices["demak"]).lease_until is None  # sent: not claimed again
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.db.transaction.on_commit", lambda fn, *a, **k: fn())
        assert enqueue_daily_briefs(seven + timedelta(hours=3)) == 0
