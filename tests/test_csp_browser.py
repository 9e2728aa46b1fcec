"""Under the Content-Security-Policy, Chromium reports no violation and the charts and map still draw."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from helpers.users import PASSWORD

from sigap.issues.models import Issue, IssueDocument
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Document, DocumentEntity

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# securitypolicyviolation events are the browser's own record; console text is the fallback check.
LISTEN = "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"


def violations(page, console):
    seen = page.evaluate("window.__csp")
    return seen + [m for m in console if "Content Security Policy" in m or "Content-Security-Policy" in m]


def test_pages_with_charts_maps_and_forms_run_under_the_policy(page, live_server, analyst, source, offices):
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text))
    page.add_init_script(LISTEN)
    now = timezone.now()
    store_records(
        source,
        [
            Record(str(i), "x", f"Tanggul Sungai Wulan jebol, warga Desa {i} mengungsi", now - timedelta(hours=i))
            for i in range(4)
        ],
    )
    issue = Issue.objects.create(
        office=source.office,
        title="Tanggul Wulan jebol",
        level="kasus",
        score=50,
        components=[],
        first_at=now - timedelta(hours=4),
        last_at=now,
    )
    for doc in Document.objects.all():
        DocumentEntity.objects.create(document=doc, kind="LOC", name="Demak", region_code="33.21")
        IssueDocument.objects.create(
            issue=issue, document=doc, published_at=doc.published_at, channel="x", source_id=source.pk, negative=True
        )

    page.goto(f"{live_server.url}/masuk/")
    assert violations(page, console) == []
    page.fill("#id_username", analyst.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("#home-analyst")  # signing in lands on the home page
    assert violations(page, console) == []

    page.goto(f"{live_server.url}/")
    page.wait_for_function("() => window.Chart && Chart.getChart('volume-chart')")
    assert violations(page, console) == []

    page.goto(f"{live_server.url}/isu/{issue.pk}/")
    page.wait_for_function("() => window.Chart && Chart.getChart('issue-timeline')")
    page.wait_for_selector('#peta-isu path[data-code="33"]')
    assert violations(page, console) == []

    for url in ("/layanan/", "/layanan/demak/permohonan/", "/layanan/krisis/"):
        page.goto(live_server.url + url)
        page.wait_for_load_state("load")
        assert violations(page, console) == [], url
