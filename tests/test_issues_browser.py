"""An analyst in Chromium opens an issue: the timeline with its level changes, the score
explained component by component, and the map of regions mentioned."""

from datetime import timedelta

import pytest
from django.utils import timezone
from helpers.users import PASSWORD

from sigap.issues.models import Issue, IssueDocument, LevelChange
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Document, DocumentEntity

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
COMPONENTS = [
    {"key": "velocity", "value": 9.1, "normalised": 1.0, "weight": 15, "contribution": 15.0},
    {"key": "negative", "value": 0.61, "normalised": 0.93, "weight": 15, "contribution": 13.9},
]


def test_the_issue_page_draws_the_timeline_and_the_map(page, live_server, analyst, source):
    now = timezone.now()
    store_records(source, [
        Record(str(i), "x", f"Tanggul Sungai Wulan jebol, warga Desa {i} mengungsi", now - timedelta(hours=i))
        for i in range(6)
    ])  # fmt: skip
    issue = Issue.objects.create(
        office=source.office,
        title="Tanggul Wulan jebol",
        level="krisis",
        score=71.8,
        components=COMPONENTS,
        first_at=now - timedelta(hours=5),
        last_at=now,
    )
    for doc in Document.objects.all():
        DocumentEntity.objects.create(document=doc, kind="LOC", name="Demak", region_code="33.21")
        IssueDocument.objects.create(
            issue=issue, document=doc, published_at=doc.published_at, channel="x", source_id=source.pk, negative=True
        )
    LevelChange.objects.create(
        issue=issue,
        at=now - timedelta(hours=2),
        from_level="kasus",
        to_level="krisis",
        score=71.8,
        reason="score 71.8 ≥ 65",
        components=COMPONENTS,
    )
    page.goto(f"{live_server.url}/masuk/?next=/isu/{issue.pk}/")
    page.fill("#id_username", analyst.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("#score-breakdown")
    assert page.locator("h1").inner_text() == "Tanggul Wulan jebol"
    assert "Laju volume" in page.locator("#score-breakdown").inner_text()
    drawn = page.wait_for_function(
        "() => { const c = window.Chart && Chart.getChart('issue-timeline'); return c && c.data.datasets[2].data.length; }"
    )
    assert drawn.json_value() == 1  # one level-change marker
    jateng = page.wait_for_selector('#peta-isu path[data-code="33"]')
    assert jateng.get_attribute("data-count") == "6"
    assert "Kabupaten Demak" in page.locator("#peta-isu table").inner_text()
