"""An analyst in Chromium corrects a document's sentiment on a phone, sees who corrected it, and undoes it."""

import pytest
from django.utils import timezone
from helpers.users import sign_in_page

from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Document

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_analyst_corrects_and_undoes_the_sentiment_on_a_phone(browser, live_server, analyst, source):
    store_records(source, [Record("1", "x", "Jalan rusak di Demak belum juga diperbaiki", timezone.now())])
    Document.objects.update(sentiment="netral", sentiment_model="netral", analysed_at=timezone.now())
    doc = Document.objects.get()
    page = browser.new_page(viewport={"width": 390, "height": 844})
    sign_in_page(page, live_server.url, analyst, f"/dokumen/{doc.pk}/")
    page.check("input[name=sentiment][value=negatif]")
    page.click("#sentiment-button")
    page.wait_for_selector(".messages li.success")
    assert "Negatif" in page.locator("#sentiment").inner_text()
    assert "dikoreksi oleh analis.demak" in page.locator("#sentiment").inner_text()
    page.click("#koreksi .history button:has-text('Batalkan')")
    page.wait_for_selector(".messages li.success")
    assert "Netral" in page.locator("#sentiment").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
