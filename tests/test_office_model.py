"""An office's own sentiment model, adapted from its analysts' reviews (docs/corrections.md)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from sigap.core.models import AuditEvent
from sigap.monitoring.analysis import analyse_pending
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Document, OfficeSentimentModel
from sigap.monitoring.office_models import adapt_due

PLACES = ["Bonang", "Wedung", "Sayung", "Karangtengah", "Mijen", "Gajah", "Dempet", "Wonosalam", "Guntur", "Kebonagung"]


@pytest.fixture
def homesick(source):
    """Posts missing home food, which the shared model reads as neutral and this office's analysts
    read as warm, plus complaints the model gets right."""
    now = timezone.now()
    records = [
        Record(f"k{i}-{j}", "x", f"kangen makan {food} di {place}", now - timedelta(hours=i + 1))
        for i, place in enumerate(PLACES)
        for j, food in enumerate(("soto", "sate", "lontong"))
    ] + [
        Record(f"r{i}", "x", f"jalan rusak di {place} belum ditangani", now - timedelta(hours=i + 1))
        for i, place in enumerate(PLACES)
    ]
    store_records(source, records)
    analyse_pending()
    return Document.objects.order_by("external_id")


def _review(client, docs):
    for doc in docs:
        label = "positif" if doc.external_id.startswith("k") else "negatif"
        action = "sentiment" if doc.sentiment != label else "confirm"
        client.post(reverse("monitoring:document_correct", args=[doc.pk]), {"correction": action, "sentiment": label})


def _adapt(client, office):
    return client.post(reverse("monitoring:office_model_adapt", args=[office.pk]), follow=True)


def test_an_office_model_learns_from_the_reviews_and_is_used_for_new_documents(login, analyst, source, homesick):
    client = login(analyst)
    _review(client, homesick)
    page = _adapt(client, source.office).content.decode()
    assert "Versi 1 model kantor kini dipakai" in page
    model = OfficeSentimentModel.objects.get()
    assert model.status == OfficeSentimentModel.Status.ACTIVE and model.after_accuracy > model.before_accuracy
    assert AuditEvent.objects.filter(action="office_model.adapted").count() == 1
    store_records(source, [Record("new", "x", "kangen makan soto di Demak", timezone.now())])
    analyse_pending()
    new = Document.objects.get(external_id="new")
    assert new.sentiment == "positif"
    assert "kantor" in new.analysis.versions["sentiment"]


def test_the_same_reviews_make_no_second_version(login, analyst, source, homesick):
    client = login(analyst)
    _review(client, homesick)
    _adapt(client, source.office)
    _adapt(client, source.office)
    assert OfficeSentimentModel.objects.count() == 1


def test_a_model_no_better_than_the_shared_one_is_not_used(login, analyst, source, homesick):
    client = login(analyst)
    for doc in homesick:  # the analysts agree with the model everywhere
        client.post(reverse("monitoring:document_correct", args=[doc.pk]), {"correction": "confirm"})
    page = _adapt(client, source.office).content.decode()
    assert "tidak lebih baik dari model bersama" in page
    assert OfficeSentimentModel.objects.get().status == OfficeSentimentModel.Status.REJECTED
    store_records(source, [Record("new", "x", "kangen makan soto di Demak", timezone.now())])
    analyse_pending()
    assert "kantor" not in Document.objects.get(external_id="new").analysis.versions["sentiment"]


def test_too_few_reviews_are_explained_and_nothing_is_stored(login, analyst, source, homesick):
    client = login(analyst)
    _review(client, list(homesick)[:5])
    page = _adapt(client, source.office).content.decode()
    assert "Baru 5 dokumen yang ditinjau" in page
    assert not OfficeSentimentModel.objects.exists()


def test_the_scheduler_adapts_after_new_reviews_only_once(login, analyst, source, homesick):
    _review(login(analyst), homesick)
    assert adapt_due() == 1
    assert adapt_due() == 0
    assert OfficeSentimentModel.objects.count() == 1


def test_pimpinan_may_read_the_agreement_page_but_not_adapt(login, leader, source, homesick):
    client = login(leader)
    assert client.get(reverse("monitoring:agreement", args=[source.office.pk])).status_code == 200
    assert _adapt(client, source.office).status_code == 403


def test_an_outsider_can_neither_see_nor_adapt(login, outsider, source, homesick):
    client = login(outsider)
    assert client.get(reverse("monitoring:agreement", args=[source.office.pk])).status_code == 404
    assert _adapt(client, source.office).status_code == 404
