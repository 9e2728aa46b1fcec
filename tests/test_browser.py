"""A person in Chromium: logs in, opens the dashboard, searches, and sees highlighted results."""

from datetime import timedelta

import pytest
from django.utils import timezone
from helpers.users import PASSWORD

from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_analyst_logs_in_and_searches(page, live_server, analyst, source):
    now = timezone.now()
    store_records(
        source,
        [
            Record("1", "x", "Tanggul Sungai Wulan jebol, warga Demak mengungsi", now - timedelta(hours=1)),
            Record("2", "x", "Harga cabai di pasar Bintoro naik", now - timedelta(hours=2)),
        ],
    )
    page.goto(f"{live_server.url}/")
    page.fill("#id_username", analyst.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("#volume-chart")
    assert page.locator("h1").inner_text() == "Dasbor pemantauan"
    assert page.locator("#latest-documents li").count() == 2
    page.click("nav >> text=Dokumen")
    page.fill("#id_q", "mengungsi")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("#results mark")
    assert page.locator("#results li").count() == 1
    assert page.locator("#results mark").first.inner_text().lower() == "mengungsi"
