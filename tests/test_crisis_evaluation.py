"""After-action report (web and PDF), KPIs, the monitoring loop, overdue tasks and serta-merta."""

import io
from datetime import timedelta

from django.utils import timezone
from helpers.crisis import approved_holding, open_crisis


def _run_flood(offices, team, leader, issue, *, minutes=45, drill=False):
    from sigap.crisis import actions
    from sigap.crisis.models import Publication

    crisis = open_crisis(
        offices["demak"],
        team,
        issue=issue,
        title="Banjir tanggul Sungai Wulan",
        drill=drill,
        declared_at=timezone.now() - timedelta(hours=3),
    )
    message = approved_holding(crisis, leader)
    pub = actions.publish(message, actor=team, kind="website")
    at = crisis.declared_at + timedelta(minutes=minutes)
    Publication.objects.filter(pk=pub.pk).update(published_at=at)
    type(message).objects.filter(pk=message.pk).update(published_at=at)
    return crisis


def test_evaluation_pdf_has_title_and_time_to_first_holding_statement(login, team, leader, offices, flood_issue):
    from pypdf import PdfReader

    crisis = _run_flood(offices, team, leader, flood_issue, minutes=45)
    response = login(team).get(f"/krisis/{crisis.pk}/evaluasi.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    text = " ".join(text.split())
    assert "Banjir tanggul Sungai Wulan" in text
    assert "Waktu ke pernyataan awal pertama" in text and "45 menit" in text
    assert "40 menit" in text  # time to detect: first document → level isu


def test_evaluation_page_shows_kpis_and_saves_lessons(login, team, leader, offices, flood_issue):
    crisis = _run_flood(offices, team, leader, flood_issue, minutes=75)
    client = login(team)
    html = client.get(f"/krisis/{crisis.pk}/evaluasi/").content.decode()
    assert 'id="time-to-holding">1 jam 15 menit' in html and "lebih dari satu jam" in html
    client.post(
        f"/krisis/{crisis.pk}/evaluasi/",
        {"lessons": "Templat siap pakai mempercepat rilis.", "follow_ups": "Latihan tiap triwulan."},
    )
    crisis.refresh_from_db()
    assert crisis.lessons == "Templat siap pakai mempercepat rilis."


def test_kpis_roll_up_without_drills(login, team, leader, offices, flood_issue):
    _run_flood(offices, team, leader, flood_issue, minutes=30)
    _run_flood(offices, team, leader, flood_issue, minutes=90)
    _run_flood(offices, team, leader, flood_issue, minutes=5, drill=True)
    from sigap.crisis.evaluation import kpis
    from sigap.crisis.models import Crisis

    k = kpis(Crisis.objects.all())
    assert k["count"] == 2 and k["within_hour"] == 1 and k["median_tth"] == "1 jam"  # the default language is id
    html = login(team).get("/krisis/kpi/").content.decode()
    assert "1 jam" in html and html.count('/evaluasi/">') == 2  # the drill has no row


def test_dashboard_marks_publications_on_the_issue_timeline(login, team, leader, offices, flood_issue):
    crisis = _run_flood(offices, team, leader, flood_issue)
    response = login(team).get(f"/krisis/{crisis.pk}/dasbor/")
    data = response.context["timeline"]
    assert sum(data["values"]) == 12 and sum(data["negative"]) == 8
    assert len(data["publications"]) == 1 and data["publications"][0]["label"] in data["labels"]
    assert 'id="crisis-timeline"' in response.content.decode()
    effect = response.context["effects"][0]  # negative share before and after the statement
    assert effect["before"]["documents"] and effect["after"]["documents"] and effect["change"] is not None


def test_overdue_task_is_flagged_once_and_shown_red(login, team, offices, monkeypatch):
    from sigap.alerts import actions as alert_actions
    from sigap.core.models import AuditEvent
    from sigap.crisis.actions import mark_overdue_tasks

    raised = []
    monkeypatch.setattr(alert_actions, "raise_events", lambda events, now=None: raised.extend(events) or 0)

    crisis = open_crisis(offices["demak"], team, declared_at=timezone.now() - timedelta(hours=2))
    overdue = crisis.tasks.overdue(timezone.now()).count()
    assert overdue >= 1
    assert mark_overdue_tasks() == overdue
    assert mark_overdue_tasks() == 0  # once
    assert [e.kind for e in raised] == ["task_overdue"] * overdue
    assert AuditEvent.objects.filter(action="crisis_task.overdue").count() == overdue
    html = login(team).get(crisis.get_absolute_url()).content.decode()
    assert 'class="overdue"' in html and "lewat tenggat" in html


def test_serta_merta_ppid_entry_when_life_is_threatened(login, team, offices):
    from sigap.ppid.models import DIPEntry

    crisis = open_crisis(offices["demak"], team, threatens_life=True)
    entry = DIPEntry.objects.get(pk=crisis.serta_merta_id)
    assert entry.category == "serta_merta" and entry.office == offices["demak"] and crisis.title in entry.summary
    drill = open_crisis(offices["demak"], team, threatens_life=True, drill=True)
    assert drill.serta_merta is None
    assert DIPEntry.objects.count() == 1


def test_publishing_the_holding_statement_completes_the_golden_hour_steps(offices, team, leader):
    from sigap.crisis.actions import publish

    crisis = open_crisis(offices["demak"], team)
    publish(approved_holding(crisis, leader), actor=team, kind="website")
    done = set(crisis.tasks.filter(done_at__isnull=False).values_list("step", flat=True))
    assert done == {"holding", "clear", "release"}


def test_time_to_detect_counts_from_the_events_first_document_not_older_background(team, offices, flood_issue):
    """A routine post the issue took in twelve days before the flood does not start the clock."""
    from sigap.crisis.evaluation import time_to_detect
    from sigap.issues.models import IssueDocument
    from sigap.monitoring.models import Document

    old = flood_issue.first_at - timedelta(days=12)
    doc = Document.objects.create(source_id=IssueDocument.objects.first().source_id, office=offices["demak"],
                                  channel="x", external_id="lama", content_hash="lama", published_at=old,
                                  text="Normalisasi Sungai Wulan dijadwalkan tahun depan")  # fmt: skip
    IssueDocument.objects.create(issue=flood_issue, document=doc, published_at=old, channel="x",
                                 source_id=doc.source_id)  # fmt: skip
    type(flood_issue).objects.filter(pk=flood_issue.pk).update(first_at=old)
    flood_issue.refresh_from_db()
    crisis = open_crisis(offices["demak"], team, issue=flood_issue, title="Banjir tanggul Sungai Wulan")
    assert time_to_detect(crisis) == timedelta(minutes=40)
